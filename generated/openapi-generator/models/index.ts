/* tslint:disable */
/* eslint-disable */
/**
 * The result of `CreateToken`.
 * @export
 * @interface AccessToken
 */
export interface AccessToken {
    /**
     * Value for the `Finicity-App-Token` header; it expires after two hours.
     * @type {string}
     * @memberof AccessToken
     */
    token: string;
}
/**
 * One account the customer connected, for example checking, credit card, loan or investment. Optional fields may be missing or null, and the API may add fields not listed here. Deviation from upstream 1.42.0: `accountNickname` is optional (upstream required it without defining it, and its examples leave it out).
 * @export
 * @interface CustomerAccount
 */
export interface CustomerAccount {
    /**
     * Finicity's ID for this account.
     * @type {string}
     * @memberof CustomerAccount
     */
    id: string;
    /**
     * Full account number at the institution. Deprecated; show `accountNumberDisplay` instead.
     * @type {string}
     * @memberof CustomerAccount
     * @deprecated
     */
    number: string;
    /**
     * Shortened account number, safe to display: the last four digits ("1234"), the last four plus a suffix ("1234-9"), or the whole value when the account is identified by text such as an email address.
     * @type {string}
     * @memberof CustomerAccount
     */
    accountNumberDisplay: string;
    /**
     * Final four digits of the account number used for ACH payments.
     * @type {string}
     * @memberof CustomerAccount
     */
    realAccountNumberLast4?: string | null;
    /**
     * Account name as the institution shows it.
     * @type {string}
     * @memberof CustomerAccount
     */
    name: string;
    /**
     * A nickname for the account, when one is set. Not part of the upstream definition.
     * @type {string}
     * @memberof CustomerAccount
     */
    accountNickname?: string | null;
    /**
     * Balance with only settled transactions counted, as captured at `balanceDate`.
     * @type {number}
     * @memberof CustomerAccount
     */
    balance?: number | null;
    /**
     * Kind of account. Values include checking, savings, cd, moneyMarket, creditCard, lineOfCredit, investment, investmentTaxDeferred, employeeStockPurchasePlan, ira, 401k, roth, 403b, 529plan, rollover, ugma, utma, keogh, 457plan, 401a, brokerageAccount, educationSavings, healthSavingsAccount, pension, profitSharingPlan, roth401k, sepIRA, simpleIRA, thriftSavingsPlan, variableAnnuity, cryptocurrency, mortgage, loan, studentLoan, studentLoanGroup and studentLoanAccount.
     * @type {string}
     * @memberof CustomerAccount
     */
    type: string;
    /**
     * Outcome code of the latest aggregation attempt (0 is success); missing until the account has been aggregated once.
     * @type {number}
     * @memberof CustomerAccount
     */
    aggregationStatusCode?: number | null;
    /**
     * Account state: "pending" while accounts are being discovered, then "active" once activated.
     * @type {string}
     * @memberof CustomerAccount
     */
    status: string;
    /**
     * ID of the customer who owns the account.
     * @type {string}
     * @memberof CustomerAccount
     */
    customerId: string;
    /**
     * ID of the institution holding the account, as a string.
     * @type {string}
     * @memberof CustomerAccount
     */
    institutionId: string;
    /**
     * When `balance` was captured. Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccount
     */
    balanceDate?: number | null;
    /**
     * Time of the latest successful aggregation; missing before the first one. Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccount
     */
    aggregationSuccessDate?: number | null;
    /**
     * Time of the latest aggregation attempt, whether it worked or not; a newer value after a refresh means the refresh has finished. Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccount
     */
    aggregationAttemptDate?: number | null;
    /**
     * When Finicity first stored the account. Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccount
     */
    createdDate: number;
    /**
     * When the account record last changed. Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccount
     */
    lastUpdatedDate?: number | null;
    /**
     * "personal" or "business".
     * @type {string}
     * @memberof CustomerAccount
     */
    marketSegment?: string | null;
    /**
     * Currency code of the account, such as USD.
     * @type {string}
     * @memberof CustomerAccount
     */
    currency: string;
    /**
     * Posting date of the newest known transaction; missing before the first aggregation. Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccount
     */
    lastTransactionDate?: number | null;
    /**
     * Posting date of the earliest transaction Finicity holds for the account. Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccount
     */
    oldestTransactionDate?: number | null;
    /**
     * ID of the institution login (credential set) the account belongs to, as a number here.
     * @type {number}
     * @memberof CustomerAccount
     */
    institutionLoginId: number;
    /**
     * Start of the period the customer consented to share this account's data. Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccount
     */
    authorizationStartDate?: number | null;
    /**
     * End of the consent period; meaningful only when `authorizationExpires` is true. Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccount
     */
    authorizationEndDate?: number | null;
    /**
     * True when the consent period has an end (`authorizationEndDate`).
     * @type {boolean}
     * @memberof CustomerAccount
     */
    authorizationExpires?: boolean | null;
    /**
     * 
     * @type {CustomerAccountDetail}
     * @memberof CustomerAccount
     */
    detail?: CustomerAccountDetail;
    /**
     * Holdings, for investment accounts.
     * @type {Array<CustomerAccountPosition>}
     * @memberof CustomerAccount
     */
    position?: Array<CustomerAccountPosition> | null;
    /**
     * Rank of the account in the institution's own listing, where 1 is the first.
     * @type {number}
     * @memberof CustomerAccount
     */
    displayPosition?: number | null;
    /**
     * For student loans, the ID of the account above this one in the loan hierarchy.
     * @type {string}
     * @memberof CustomerAccount
     */
    parentAccount?: string | null;
    /**
     * When the customer first linked the account through Data Connect. Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccount
     */
    linkedAccountDate?: number | null;
}
/**
 * Figures that depend on the kind of account. Each field names the account kinds it applies to; institutions fill in only what they have, so any field may be absent or null, and fields not listed here may appear.
 * @export
 * @interface CustomerAccountDetail
 */
export interface CustomerAccountDetail {
    /**
     * When the figures in this detail record were last current (all account types). Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    dateAsOf?: number | null;
    /**
     * Balance available to spend or withdraw, usually the current balance adjusted for pending items (deposit and loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    availableBalanceAmount?: number | null;
    /**
     * Opening date of the deposit account. Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    openDate?: number | null;
    /**
     * First day of the current statement period (deposit accounts). Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    periodStartDate?: number | null;
    /**
     * Last day of the current statement period. Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    periodEndDate?: number | null;
    /**
     * APY earned in this period (deposit accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    periodInterestRate?: number | null;
    /**
     * Sum of deposits made in this period (deposit accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    periodDepositAmount?: number | null;
    /**
     * Interest accrued so far in the current period (deposit accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    periodInterestAmount?: number | null;
    /**
     * Interest accrued since the start of the year (deposit accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    interestYtdAmount?: number | null;
    /**
     * Interest earned during the previous year (deposit accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    interestPriorYtdAmount?: number | null;
    /**
     * When the deposit matures (deposit accounts). Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    maturityDate?: number | null;
    /**
     * Current interest rate, sent as a decimal string (credit and loan accounts).
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    interestRate?: string | null;
    /**
     * Credit still available, typically the limit less the balance (credit accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    creditAvailableAmount?: number | null;
    /**
     * Credit limit (credit accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    creditMaxAmount?: number | null;
    /**
     * Cash advance the holder can still draw (credit accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    cashAdvanceAvailableAmount?: number | null;
    /**
     * Largest cash advance allowed (credit accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    cashAdvanceMaxAmount?: number | null;
    /**
     * Outstanding cash advance balance (credit accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    cashAdvanceBalance?: number | null;
    /**
     * Interest rate charged on cash advances (credit accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    cashAdvanceInterestRate?: number | null;
    /**
     * Current balance (credit and investment accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    currentBalance?: number | null;
    /**
     * Smallest payment currently due (credit and loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    paymentMinAmount?: number | null;
    /**
     * When the next payment is due (credit accounts). Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    paymentDueDate?: number | null;
    /**
     * Balance on the last statement (credit accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    previousBalance?: number | null;
    /**
     * First day of the statement period (credit accounts). Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    statementStartDate?: number | null;
    /**
     * Last day of the statement period (credit accounts). Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    statementEndDate?: number | null;
    /**
     * Purchases made in the statement period (credit accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    statementPurchaseAmount?: number | null;
    /**
     * Finance charges of the statement period (credit accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    statementFinanceAmount?: number | null;
    /**
     * Credits applied in the statement period (credit accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    statementCreditAmount?: number | null;
    /**
     * Rewards earned, which may be fractional (credit accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    rewardEarnedBalance?: number | null;
    /**
     * Amount overdue (credit and loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    pastDueAmount?: number | null;
    /**
     * How much the latest payment was (credit and loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    lastPaymentAmount?: number | null;
    /**
     * When the most recent payment was made (credit accounts). Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    lastPaymentDate?: number | null;
    /**
     * Balance when the statement closed (credit accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    statementCloseBalance?: number | null;
    /**
     * Loan length in months, as a string (loan accounts).
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    termOfMl?: string | null;
    /**
     * Lender or servicer holding the loan (loan accounts).
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    mlHolderName?: string | null;
    /**
     * Free-text description of the loan (loan accounts).
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    description?: string | null;
    /**
     * Late fee charged (loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    lateFeeAmount?: number | null;
    /**
     * Amount that would pay the loan off in full (loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    payoffAmount?: number | null;
    /**
     * Date the payoff amount applies to (loan accounts). Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    payoffAmountDate?: number | null;
    /**
     * Maturity date when the loan was taken out (loan accounts). Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    originalMaturityDate?: number | null;
    /**
     * Outstanding principal (loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    principalBalance?: number | null;
    /**
     * Money held in escrow (loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    escrowBalance?: number | null;
    /**
     * How often interest is charged, such as monthly (loan accounts).
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    interestPeriod?: string | null;
    /**
     * Amount originally borrowed (loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    initialMlAmount?: number | null;
    /**
     * When the loan was taken out (loan accounts). Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    initialMlDate?: number | null;
    /**
     * Principal part of the next payment (loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    nextPaymentPrincipalAmount?: number | null;
    /**
     * Interest part of the next payment (loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    nextPaymentInterestAmount?: number | null;
    /**
     * Amount of the next payment due (loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    nextPayment?: number | null;
    /**
     * When the next payment is due (loan accounts). Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    nextPaymentDate?: number | null;
    /**
     * When the previous payment was due (loan accounts). Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    lastPaymentDueDate?: number | null;
    /**
     * When the previous payment arrived (loan accounts). Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    lastPaymentReceiveDate?: number | null;
    /**
     * Principal part of the previous payment (loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    lastPaymentPrincipalAmount?: number | null;
    /**
     * Interest part of the previous payment (loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    lastPaymentInterestAmount?: number | null;
    /**
     * Escrow part of the previous payment (loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    lastPaymentEscrowAmount?: number | null;
    /**
     * Fee part of the previous payment (loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    lastPaymentLastFeeAmount?: number | null;
    /**
     * Late charge included in the previous payment (loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    lastPaymentLateCharge?: number | null;
    /**
     * Principal repaid since the start of the year (loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    ytdPrincipalPaid?: number | null;
    /**
     * Interest paid since the start of the year (loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    ytdInterestPaid?: number | null;
    /**
     * Insurance paid since the start of the year (loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    ytdInsurancePaid?: number | null;
    /**
     * Tax paid since the start of the year (loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    ytdTaxPaid?: number | null;
    /**
     * Whether automatic payments are set up (loan accounts): a one-letter flag, "Y" or "N" from most institutions, "T" or "F" from some. Compare the letter; the string "N" is truthy in JavaScript.
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    autoPayEnrolled?: string | null;
    /**
     * Whether margin trading is allowed.
     * @type {boolean}
     * @memberof CustomerAccountDetail
     */
    marginAllowed?: boolean | null;
    /**
     * Whether a cash account is allowed.
     * @type {boolean}
     * @memberof CustomerAccountDetail
     */
    cashAccountAllowed?: boolean | null;
    /**
     * What secures the loan (loan accounts).
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    collateral?: string | null;
    /**
     * School the borrower attends now (loan accounts).
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    currentSchool?: string | null;
    /**
     * When the first payment was due (loan accounts). Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    firstPaymentDate?: number | null;
    /**
     * Whether this is a first mortgage (loan accounts): "Y" or "N". Compare the letter; the string "N" is truthy in JavaScript.
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    firstMortgage?: string | null;
    /**
     * How often payments are due, such as monthly (loan accounts).
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    loanPaymentFreq?: string | null;
    /**
     * School the borrower attended when the loan began (loan accounts).
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    originalSchool?: string | null;
    /**
     * Amount of the regular payment (loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    recurringPaymentAmount?: number | null;
    /**
     * Who owns the loan (loan accounts).
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    lender?: string | null;
    /**
     * Balance at the end of the period (loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    endingBalanceAmount?: number | null;
    /**
     * Kind of loan term, such as fixed (loan accounts).
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    loanTermType?: string | null;
    /**
     * How many payments have been made (loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    paymentsMade?: number | null;
    /**
     * Size of the final balloon payment (loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    balloonAmount?: number | null;
    /**
     * Interest expected over the life of the loan (loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    projectedInterest?: number | null;
    /**
     * Interest paid since the loan began (loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    interestPaidLtd?: number | null;
    /**
     * Kind of interest rate, such as fixed or variable (loan accounts).
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    interestRateType?: string | null;
    /**
     * Kind of loan payment (loan accounts).
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    loanPaymentType?: string | null;
    /**
     * Name of the student loan repayment plan (loan accounts).
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    repaymentPlan?: string | null;
    /**
     * Payments left until the loan is repaid (loan accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    paymentsRemaining?: number | null;
    /**
     * Net interest after interest paid out (investment accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    marginBalance?: number | null;
    /**
     * Total of short positions (investment accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    shortBalance?: number | null;
    /**
     * Cash that can be withdrawn (investment accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    availableCashBalance?: number | null;
    /**
     * Amount paid to the investor at maturity (investment accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    maturityValueAmount?: number | null;
    /**
     * Vested part of the balance (investment accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    vestedBalance?: number | null;
    /**
     * Contributions matched by the employer (investment accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    empMatchAmount?: number | null;
    /**
     * Employer pre-tax contributions (investment accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    empPretaxContribAmount?: number | null;
    /**
     * Employer pre-tax contributions since the start of the year (investment accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    empPretaxContribAmountYtd?: number | null;
    /**
     * All contributions since the start of the year (investment accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    contribTotalYtd?: number | null;
    /**
     * Cash held in the account (investment accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    cashBalanceAmount?: number | null;
    /**
     * Part of the balance contributed before tax (investment accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    preTaxAmount?: number | null;
    /**
     * Part of the balance contributed after tax (investment accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    afterTaxAmount?: number | null;
    /**
     * Matched amount (investment accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    matchAmount?: number | null;
    /**
     * Part of the balance from profit sharing (investment accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    profitSharingAmount?: number | null;
    /**
     * Share of the balance that came from another plan, such as a 401k (investment accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    rolloverAmount?: number | null;
    /**
     * Other vested amounts (investment accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    otherVestAmount?: number | null;
    /**
     * Other amounts not yet vested (investment accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    otherNonvestAmount?: number | null;
    /**
     * Outstanding balance of a loan against the account (investment accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    currentLoanBalance?: number | null;
    /**
     * Interest rate of a loan against the account (investment accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    loanRate?: number | null;
    /**
     * Buying power for new trades (investment accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    buyPower?: number | null;
    /**
     * Total rolled over since the account began (investment accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    rolloverLtd?: number | null;
    /**
     * Federal identifier of the student loan.
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    loanAwardId?: string | null;
    /**
     * Interest rate when the student loan was disbursed, as APY.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    originalInterestRate?: number | null;
    /**
     * Institution that guarantees the student loan.
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    guarantor?: string | null;
    /**
     * Who the student loan is owed to.
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    owner?: string | null;
    /**
     * Kind of interest subsidy on the student loan, if any.
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    interestSubsidyType?: string | null;
    /**
     * Outstanding interest on the student loan.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    interestBalance?: number | null;
    /**
     * Months left on the student loan.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    remainingTermOfMl?: number | null;
    /**
     * Interest rate the student loan started with.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    initialInterestRate?: number | null;
    /**
     * Outstanding fees on the student loan.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    feesBalance?: number | null;
    /**
     * Student loan interest paid since the start of the year.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    loanYtdInterestPaid?: number | null;
    /**
     * Student loan fees paid since the start of the year.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    loanYtdFeesPaid?: number | null;
    /**
     * Student loan principal repaid since the start of the year.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    loanYtdPrincipalPaid?: number | null;
    /**
     * Repayment phase of the student loan, such as Grace or Deferment.
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    loanStatus?: string | null;
    /**
     * When the current student loan status began. Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    loanStatusStartDate?: number | null;
    /**
     * When the current student loan status ends. Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    loanStatusEndDate?: number | null;
    /**
     * Blended interest rate across a group of student loans, as APY.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    weightedInterestRate?: number | null;
    /**
     * When the current student loan repayment plan began. Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    repaymentPlanStartDate?: number | null;
    /**
     * When the current student loan repayment plan ends. Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    repaymentPlanEndDate?: number | null;
    /**
     * When the student loan is expected to be repaid. Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    expectedPayoffDate?: number | null;
    /**
     * When the borrower graduated, left, or went under half-time study. Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    outOfSchoolDate?: number | null;
    /**
     * When the student loan enters repayment. Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    convertToRepayment?: number | null;
    /**
     * Days since a missed student loan payment was due.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    daysDelinquent?: number | null;
    /**
     * Principal repaid on the loan or student loan so far.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    totalPrincipalPaid?: number | null;
    /**
     * Interest paid on the loan or student loan so far.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    totalInterestPaid?: number | null;
    /**
     * Everything paid on the student loan so far.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    totalAmountPaid?: number | null;
    /**
     * When the statement closed (loan accounts). Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    statementCloseDate?: number | null;
    /**
     * Kind of mortgage or loan, in the institution's words (loan accounts).
     * @type {string}
     * @memberof CustomerAccountDetail
     */
    loanTypeDesc?: string | null;
}
/**
 * One holding of an investment account. Any field may be absent or null. Deviation from upstream 1.42.0: `optionExpireDate` is a string of digits (epoch seconds), not `format: date`.
 * @export
 * @interface CustomerAccountPosition
 */
export interface CustomerAccountPosition {
    /**
     * Identifier of the holding.
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    id?: number | null;
    /**
     * What the holding is, as the institution names it.
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    description?: string | null;
    /**
     * Ticker symbol.
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    symbol?: string | null;
    /**
     * How many units are held.
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    units?: number | null;
    /**
     * Latest price of one unit.
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    currentPrice?: number | null;
    /**
     * Name of the security.
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    securityName?: string | null;
    /**
     * How the holding is held, such as cash or margin.
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    transactionType?: string | null;
    /**
     * Value of the holding when it was retrieved.
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    marketValue?: number | null;
    /**
     * Day-over-day value change, in percent.
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    changePercent?: number | null;
    /**
     * Day-over-day value change, as an amount.
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    dailyChange?: number | null;
    /**
     * What acquiring the holding cost in total.
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    costBasis?: number | null;
    /**
     * Price of one unit when it was bought.
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    paidPrice?: number | null;
    /**
     * Kind of holding.
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    holdType?: string | null;
    /**
     * Security type as the institution reports it.
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    invSecurityType?: string | null;
    /**
     * Holding status code as the institution reports it.
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    status?: string | null;
    /**
     * When `currentPrice` was set. Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    currentPriceDate?: number | null;
    /**
     * Kind of security, such as Stock.
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    securityType?: string | null;
    /**
     * Mutual fund category, for example OPENEND.
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    mfType?: string | null;
    /**
     * Whether the position is long or short, as the institution says.
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    posType?: string | null;
    /**
     * Overall gain or loss, in dollars, when the data was aggregated.
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    totalGLDollar?: number | null;
    /**
     * Overall gain or loss, in percent, when the data was aggregated.
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    totalGLPercent?: number | null;
    /**
     * Price at which the option can be exercised.
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    optionStrikePrice?: number | null;
    /**
     * PUT or CALL.
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    optionType?: string | null;
    /**
     * Shares covered by one option contract.
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    optionSharesPerContract?: number | null;
    /**
     * When the option expires: Unix epoch seconds sent as a decimal string.
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    optionExpireDate?: string | null;
    /**
     * Asset class as the institution defines it.
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    fiAssetClass?: string | null;
    /**
     * Normalized asset class: DOMESTICBOND, LARGESTOCK, INTLSTOCK, MONEYMRKT or OTHER.
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    assetClass?: string | null;
    /**
     * Exchange rate from the original currency.
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    currencyRate?: number | null;
    /**
     * Identifier of the security, of the kind named by `securityIdType`.
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    securityId?: string | null;
    /**
     * Kind of `securityId`: CUSIP, ISIN, SEDOL, SICC, VALOR or WKN.
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    securityIdType?: string | null;
    /**
     * What acquiring one share cost.
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    costBasisPerShare?: number | null;
    /**
     * Kind of sub-account, such as CASH.
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    subAccountType?: string | null;
    /**
     * Currency the holding is converted into.
     * @type {string}
     * @memberof CustomerAccountPosition
     */
    securityCurrency?: string | null;
    /**
     * Gain or loss for the day, in dollars, when the data was aggregated.
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    todayGLDollar?: number | null;
    /**
     * Gain or loss for the day, in percent, when the data was aggregated.
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    todayGLPercent?: number | null;
}
/**
 * Wrapper around the accounts a call returns.
 * @export
 * @interface CustomerAccounts
 */
export interface CustomerAccounts {
    /**
     * The matching accounts; may be empty.
     * @type {Array<CustomerAccount>}
     * @memberof CustomerAccounts
     */
    accounts: Array<CustomerAccount>;
}
/**
 * @type ErrorCode
 * Finicity's error code. The API sends it either as a number (38006) or as a string of digits ("10001"); treat both forms as the same code.
 * @export
 */
export type ErrorCode = number | string;
/**
 * Body of an error response. Optional fields may be missing or null. Deviation from upstream 1.42.0: `code` is `ErrorCode` (upstream says `type: object`, but the API sends a number or a digit string).
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
     * The HTTP status repeated as a string.
     * @type {string}
     * @memberof ErrorMessage
     */
    status?: string | null;
    /**
     * Short heading of the error.
     * @type {string}
     * @memberof ErrorMessage
     */
    title?: string | null;
    /**
     * Severity, such as "error".
     * @type {string}
     * @memberof ErrorMessage
     */
    level?: string | null;
    /**
     * Explanation meant for developers.
     * @type {string}
     * @memberof ErrorMessage
     */
    message?: string | null;
    /**
     * Explanation worded for end users.
     * @type {string}
     * @memberof ErrorMessage
     */
    user_message?: string | null;
    /**
     * Extra labels for the error; normally an empty string.
     * @type {string}
     * @memberof ErrorMessage
     */
    tags?: string | null;
    /**
     * The asset (for example a stored pay statement) the error is about, if any.
     * @type {string}
     * @memberof ErrorMessage
     */
    assetId?: string | null;
    /**
     * The account the error is about, if any.
     * @type {string}
     * @memberof ErrorMessage
     */
    accountId?: string | null;
    /**
     * Your own identifier for the request, echoed so you can match the error to your records.
     * @type {string}
     * @memberof ErrorMessage
     */
    externalTransactionId?: string | null;
}
/**
 * @type NumericId
 * An ID made of digits, given as a number or as a string of digits: account records carry `institutionId` as a string and `institutionLoginId` as a number, so the path parameters take either form and a record's own value can be passed on as it is.
 * @export
 */
export type NumericId = number | string;
/**
 * The partner's credentials, as shown in the Finicity developer dashboard.
 * @export
 * @interface PartnerCredentials
 */
export interface PartnerCredentials {
    /**
     * Your partner ID.
     * @type {string}
     * @memberof PartnerCredentials
     */
    partnerId: string;
    /**
     * Your partner secret. Treat it as a password and keep it out of logs.
     * @type {string}
     * @memberof PartnerCredentials
     */
    partnerSecret: string;
}
