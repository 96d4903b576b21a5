// Generated from spec/accounts.yaml by `npm run generate`. Do not edit by hand.

export interface paths {
    "/aggregation/v2/partners/authentication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an access token
         * @description Trades the partner ID and partner secret for a token, sent afterwards in the
         *     `Finicity-App-Token` header. Only the app key is needed for this call.
         *
         *     A token stays valid for two hours. Share one token across all calls and fetch a
         *     fresh one once it is 90 minutes old. Five failed attempts lock the partner account
         *     (support must unlock it), so never retry a refused authentication automatically.
         */
        post: operations["CreateToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aggregation/v1/customers/{customerId}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a customer's accounts
         * @description Returns all accounts of one customer; the optional query filters narrow them by status or kind.
         */
        get: operations["GetCustomerAccounts"];
        put?: never;
        /**
         * Refresh a customer's accounts
         * @description Pulls fresh account and transaction data from every institution the customer is
         *     connected to, then returns the accounts.
         *
         *     The call can be slow: Finicity recommends a client timeout of 180 seconds (120 before
         *     release 1.32.0). If the connection drops, the refresh still finishes; a newer
         *     `aggregationAttemptDate` on the accounts shows when. Finicity already refreshes
         *     active accounts once a day, so call this only when a business case needs
         *     up-to-the-minute data. Apps must not automate refresh calls: no schedules and no
         *     automatic retries. Partners billed by Data Access Tiers use
         *     `RefreshCustomerAccountsV2` instead.
         */
        post: operations["RefreshCustomerAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aggregation/v2/customers/{customerId}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh a customer's accounts (data access tiers)
         * @description The customer-wide refresh for the ASD, AFD and ATD billing tiers. It returns no
         *     body; read the accounts afterwards to see the new data.
         *
         *     Allow it 120 seconds (see `x-finicity-timeout-ms`). Apps must not automate refresh
         *     calls: no schedules and no automatic retries. Finicity refreshes active accounts
         *     daily on its own.
         */
        post: operations["RefreshCustomerAccountsV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aggregation/v2/customers/{customerId}/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one account
         * @description Returns a single account of the customer, looked up by its ID.
         */
        get: operations["GetCustomerAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aggregation/v1/customers/{customerId}/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete one account
         * @description Ends the partner's access to this one account; the customer's other accounts stay reachable. Mastercard keeps data it already collected under its retention policy.
         */
        delete: operations["DeleteCustomerAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aggregation/v1/customers/{customerId}/institutions/{institutionId}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a customer's accounts at one institution
         * @description Returns the customer's active accounts held by one financial institution.
         */
        get: operations["GetCustomerAccountsByInstitution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aggregation/v1/customers/{customerId}/institutionLogins/{institutionLoginId}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the accounts of one institution login
         * @description Returns the accounts that one set of credentials reaches at one institution.
         */
        get: operations["GetCustomerAccountsByInstitutionLogin"];
        put?: never;
        /**
         * Refresh the accounts of one institution login
         * @description Pulls fresh account and transaction data through one institution login, then
         *     returns its accounts.
         *
         *     The call can be slow: Finicity recommends a client timeout of 180 seconds (120 before
         *     release 1.32.0). If the connection drops, the refresh still finishes; a newer
         *     `aggregationAttemptDate` shows when. `fromDate` and `toDate` limit which
         *     transactions are fetched. Apps must not automate refresh calls: no schedules and no
         *     automatic retries. Partners billed by Data Access Tiers use
         *     `RefreshCustomerAccountsByInstitutionLoginV2` instead.
         */
        post: operations["RefreshCustomerAccountsByInstitutionLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aggregation/v2/customers/{customerId}/institutionLogins/{institutionLoginId}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh the accounts of one institution login (data access tiers)
         * @description The per-login refresh for the ASD, AFD and ATD billing tiers. It returns no body;
         *     read the accounts afterwards to see the new data.
         *
         *     Allow it 120 seconds (see `x-finicity-timeout-ms`). Apps must not automate refresh
         *     calls: no schedules and no automatic retries.
         */
        post: operations["RefreshCustomerAccountsByInstitutionLoginV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aggregation/v1/customers/{customerId}/institutionLogins/{institutionLoginId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete the accounts of one institution login
         * @description Ends the partner's access to every account reached through the login. Mastercard keeps data it already collected under its retention policy.
         */
        delete: operations["DeleteCustomerAccountsByInstitutionLogin"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The result of `CreateToken`. */
        AccessToken: {
            /**
             * @description Value for the `Finicity-App-Token` header; it expires after two hours.
             * @example YBh22Sb9Es6e66Q7lWdt
             */
            token: string;
        };
        /** @description The partner's credentials, as shown in the Finicity developer dashboard. */
        PartnerCredentials: {
            /**
             * @description Your partner ID.
             * @example 1234583871234
             */
            partnerId: string;
            /**
             * @description Your partner secret. Treat it as a password and keep it out of logs.
             * @example aqJ5Ic4SEVx2IgDQ6oR4
             */
            partnerSecret: string;
        };
        /** @description Wrapper around the accounts a call returns. */
        CustomerAccounts: {
            /** @description The matching accounts; may be empty. */
            accounts: components["schemas"]["CustomerAccount"][];
        };
        /** @description One account the customer connected, for example checking, credit card, loan or investment. Optional fields may be missing or null, and the API may add fields not listed here. Deviation from upstream 1.42.0: `accountNickname` is optional (upstream required it without defining it, and its examples leave it out). */
        CustomerAccount: {
            /**
             * @description Finicity's ID for this account.
             * @example 5011648377
             */
            id: string;
            /**
             * @deprecated
             * @description Full account number at the institution. Deprecated; show `accountNumberDisplay` instead.
             * @example 2000004444
             */
            number: string;
            /** @description Shortened account number, safe to display: the last four digits ("1234"), the last four plus a suffix ("1234-9"), or the whole value when the account is identified by text such as an email address. */
            accountNumberDisplay: string;
            /**
             * @description Final four digits of the account number used for ACH payments.
             * @example 5678
             */
            realAccountNumberLast4?: string | null;
            /**
             * @description Account name as the institution shows it.
             * @example Super Checking
             */
            name: string;
            /** @description A nickname for the account, when one is set. Not part of the upstream definition. */
            accountNickname?: string | null;
            /**
             * @description Balance with only settled transactions counted, as captured at `balanceDate`.
             * @example 401.26
             */
            balance?: number | null;
            /**
             * @description Kind of account. Values include checking, savings, cd, moneyMarket, creditCard, lineOfCredit, investment, investmentTaxDeferred, employeeStockPurchasePlan, ira, 401k, roth, 403b, 529plan, rollover, ugma, utma, keogh, 457plan, 401a, brokerageAccount, educationSavings, healthSavingsAccount, pension, profitSharingPlan, roth401k, sepIRA, simpleIRA, thriftSavingsPlan, variableAnnuity, cryptocurrency, mortgage, loan, studentLoan, studentLoanGroup and studentLoanAccount.
             * @example checking
             */
            type: string;
            /** @description Outcome code of the latest aggregation attempt (0 is success); missing until the account has been aggregated once. */
            aggregationStatusCode?: number | null;
            /**
             * @description Account state: "pending" while accounts are being discovered, then "active" once activated.
             * @example active
             */
            status: string;
            /**
             * @description ID of the customer who owns the account.
             * @example 1005061234
             */
            customerId: string;
            /**
             * @description ID of the institution holding the account, as a string.
             * @example 4222
             */
            institutionId: string;
            /**
             * Format: int64
             * @description When `balance` was captured. Unix epoch seconds.
             * @example 1607450357
             */
            balanceDate?: number | null;
            /**
             * Format: int64
             * @description Time of the latest successful aggregation; missing before the first one. Unix epoch seconds.
             * @example 1607450357
             */
            aggregationSuccessDate?: number | null;
            /**
             * Format: int64
             * @description Time of the latest aggregation attempt, whether it worked or not; a newer value after a refresh means the refresh has finished. Unix epoch seconds.
             * @example 1607450357
             */
            aggregationAttemptDate?: number | null;
            /**
             * Format: int64
             * @description When Finicity first stored the account. Unix epoch seconds.
             * @example 1607450357
             */
            createdDate: number;
            /**
             * Format: int64
             * @description When the account record last changed. Unix epoch seconds.
             * @example 1607450357
             */
            lastUpdatedDate?: number | null;
            /**
             * @description "personal" or "business".
             * @example personal
             */
            marketSegment?: string | null;
            /**
             * @description Currency code of the account, such as USD.
             * @example USD
             */
            currency: string;
            /**
             * Format: int64
             * @description Posting date of the newest known transaction; missing before the first aggregation. Unix epoch seconds.
             * @example 1607450357
             */
            lastTransactionDate?: number | null;
            /**
             * Format: int64
             * @description Posting date of the earliest transaction Finicity holds for the account. Unix epoch seconds.
             * @example 1607450357
             */
            oldestTransactionDate?: number | null;
            /**
             * Format: int64
             * @description ID of the institution login (credential set) the account belongs to, as a number here.
             * @example 1007302745
             */
            institutionLoginId: number;
            /**
             * Format: int64
             * @description Start of the period the customer consented to share this account's data. Unix epoch seconds.
             * @example 1541030399
             */
            authorizationStartDate?: number | null;
            /**
             * Format: int64
             * @description End of the consent period; meaningful only when `authorizationExpires` is true. Unix epoch seconds.
             * @example 1641030399
             */
            authorizationEndDate?: number | null;
            /**
             * @description True when the consent period has an end (`authorizationEndDate`).
             * @default false
             * @example true
             */
            authorizationExpires?: boolean | null;
            detail?: components["schemas"]["CustomerAccountDetail"];
            /** @description Holdings, for investment accounts. */
            position?: components["schemas"]["CustomerAccountPosition"][] | null;
            /**
             * Format: int32
             * @description Rank of the account in the institution's own listing, where 1 is the first.
             * @example 2
             */
            displayPosition?: number | null;
            /**
             * @description For student loans, the ID of the account above this one in the loan hierarchy.
             * @example 5011648377
             */
            parentAccount?: string | null;
            /**
             * Format: int64
             * @description When the customer first linked the account through Data Connect. Unix epoch seconds.
             * @example 1607450357
             */
            linkedAccountDate?: number | null;
        };
        /** @description Figures that depend on the kind of account. Each field names the account kinds it applies to; institutions fill in only what they have, so any field may be absent or null, and fields not listed here may appear. */
        CustomerAccountDetail: {
            /**
             * Format: int64
             * @description When the figures in this detail record were last current (all account types). Unix epoch seconds.
             * @example 1607450357
             */
            dateAsOf?: number | null;
            /**
             * @description Balance available to spend or withdraw, usually the current balance adjusted for pending items (deposit and loan accounts).
             * @example 5678.78
             */
            availableBalanceAmount?: number | null;
            /**
             * Format: int64
             * @description Opening date of the deposit account. Unix epoch seconds.
             * @example 1607450357
             */
            openDate?: number | null;
            /**
             * Format: int64
             * @description First day of the current statement period (deposit accounts). Unix epoch seconds.
             * @example 1607450357
             */
            periodStartDate?: number | null;
            /**
             * Format: int64
             * @description Last day of the current statement period. Unix epoch seconds.
             * @example 1607450357
             */
            periodEndDate?: number | null;
            /**
             * @description APY earned in this period (deposit accounts).
             * @example 13.245
             */
            periodInterestRate?: number | null;
            /**
             * @description Sum of deposits made in this period (deposit accounts).
             * @example 2356.56
             */
            periodDepositAmount?: number | null;
            /**
             * @description Interest accrued so far in the current period (deposit accounts).
             * @example 1234.56
             */
            periodInterestAmount?: number | null;
            /**
             * @description Interest accrued since the start of the year (deposit accounts).
             * @example 1056.67
             */
            interestYtdAmount?: number | null;
            /**
             * @description Interest earned during the previous year (deposit accounts).
             * @example 3056.79
             */
            interestPriorYtdAmount?: number | null;
            /**
             * Format: int64
             * @description When the deposit matures (deposit accounts). Unix epoch seconds.
             * @example 1607450357
             */
            maturityDate?: number | null;
            /**
             * @description Current interest rate, sent as a decimal string (credit and loan accounts).
             * @example 15.789
             */
            interestRate?: string | null;
            /**
             * @description Credit still available, typically the limit less the balance (credit accounts).
             * @example 3000
             */
            creditAvailableAmount?: number | null;
            /**
             * @description Credit limit (credit accounts).
             * @example 7000
             */
            creditMaxAmount?: number | null;
            /**
             * @description Cash advance the holder can still draw (credit accounts).
             * @example 2000
             */
            cashAdvanceAvailableAmount?: number | null;
            /**
             * @description Largest cash advance allowed (credit accounts).
             * @example 3000
             */
            cashAdvanceMaxAmount?: number | null;
            /**
             * @description Outstanding cash advance balance (credit accounts).
             * @example 1000
             */
            cashAdvanceBalance?: number | null;
            /**
             * @description Interest rate charged on cash advances (credit accounts).
             * @example 21.5
             */
            cashAdvanceInterestRate?: number | null;
            /**
             * @description Current balance (credit and investment accounts).
             * @example 5789.34
             */
            currentBalance?: number | null;
            /**
             * @description Smallest payment currently due (credit and loan accounts).
             * @example 456.78
             */
            paymentMinAmount?: number | null;
            /**
             * Format: int64
             * @description When the next payment is due (credit accounts). Unix epoch seconds.
             * @example 1607450357
             */
            paymentDueDate?: number | null;
            /**
             * @description Balance on the last statement (credit accounts).
             * @example 1234.56
             */
            previousBalance?: number | null;
            /**
             * Format: int64
             * @description First day of the statement period (credit accounts). Unix epoch seconds.
             * @example 1607450357
             */
            statementStartDate?: number | null;
            /**
             * Format: int64
             * @description Last day of the statement period (credit accounts). Unix epoch seconds.
             * @example 1607450357
             */
            statementEndDate?: number | null;
            /**
             * @description Purchases made in the statement period (credit accounts).
             * @example 2345.9
             */
            statementPurchaseAmount?: number | null;
            /**
             * @description Finance charges of the statement period (credit accounts).
             * @example 156.78
             */
            statementFinanceAmount?: number | null;
            /**
             * @description Credits applied in the statement period (credit accounts).
             * @example 345
             */
            statementCreditAmount?: number | null;
            /**
             * Format: float
             * @description Rewards earned, which may be fractional (credit accounts).
             * @example 500.2
             */
            rewardEarnedBalance?: number | null;
            /**
             * @description Amount overdue (credit and loan accounts).
             * @example 3688.99
             */
            pastDueAmount?: number | null;
            /**
             * @description How much the latest payment was (credit and loan accounts).
             * @example 567.89
             */
            lastPaymentAmount?: number | null;
            /**
             * Format: int64
             * @description When the most recent payment was made (credit accounts). Unix epoch seconds.
             * @example 1607450357
             */
            lastPaymentDate?: number | null;
            /**
             * @description Balance when the statement closed (credit accounts).
             * @example 2456.69
             */
            statementCloseBalance?: number | null;
            /**
             * @description Loan length in months, as a string (loan accounts).
             * @example 36
             */
            termOfMl?: string | null;
            /**
             * @description Lender or servicer holding the loan (loan accounts).
             * @example John Smith
             */
            mlHolderName?: string | null;
            /**
             * @description Free-text description of the loan (loan accounts).
             * @example a description
             */
            description?: string | null;
            /**
             * @description Late fee charged (loan accounts).
             * @example 35
             */
            lateFeeAmount?: number | null;
            /**
             * @description Amount that would pay the loan off in full (loan accounts).
             * @example 45567.98
             */
            payoffAmount?: number | null;
            /**
             * Format: int64
             * @description Date the payoff amount applies to (loan accounts). Unix epoch seconds.
             * @example 1607450357
             */
            payoffAmountDate?: number | null;
            /**
             * Format: int64
             * @description Maturity date when the loan was taken out (loan accounts). Unix epoch seconds.
             * @example 1607450357
             */
            originalMaturityDate?: number | null;
            /**
             * @description Outstanding principal (loan accounts).
             * @example 45056.7
             */
            principalBalance?: number | null;
            /**
             * @description Money held in escrow (loan accounts).
             * @example 2345.01
             */
            escrowBalance?: number | null;
            /**
             * @description How often interest is charged, such as monthly (loan accounts).
             * @example monthly
             */
            interestPeriod?: string | null;
            /**
             * @description Amount originally borrowed (loan accounts).
             * @example 65000
             */
            initialMlAmount?: number | null;
            /**
             * Format: int64
             * @description When the loan was taken out (loan accounts). Unix epoch seconds.
             * @example 1607450357
             */
            initialMlDate?: number | null;
            /**
             * @description Principal part of the next payment (loan accounts).
             * @example 1256.67
             */
            nextPaymentPrincipalAmount?: number | null;
            /**
             * @description Interest part of the next payment (loan accounts).
             * @example 234.56
             */
            nextPaymentInterestAmount?: number | null;
            /**
             * @description Amount of the next payment due (loan accounts).
             * @example 1578
             */
            nextPayment?: number | null;
            /**
             * Format: int64
             * @description When the next payment is due (loan accounts). Unix epoch seconds.
             * @example 1607450357
             */
            nextPaymentDate?: number | null;
            /**
             * Format: int64
             * @description When the previous payment was due (loan accounts). Unix epoch seconds.
             * @example 1607450357
             */
            lastPaymentDueDate?: number | null;
            /**
             * Format: int64
             * @description When the previous payment arrived (loan accounts). Unix epoch seconds.
             * @example 1607450357
             */
            lastPaymentReceiveDate?: number | null;
            /**
             * @description Principal part of the previous payment (loan accounts).
             * @example 1256.67
             */
            lastPaymentPrincipalAmount?: number | null;
            /**
             * @description Interest part of the previous payment (loan accounts).
             * @example 234.56
             */
            lastPaymentInterestAmount?: number | null;
            /**
             * @description Escrow part of the previous payment (loan accounts).
             * @example 456.78
             */
            lastPaymentEscrowAmount?: number | null;
            /**
             * @description Fee part of the previous payment (loan accounts).
             * @example 150
             */
            lastPaymentLastFeeAmount?: number | null;
            /**
             * @description Late charge included in the previous payment (loan accounts).
             * @example 50
             */
            lastPaymentLateCharge?: number | null;
            /**
             * @description Principal repaid since the start of the year (loan accounts).
             * @example 5432.01
             */
            ytdPrincipalPaid?: number | null;
            /**
             * @description Interest paid since the start of the year (loan accounts).
             * @example 3948.56
             */
            ytdInterestPaid?: number | null;
            /**
             * @description Insurance paid since the start of the year (loan accounts).
             * @example 1345.89
             */
            ytdInsurancePaid?: number | null;
            /**
             * @description Tax paid since the start of the year (loan accounts).
             * @example 1489
             */
            ytdTaxPaid?: number | null;
            /**
             * @description Whether automatic payments are set up (loan accounts): a one-letter flag, "Y" or "N" from most institutions, "T" or "F" from some. Compare the letter; the string "N" is truthy in JavaScript.
             * @example Y
             */
            autoPayEnrolled?: string | null;
            /**
             * @description Whether margin trading is allowed.
             * @example true
             */
            marginAllowed?: boolean | null;
            /**
             * @description Whether a cash account is allowed.
             * @example true
             */
            cashAccountAllowed?: boolean | null;
            /**
             * @description What secures the loan (loan accounts).
             * @example nissan sentra
             */
            collateral?: string | null;
            /**
             * @description School the borrower attends now (loan accounts).
             * @example utah valley university
             */
            currentSchool?: string | null;
            /**
             * Format: int64
             * @description When the first payment was due (loan accounts). Unix epoch seconds.
             * @example 1607450357
             */
            firstPaymentDate?: number | null;
            /**
             * @description Whether this is a first mortgage (loan accounts): "Y" or "N". Compare the letter; the string "N" is truthy in JavaScript.
             * @example Y
             */
            firstMortgage?: string | null;
            /**
             * @description How often payments are due, such as monthly (loan accounts).
             * @example monthly
             */
            loanPaymentFreq?: string | null;
            /**
             * @description School the borrower attended when the loan began (loan accounts).
             * @example Brigham young university
             */
            originalSchool?: string | null;
            /**
             * @description Amount of the regular payment (loan accounts).
             * @example 456.23
             */
            recurringPaymentAmount?: number | null;
            /**
             * @description Who owns the loan (loan accounts).
             * @example utah community credit union
             */
            lender?: string | null;
            /**
             * @description Balance at the end of the period (loan accounts).
             * @example 234789.45
             */
            endingBalanceAmount?: number | null;
            /**
             * @description Kind of loan term, such as fixed (loan accounts).
             * @example fixed
             */
            loanTermType?: string | null;
            /**
             * Format: int32
             * @description How many payments have been made (loan accounts).
             * @example 14
             */
            paymentsMade?: number | null;
            /**
             * @description Size of the final balloon payment (loan accounts).
             * @example 1678.56
             */
            balloonAmount?: number | null;
            /**
             * @description Interest expected over the life of the loan (loan accounts).
             * @example 10456.78
             */
            projectedInterest?: number | null;
            /**
             * @description Interest paid since the loan began (loan accounts).
             * @example 56789.34
             */
            interestPaidLtd?: number | null;
            /**
             * @description Kind of interest rate, such as fixed or variable (loan accounts).
             * @example variable
             */
            interestRateType?: string | null;
            /**
             * @description Kind of loan payment (loan accounts).
             * @example principle
             */
            loanPaymentType?: string | null;
            /**
             * @description Name of the student loan repayment plan (loan accounts).
             * @example Standard, Graduated, Extended, Pay As You Earn, and more.
             */
            repaymentPlan?: string | null;
            /**
             * Format: int32
             * @description Payments left until the loan is repaid (loan accounts).
             * @example 45
             */
            paymentsRemaining?: number | null;
            /**
             * @description Net interest after interest paid out (investment accounts).
             * @example 456
             */
            marginBalance?: number | null;
            /**
             * @description Total of short positions (investment accounts).
             * @example 12456.89
             */
            shortBalance?: number | null;
            /**
             * @description Cash that can be withdrawn (investment accounts).
             * @example 3456.78
             */
            availableCashBalance?: number | null;
            /**
             * @description Amount paid to the investor at maturity (investment accounts).
             * @example 34067.78
             */
            maturityValueAmount?: number | null;
            /**
             * @description Vested part of the balance (investment accounts).
             * @example 45000
             */
            vestedBalance?: number | null;
            /**
             * @description Contributions matched by the employer (investment accounts).
             * @example 256.99
             */
            empMatchAmount?: number | null;
            /**
             * @description Employer pre-tax contributions (investment accounts).
             * @example 450
             */
            empPretaxContribAmount?: number | null;
            /**
             * @description Employer pre-tax contributions since the start of the year (investment accounts).
             * @example 700
             */
            empPretaxContribAmountYtd?: number | null;
            /**
             * @description All contributions since the start of the year (investment accounts).
             * @example 2045
             */
            contribTotalYtd?: number | null;
            /**
             * @description Cash held in the account (investment accounts).
             * @example 2000
             */
            cashBalanceAmount?: number | null;
            /**
             * @description Part of the balance contributed before tax (investment accounts).
             * @example 78564.99
             */
            preTaxAmount?: number | null;
            /**
             * @description Part of the balance contributed after tax (investment accounts).
             * @example 68564.99
             */
            afterTaxAmount?: number | null;
            /**
             * @description Matched amount (investment accounts).
             * @example 378
             */
            matchAmount?: number | null;
            /**
             * @description Part of the balance from profit sharing (investment accounts).
             * @example 34678.89
             */
            profitSharingAmount?: number | null;
            /**
             * @description Share of the balance that came from another plan, such as a 401k (investment accounts).
             * @example 101234.67
             */
            rolloverAmount?: number | null;
            /**
             * @description Other vested amounts (investment accounts).
             * @example 34000
             */
            otherVestAmount?: number | null;
            /**
             * @description Other amounts not yet vested (investment accounts).
             * @example 26000
             */
            otherNonvestAmount?: number | null;
            /**
             * @description Outstanding balance of a loan against the account (investment accounts).
             * @example 345789.23
             */
            currentLoanBalance?: number | null;
            /**
             * @description Interest rate of a loan against the account (investment accounts).
             * @example 3.275
             */
            loanRate?: number | null;
            /**
             * @description Buying power for new trades (investment accounts).
             * @example 34567.89
             */
            buyPower?: number | null;
            /**
             * @description Total rolled over since the account began (investment accounts).
             * @example 23456.78
             */
            rolloverLtd?: number | null;
            /**
             * @description Federal identifier of the student loan.
             * @example 1234568
             */
            loanAwardId?: string | null;
            /**
             * @description Interest rate when the student loan was disbursed, as APY.
             * @example 12
             */
            originalInterestRate?: number | null;
            /**
             * @description Institution that guarantees the student loan.
             * @example FinBank
             */
            guarantor?: string | null;
            /**
             * @description Who the student loan is owed to.
             * @example FinBank
             */
            owner?: string | null;
            /**
             * @description Kind of interest subsidy on the student loan, if any.
             * @example Subsidy type
             */
            interestSubsidyType?: string | null;
            /**
             * @description Outstanding interest on the student loan.
             * @example 2000
             */
            interestBalance?: number | null;
            /**
             * @description Months left on the student loan.
             * @example 2
             */
            remainingTermOfMl?: number | null;
            /**
             * @description Interest rate the student loan started with.
             * @example 34567.89
             */
            initialInterestRate?: number | null;
            /**
             * @description Outstanding fees on the student loan.
             * @example 150
             */
            feesBalance?: number | null;
            /**
             * @description Student loan interest paid since the start of the year.
             * @example 5623.23
             */
            loanYtdInterestPaid?: number | null;
            /**
             * @description Student loan fees paid since the start of the year.
             * @example 5621.23
             */
            loanYtdFeesPaid?: number | null;
            /**
             * @description Student loan principal repaid since the start of the year.
             * @example 5621.23
             */
            loanYtdPrincipalPaid?: number | null;
            /**
             * @description Repayment phase of the student loan, such as Grace or Deferment.
             * @example Deferment
             */
            loanStatus?: string | null;
            /**
             * Format: int64
             * @description When the current student loan status began. Unix epoch seconds.
             * @example 1607450357
             */
            loanStatusStartDate?: number | null;
            /**
             * Format: int64
             * @description When the current student loan status ends. Unix epoch seconds.
             * @example 1607450357
             */
            loanStatusEndDate?: number | null;
            /**
             * @description Blended interest rate across a group of student loans, as APY.
             * @example 12
             */
            weightedInterestRate?: number | null;
            /**
             * Format: int64
             * @description When the current student loan repayment plan began. Unix epoch seconds.
             * @example 1607450357
             */
            repaymentPlanStartDate?: number | null;
            /**
             * Format: int64
             * @description When the current student loan repayment plan ends. Unix epoch seconds.
             * @example 1607450357
             */
            repaymentPlanEndDate?: number | null;
            /**
             * Format: int64
             * @description When the student loan is expected to be repaid. Unix epoch seconds.
             * @example 1607450357
             */
            expectedPayoffDate?: number | null;
            /**
             * Format: int64
             * @description When the borrower graduated, left, or went under half-time study. Unix epoch seconds.
             * @example 1607450357
             */
            outOfSchoolDate?: number | null;
            /**
             * Format: int64
             * @description When the student loan enters repayment. Unix epoch seconds.
             * @example 1607450357
             */
            convertToRepayment?: number | null;
            /**
             * Format: int32
             * @description Days since a missed student loan payment was due.
             * @example 5
             */
            daysDelinquent?: number | null;
            /**
             * @description Principal repaid on the loan or student loan so far.
             * @example 15000
             */
            totalPrincipalPaid?: number | null;
            /**
             * @description Interest paid on the loan or student loan so far.
             * @example 1125
             */
            totalInterestPaid?: number | null;
            /**
             * @description Everything paid on the student loan so far.
             * @example 16125
             */
            totalAmountPaid?: number | null;
            /**
             * Format: int64
             * @description When the statement closed (loan accounts). Unix epoch seconds.
             * @example 1607450357
             */
            statementCloseDate?: number | null;
            /**
             * @description Kind of mortgage or loan, in the institution's words (loan accounts).
             * @example Conventional 30-Year Mortgage
             */
            loanTypeDesc?: string | null;
        };
        /** @description One holding of an investment account. Any field may be absent or null. Deviation from upstream 1.42.0: `optionExpireDate` is a string of digits (epoch seconds), not `format: date`. */
        CustomerAccountPosition: {
            /**
             * Format: int64
             * @description Identifier of the holding.
             * @example 454678080
             */
            id?: number | null;
            /**
             * @description What the holding is, as the institution names it.
             * @example DELTA AIR LINES INC
             */
            description?: string | null;
            /**
             * @description Ticker symbol.
             * @example DAL
             */
            symbol?: string | null;
            /**
             * @description How many units are held.
             * @example 6.537
             */
            units?: number | null;
            /**
             * @description Latest price of one unit.
             * @example 41.585
             */
            currentPrice?: number | null;
            /**
             * @description Name of the security.
             * @example DELTA AIR LINES INC
             */
            securityName?: string | null;
            /**
             * @description How the holding is held, such as cash or margin.
             * @example Margin
             */
            transactionType?: string | null;
            /**
             * @description Value of the holding when it was retrieved.
             * @example 271.84
             */
            marketValue?: number | null;
            /**
             * @description Day-over-day value change, in percent.
             * @example 170.02
             */
            changePercent?: number | null;
            /**
             * @description Day-over-day value change, as an amount.
             * @example 180.03
             */
            dailyChange?: number | null;
            /**
             * @description What acquiring the holding cost in total.
             * @example 190.01
             */
            costBasis?: number | null;
            /**
             * @description Price of one unit when it was bought.
             * @example 11.1526
             */
            paidPrice?: number | null;
            /**
             * @description Kind of holding.
             * @example INVESTMENT
             */
            holdType?: string | null;
            /**
             * @description Security type as the institution reports it.
             * @example OTHERINFO
             */
            invSecurityType?: string | null;
            /**
             * @description Holding status code as the institution reports it.
             * @example A
             */
            status?: string | null;
            /**
             * Format: int64
             * @description When `currentPrice` was set. Unix epoch seconds.
             * @example 1607450357
             */
            currentPriceDate?: number | null;
            /**
             * @description Kind of security, such as Stock.
             * @example Stock
             */
            securityType?: string | null;
            /**
             * @description Mutual fund category, for example OPENEND.
             * @example OPENEND
             */
            mfType?: string | null;
            /**
             * @description Whether the position is long or short, as the institution says.
             * @example Long
             */
            posType?: string | null;
            /**
             * @description Overall gain or loss, in dollars, when the data was aggregated.
             * @example 162742.9
             */
            totalGLDollar?: number | null;
            /**
             * @description Overall gain or loss, in percent, when the data was aggregated.
             * @example 68.89
             */
            totalGLPercent?: number | null;
            /**
             * @description Price at which the option can be exercised.
             * @example 50
             */
            optionStrikePrice?: number | null;
            /**
             * @description PUT or CALL.
             * @example PUT
             */
            optionType?: string | null;
            /**
             * @description Shares covered by one option contract.
             * @example 100
             */
            optionSharesPerContract?: number | null;
            /**
             * @description When the option expires: Unix epoch seconds sent as a decimal string.
             * @example 1644994800
             */
            optionExpireDate?: string | null;
            /**
             * @description Asset class as the institution defines it.
             * @example COMNEQTY
             */
            fiAssetClass?: string | null;
            /**
             * @description Normalized asset class: DOMESTICBOND, LARGESTOCK, INTLSTOCK, MONEYMRKT or OTHER.
             * @example INTLSTOCK
             */
            assetClass?: string | null;
            /**
             * @description Exchange rate from the original currency.
             * @example 1
             */
            currencyRate?: number | null;
            /**
             * @description Identifier of the security, of the kind named by `securityIdType`.
             * @example 25400W102
             */
            securityId?: string | null;
            /**
             * @description Kind of `securityId`: CUSIP, ISIN, SEDOL, SICC, VALOR or WKN.
             * @example CUSIP
             */
            securityIdType?: string | null;
            /**
             * @description What acquiring one share cost.
             * @example 13.38
             */
            costBasisPerShare?: number | null;
            /**
             * @description Kind of sub-account, such as CASH.
             * @example CASH
             */
            subAccountType?: string | null;
            /**
             * @description Currency the holding is converted into.
             * @example USD
             */
            securityCurrency?: string | null;
            /**
             * @description Gain or loss for the day, in dollars, when the data was aggregated.
             * @example 16272.9
             */
            todayGLDollar?: number | null;
            /**
             * @description Gain or loss for the day, in percent, when the data was aggregated.
             * @example 18.89
             */
            todayGLPercent?: number | null;
        };
        /** @description Body of an error response. Optional fields may be missing or null. Deviation from upstream 1.42.0: `code` is `ErrorCode` (upstream says `type: object`, but the API sends a number or a digit string). */
        ErrorMessage: {
            code: components["schemas"]["ErrorCode"];
            /**
             * @description The HTTP status repeated as a string.
             * @example 401
             */
            status?: string | null;
            /**
             * @description Short heading of the error.
             * @example Connecting accounts error
             */
            title?: string | null;
            /**
             * @description Severity, such as "error".
             * @example error
             */
            level?: string | null;
            /**
             * @description Explanation meant for developers.
             * @example Invalid authorization credentials
             */
            message?: string | null;
            /**
             * @description Explanation worded for end users.
             * @example The session has expired or is invalid
             */
            user_message?: string | null;
            /**
             * @description Extra labels for the error; normally an empty string.
             * @example
             */
            tags?: string | null;
            /**
             * @description The asset (for example a stored pay statement) the error is about, if any.
             * @example 097545c5-1c2a-4f20-a5ef-77f0820344c9-2018601178
             */
            assetId?: string | null;
            /**
             * @description The account the error is about, if any.
             * @example 5011648377
             */
            accountId?: string | null;
            /**
             * @description Your own identifier for the request, echoed so you can match the error to your records.
             * @example MAC1005061234
             */
            externalTransactionId?: string | null;
        };
        /**
         * @description An ID made of digits, given as a number or as a string of digits: account records carry `institutionId` as a string and `institutionLoginId` as a number, so the path parameters take either form and a record's own value can be passed on as it is.
         * @example 4222
         */
        NumericId: number | string;
        /**
         * @description Finicity's error code. The API sends it either as a number (38006) or as a string of digits ("10001"); treat both forms as the same code.
         * @example 10001
         */
        ErrorCode: number | string;
    };
    responses: {
        /** @description The accounts that matched. */
        AccountList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CustomerAccounts"];
            };
        };
        /** @description The request was invalid and was refused. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description The app key or the access token is missing, invalid or expired. Codes: 10022 invalid token, 10023 expired token (get a new one and send again), 10024 no token, 10026 no app key, 24302 bad credentials. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
                "text/plain": string;
            };
        };
        /** @description The partner ID, partner secret or app key was refused. Do not retry on your own: five failures lock the partner account. */
        AuthenticationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
                "text/plain": string;
            };
        };
        /** @description No such customer, consumer, institution login, account or partner application. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
    };
    parameters: {
        /**
         * @description ID of the customer, as issued when the customer was created.
         * @example 1005061234
         */
        CustomerId: string;
        /**
         * @description ID of one of the customer's accounts (the `id` of a `CustomerAccount`).
         * @example 5011648377
         */
        AccountId: string;
        /**
         * @description ID of a Finicity-supported institution: a number, or the string of digits an account record carries as its `institutionId`.
         * @example 4222
         */
        InstitutionId: components["schemas"]["NumericId"];
        /**
         * @description ID of an institution login, that is one set of credentials at one institution: a string of digits, or the number an account record carries as its `institutionLoginId`.
         * @example 1007302745
         */
        InstitutionLoginId: components["schemas"]["NumericId"];
        /**
         * @description Return only accounts with this status, for example `pending` or `active`.
         * @example pending
         */
        AccountStatus: string;
        /**
         * @description Return only accounts of this kind; `ava` is the value the API accepts today.
         * @example ava
         */
        AccountType: string;
        /**
         * @description Fetch transactions from this moment on. Unix epoch seconds.
         * @example 1607450357
         */
        RefreshFromDate: number;
        /**
         * @description Fetch transactions up to and including this moment; later than `fromDate`. Unix epoch seconds.
         * @example 1670504017
         */
        RefreshToDate: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    CreateToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerCredentials"];
            };
        };
        responses: {
            /** @description The token was issued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["AuthenticationFailed"];
            /** @description The partner ID names no partner (code 12401). Check the credentials; retrying cannot help and counts towards the lockout. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorMessage"];
                };
            };
        };
    };
    GetCustomerAccounts: {
        parameters: {
            query?: {
                /**
                 * @description Return only accounts with this status, for example `pending` or `active`.
                 * @example pending
                 */
                status?: components["parameters"]["AccountStatus"];
                /**
                 * @description Return only accounts of this kind; `ava` is the value the API accepts today.
                 * @example ava
                 */
                account_type?: components["parameters"]["AccountType"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the customer, as issued when the customer was created.
                 * @example 1005061234
                 */
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AccountList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    RefreshCustomerAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer, as issued when the customer was created.
                 * @example 1005061234
                 */
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AccountList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    RefreshCustomerAccountsV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer, as issued when the customer was created.
                 * @example 1005061234
                 */
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refresh was done; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    GetCustomerAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer, as issued when the customer was created.
                 * @example 1005061234
                 */
                customerId: components["parameters"]["CustomerId"];
                /**
                 * @description ID of one of the customer's accounts (the `id` of a `CustomerAccount`).
                 * @example 5011648377
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requested account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    DeleteCustomerAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer, as issued when the customer was created.
                 * @example 1005061234
                 */
                customerId: components["parameters"]["CustomerId"];
                /**
                 * @description ID of one of the customer's accounts (the `id` of a `CustomerAccount`).
                 * @example 5011648377
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Access to the account was removed; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    GetCustomerAccountsByInstitution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer, as issued when the customer was created.
                 * @example 1005061234
                 */
                customerId: components["parameters"]["CustomerId"];
                /**
                 * @description ID of a Finicity-supported institution: a number, or the string of digits an account record carries as its `institutionId`.
                 * @example 4222
                 */
                institutionId: components["parameters"]["InstitutionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AccountList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    GetCustomerAccountsByInstitutionLogin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer, as issued when the customer was created.
                 * @example 1005061234
                 */
                customerId: components["parameters"]["CustomerId"];
                /**
                 * @description ID of an institution login, that is one set of credentials at one institution: a string of digits, or the number an account record carries as its `institutionLoginId`.
                 * @example 1007302745
                 */
                institutionLoginId: components["parameters"]["InstitutionLoginId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AccountList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    RefreshCustomerAccountsByInstitutionLogin: {
        parameters: {
            query?: {
                /**
                 * @description Fetch transactions up to and including this moment; later than `fromDate`. Unix epoch seconds.
                 * @example 1670504017
                 */
                toDate?: components["parameters"]["RefreshToDate"];
                /**
                 * @description Fetch transactions from this moment on. Unix epoch seconds.
                 * @example 1607450357
                 */
                fromDate?: components["parameters"]["RefreshFromDate"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the customer, as issued when the customer was created.
                 * @example 1005061234
                 */
                customerId: components["parameters"]["CustomerId"];
                /**
                 * @description ID of an institution login, that is one set of credentials at one institution: a string of digits, or the number an account record carries as its `institutionLoginId`.
                 * @example 1007302745
                 */
                institutionLoginId: components["parameters"]["InstitutionLoginId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AccountList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    RefreshCustomerAccountsByInstitutionLoginV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer, as issued when the customer was created.
                 * @example 1005061234
                 */
                customerId: components["parameters"]["CustomerId"];
                /**
                 * @description ID of an institution login, that is one set of credentials at one institution: a string of digits, or the number an account record carries as its `institutionLoginId`.
                 * @example 1007302745
                 */
                institutionLoginId: components["parameters"]["InstitutionLoginId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refresh was done; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    DeleteCustomerAccountsByInstitutionLogin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer, as issued when the customer was created.
                 * @example 1005061234
                 */
                customerId: components["parameters"]["CustomerId"];
                /**
                 * @description ID of an institution login, that is one set of credentials at one institution: a string of digits, or the number an account record carries as its `institutionLoginId`.
                 * @example 1007302745
                 */
                institutionLoginId: components["parameters"]["InstitutionLoginId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Access to the accounts was removed; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
}
