/* tslint:disable */
/* eslint-disable */
/**
 * A temporary access token to be passed in the `Finicity-App-Token` HTTP header of all subsequent API requests
 * @export
 * @interface AccessToken
 */
export interface AccessToken {
    /**
     * The access token value
     * @type {string}
     * @memberof AccessToken
     */
    token: string;
}
/**
 * An account represents a bank account such as a checking or savings that the customer has added via the Connect interface.
 * @export
 * @interface CustomerAccount
 */
export interface CustomerAccount {
    /**
     * An account ID
     * @type {string}
     * @memberof CustomerAccount
     */
    id: string;
    /**
     * The account number from the institution
     * @type {string}
     * @memberof CustomerAccount
     * @deprecated
     */
    number: string;
    /**
     * The account number from a financial institution in truncated format:
     * 
     *   * Last four digits: "1234"
     * 
     *   * Last four digits with suffix: "1234-9"
     * 
     *   * Full value for string accounts: "john@gmail.com"
     * example: '1234-9'
     * @type {string}
     * @memberof CustomerAccount
     */
    accountNumberDisplay: string;
    /**
     * The last 4 digits of the ACH account number
     * @type {string}
     * @memberof CustomerAccount
     */
    realAccountNumberLast4?: string;
    /**
     * The account name from the institution
     * @type {string}
     * @memberof CustomerAccount
     */
    name: string;
    /**
     * The cleared balance of the account as of `balanceDate`
     * @type {number}
     * @memberof CustomerAccount
     */
    balance?: number;
    /**
     * The list of supported account types.
     * * "checking": Standard checking
     * * "savings": Standard savings
     * * "cd": Certificates of deposit
     * * "moneyMarket": Money Market
     * * "creditCard": Standard credit cards
     * * "lineOfCredit": Home equity, line of credit
     * * "investment": Generic investment (no details)
     * * "investmentTaxDeferred": Generic tax-advantaged investment (no details)
     * * "employeeStockPurchasePlan": ESPP, Employee Stock Ownership Plans (ESOP), Stock Purchase Plans
     * * "ira": Individual Retirement Account (not Rollover or Roth)
     * * "401k": 401K Plan
     * * "roth": Roth IRA, Roth 401K
     * * "403b": 403B Plan
     * * "529plan": 529 Plan (True value is 529)
     * * "rollover": Rollover IRA
     * * "ugma": Uniform Gifts to Minors Act
     * * "utma": Uniform Transfers to Minors Act
     * * "keogh": Keogh Plan
     * * "457plan": 457 Plan (True value is 457)
     * * "401a": 401A Plan
     * * "brokerageAccount": Brokerage Account
     * * "educationSavings": Education Savings Account that is not a 529
     * * "healthSavingsAccount": HSA (Health Savings Accounts)
     * * "pension": Pension
     * * "profitSharingPlan": Profit Sharing Plan
     * * "roth401k": Roth 401K
     * * "sepIRA": Simplified Employee Pension IRA
     * * "simpleIRA": Simple IRA
     * * "thriftSavingsPlan": Thrift Savings Plan
     * * "variableAnnuity": Variable Annuity
     * * "cryptocurrency": Cryptocurrency Wallet, Cryptocurrency Account
     * * "mortgage": Standard Mortgages
     * * "loan": Auto loans, equity loans, other loans
     * * "studentLoan": Student Loan
     * * "studentLoanGroup": Student Loan Group
     * * "studentLoanAccount": Student Loan Account
     * @type {string}
     * @memberof CustomerAccount
     */
    type: string;
    /**
     * The status of the most recent aggregation attempt (see [Aggregation Status Codes](https://developer.mastercard.com/open-banking-us/documentation/products/manage/account-aggregation/#aggregation-status-codes)). Won't be present until you have run your first aggregation for the account.
     * @type {number}
     * @memberof CustomerAccount
     */
    aggregationStatusCode?: number;
    /**
     * "pending" during account discovery, always "active" following
     *   successful account activation
     * @type {string}
     * @memberof CustomerAccount
     */
    status: string;
    /**
     * A customer ID. See Add Customer API for how to create a customer ID.
     * @type {string}
     * @memberof CustomerAccount
     */
    customerId: string;
    /**
     * The ID of a financial institution
     * @type {string}
     * @memberof CustomerAccount
     */
    institutionId: string;
    /**
     * A timestamp showing when the balance was captured. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccount
     */
    balanceDate?: number;
    /**
     * A timestamp showing the last successful aggregation of the account. This will not be present until you have run your first aggregation for the account. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccount
     */
    aggregationSuccessDate?: number;
    /**
     * A timestamp showing the last aggregation attempt, whether successful or not. This will not be present until you have run your first aggregation for the account. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccount
     */
    aggregationAttemptDate?: number;
    /**
     * A timestamp showing when the account was added to the system. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccount
     */
    createdDate: number;
    /**
     * A timestamp showing when the account was last modified to the system. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccount
     */
    lastUpdatedDate?: number;
    /**
     * The market segment of the account. Possible values: personal, business
     * @type {string}
     * @memberof CustomerAccount
     */
    marketSegment?: string;
    /**
     * A currency code
     * @type {string}
     * @memberof CustomerAccount
     */
    currency: string;
    /**
     * The date of the latest transaction on the account. This will not be present until you have run your first aggregation for the account. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccount
     */
    lastTransactionDate?: number;
    /**
     * The date of the oldest transaction in the transactions for the account. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccount
     */
    oldestTransactionDate?: number;
    /**
     * An institution login ID (from the account record), represented as a number
     * @type {number}
     * @memberof CustomerAccount
     */
    institutionLoginId: number;
    /**
     * 
     * @type {CustomerAccountDetail}
     * @memberof CustomerAccount
     */
    detail?: CustomerAccountDetail;
    /**
     * Investment holdings
     * @type {Array<CustomerAccountPosition>}
     * @memberof CustomerAccount
     */
    position?: Array<CustomerAccountPosition>;
    /**
     * Display position of the account at the financial institution, "1"
     *     being the top listed account
     * @type {number}
     * @memberof CustomerAccount
     */
    displayPosition?: number;
    /**
     * The assigned account ID for the account one level higher in the student loan account hierarchy
     * @type {string}
     * @memberof CustomerAccount
     */
    parentAccount?: string;
}
/**
 * Additional customer account details. Not all data points will return for each account type. You can see the account type that each data point will return for in descriptions. The data point are also subject to availability by the institution.
 * @export
 * @interface CustomerAccountDetail
 */
export interface CustomerAccountDetail {
    /**
     * (All Account Types) Most recent date of the following information. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    dateAsOf?: number;
    /**
     * (Checking/Savings/CD/MoneyMarket) and (Mortgage/Loan) The available balance (typically the current balance with adjustments for any pending transactions)
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    availableBalanceAmount?: number;
    /**
     * (Checking/Savings/CD/MoneyMarket) Date when account was opened. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    openDate?: number;
    /**
     * (Checking/Savings/CD/MoneyMarket) Start date of period. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    periodStartDate?: number;
    /**
     * End date of period. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    periodEndDate?: number;
    /**
     * (Checking/Savings/CD/MoneyMarket) The APY for the current period interest rate
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    periodInterestRate?: number;
    /**
     * (Checking/Savings/CD/MoneyMarket) Amount deposited in period
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    periodDepositAmount?: number;
    /**
     * (Checking/Savings/CD/MoneyMarket) Interest accrued during the current period
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    periodInterestAmount?: number;
    /**
     * (Checking/Savings/CD/MoneyMarket) Interest accrued year-to-date
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    interestYtdAmount?: number;
    /**
     * (Checking/Savings/CD/MoneyMarket) Interest earned in prior year
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    interestPriorYtdAmount?: number;
    /**
     * (Checking/Savings/CD/MoneyMarket) Maturity date of account type. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    maturityDate?: number;
    /**
     * (Credit Card/Line Of Credit) and (Mortgage/Loan) The account's current interest rate
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    interestRate?: string;
    /**
     * (Credit Card/Line Of Credit) The available credit (typically the credit limit minus the current balance)
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    creditAvailableAmount?: number;
    /**
     * (Credit Card/Line Of Credit) The account's credit limit
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    creditMaxAmount?: number;
    /**
     * (Credit Card/Line Of Credit) Currently available cash advance
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    cashAdvanceAvailableAmount?: number;
    /**
     * (Credit Card/Line Of Credit) Maximum cash advance amount
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    cashAdvanceMaxAmount?: number;
    /**
     * (Credit Card/Line Of Credit) Balance of current cash advance
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    cashAdvanceBalance?: number;
    /**
     * (Credit Card/Line Of Credit) Interest rate for cash advances
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    cashAdvanceInterestRate?: number;
    /**
     * (Credit Card/Line Of Credit) and (Investment) Current balance
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    currentBalance?: number;
    /**
     * (Credit Card/Line Of Credit) and (Mortgage/Loan) Minimum payment due
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    paymentMinAmount?: number;
    /**
     * (Credit Card/Line Of Credit) Due date for the next payment. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    paymentDueDate?: number;
    /**
     * (Credit Card/Line Of Credit) Prior balance in last statement
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    previousBalance?: number;
    /**
     * (Credit Card/Line Of Credit) Start date of statement period. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    statementStartDate?: number;
    /**
     * (Credit Card/Line Of Credit) End date of statement period. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    statementEndDate?: number;
    /**
     * (Credit Card/Line Of Credit) Purchase amount of statement period
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    statementPurchaseAmount?: number;
    /**
     * (Credit Card/Line Of Credit) Finance amount of statement period
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    statementFinanceAmount?: number;
    /**
     * (Credit Card/Line Of Credit) Credit amount applied in statement period
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    statementCreditAmount?: number;
    /**
     * (Credit Card/Line Of Credit) Earned reward balance
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    rewardEarnedBalance?: number;
    /**
     * (Credit Card/Line Of Credit) Balance past due
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    pastDueAmount?: number;
    /**
     * (Credit Card/Line Of Credit) and (Mortgage/Loan) The amount received in the last payment
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    lastPaymentAmount?: number;
    /**
     * (Credit Card/Line Of Credit) The date of the last payment. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    lastPaymentDate?: number;
    /**
     * (Credit Card/Line Of Credit) Balance of statement at close
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    statementCloseBalance?: number;
    /**
     * (Mortgage/Loan) Length of loan in months
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    termOfMl?: string;
    /**
     * (Mortgage/Loan) Holder of the mortgage or loan
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    mlHolderName?: string;
    /**
     * (Mortgage/Loan) Description of loan
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    description?: string;
    /**
     * (Mortgage/Loan) Late fee charged
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    lateFeeAmount?: number;
    /**
     * (Mortgage/Loan) The amount required to payoff the loan
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    payoffAmount?: number;
    /**
     * (Mortgage/Loan) Date of final payment. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    payoffAmountDate?: number;
    /**
     * (Mortgage/Loan) Original date of loan maturity. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    originalMaturityDate?: number;
    /**
     * (Mortgage/Loan) The principal balance
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    principalBalance?: number;
    /**
     * (Mortgage/Loan) The escrow balance
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    escrowBalance?: number;
    /**
     * (Mortgage/Loan) Period of interest
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    interestPeriod?: string;
    /**
     * (Mortgage/Loan) Original loan amount
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    initialMlAmount?: number;
    /**
     * (Mortgage/Loan) Original date of loan. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    initialMlDate?: number;
    /**
     * (Mortgage/Loan) Amount towards principal in next payment
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    nextPaymentPrincipalAmount?: number;
    /**
     * (Mortgage/Loan) Amount of interest in next payment
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    nextPaymentInterestAmount?: number;
    /**
     * (Mortgage/Loan) Minimum payment due
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    nextPayment?: number;
    /**
     * (Mortgage/Loan) Due date for the next payment. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    nextPaymentDate?: number;
    /**
     * (Mortgage/Loan) Due date of last payment. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    lastPaymentDueDate?: number;
    /**
     * (Mortgage/Loan) The date of the last payment. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    lastPaymentReceiveDate?: number;
    /**
     * (Mortgage/Loan) Amount towards principal in last payment
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    lastPaymentPrincipalAmount?: number;
    /**
     * (Mortgage/Loan) Amount of interest in last payment
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    lastPaymentInterestAmount?: number;
    /**
     * (Mortgage/Loan) Amount towards escrow in last payment
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    lastPaymentEscrowAmount?: number;
    /**
     * (Mortgage/Loan) Amount of last fee in last payment
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    lastPaymentLastFeeAmount?: number;
    /**
     * (Mortgage/Loan) Amount of late charge in last payment
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    lastPaymentLateCharge?: number;
    /**
     * (Mortgage/Loan) Principal paid year-to-date
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    ytdPrincipalPaid?: number;
    /**
     * (Mortgage/Loan) Interest paid year-to-date
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    ytdInterestPaid?: number;
    /**
     * (Mortgage/Loan) Insurance paid year-to-date
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    ytdInsurancePaid?: number;
    /**
     * (Mortgage/Loan) Tax paid year-to-date
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    ytdTaxPaid?: number;
    /**
     * (Mortgage/Loan) Enrolled in autopay (F/Y)
     * @type {boolean}
     * @memberof CustomerAccountDetail
     */
    autoPayEnrolled?: boolean;
    /**
     * Margin trading indicator (true / false)
     * @type {boolean}
     * @memberof CustomerAccountDetail
     */
    marginAllowed?: boolean;
    /**
     * Cash account allowed indicator (true / false)
     * @type {boolean}
     * @memberof CustomerAccountDetail
     */
    cashAccountAllowed?: boolean;
    /**
     * (Mortgage/Loan) Collateral on loan
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    collateral?: string;
    /**
     * (Mortgage/Loan) Current school
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    currentSchool?: string;
    /**
     * (Mortgage/Loan) First payment due date. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    firstPaymentDate?: number;
    /**
     * (Mortgage/Loan) First mortgage (F/Y)
     * @type {boolean}
     * @memberof CustomerAccountDetail
     */
    firstMortgage?: boolean;
    /**
     * (Mortgage/Loan) Frequency of payments (monthly, etc.)
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    loanPaymentFreq?: string;
    /**
     * (Mortgage/Loan) Original school
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    originalSchool?: string;
    /**
     * (Mortgage/Loan) Recurring payment amount
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    recurringPaymentAmount?: number;
    /**
     * (Mortgage/Loan) Owner of loan
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    lender?: string;
    /**
     * (Mortgage/Loan) Ending balance
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    endingBalanceAmount?: number;
    /**
     * (Mortgage/Loan) Type of loan term
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    loanTermType?: string;
    /**
     * (Mortgage/Loan) Number of payments made
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    paymentsMade?: number;
    /**
     * (Mortgage/Loan) Balloon payment amount
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    balloonAmount?: number;
    /**
     * (Mortgage/Loan) Projected interest on the loan
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    projectedInterest?: number;
    /**
     * (Mortgage/Loan) Interest paid since inception of loan (life to date)
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    interestPaidLtd?: number;
    /**
     * (Mortgage/Loan) Type of interest rate
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    interestRateType?: string;
    /**
     * (Mortgage/Loan) Type of loan payment
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    loanPaymentType?: string;
    /**
     * (Mortgage/Loan) Type of repayment plan for the student loan
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    repaymentPlan?: string;
    /**
     * (Mortgage/Loan) Number of payments remaining before loan is paid off
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    paymentsRemaining?: number;
    /**
     * (Investment) Net interest earned after deducting interest paid out
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    marginBalance?: number;
    /**
     * (Investment) Sum of short balance
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    shortBalance?: number;
    /**
     * (Investment) Amount available for cash withdrawal
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    availableCashBalance?: number;
    /**
     * (Investment) amount payable to an investor at maturity
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    maturityValueAmount?: number;
    /**
     * (Investment) Vested amount in account
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    vestedBalance?: number;
    /**
     * (Investment) Employer matched contributions
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    empMatchAmount?: number;
    /**
     * (Investment) Employer pretax contribution amount
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    empPretaxContribAmount?: number;
    /**
     * (Investment) Employer pretax contribution amount year to date
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    empPretaxContribAmountYtd?: number;
    /**
     * (Investment) Total year to date contributions
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    contribTotalYtd?: number;
    /**
     * (Investment) Cash balance of account
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    cashBalanceAmount?: number;
    /**
     * (Investment) Pre-tax amount of total balance
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    preTaxAmount?: number;
    /**
     * (Investment) After-tax amount of total balance
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    afterTaxAmount?: number;
    /**
     * (Investment) Amount matched
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    matchAmount?: number;
    /**
     * (Investment) Amount of balance for profit sharing
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    profitSharingAmount?: number;
    /**
     * (Investment) Amount of balance rolled over from original account (401k, etc.)
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    rolloverAmount?: number;
    /**
     * (Investment) Other vested amount
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    otherVestAmount?: number;
    /**
     * (Investment) Other nonvested amount
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    otherNonvestAmount?: number;
    /**
     * (Investment) Current loan balance
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    currentLoanBalance?: number;
    /**
     * (Investment) Interest rate of loan
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    loanRate?: number;
    /**
     * (Investment) Money available to buy securities
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    buyPower?: number;
    /**
     * (Investment) Life to date of money rolled over
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    rolloverLtd?: number;
    /**
     * (Student Loan) The federal unique loan identifying number
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    loanAwardId?: string;
    /**
     * (Student Loan) The original interest rate to which the loan was disbursed, in APY
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    originalInterestRate?: number;
    /**
     * (Student Loan) The financial institution guarantor of the loan (who will pay the loan amount to the owner if the borrower defaults)
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    guarantor?: string;
    /**
     * (Student Loan) Owner of the loan
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    owner?: string;
    /**
     * (Student Loan) The indication of the presence of an interest subsidy (i.e. subsidized)
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    interestSubsidyType?: string;
    /**
     * (Student Loan) The total outstanding interest balance
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    interestBalance?: number;
    /**
     * (Student Loan) The number of months still outstanding on a loan
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    remainingTermOfMl?: number;
    /**
     * (Student Loan) Initial interest rate of loan
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    initialInterestRate?: number;
    /**
     * (Student Loan) The total outstanding fees balance
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    feesBalance?: number;
    /**
     * (Student Loan) Loan interest paid year-to-date
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    loanYtdInterestPaid?: number;
    /**
     * (Student Loan) Loan fees paid year-to-date
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    loanYtdFeesPaid?: number;
    /**
     * (Student Loan) Loan principal paid year-to-date
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    loanYtdPrincipalPaid?: number;
    /**
     * (Student Loan) The repayment status phase (i.e. In School, Grace, Repayment, Deferment, Forbearance)
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    loanStatus?: string;
    /**
     * (Student Loan) The start date of the current status. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    loanStatusStartDate?: number;
    /**
     * (Student Loan) The end date of the current status. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    loanStatusEndDate?: number;
    /**
     * (Student Loan) The interest rate of multiple interest rates and balances at the group level, in APY
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    weightedInterestRate?: number;
    /**
     * (Student Loan) The start date of the current repayment plan. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    repaymentPlanStartDate?: number;
    /**
     * (Student Loan) The end date of the current repayment plan. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    repaymentPlanEndDate?: number;
    /**
     * (Student Loan) The expected date of the payoff date. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    expectedPayoffDate?: number;
    /**
     * (Student Loan) The date the borrower graduated or dropped below half-time enrollment in school. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    outOfSchoolDate?: number;
    /**
     * (Student Loan) The date the loan enters into repayment. A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    convertToRepayment?: number;
    /**
     * (Student Loan) The number of days past a due date that a payment should have been made
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    daysDelinquent?: number;
    /**
     * (Student Loan) The total amount paid towards the principal balance
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    totalPrincipalPaid?: number;
    /**
     * (Student Loan) The total amount paid towards interest
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    totalInterestPaid?: number;
    /**
     * (Student Loan) The total amount paid
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    totalAmountPaid?: number;
}
/**
 * Details for investment account holdings
 * @export
 * @interface CustomerAccountPosition
 */
export interface CustomerAccountPosition {
    /**
     * The ID of the investment position
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    id?: number;
    /**
     * The description of the holding
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    description?: string;
    /**
     * The investment position's market ticker symbol
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    symbol?: string;
    /**
     * The number of units of the holding
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    units?: number;
    /**
     * The current price of the investment holding
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    currentPrice?: number;
    /**
     * The security name for the investment holding
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    securityName?: string;
    /**
     * The transaction type of the holding, such as cash, margin, and more
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    transactionType?: string;
    /**
     * Market value of an investment position at the time of retrieval
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    marketValue?: number;
    /**
     * The percent change in value since the previous day
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    changePercent?: number;
    /**
     * The value amount change since the previous day
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    dailyChange?: number;
    /**
     * The total cost of acquiring the security
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    costBasis?: number;
    /**
     * The type of the holding
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    holdType?: string;
    /**
     * The security type for the investment holding
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    invSecurityType?: string;
    /**
     * The status of the holding
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    status?: string;
    /**
     * A date in Unix epoch time (in seconds). See: [Handling Epoch Dates and Times](https://developer.mastercard.com/open-banking-us/documentation/codes-and-formats/).
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    currentPriceDate?: number;
    /**
     * Type of security for the investment position
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    securityType?: string;
    /**
     * Type of mutual fund, such as open ended
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    mfType?: string;
    /**
     * Fund type assigned by the FI (long or short)
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    posType?: string;
    /**
     * Total gain and loss of the position at the time of aggregation in dollars
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    totalGLDollar?: number;
    /**
     * Total gain and loss of the position at the time of aggregation in percentage
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    totalGLPercent?: number;
    /**
     * The strike price of the option contract
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    optionStrikePrice?: number;
    /**
     * The type of option contract (PUT or CALL)
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    optionType?: string;
    /**
     * The number of shares per option contract
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    optionSharesPerContract?: number;
    /**
     * Expiration date of option
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    optionExpireDate?: string;
    /**
     * Financial Institution (FI) defined asset class (COMMON STOCK, COMNEQTY, EQUITY/STOCK, CMA-ISA, CONVERTIBLE PREFERREDS, CORPORATE BONDS, OTHER MONEY FUNDS, ALLOCATION FUNDS, CMA-TAXABLE, FOREIGNEQUITYADRS, COMMONSTOCK, PREFERRED STOCKS, STABLE VALUE, FOREIGN EQUITY ADRS)
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    fiAssetClass?: string;
    /**
     * An asset class is a grouping of comparable financial securities. These include equities (stocks), fixed income (bonds), and cash equivalent or money market instruments. (DOMESTICBOND, LARGESTOCK, INTLSTOCK, MONEYMRKT, OTHER)
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    assetClass?: string;
    /**
     * Currency rate, ratio of currency to original currency
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    currencyRate?: number;
    /**
     * The security ID of the transaction
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    securityId?: string;
    /**
     * The security type. This field is related to the `securityId` field. Possible values:
     * * "CUSIP"
     * 
     * * "ISIN"
     * 
     * * "SEDOL"
     * 
     * * "SICC"
     * 
     * * "VALOR"
     * 
     * * "WKN"
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    securityIdType?: string;
    /**
     * The per share cost of acquiring the security
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    costBasisPerShare?: number;
    /**
     * The subaccount's type, such as cash
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    subAccountType?: string;
    /**
     * Symbol for the currency that the account is being converted into
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    securityCurrency?: string;
    /**
     * The current day's gain and loss of the position at the time of aggregation in dollars
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    todayGLDollar?: number;
    /**
     * The current day's gain and loss of the position at the time of aggregation in percentage
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    todayGLPercent?: number;
}
/**
 * A list of customer accounts
 * @export
 * @interface CustomerAccounts
 */
export interface CustomerAccounts {
    /**
     * List of customer accounts
     * @type {Array<CustomerAccount>}
     * @memberof CustomerAccounts
     */
    accounts: Array<CustomerAccount>;
}
/**
 * @type ErrorCode
 * 
 * @export
 */
export type ErrorCode = number | string;
/**
 * 
 * @export
 * @interface ErrorMessage
 */
export interface ErrorMessage {
    /**
     * 
     * @type {ErrorCode}
     * @memberof ErrorMessage
     */
    code: ErrorCode;
    /**
     * A status code
     * @type {string}
     * @memberof ErrorMessage
     */
    status?: string;
    /**
     * A title for the error
     * @type {string}
     * @memberof ErrorMessage
     */
    title?: string;
    /**
     * An error level
     * @type {string}
     * @memberof ErrorMessage
     */
    level?: string;
    /**
     * An error message
     * @type {string}
     * @memberof ErrorMessage
     */
    message?: string;
    /**
     * Some more details about the error
     * @type {string}
     * @memberof ErrorMessage
     */
    user_message?: string;
    /**
     * An asset ID. Generated by Connect or by using the Store Customer Pay Statement API.
     * @type {string}
     * @memberof ErrorMessage
     */
    assetId?: string;
    /**
     * An account ID
     * @type {string}
     * @memberof ErrorMessage
     */
    accountId?: string;
    /**
     * 
     * @type {string}
     * @memberof ErrorMessage
     */
    tags?: string;
}
/**
 * 
 * @export
 * @interface PartnerCredentials
 */
export interface PartnerCredentials {
    /**
     * Your Partner ID displayed in the [Developer Dashboard](https://developer.mastercard.com/account/log-in)
     * @type {string}
     * @memberof PartnerCredentials
     */
    partnerId: string;
    /**
     * Your Partner Secret displayed in the [Developer Dashboard](https://developer.mastercard.com/account/log-in)
     * @type {string}
     * @memberof PartnerCredentials
     */
    partnerSecret: string;
}
