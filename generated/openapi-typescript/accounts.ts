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
         * Create Access Token
         * @description Send Partner ID and Partner Secret to the Partner Authentication service to obtain a token for accessing Finicity APIs.
         *     * The token is valid for two hours and is required on all calls to the Finicity APIs
         *     * As a best practice, use a single token for all calls. Assign a timestamp for each token, and then check the current timestamp before making any calls. If the token is greater than 90 minutes, generate a new one.
         *     * ⚠️ After five failed attempts to authenticate, your account will be locked. Contact [support@finicity.com](mailto:support@finicity.com) to get help resetting your account.
         *
         *     _Supported regions_: ![🇺🇸](https://flagcdn.com/20x15/us.png)
         */
        post: operations["CreateToken"];
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
         * Get Customer Accounts by Institution Login ID
         * @description Get all accounts associated with the given institution login. All accounts returned are accessible by a single set of credentials on a single institution.
         *
         *     _Supported regions_: ![🇺🇸](https://flagcdn.com/20x15/us.png)
         */
        get: operations["GetCustomerAccountsByInstitutionLogin"];
        put?: never;
        /**
         * Refresh Customer Accounts by Institution Login ID
         * @description Refresh account and transaction data for all accounts associated with a given `institutionLoginId` with a connection to the institution.
         *
         *     Client apps are not permitted to automate calls to the Refresh services. Active accounts are automatically refreshed by Finicity once per day. Because many financial institutions only post transactions once per day, calling Refresh repeatedly is usually a waste of resources and is not recommended.
         *
         *     Apps may call Refresh services for a specific customer when there is a specific business case for the need of data that is up to date as of the moment. Please discuss with your account manager and systems engineer for further clarification.
         *
         *     The recommended timeout setting for this request is 120 seconds in order to receive a response. However, you can terminate the connection after making the call the operation will still complete. You will have to pull the account records to check for an updated aggregation attempt date to know when the refresh is complete.
         *
         *     Note: This service is not available for all tiers of dynamic billing.
         *
         *     _Supported regions_: ![🇺🇸](https://flagcdn.com/20x15/us.png)
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
         * Refresh Customer Account by Institution Login ID for Data Access Tiers
         * @description Refresh account and transaction data for all accounts associated with a given 'institutionLoginId` with a connection to the institution. Client apps are not permitted to automate calls to the Refresh services. Active accounts are automatically refreshed by Finicity once per day.
         *
         *     Apps may call Refresh services for a specific customer when there is a specific business case for the need of data that is up to date as of the moment. Please discuss with your account manager and systems engineer for further clarification.
         *
         *     Note: This service will be used for dynamic billing tiers ASD, AFD and ATD.
         *
         *     _Supported regions_: ![🇺🇸](https://flagcdn.com/20x15/us.png)
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
         * Delete Customer Accounts by Institution Login ID
         * @description Remove from Finicity aggregation the set of accounts matching the institution login ID.
         *
         *     _Supported regions_: ![🇺🇸](https://flagcdn.com/20x15/us.png)
         */
        delete: operations["DeleteCustomerAccountsByInstitutionLogin"];
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
         * Get Customer Account by ID
         * @description Get a customer account by ID.
         *
         *     _Supported regions_: ![🇺🇸](https://flagcdn.com/20x15/us.png)
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
         * Delete Customer Account by ID
         * @description Remove the given account from Finicity aggregation.
         *
         *     _Supported regions_: ![🇺🇸](https://flagcdn.com/20x15/us.png)
         */
        delete: operations["DeleteCustomerAccount"];
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
         * Get Customer Accounts
         * @description Get all accounts owned by the given customer.
         *
         *     _Supported regions_: ![🇺🇸](https://flagcdn.com/20x15/us.png)
         */
        get: operations["GetCustomerAccounts"];
        put?: never;
        /**
         * Refresh Customer Accounts
         * @description Refresh account and transaction data for all accounts associated with the  given `customerId` with a connection to the institution.
         *
         *     Client apps are not permitted to automate calls to the Refresh services. Active accounts are automatically refreshed by Finicity once per day. Because many financial institutions only post transactions once per day, calling Refresh services repeatedly is usually a waste of resources and is not recommended.
         *
         *     Apps may call Refresh services for a specific customer when there is a specific business case for the need of data that is up to date as of the moment. Please discuss with your account manager and systems engineer for further clarification.
         *
         *     The recommended timeout setting for this request is 120 seconds in order to receive a response. However, you can terminate the connection after making the call the operation will still complete. You will have to pull the account records to check for an updated aggregation attempt date to know when the refresh is complete.
         *
         *     Note: This service is not available for all tiers of dynamic billing.
         *
         *     _Supported regions_: ![🇺🇸](https://flagcdn.com/20x15/us.png)
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
         * Refresh Customer Accounts for Data Access Tiers
         * @description Refresh account and transaction data for all accounts associated with the  given `customerId` with a connection to the institution.
         *
         *     Client apps are not permitted to automate calls to the Refresh services. Active accounts are automatically refreshed by Finicity once per day.
         *     Apps may call Refresh services for a specific customer when there is a specific business case for the need of data that is up to date as of the moment. Please discuss with your account manager and systems engineer for further clarification.
         *
         *     Note: This service will be used for dynamic billing tiers ASD, AFD and ATD.
         *
         *     _Supported regions_: ![🇺🇸](https://flagcdn.com/20x15/us.png)
         */
        post: operations["RefreshCustomerAccountsV2"];
        delete?: never;
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
         * Get Customer Accounts by Institution ID
         * @description Get all active accounts owned by the given customer at the given institution.
         *
         *     _Supported regions_: ![🇺🇸](https://flagcdn.com/20x15/us.png)
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A temporary access token to be passed in the `Finicity-App-Token` HTTP header of all subsequent API requests */
        AccessToken: {
            /**
             * @description The access token value
             * @example YBh22Sb9Es6e66Q7lWdt
             */
            token: string;
        };
        /**
         * @description An account ID
         * @example 5011648377
         */
        AccountId: string;
        /**
         * @description The account number from a financial institution in truncated format:
         *
         *       * Last four digits: "1234"
         *
         *       * Last four digits with suffix: "1234-9"
         *
         *       * Full value for string accounts: "john@gmail.com"
         *     example: '1234-9'
         */
        AccountNumberDisplay: string;
        /**
         * @description The last 4 digits of the ACH account number
         * @example 5678
         */
        AccountNumberLast4: string;
        /**
         * @description An account status
         * @example pending
         */
        AccountStatus: string;
        /**
         * @description The list of supported account types.
         *     * "checking": Standard checking
         *     * "savings": Standard savings
         *     * "cd": Certificates of deposit
         *     * "moneyMarket": Money Market
         *     * "creditCard": Standard credit cards
         *     * "lineOfCredit": Home equity, line of credit
         *     * "investment": Generic investment (no details)
         *     * "investmentTaxDeferred": Generic tax-advantaged investment (no details)
         *     * "employeeStockPurchasePlan": ESPP, Employee Stock Ownership Plans (ESOP), Stock Purchase Plans
         *     * "ira": Individual Retirement Account (not Rollover or Roth)
         *     * "401k": 401K Plan
         *     * "roth": Roth IRA, Roth 401K
         *     * "403b": 403B Plan
         *     * "529plan": 529 Plan (True value is 529)
         *     * "rollover": Rollover IRA
         *     * "ugma": Uniform Gifts to Minors Act
         *     * "utma": Uniform Transfers to Minors Act
         *     * "keogh": Keogh Plan
         *     * "457plan": 457 Plan (True value is 457)
         *     * "401a": 401A Plan
         *     * "brokerageAccount": Brokerage Account
         *     * "educationSavings": Education Savings Account that is not a 529
         *     * "healthSavingsAccount": HSA (Health Savings Accounts)
         *     * "pension": Pension
         *     * "profitSharingPlan": Profit Sharing Plan
         *     * "roth401k": Roth 401K
         *     * "sepIRA": Simplified Employee Pension IRA
         *     * "simpleIRA": Simple IRA
         *     * "thriftSavingsPlan": Thrift Savings Plan
         *     * "variableAnnuity": Variable Annuity
         *     * "cryptocurrency": Cryptocurrency Wallet, Cryptocurrency Account
         *     * "mortgage": Standard Mortgages
         *     * "loan": Auto loans, equity loans, other loans
         *     * "studentLoan": Student Loan
         *     * "studentLoanGroup": Student Loan Group
         *     * "studentLoanAccount": Student Loan Account
         * @example checking
         */
        AccountType: string;
        /**
         * @description "pending" during account discovery, always "active" following
         *       successful account activation
         * @example active
         */
        AggregationStatus: string;
        /** @description The status of the most recent aggregation attempt (see [Aggregation Status Codes](https://developer.mastercard.com/open-banking-us/documentation/products/manage/account-aggregation/#aggregation-status-codes)). Won't be present until you have run your first aggregation for the account. */
        AggregationStatusCode: number;
        /**
         * @description An asset ID. Generated by Connect or by using the Store Customer Pay Statement API.
         * @example 097545c5-1c2a-4f20-a5ef-77f0820344c9-2018601178
         */
        AssetId: string;
        /**
         * Format: int64
         * @description (Student Loan) The date the loan enters into repayment. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        ConvertToRepayment: number;
        /**
         * @description A currency code
         * @example USD
         */
        Currency: string;
        /** @description An account represents a bank account such as a checking or savings that the customer has added via the Connect interface. */
        CustomerAccount: {
            id: components["schemas"]["AccountId"];
            /**
             * @deprecated
             * @description The account number from the institution
             * @example 2000004444
             */
            number: string;
            accountNumberDisplay: components["schemas"]["AccountNumberDisplay"];
            realAccountNumberLast4?: components["schemas"]["AccountNumberLast4"];
            name: components["schemas"]["Name"];
            /**
             * @description The cleared balance of the account as of `balanceDate`
             * @example 401.26
             */
            balance?: number;
            type: components["schemas"]["AccountType"];
            aggregationStatusCode?: components["schemas"]["AggregationStatusCode"];
            status: components["schemas"]["AggregationStatus"];
            customerId: components["schemas"]["CustomerId"];
            institutionId: components["schemas"]["InstitutionId"];
            balanceDate?: components["schemas"]["CustomerAccountBalanceDate"];
            aggregationSuccessDate?: components["schemas"]["CustomerAccountAggregationSuccessDate"];
            aggregationAttemptDate?: components["schemas"]["CustomerAccountAggregationAttemptDate"];
            createdDate: components["schemas"]["CustomerAccountCreatedDate"];
            lastUpdatedDate?: components["schemas"]["CustomerLastUpdatedDate"];
            marketSegment?: components["schemas"]["CustomerAccountMarketSegment"];
            currency: components["schemas"]["Currency"];
            lastTransactionDate?: components["schemas"]["CustomerAccountLastTransactionDate"];
            oldestTransactionDate?: components["schemas"]["CustomerAccountOldestTransactionDate"];
            institutionLoginId: components["schemas"]["NumericInstitutionLoginId"];
            detail?: components["schemas"]["CustomerAccountDetail"];
            /** @description Investment holdings */
            position?: components["schemas"]["CustomerAccountPosition"][];
            displayPosition?: components["schemas"]["DisplayPosition"];
            parentAccount?: components["schemas"]["CustomerAccountParentAccountId"];
        };
        /**
         * Format: int64
         * @description A timestamp showing the last aggregation attempt, whether successful or not. This will not be present until you have run your first aggregation for the account. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        CustomerAccountAggregationAttemptDate: number;
        /**
         * Format: int64
         * @description A timestamp showing the last successful aggregation of the account. This will not be present until you have run your first aggregation for the account. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        CustomerAccountAggregationSuccessDate: number;
        /**
         * Format: int64
         * @description A timestamp showing when the balance was captured. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        CustomerAccountBalanceDate: number;
        /**
         * Format: int64
         * @description A timestamp showing when the account was added to the system. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        CustomerAccountCreatedDate: number;
        /** @description Additional customer account details. Not all data points will return for each account type. You can see the account type that each data point will return for in descriptions. The data point are also subject to availability by the institution. */
        CustomerAccountDetail: {
            dateAsOf?: components["schemas"]["DateAsOf"];
            /**
             * @description (Checking/Savings/CD/MoneyMarket) and (Mortgage/Loan) The available balance (typically the current balance with adjustments for any pending transactions)
             * @example 5678.78
             */
            availableBalanceAmount?: number;
            openDate?: components["schemas"]["OpenDate"];
            periodStartDate?: components["schemas"]["PeriodStartDate"];
            periodEndDate?: components["schemas"]["PeriodEndDate"];
            /**
             * @description (Checking/Savings/CD/MoneyMarket) The APY for the current period interest rate
             * @example 13.245
             */
            periodInterestRate?: number;
            /**
             * @description (Checking/Savings/CD/MoneyMarket) Amount deposited in period
             * @example 2356.56
             */
            periodDepositAmount?: number;
            /**
             * @description (Checking/Savings/CD/MoneyMarket) Interest accrued during the current period
             * @example 1234.56
             */
            periodInterestAmount?: number;
            /**
             * @description (Checking/Savings/CD/MoneyMarket) Interest accrued year-to-date
             * @example 1056.67
             */
            interestYtdAmount?: number;
            /**
             * @description (Checking/Savings/CD/MoneyMarket) Interest earned in prior year
             * @example 3056.79
             */
            interestPriorYtdAmount?: number;
            maturityDate?: components["schemas"]["MaturityDate"];
            /**
             * @description (Credit Card/Line Of Credit) and (Mortgage/Loan) The account's current interest rate
             * @example 15.789
             */
            interestRate?: string;
            /**
             * @description (Credit Card/Line Of Credit) The available credit (typically the credit limit minus the current balance)
             * @example 3000
             */
            creditAvailableAmount?: number;
            /**
             * @description (Credit Card/Line Of Credit) The account's credit limit
             * @example 7000
             */
            creditMaxAmount?: number;
            /**
             * @description (Credit Card/Line Of Credit) Currently available cash advance
             * @example 2000
             */
            cashAdvanceAvailableAmount?: number;
            /**
             * @description (Credit Card/Line Of Credit) Maximum cash advance amount
             * @example 3000
             */
            cashAdvanceMaxAmount?: number;
            /**
             * @description (Credit Card/Line Of Credit) Balance of current cash advance
             * @example 1000
             */
            cashAdvanceBalance?: number;
            /**
             * @description (Credit Card/Line Of Credit) Interest rate for cash advances
             * @example 21.5
             */
            cashAdvanceInterestRate?: number;
            /**
             * @description (Credit Card/Line Of Credit) and (Investment) Current balance
             * @example 5789.34
             */
            currentBalance?: number;
            /**
             * @description (Credit Card/Line Of Credit) and (Mortgage/Loan) Minimum payment due
             * @example 456.78
             */
            paymentMinAmount?: number;
            paymentDueDate?: components["schemas"]["PaymentDueDate"];
            /**
             * @description (Credit Card/Line Of Credit) Prior balance in last statement
             * @example 1234.56
             */
            previousBalance?: number;
            statementStartDate?: components["schemas"]["StatementStartDate"];
            statementEndDate?: components["schemas"]["StatementEndDate"];
            /**
             * @description (Credit Card/Line Of Credit) Purchase amount of statement period
             * @example 2345.9
             */
            statementPurchaseAmount?: number;
            /**
             * @description (Credit Card/Line Of Credit) Finance amount of statement period
             * @example 156.78
             */
            statementFinanceAmount?: number;
            /**
             * @description (Credit Card/Line Of Credit) Credit amount applied in statement period
             * @example 345
             */
            statementCreditAmount?: number;
            /**
             * Format: int32
             * @description (Credit Card/Line Of Credit) Earned reward balance
             * @example 500
             */
            rewardEarnedBalance?: number;
            /**
             * @description (Credit Card/Line Of Credit) Balance past due
             * @example 3688.99
             */
            pastDueAmount?: number;
            /**
             * @description (Credit Card/Line Of Credit) and (Mortgage/Loan) The amount received in the last payment
             * @example 567.89
             */
            lastPaymentAmount?: number;
            lastPaymentDate?: components["schemas"]["LastPaymentDate"];
            /**
             * @description (Credit Card/Line Of Credit) Balance of statement at close
             * @example 2456.69
             */
            statementCloseBalance?: number;
            /**
             * @description (Mortgage/Loan) Length of loan in months
             * @example 36
             */
            termOfMl?: string;
            /**
             * @description (Mortgage/Loan) Holder of the mortgage or loan
             * @example John Smith
             */
            mlHolderName?: string;
            /**
             * @description (Mortgage/Loan) Description of loan
             * @example a description
             */
            description?: string;
            /**
             * @description (Mortgage/Loan) Late fee charged
             * @example 35
             */
            lateFeeAmount?: number;
            /**
             * @description (Mortgage/Loan) The amount required to payoff the loan
             * @example 45567.98
             */
            payoffAmount?: number;
            payoffAmountDate?: components["schemas"]["PayoffAmountDate"];
            originalMaturityDate?: components["schemas"]["OriginalMaturityDate"];
            /**
             * @description (Mortgage/Loan) The principal balance
             * @example 45056.7
             */
            principalBalance?: number;
            /**
             * @description (Mortgage/Loan) The escrow balance
             * @example 2345.01
             */
            escrowBalance?: number;
            /**
             * @description (Mortgage/Loan) Period of interest
             * @example monthly
             */
            interestPeriod?: string;
            /**
             * @description (Mortgage/Loan) Original loan amount
             * @example 65000
             */
            initialMlAmount?: number;
            initialMlDate?: components["schemas"]["InitialMlDate"];
            /**
             * @description (Mortgage/Loan) Amount towards principal in next payment
             * @example 1256.67
             */
            nextPaymentPrincipalAmount?: number;
            /**
             * @description (Mortgage/Loan) Amount of interest in next payment
             * @example 234.56
             */
            nextPaymentInterestAmount?: number;
            /**
             * @description (Mortgage/Loan) Minimum payment due
             * @example 1578
             */
            nextPayment?: number;
            nextPaymentDate?: components["schemas"]["NextPaymentDate"];
            lastPaymentDueDate?: components["schemas"]["LastPaymentDueDate"];
            lastPaymentReceiveDate?: components["schemas"]["LastPaymentReceiveDate"];
            /**
             * @description (Mortgage/Loan) Amount towards principal in last payment
             * @example 1256.67
             */
            lastPaymentPrincipalAmount?: number;
            /**
             * @description (Mortgage/Loan) Amount of interest in last payment
             * @example 234.56
             */
            lastPaymentInterestAmount?: number;
            /**
             * @description (Mortgage/Loan) Amount towards escrow in last payment
             * @example 456.78
             */
            lastPaymentEscrowAmount?: number;
            /**
             * @description (Mortgage/Loan) Amount of last fee in last payment
             * @example 150
             */
            lastPaymentLastFeeAmount?: number;
            /**
             * @description (Mortgage/Loan) Amount of late charge in last payment
             * @example 50
             */
            lastPaymentLateCharge?: number;
            /**
             * @description (Mortgage/Loan) Principal paid year-to-date
             * @example 5432.01
             */
            ytdPrincipalPaid?: number;
            /**
             * @description (Mortgage/Loan) Interest paid year-to-date
             * @example 3948.56
             */
            ytdInterestPaid?: number;
            /**
             * @description (Mortgage/Loan) Insurance paid year-to-date
             * @example 1345.89
             */
            ytdInsurancePaid?: number;
            /**
             * @description (Mortgage/Loan) Tax paid year-to-date
             * @example 1489
             */
            ytdTaxPaid?: number;
            /**
             * @description (Mortgage/Loan) Enrolled in autopay (F/Y)
             * @example true
             */
            autoPayEnrolled?: boolean;
            /**
             * @description Margin trading indicator (true / false)
             * @example true
             */
            marginAllowed?: boolean;
            /**
             * @description Cash account allowed indicator (true / false)
             * @example true
             */
            cashAccountAllowed?: boolean;
            /**
             * @description (Mortgage/Loan) Collateral on loan
             * @example nissan sentra
             */
            collateral?: string;
            /**
             * @description (Mortgage/Loan) Current school
             * @example utah valley university
             */
            currentSchool?: string;
            firstPaymentDate?: components["schemas"]["FirstPaymentDate"];
            /**
             * @description (Mortgage/Loan) First mortgage (F/Y)
             * @example true
             */
            firstMortgage?: boolean;
            /**
             * @description (Mortgage/Loan) Frequency of payments (monthly, etc.)
             * @example monthly
             */
            loanPaymentFreq?: string;
            /**
             * @description (Mortgage/Loan) Original school
             * @example Brigham young university
             */
            originalSchool?: string;
            /**
             * @description (Mortgage/Loan) Recurring payment amount
             * @example 456.23
             */
            recurringPaymentAmount?: number;
            /**
             * @description (Mortgage/Loan) Owner of loan
             * @example utah community credit union
             */
            lender?: string;
            /**
             * @description (Mortgage/Loan) Ending balance
             * @example 234789.45
             */
            endingBalanceAmount?: number;
            /**
             * @description (Mortgage/Loan) Type of loan term
             * @example fixed
             */
            loanTermType?: string;
            /**
             * Format: int32
             * @description (Mortgage/Loan) Number of payments made
             * @example 14
             */
            paymentsMade?: number;
            /**
             * @description (Mortgage/Loan) Balloon payment amount
             * @example 1678.56
             */
            balloonAmount?: number;
            /**
             * @description (Mortgage/Loan) Projected interest on the loan
             * @example 10456.78
             */
            projectedInterest?: number;
            /**
             * @description (Mortgage/Loan) Interest paid since inception of loan (life to date)
             * @example 56789.34
             */
            interestPaidLtd?: number;
            /**
             * @description (Mortgage/Loan) Type of interest rate
             * @example variable
             */
            interestRateType?: string;
            /**
             * @description (Mortgage/Loan) Type of loan payment
             * @example principle
             */
            loanPaymentType?: string;
            /**
             * @description (Mortgage/Loan) Type of repayment plan for the student loan
             * @example Standard, Graduated, Extended, Pay As You Earn, and more.
             */
            repaymentPlan?: string;
            /**
             * Format: int32
             * @description (Mortgage/Loan) Number of payments remaining before loan is paid off
             * @example 45
             */
            paymentsRemaining?: number;
            /**
             * @description (Investment) Net interest earned after deducting interest paid out
             * @example 456
             */
            marginBalance?: number;
            /**
             * @description (Investment) Sum of short balance
             * @example 12456.89
             */
            shortBalance?: number;
            /**
             * @description (Investment) Amount available for cash withdrawal
             * @example 3456.78
             */
            availableCashBalance?: number;
            /**
             * @description (Investment) amount payable to an investor at maturity
             * @example 34067.78
             */
            maturityValueAmount?: number;
            /**
             * @description (Investment) Vested amount in account
             * @example 45000
             */
            vestedBalance?: number;
            /**
             * @description (Investment) Employer matched contributions
             * @example 256.99
             */
            empMatchAmount?: number;
            /**
             * @description (Investment) Employer pretax contribution amount
             * @example 450
             */
            empPretaxContribAmount?: number;
            /**
             * @description (Investment) Employer pretax contribution amount year to date
             * @example 700
             */
            empPretaxContribAmountYtd?: number;
            /**
             * @description (Investment) Total year to date contributions
             * @example 2045
             */
            contribTotalYtd?: number;
            /**
             * @description (Investment) Cash balance of account
             * @example 2000
             */
            cashBalanceAmount?: number;
            /**
             * @description (Investment) Pre-tax amount of total balance
             * @example 78564.99
             */
            preTaxAmount?: number;
            /**
             * @description (Investment) After-tax amount of total balance
             * @example 68564.99
             */
            afterTaxAmount?: number;
            /**
             * @description (Investment) Amount matched
             * @example 378
             */
            matchAmount?: number;
            /**
             * @description (Investment) Amount of balance for profit sharing
             * @example 34678.89
             */
            profitSharingAmount?: number;
            /**
             * @description (Investment) Amount of balance rolled over from original account (401k, etc.)
             * @example 101234.67
             */
            rolloverAmount?: number;
            /**
             * @description (Investment) Other vested amount
             * @example 34000
             */
            otherVestAmount?: number;
            /**
             * @description (Investment) Other nonvested amount
             * @example 26000
             */
            otherNonvestAmount?: number;
            /**
             * @description (Investment) Current loan balance
             * @example 345789.23
             */
            currentLoanBalance?: number;
            /**
             * @description (Investment) Interest rate of loan
             * @example 3.275
             */
            loanRate?: number;
            /**
             * @description (Investment) Money available to buy securities
             * @example 34567.89
             */
            buyPower?: number;
            /**
             * @description (Investment) Life to date of money rolled over
             * @example 23456.78
             */
            rolloverLtd?: number;
            /**
             * @description (Student Loan) The federal unique loan identifying number
             * @example 1234568
             */
            loanAwardId?: string;
            /**
             * @description (Student Loan) The original interest rate to which the loan was disbursed, in APY
             * @example 12
             */
            originalInterestRate?: number;
            /**
             * @description (Student Loan) The financial institution guarantor of the loan (who will pay the loan amount to the owner if the borrower defaults)
             * @example FinBank
             */
            guarantor?: string;
            /**
             * @description (Student Loan) Owner of the loan
             * @example FinBank
             */
            owner?: string;
            /**
             * @description (Student Loan) The indication of the presence of an interest subsidy (i.e. subsidized)
             * @example Subsidy type
             */
            interestSubsidyType?: string;
            /**
             * @description (Student Loan) The total outstanding interest balance
             * @example 2000
             */
            interestBalance?: number;
            /**
             * @description (Student Loan) The number of months still outstanding on a loan
             * @example 2
             */
            remainingTermOfMl?: number;
            /**
             * @description (Student Loan) Initial interest rate of loan
             * @example 34567.89
             */
            initialInterestRate?: number;
            /**
             * @description (Student Loan) The total outstanding fees balance
             * @example 150
             */
            feesBalance?: number;
            /**
             * @description (Student Loan) Loan interest paid year-to-date
             * @example 5623.23
             */
            loanYtdInterestPaid?: number;
            /**
             * @description (Student Loan) Loan fees paid year-to-date
             * @example 5621.23
             */
            loanYtdFeesPaid?: number;
            /**
             * @description (Student Loan) Loan principal paid year-to-date
             * @example 5621.23
             */
            loanYtdPrincipalPaid?: number;
            /**
             * @description (Student Loan) The repayment status phase (i.e. In School, Grace, Repayment, Deferment, Forbearance)
             * @example Deferment
             */
            loanStatus?: string;
            loanStatusStartDate?: components["schemas"]["LoanStatusStartDate"];
            loanStatusEndDate?: components["schemas"]["LoanStatusEndDate"];
            /**
             * @description (Student Loan) The interest rate of multiple interest rates and balances at the group level, in APY
             * @example 12
             */
            weightedInterestRate?: number;
            repaymentPlanStartDate?: components["schemas"]["RepaymentPlanStartDate"];
            repaymentPlanEndDate?: components["schemas"]["RepaymentPlanEndDate"];
            expectedPayoffDate?: components["schemas"]["ExpectedPayoffDate"];
            outOfSchoolDate?: components["schemas"]["OutOfSchoolDate"];
            convertToRepayment?: components["schemas"]["ConvertToRepayment"];
            /**
             * Format: int32
             * @description (Student Loan) The number of days past a due date that a payment should have been made
             * @example 5
             */
            daysDelinquent?: number;
            /**
             * @description (Student Loan) The total amount paid towards the principal balance
             * @example 15000
             */
            totalPrincipalPaid?: number;
            /**
             * @description (Student Loan) The total amount paid towards interest
             * @example 1125
             */
            totalInterestPaid?: number;
            /**
             * @description (Student Loan) The total amount paid
             * @example 16125
             */
            totalAmountPaid?: number;
        };
        /**
         * Format: int64
         * @description The date of the latest transaction on the account. This will not be present until you have run your first aggregation for the account. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        CustomerAccountLastTransactionDate: number;
        /**
         * @description The market segment of the account. Possible values: personal, business
         * @example personal
         */
        CustomerAccountMarketSegment: string;
        /**
         * Format: int64
         * @description The date of the oldest transaction in the transactions for the account. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        CustomerAccountOldestTransactionDate: number;
        /**
         * @description The assigned account ID for the account one level higher in the student loan account hierarchy
         * @example 5011648377
         */
        CustomerAccountParentAccountId: string;
        /** @description Details for investment account holdings */
        CustomerAccountPosition: {
            /**
             * Format: int64
             * @description The ID of the investment position
             * @example 454678080
             */
            id?: number;
            /**
             * @description The description of the holding
             * @example DELTA AIR LINES INC
             */
            description?: string;
            /**
             * @description The investment position's market ticker symbol
             * @example DAL
             */
            symbol?: string;
            /**
             * @description The number of units of the holding
             * @example 6.537
             */
            units?: number;
            /**
             * @description The current price of the investment holding
             * @example 41.585
             */
            currentPrice?: number;
            /**
             * @description The security name for the investment holding
             * @example DELTA AIR LINES INC
             */
            securityName?: string;
            /**
             * @description The transaction type of the holding, such as cash, margin, and more
             * @example Margin
             */
            transactionType?: string;
            /**
             * @description Market value of an investment position at the time of retrieval
             * @example 271.84
             */
            marketValue?: number;
            /**
             * @description The percent change in value since the previous day
             * @example 170.02
             */
            changePercent?: number;
            /**
             * @description The value amount change since the previous day
             * @example 180.03
             */
            dailyChange?: number;
            /**
             * @description The total cost of acquiring the security
             * @example 190.01
             */
            costBasis?: number;
            /**
             * @description The type of the holding
             * @example INVESTMENT
             */
            holdType?: string;
            /**
             * @description The security type for the investment holding
             * @example OTHERINFO
             */
            invSecurityType?: string;
            /**
             * @description The status of the holding
             * @example A
             */
            status?: string;
            currentPriceDate?: components["schemas"]["UnixDate"];
            /**
             * @description Type of security for the investment position
             * @example Stock
             */
            securityType?: string;
            /**
             * @description Type of mutual fund, such as open ended
             * @example OPENEND
             */
            mfType?: string;
            /**
             * @description Fund type assigned by the FI (long or short)
             * @example Long
             */
            posType?: string;
            /**
             * @description Total gain and loss of the position at the time of aggregation in dollars
             * @example 162742.9
             */
            totalGLDollar?: number;
            /**
             * @description Total gain and loss of the position at the time of aggregation in percentage
             * @example 68.89
             */
            totalGLPercent?: number;
            /**
             * @description The strike price of the option contract
             * @example 50
             */
            optionStrikePrice?: number;
            /**
             * @description The type of option contract (PUT or CALL)
             * @example PUT
             */
            optionType?: string;
            /**
             * @description The number of shares per option contract
             * @example 100
             */
            optionSharesPerContract?: number;
            /**
             * @description Expiration date of option
             * @example 1644994800
             */
            optionExpireDate?: string;
            /**
             * @description Financial Institution (FI) defined asset class (COMMON STOCK, COMNEQTY, EQUITY/STOCK, CMA-ISA, CONVERTIBLE PREFERREDS, CORPORATE BONDS, OTHER MONEY FUNDS, ALLOCATION FUNDS, CMA-TAXABLE, FOREIGNEQUITYADRS, COMMONSTOCK, PREFERRED STOCKS, STABLE VALUE, FOREIGN EQUITY ADRS)
             * @example COMNEQTY
             */
            fiAssetClass?: string;
            /**
             * @description An asset class is a grouping of comparable financial securities. These include equities (stocks), fixed income (bonds), and cash equivalent or money market instruments. (DOMESTICBOND, LARGESTOCK, INTLSTOCK, MONEYMRKT, OTHER)
             * @example INTLSTOCK
             */
            assetClass?: string;
            /**
             * @description Currency rate, ratio of currency to original currency
             * @example 1
             */
            currencyRate?: number;
            /**
             * @description The security ID of the transaction
             * @example 25400W102
             */
            securityId?: string;
            securityIdType?: components["schemas"]["SecurityIdType"];
            /**
             * @description The per share cost of acquiring the security
             * @example 13.38
             */
            costBasisPerShare?: number;
            /**
             * @description The subaccount's type, such as cash
             * @example CASH
             */
            subAccountType?: string;
            /**
             * @description Symbol for the currency that the account is being converted into
             * @example USD
             */
            securityCurrency?: string;
            /**
             * @description The current day's gain and loss of the position at the time of aggregation in dollars
             * @example 16272.9
             */
            todayGLDollar?: number;
            /**
             * @description The current day's gain and loss of the position at the time of aggregation in percentage
             * @example 18.89
             */
            todayGLPercent?: number;
        };
        /** @description A list of customer accounts */
        CustomerAccounts: {
            /** @description List of customer accounts */
            accounts: components["schemas"]["CustomerAccount"][];
        };
        /**
         * @description A customer ID. See Add Customer API for how to create a customer ID.
         * @example 1005061234
         */
        CustomerId: string;
        /**
         * Format: int64
         * @description A timestamp showing when the account was last modified to the system. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        CustomerLastUpdatedDate: number;
        /**
         * Format: int64
         * @description (All Account Types) Most recent date of the following information. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        DateAsOf: number;
        /**
         * Format: int32
         * @description Display position of the account at the financial institution, "1"
         *         being the top listed account
         * @example 2
         */
        DisplayPosition: number;
        ErrorMessage: {
            code: components["schemas"]["ErrorCode"];
            /**
             * @description A status code
             * @example 401
             */
            status?: string;
            /**
             * @description A title for the error
             * @example Connecting accounts error
             */
            title?: string;
            /**
             * @description An error level
             * @example error
             */
            level?: string;
            /**
             * @description An error message
             * @example Invalid authorization credentials
             */
            message?: string;
            /**
             * @description Some more details about the error
             * @example The session has expired or is invalid
             */
            user_message?: string;
            assetId?: components["schemas"]["AssetId"];
            accountId?: components["schemas"]["AccountId"];
            tags?: string;
        };
        /**
         * Format: int64
         * @description (Student Loan) The expected date of the payoff date. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        ExpectedPayoffDate: number;
        /**
         * Format: int64
         * @description (Mortgage/Loan) First payment due date. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        FirstPaymentDate: number;
        /**
         * Format: int64
         * @description (Mortgage/Loan) Original date of loan. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        InitialMlDate: number;
        /**
         * @description The ID of a financial institution
         * @example 4222
         */
        InstitutionId: string;
        /**
         * @description An institution login ID (from the account record)
         * @example 1007302745
         */
        InstitutionLoginId: string;
        /**
         * Format: int64
         * @description (Credit Card/Line Of Credit) The date of the last payment. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        LastPaymentDate: number;
        /**
         * Format: int64
         * @description (Mortgage/Loan) Due date of last payment. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        LastPaymentDueDate: number;
        /**
         * Format: int64
         * @description (Mortgage/Loan) The date of the last payment. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        LastPaymentReceiveDate: number;
        /**
         * Format: int64
         * @description (Student Loan) The end date of the current status. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        LoanStatusEndDate: number;
        /**
         * Format: int64
         * @description (Student Loan) The start date of the current status. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        LoanStatusStartDate: number;
        /**
         * Format: int64
         * @description (Checking/Savings/CD/MoneyMarket) Maturity date of account type. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        MaturityDate: number;
        /**
         * @description The account name from the institution
         * @example Super Checking
         */
        Name: string;
        /**
         * Format: int64
         * @description (Mortgage/Loan) Due date for the next payment. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        NextPaymentDate: number;
        /**
         * Format: int64
         * @description The ID of a financial institution, represented as a number
         * @example 4222
         */
        NumericInstitutionId: number;
        /**
         * Format: int64
         * @description An institution login ID (from the account record), represented as a number
         * @example 1007302745
         */
        NumericInstitutionLoginId: number;
        /**
         * Format: int64
         * @description (Checking/Savings/CD/MoneyMarket) Date when account was opened. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        OpenDate: number;
        /**
         * Format: int64
         * @description (Mortgage/Loan) Original date of loan maturity. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        OriginalMaturityDate: number;
        /**
         * Format: int64
         * @description (Student Loan) The date the borrower graduated or dropped below half-time enrollment in school. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        OutOfSchoolDate: number;
        PartnerCredentials: {
            partnerId: components["schemas"]["PartnerId"];
            /**
             * @description Your Partner Secret displayed in the [Developer Dashboard](https://developer.mastercard.com/account/log-in)
             * @example aqJ5Ic4SEVx2IgDQ6oR4
             */
            partnerSecret: string;
        };
        /**
         * @description Your Partner ID displayed in the [Developer Dashboard](https://developer.mastercard.com/account/log-in)
         * @example 1234583871234
         */
        PartnerId: string;
        /**
         * Format: int64
         * @description (Credit Card/Line Of Credit) Due date for the next payment. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        PaymentDueDate: number;
        /**
         * Format: int64
         * @description (Mortgage/Loan) Date of final payment. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        PayoffAmountDate: number;
        /**
         * Format: int64
         * @description End date of period. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        PeriodEndDate: number;
        /**
         * Format: int64
         * @description (Checking/Savings/CD/MoneyMarket) Start date of period. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        PeriodStartDate: number;
        /**
         * Format: int64
         * @description (Student Loan) The end date of the current repayment plan. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        RepaymentPlanEndDate: number;
        /**
         * Format: int64
         * @description (Student Loan) The start date of the current repayment plan. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        RepaymentPlanStartDate: number;
        /**
         * @description The security type. This field is related to the `securityId` field. Possible values:
         *     * "CUSIP"
         *
         *     * "ISIN"
         *
         *     * "SEDOL"
         *
         *     * "SICC"
         *
         *     * "VALOR"
         *
         *     * "WKN"
         * @example CUSIP
         */
        SecurityIdType: string;
        /**
         * Format: int64
         * @description (Credit Card/Line Of Credit) End date of statement period. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        StatementEndDate: number;
        /**
         * Format: int64
         * @description (Credit Card/Line Of Credit) Start date of statement period. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        StatementStartDate: number;
        /**
         * Format: int64
         * @description A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
         * @example 1607450357
         */
        UnixDate: number;
        ErrorCode: number | string;
    };
    responses: {
        /** @description The request lacks valid authentication credentials. Check Partner ID, Partner Secret or Finicity-App-Key. */
        AuthenticationUnauthorizedErrorResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description The request was rejected */
        BadRequestErrorResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description The access token was successfully created */
        CreateTokenResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AccessToken"];
            };
        };
        /** @description The customer account was successfully deleted */
        DeleteCustomerAccountResponse: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The customer accounts were successfully deleted */
        DeleteCustomerAccountsByInstitutionLoginResponse: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The account was successfully retrieved */
        GetCustomerAccountResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CustomerAccount"];
            };
        };
        /** @description The account list was successfully retrieved */
        GetCustomerAccountsResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CustomerAccounts"];
            };
        };
        /** @description The account list was successfully refreshed */
        RefreshCustomerAccountsResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CustomerAccounts"];
            };
        };
        /** @description The account list was successfully refreshed */
        RefreshCustomerV2AccountsResponse: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The resource doesn't exist */
        ResourceNotFoundErrorResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description The request lacks valid authentication credentials. Check "Finicity-App-Key" or "Finicity-App-Token". */
        UnauthorizedErrorResponse: {
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
         * @description The account ID
         * @example 5011648377
         */
        AccountIdParameter: components["schemas"]["AccountId"];
        /**
         * @description A filter to fetch account in the given status
         * @example pending
         */
        AccountStatusParameter: components["schemas"]["AccountStatus"];
        /**
         * @description A filter to fetch accounts for the given type. Currently supported types: "ava"
         * @example ava
         */
        AccountTypeParameter: string;
        /**
         * @description A customer ID
         * @example 1005061234
         */
        CustomerIdParameter: components["schemas"]["CustomerId"];
        /**
         * @description The institution ID
         * @example 4222
         */
        InstitutionIdParameter: components["schemas"]["NumericInstitutionId"];
        /**
         * @description The institution login ID
         * @example 1007302745
         */
        InstitutionLoginIdParameter: components["schemas"]["InstitutionLoginId"];
    };
    requestBodies: {
        CreateTokenRequest: {
            content: {
                "application/json": components["schemas"]["PartnerCredentials"];
            };
        };
    };
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
        requestBody: components["requestBodies"]["CreateTokenRequest"];
        responses: {
            200: components["responses"]["CreateTokenResponse"];
            400: components["responses"]["BadRequestErrorResponse"];
            401: components["responses"]["AuthenticationUnauthorizedErrorResponse"];
        };
    };
    GetCustomerAccountsByInstitutionLogin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A customer ID
                 * @example 1005061234
                 */
                customerId: components["parameters"]["CustomerIdParameter"];
                /**
                 * @description The institution login ID
                 * @example 1007302745
                 */
                institutionLoginId: components["parameters"]["InstitutionLoginIdParameter"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetCustomerAccountsResponse"];
            400: components["responses"]["BadRequestErrorResponse"];
            401: components["responses"]["UnauthorizedErrorResponse"];
            404: components["responses"]["ResourceNotFoundErrorResponse"];
        };
    };
    RefreshCustomerAccountsByInstitutionLogin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A customer ID
                 * @example 1005061234
                 */
                customerId: components["parameters"]["CustomerIdParameter"];
                /**
                 * @description The institution login ID
                 * @example 1007302745
                 */
                institutionLoginId: components["parameters"]["InstitutionLoginIdParameter"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RefreshCustomerAccountsResponse"];
            400: components["responses"]["BadRequestErrorResponse"];
            401: components["responses"]["UnauthorizedErrorResponse"];
            404: components["responses"]["ResourceNotFoundErrorResponse"];
        };
    };
    RefreshCustomerAccountsByInstitutionLoginV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A customer ID
                 * @example 1005061234
                 */
                customerId: components["parameters"]["CustomerIdParameter"];
                /**
                 * @description The institution login ID
                 * @example 1007302745
                 */
                institutionLoginId: components["parameters"]["InstitutionLoginIdParameter"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["RefreshCustomerV2AccountsResponse"];
            400: components["responses"]["BadRequestErrorResponse"];
            401: components["responses"]["UnauthorizedErrorResponse"];
            404: components["responses"]["ResourceNotFoundErrorResponse"];
        };
    };
    DeleteCustomerAccountsByInstitutionLogin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A customer ID
                 * @example 1005061234
                 */
                customerId: components["parameters"]["CustomerIdParameter"];
                /**
                 * @description The institution login ID
                 * @example 1007302745
                 */
                institutionLoginId: components["parameters"]["InstitutionLoginIdParameter"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["DeleteCustomerAccountsByInstitutionLoginResponse"];
            400: components["responses"]["BadRequestErrorResponse"];
            401: components["responses"]["UnauthorizedErrorResponse"];
            404: components["responses"]["ResourceNotFoundErrorResponse"];
        };
    };
    GetCustomerAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A customer ID
                 * @example 1005061234
                 */
                customerId: components["parameters"]["CustomerIdParameter"];
                /**
                 * @description The account ID
                 * @example 5011648377
                 */
                accountId: components["parameters"]["AccountIdParameter"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetCustomerAccountResponse"];
            400: components["responses"]["BadRequestErrorResponse"];
            401: components["responses"]["UnauthorizedErrorResponse"];
            404: components["responses"]["ResourceNotFoundErrorResponse"];
        };
    };
    DeleteCustomerAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A customer ID
                 * @example 1005061234
                 */
                customerId: components["parameters"]["CustomerIdParameter"];
                /**
                 * @description The account ID
                 * @example 5011648377
                 */
                accountId: components["parameters"]["AccountIdParameter"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["DeleteCustomerAccountResponse"];
            400: components["responses"]["BadRequestErrorResponse"];
            401: components["responses"]["UnauthorizedErrorResponse"];
            404: components["responses"]["ResourceNotFoundErrorResponse"];
        };
    };
    GetCustomerAccounts: {
        parameters: {
            query?: {
                /**
                 * @description A filter to fetch account in the given status
                 * @example pending
                 */
                status?: components["parameters"]["AccountStatusParameter"];
                /**
                 * @description A filter to fetch accounts for the given type. Currently supported types: "ava"
                 * @example ava
                 */
                account_type?: components["parameters"]["AccountTypeParameter"];
            };
            header?: never;
            path: {
                /**
                 * @description A customer ID
                 * @example 1005061234
                 */
                customerId: components["parameters"]["CustomerIdParameter"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetCustomerAccountsResponse"];
            400: components["responses"]["BadRequestErrorResponse"];
            401: components["responses"]["UnauthorizedErrorResponse"];
            404: components["responses"]["ResourceNotFoundErrorResponse"];
        };
    };
    RefreshCustomerAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A customer ID
                 * @example 1005061234
                 */
                customerId: components["parameters"]["CustomerIdParameter"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RefreshCustomerAccountsResponse"];
            400: components["responses"]["BadRequestErrorResponse"];
            401: components["responses"]["UnauthorizedErrorResponse"];
            404: components["responses"]["ResourceNotFoundErrorResponse"];
        };
    };
    RefreshCustomerAccountsV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A customer ID
                 * @example 1005061234
                 */
                customerId: components["parameters"]["CustomerIdParameter"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["RefreshCustomerV2AccountsResponse"];
            400: components["responses"]["BadRequestErrorResponse"];
            401: components["responses"]["UnauthorizedErrorResponse"];
            404: components["responses"]["ResourceNotFoundErrorResponse"];
        };
    };
    GetCustomerAccountsByInstitution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A customer ID
                 * @example 1005061234
                 */
                customerId: components["parameters"]["CustomerIdParameter"];
                /**
                 * @description The institution ID
                 * @example 4222
                 */
                institutionId: components["parameters"]["InstitutionIdParameter"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetCustomerAccountsResponse"];
            400: components["responses"]["BadRequestErrorResponse"];
            401: components["responses"]["UnauthorizedErrorResponse"];
            404: components["responses"]["ResourceNotFoundErrorResponse"];
        };
    };
}
