/* tslint:disable */
/* eslint-disable */
/**
 * The result of `CreateToken`.
 */
export interface AccessToken {
    /**
     * Value for the `Finicity-App-Token` header; it expires after two hours.
     */
    token: string;
}
/**
 * One account the customer connected, for example checking, credit card, loan or investment. Optional fields may be missing or null, and the API may add fields not listed here. Deviation from upstream 1.42.0: `accountNickname` is optional (upstream required it without defining it, and its examples leave it out).
 */
export interface CustomerAccount {
    /**
     * Finicity's ID for this account.
     */
    id: string;
    /**
     * Full account number at the institution. Deprecated; show `accountNumberDisplay` instead.
     * @deprecated
     */
    number: string;
    /**
     * Shortened account number, safe to display: the last four digits ("1234"), the last four plus a suffix ("1234-9"), or the whole value when the account is identified by text such as an email address.
     */
    accountNumberDisplay: string;
    /**
     * Final four digits of the account number used for ACH payments.
     */
    realAccountNumberLast4?: string | null;
    /**
     * Account name as the institution shows it.
     */
    name: string;
    /**
     * A nickname for the account, when one is set. Not part of the upstream definition.
     */
    accountNickname?: string | null;
    /**
     * Balance with only settled transactions counted, as captured at `balanceDate`.
     */
    balance?: number | null;
    /**
     * Kind of account. Values include checking, savings, cd, moneyMarket, creditCard, lineOfCredit, investment, investmentTaxDeferred, employeeStockPurchasePlan, ira, 401k, roth, 403b, 529plan, rollover, ugma, utma, keogh, 457plan, 401a, brokerageAccount, educationSavings, healthSavingsAccount, pension, profitSharingPlan, roth401k, sepIRA, simpleIRA, thriftSavingsPlan, variableAnnuity, cryptocurrency, mortgage, loan, studentLoan, studentLoanGroup and studentLoanAccount.
     */
    type: string;
    /**
     * Outcome code of the latest aggregation attempt (0 is success); missing until the account has been aggregated once.
     */
    aggregationStatusCode?: number | null;
    /**
     * Account state: "pending" while accounts are being discovered, then "active" once activated.
     */
    status: string;
    /**
     * ID of the customer who owns the account.
     */
    customerId: string;
    /**
     * ID of the institution holding the account, as a string.
     */
    institutionId: string;
    /**
     * When `balance` was captured. Unix epoch seconds.
     */
    balanceDate?: number | null;
    /**
     * Time of the latest successful aggregation; missing before the first one. Unix epoch seconds.
     */
    aggregationSuccessDate?: number | null;
    /**
     * Time of the latest aggregation attempt, whether it worked or not; a newer value after a refresh means the refresh has finished. Unix epoch seconds.
     */
    aggregationAttemptDate?: number | null;
    /**
     * When Finicity first stored the account. Unix epoch seconds.
     */
    createdDate: number;
    /**
     * When the account record last changed. Unix epoch seconds.
     */
    lastUpdatedDate?: number | null;
    /**
     * "personal" or "business".
     */
    marketSegment?: string | null;
    /**
     * Currency code of the account, such as USD.
     */
    currency: string;
    /**
     * Posting date of the newest known transaction; missing before the first aggregation. Unix epoch seconds.
     */
    lastTransactionDate?: number | null;
    /**
     * Posting date of the earliest transaction Finicity holds for the account. Unix epoch seconds.
     */
    oldestTransactionDate?: number | null;
    /**
     * ID of the institution login (credential set) the account belongs to, as a number here.
     */
    institutionLoginId: number;
    /**
     * Start of the period the customer consented to share this account's data. Unix epoch seconds.
     */
    authorizationStartDate?: number | null;
    /**
     * End of the consent period; meaningful only when `authorizationExpires` is true. Unix epoch seconds.
     */
    authorizationEndDate?: number | null;
    /**
     * True when the consent period has an end (`authorizationEndDate`).
     */
    authorizationExpires?: boolean | null;
    /**
     * 
     */
    detail?: CustomerAccountDetail;
    /**
     * Holdings, for investment accounts.
     */
    position?: Array<CustomerAccountPosition> | null;
    /**
     * Rank of the account in the institution's own listing, where 1 is the first.
     */
    displayPosition?: number | null;
    /**
     * For student loans, the ID of the account above this one in the loan hierarchy.
     */
    parentAccount?: string | null;
    /**
     * When the customer first linked the account through Data Connect. Unix epoch seconds.
     */
    linkedAccountDate?: number | null;
}
/**
 * Figures that depend on the kind of account. Each field names the account kinds it applies to; institutions fill in only what they have, so any field may be absent or null, and fields not listed here may appear.
 */
export interface CustomerAccountDetail {
    /**
     * When the figures in this detail record were last current (all account types). Unix epoch seconds.
     */
    dateAsOf?: number | null;
    /**
     * Balance available to spend or withdraw, usually the current balance adjusted for pending items (deposit and loan accounts).
     */
    availableBalanceAmount?: number | null;
    /**
     * Opening date of the deposit account. Unix epoch seconds.
     */
    openDate?: number | null;
    /**
     * First day of the current statement period (deposit accounts). Unix epoch seconds.
     */
    periodStartDate?: number | null;
    /**
     * Last day of the current statement period. Unix epoch seconds.
     */
    periodEndDate?: number | null;
    /**
     * APY earned in this period (deposit accounts).
     */
    periodInterestRate?: number | null;
    /**
     * Sum of deposits made in this period (deposit accounts).
     */
    periodDepositAmount?: number | null;
    /**
     * Interest accrued so far in the current period (deposit accounts).
     */
    periodInterestAmount?: number | null;
    /**
     * Interest accrued since the start of the year (deposit accounts).
     */
    interestYtdAmount?: number | null;
    /**
     * Interest earned during the previous year (deposit accounts).
     */
    interestPriorYtdAmount?: number | null;
    /**
     * When the deposit matures (deposit accounts). Unix epoch seconds.
     */
    maturityDate?: number | null;
    /**
     * Current interest rate, sent as a decimal string (credit and loan accounts).
     */
    interestRate?: string | null;
    /**
     * Credit still available, typically the limit less the balance (credit accounts).
     */
    creditAvailableAmount?: number | null;
    /**
     * Credit limit (credit accounts).
     */
    creditMaxAmount?: number | null;
    /**
     * Cash advance the holder can still draw (credit accounts).
     */
    cashAdvanceAvailableAmount?: number | null;
    /**
     * Largest cash advance allowed (credit accounts).
     */
    cashAdvanceMaxAmount?: number | null;
    /**
     * Outstanding cash advance balance (credit accounts).
     */
    cashAdvanceBalance?: number | null;
    /**
     * Interest rate charged on cash advances (credit accounts).
     */
    cashAdvanceInterestRate?: number | null;
    /**
     * Current balance (credit and investment accounts).
     */
    currentBalance?: number | null;
    /**
     * Smallest payment currently due (credit and loan accounts).
     */
    paymentMinAmount?: number | null;
    /**
     * When the next payment is due (credit accounts). Unix epoch seconds.
     */
    paymentDueDate?: number | null;
    /**
     * Balance on the last statement (credit accounts).
     */
    previousBalance?: number | null;
    /**
     * First day of the statement period (credit accounts). Unix epoch seconds.
     */
    statementStartDate?: number | null;
    /**
     * Last day of the statement period (credit accounts). Unix epoch seconds.
     */
    statementEndDate?: number | null;
    /**
     * Purchases made in the statement period (credit accounts).
     */
    statementPurchaseAmount?: number | null;
    /**
     * Finance charges of the statement period (credit accounts).
     */
    statementFinanceAmount?: number | null;
    /**
     * Credits applied in the statement period (credit accounts).
     */
    statementCreditAmount?: number | null;
    /**
     * Rewards earned, which may be fractional (credit accounts).
     */
    rewardEarnedBalance?: number | null;
    /**
     * Amount overdue (credit and loan accounts).
     */
    pastDueAmount?: number | null;
    /**
     * How much the latest payment was (credit and loan accounts).
     */
    lastPaymentAmount?: number | null;
    /**
     * When the most recent payment was made (credit accounts). Unix epoch seconds.
     */
    lastPaymentDate?: number | null;
    /**
     * Balance when the statement closed (credit accounts).
     */
    statementCloseBalance?: number | null;
    /**
     * Loan length in months, as a string (loan accounts).
     */
    termOfMl?: string | null;
    /**
     * Lender or servicer holding the loan (loan accounts).
     */
    mlHolderName?: string | null;
    /**
     * Free-text description of the loan (loan accounts).
     */
    description?: string | null;
    /**
     * Late fee charged (loan accounts).
     */
    lateFeeAmount?: number | null;
    /**
     * Amount that would pay the loan off in full (loan accounts).
     */
    payoffAmount?: number | null;
    /**
     * Date the payoff amount applies to (loan accounts). Unix epoch seconds.
     */
    payoffAmountDate?: number | null;
    /**
     * Maturity date when the loan was taken out (loan accounts). Unix epoch seconds.
     */
    originalMaturityDate?: number | null;
    /**
     * Outstanding principal (loan accounts).
     */
    principalBalance?: number | null;
    /**
     * Money held in escrow (loan accounts).
     */
    escrowBalance?: number | null;
    /**
     * How often interest is charged, such as monthly (loan accounts).
     */
    interestPeriod?: string | null;
    /**
     * Amount originally borrowed (loan accounts).
     */
    initialMlAmount?: number | null;
    /**
     * When the loan was taken out (loan accounts). Unix epoch seconds.
     */
    initialMlDate?: number | null;
    /**
     * Principal part of the next payment (loan accounts).
     */
    nextPaymentPrincipalAmount?: number | null;
    /**
     * Interest part of the next payment (loan accounts).
     */
    nextPaymentInterestAmount?: number | null;
    /**
     * Amount of the next payment due (loan accounts).
     */
    nextPayment?: number | null;
    /**
     * When the next payment is due (loan accounts). Unix epoch seconds.
     */
    nextPaymentDate?: number | null;
    /**
     * When the previous payment was due (loan accounts). Unix epoch seconds.
     */
    lastPaymentDueDate?: number | null;
    /**
     * When the previous payment arrived (loan accounts). Unix epoch seconds.
     */
    lastPaymentReceiveDate?: number | null;
    /**
     * Principal part of the previous payment (loan accounts).
     */
    lastPaymentPrincipalAmount?: number | null;
    /**
     * Interest part of the previous payment (loan accounts).
     */
    lastPaymentInterestAmount?: number | null;
    /**
     * Escrow part of the previous payment (loan accounts).
     */
    lastPaymentEscrowAmount?: number | null;
    /**
     * Fee part of the previous payment (loan accounts).
     */
    lastPaymentLastFeeAmount?: number | null;
    /**
     * Late charge included in the previous payment (loan accounts).
     */
    lastPaymentLateCharge?: number | null;
    /**
     * Principal repaid since the start of the year (loan accounts).
     */
    ytdPrincipalPaid?: number | null;
    /**
     * Interest paid since the start of the year (loan accounts).
     */
    ytdInterestPaid?: number | null;
    /**
     * Insurance paid since the start of the year (loan accounts).
     */
    ytdInsurancePaid?: number | null;
    /**
     * Tax paid since the start of the year (loan accounts).
     */
    ytdTaxPaid?: number | null;
    /**
     * Whether automatic payments are set up (loan accounts): a one-letter flag, "Y" or "N" from most institutions, "T" or "F" from some. Compare the letter; the string "N" is truthy in JavaScript.
     */
    autoPayEnrolled?: string | null;
    /**
     * Whether margin trading is allowed.
     */
    marginAllowed?: boolean | null;
    /**
     * Whether a cash account is allowed.
     */
    cashAccountAllowed?: boolean | null;
    /**
     * What secures the loan (loan accounts).
     */
    collateral?: string | null;
    /**
     * School the borrower attends now (loan accounts).
     */
    currentSchool?: string | null;
    /**
     * When the first payment was due (loan accounts). Unix epoch seconds.
     */
    firstPaymentDate?: number | null;
    /**
     * Whether this is a first mortgage (loan accounts): "Y" or "N". Compare the letter; the string "N" is truthy in JavaScript.
     */
    firstMortgage?: string | null;
    /**
     * How often payments are due, such as monthly (loan accounts).
     */
    loanPaymentFreq?: string | null;
    /**
     * School the borrower attended when the loan began (loan accounts).
     */
    originalSchool?: string | null;
    /**
     * Amount of the regular payment (loan accounts).
     */
    recurringPaymentAmount?: number | null;
    /**
     * Who owns the loan (loan accounts).
     */
    lender?: string | null;
    /**
     * Balance at the end of the period (loan accounts).
     */
    endingBalanceAmount?: number | null;
    /**
     * Kind of loan term, such as fixed (loan accounts).
     */
    loanTermType?: string | null;
    /**
     * How many payments have been made (loan accounts).
     */
    paymentsMade?: number | null;
    /**
     * Size of the final balloon payment (loan accounts).
     */
    balloonAmount?: number | null;
    /**
     * Interest expected over the life of the loan (loan accounts).
     */
    projectedInterest?: number | null;
    /**
     * Interest paid since the loan began (loan accounts).
     */
    interestPaidLtd?: number | null;
    /**
     * Kind of interest rate, such as fixed or variable (loan accounts).
     */
    interestRateType?: string | null;
    /**
     * Kind of loan payment (loan accounts).
     */
    loanPaymentType?: string | null;
    /**
     * Name of the student loan repayment plan (loan accounts).
     */
    repaymentPlan?: string | null;
    /**
     * Payments left until the loan is repaid (loan accounts).
     */
    paymentsRemaining?: number | null;
    /**
     * Net interest after interest paid out (investment accounts).
     */
    marginBalance?: number | null;
    /**
     * Total of short positions (investment accounts).
     */
    shortBalance?: number | null;
    /**
     * Cash that can be withdrawn (investment accounts).
     */
    availableCashBalance?: number | null;
    /**
     * Amount paid to the investor at maturity (investment accounts).
     */
    maturityValueAmount?: number | null;
    /**
     * Vested part of the balance (investment accounts).
     */
    vestedBalance?: number | null;
    /**
     * Contributions matched by the employer (investment accounts).
     */
    empMatchAmount?: number | null;
    /**
     * Employer pre-tax contributions (investment accounts).
     */
    empPretaxContribAmount?: number | null;
    /**
     * Employer pre-tax contributions since the start of the year (investment accounts).
     */
    empPretaxContribAmountYtd?: number | null;
    /**
     * All contributions since the start of the year (investment accounts).
     */
    contribTotalYtd?: number | null;
    /**
     * Cash held in the account (investment accounts).
     */
    cashBalanceAmount?: number | null;
    /**
     * Part of the balance contributed before tax (investment accounts).
     */
    preTaxAmount?: number | null;
    /**
     * Part of the balance contributed after tax (investment accounts).
     */
    afterTaxAmount?: number | null;
    /**
     * Matched amount (investment accounts).
     */
    matchAmount?: number | null;
    /**
     * Part of the balance from profit sharing (investment accounts).
     */
    profitSharingAmount?: number | null;
    /**
     * Share of the balance that came from another plan, such as a 401k (investment accounts).
     */
    rolloverAmount?: number | null;
    /**
     * Other vested amounts (investment accounts).
     */
    otherVestAmount?: number | null;
    /**
     * Other amounts not yet vested (investment accounts).
     */
    otherNonvestAmount?: number | null;
    /**
     * Outstanding balance of a loan against the account (investment accounts).
     */
    currentLoanBalance?: number | null;
    /**
     * Interest rate of a loan against the account (investment accounts).
     */
    loanRate?: number | null;
    /**
     * Buying power for new trades (investment accounts).
     */
    buyPower?: number | null;
    /**
     * Total rolled over since the account began (investment accounts).
     */
    rolloverLtd?: number | null;
    /**
     * Federal identifier of the student loan.
     */
    loanAwardId?: string | null;
    /**
     * Interest rate when the student loan was disbursed, as APY.
     */
    originalInterestRate?: number | null;
    /**
     * Institution that guarantees the student loan.
     */
    guarantor?: string | null;
    /**
     * Who the student loan is owed to.
     */
    owner?: string | null;
    /**
     * Kind of interest subsidy on the student loan, if any.
     */
    interestSubsidyType?: string | null;
    /**
     * Outstanding interest on the student loan.
     */
    interestBalance?: number | null;
    /**
     * Months left on the student loan.
     */
    remainingTermOfMl?: number | null;
    /**
     * Interest rate the student loan started with.
     */
    initialInterestRate?: number | null;
    /**
     * Outstanding fees on the student loan.
     */
    feesBalance?: number | null;
    /**
     * Student loan interest paid since the start of the year.
     */
    loanYtdInterestPaid?: number | null;
    /**
     * Student loan fees paid since the start of the year.
     */
    loanYtdFeesPaid?: number | null;
    /**
     * Student loan principal repaid since the start of the year.
     */
    loanYtdPrincipalPaid?: number | null;
    /**
     * Repayment phase of the student loan, such as Grace or Deferment.
     */
    loanStatus?: string | null;
    /**
     * When the current student loan status began. Unix epoch seconds.
     */
    loanStatusStartDate?: number | null;
    /**
     * When the current student loan status ends. Unix epoch seconds.
     */
    loanStatusEndDate?: number | null;
    /**
     * Blended interest rate across a group of student loans, as APY.
     */
    weightedInterestRate?: number | null;
    /**
     * When the current student loan repayment plan began. Unix epoch seconds.
     */
    repaymentPlanStartDate?: number | null;
    /**
     * When the current student loan repayment plan ends. Unix epoch seconds.
     */
    repaymentPlanEndDate?: number | null;
    /**
     * When the student loan is expected to be repaid. Unix epoch seconds.
     */
    expectedPayoffDate?: number | null;
    /**
     * When the borrower graduated, left, or went under half-time study. Unix epoch seconds.
     */
    outOfSchoolDate?: number | null;
    /**
     * When the student loan enters repayment. Unix epoch seconds.
     */
    convertToRepayment?: number | null;
    /**
     * Days since a missed student loan payment was due.
     */
    daysDelinquent?: number | null;
    /**
     * Principal repaid on the loan or student loan so far.
     */
    totalPrincipalPaid?: number | null;
    /**
     * Interest paid on the loan or student loan so far.
     */
    totalInterestPaid?: number | null;
    /**
     * Everything paid on the student loan so far.
     */
    totalAmountPaid?: number | null;
    /**
     * When the statement closed (loan accounts). Unix epoch seconds.
     */
    statementCloseDate?: number | null;
    /**
     * Kind of mortgage or loan, in the institution's words (loan accounts).
     */
    loanTypeDesc?: string | null;
}
/**
 * One holding of an investment account. Any field may be absent or null. Deviation from upstream 1.42.0: `optionExpireDate` is a string of digits (epoch seconds), not `format: date`.
 */
export interface CustomerAccountPosition {
    /**
     * Identifier of the holding.
     */
    id?: number | null;
    /**
     * What the holding is, as the institution names it.
     */
    description?: string | null;
    /**
     * Ticker symbol.
     */
    symbol?: string | null;
    /**
     * How many units are held.
     */
    units?: number | null;
    /**
     * Latest price of one unit.
     */
    currentPrice?: number | null;
    /**
     * Name of the security.
     */
    securityName?: string | null;
    /**
     * How the holding is held, such as cash or margin.
     */
    transactionType?: string | null;
    /**
     * Value of the holding when it was retrieved.
     */
    marketValue?: number | null;
    /**
     * Day-over-day value change, in percent.
     */
    changePercent?: number | null;
    /**
     * Day-over-day value change, as an amount.
     */
    dailyChange?: number | null;
    /**
     * What acquiring the holding cost in total.
     */
    costBasis?: number | null;
    /**
     * Price of one unit when it was bought.
     */
    paidPrice?: number | null;
    /**
     * Kind of holding.
     */
    holdType?: string | null;
    /**
     * Security type as the institution reports it.
     */
    invSecurityType?: string | null;
    /**
     * Holding status code as the institution reports it.
     */
    status?: string | null;
    /**
     * When `currentPrice` was set. Unix epoch seconds.
     */
    currentPriceDate?: number | null;
    /**
     * Kind of security, such as Stock.
     */
    securityType?: string | null;
    /**
     * Mutual fund category, for example OPENEND.
     */
    mfType?: string | null;
    /**
     * Whether the position is long or short, as the institution says.
     */
    posType?: string | null;
    /**
     * Overall gain or loss, in dollars, when the data was aggregated.
     */
    totalGLDollar?: number | null;
    /**
     * Overall gain or loss, in percent, when the data was aggregated.
     */
    totalGLPercent?: number | null;
    /**
     * Price at which the option can be exercised.
     */
    optionStrikePrice?: number | null;
    /**
     * PUT or CALL.
     */
    optionType?: string | null;
    /**
     * Shares covered by one option contract.
     */
    optionSharesPerContract?: number | null;
    /**
     * When the option expires: Unix epoch seconds sent as a decimal string.
     */
    optionExpireDate?: string | null;
    /**
     * Asset class as the institution defines it.
     */
    fiAssetClass?: string | null;
    /**
     * Normalized asset class: DOMESTICBOND, LARGESTOCK, INTLSTOCK, MONEYMRKT or OTHER.
     */
    assetClass?: string | null;
    /**
     * Exchange rate from the original currency.
     */
    currencyRate?: number | null;
    /**
     * Identifier of the security, of the kind named by `securityIdType`.
     */
    securityId?: string | null;
    /**
     * Kind of `securityId`: CUSIP, ISIN, SEDOL, SICC, VALOR or WKN.
     */
    securityIdType?: string | null;
    /**
     * What acquiring one share cost.
     */
    costBasisPerShare?: number | null;
    /**
     * Kind of sub-account, such as CASH.
     */
    subAccountType?: string | null;
    /**
     * Currency the holding is converted into.
     */
    securityCurrency?: string | null;
    /**
     * Gain or loss for the day, in dollars, when the data was aggregated.
     */
    todayGLDollar?: number | null;
    /**
     * Gain or loss for the day, in percent, when the data was aggregated.
     */
    todayGLPercent?: number | null;
}
/**
 * Wrapper around the accounts a call returns.
 */
export interface CustomerAccounts {
    /**
     * The matching accounts; may be empty.
     */
    accounts: Array<CustomerAccount>;
}
/**
 * Finicity's error code. The API sends it either as a number (38006) or as a string of digits ("10001"); treat both forms as the same code.
 */
export type ErrorCode = number | string;
/**
 * Body of an error response. Optional fields may be missing or null. Deviation from upstream 1.42.0: `code` is `ErrorCode` (upstream says `type: object`, but the API sends a number or a digit string).
 */
export interface ErrorMessage {
    /**
     * 
     */
    code: ErrorCode;
    /**
     * The HTTP status repeated as a string.
     */
    status?: string | null;
    /**
     * Short heading of the error.
     */
    title?: string | null;
    /**
     * Severity, such as "error".
     */
    level?: string | null;
    /**
     * Explanation meant for developers.
     */
    message?: string | null;
    /**
     * Explanation worded for end users.
     */
    user_message?: string | null;
    /**
     * Extra labels for the error; normally an empty string.
     */
    tags?: string | null;
    /**
     * The asset (for example a stored pay statement) the error is about, if any.
     */
    assetId?: string | null;
    /**
     * The account the error is about, if any.
     */
    accountId?: string | null;
    /**
     * Your own identifier for the request, echoed so you can match the error to your records.
     */
    externalTransactionId?: string | null;
}
/**
 * An ID made of digits, given as a number or as a string of digits: account records carry `institutionId` as a string and `institutionLoginId` as a number, so the path parameters take either form and a record's own value can be passed on as it is.
 */
export type NumericId = number | string;
/**
 * The partner's credentials, as shown in the Finicity developer dashboard.
 */
export interface PartnerCredentials {
    /**
     * Your partner ID.
     */
    partnerId: string;
    /**
     * Your partner secret. Treat it as a password and keep it out of logs.
     */
    partnerSecret: string;
}
