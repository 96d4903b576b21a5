/* tslint:disable */
/* eslint-disable */
/**
 * A token for the `Finicity-App-Token` header of later calls.
 * @export
 * @interface AccessToken
 */
export interface AccessToken {
    /**
     * The token. Valid for two hours.
     * @type {string}
     * @memberof AccessToken
     */
    token: string;
}
/**
 * One account a customer connected, such as a checking, credit card or investment account. Optional fields may be absent or null, and the API may add fields not listed here.
 * 
 * Deviation from upstream 1.16.2: `accountNickname` is not required (the upstream examples omit it and it had no definition); it is declared as an optional string.
 * @export
 * @interface CustomerAccount
 */
export interface CustomerAccount {
    /**
     * Finicity identifier of the account.
     * @type {string}
     * @memberof CustomerAccount
     */
    id: string;
    /**
     * Full account number at the institution. Deprecated: use `accountNumberDisplay`.
     * @type {string}
     * @memberof CustomerAccount
     * @deprecated
     */
    number: string;
    /**
     * Account number shortened for display: the last four digits, the last four with a suffix such as "1234-9", or the whole value for accounts identified by text.
     * @type {string}
     * @memberof CustomerAccount
     */
    accountNumberDisplay: string;
    /**
     * Last four digits of the ACH account number.
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
     * Name the customer gave the account, when there is one.
     * @type {string}
     * @memberof CustomerAccount
     */
    accountNickname?: string | null;
    /**
     * Cleared balance as of `balanceDate`.
     * @type {number}
     * @memberof CustomerAccount
     */
    balance?: number | null;
    /**
     * Kind of account, such as checking, savings, creditCard, investment, mortgage or studentLoan.
     * @type {string}
     * @memberof CustomerAccount
     */
    type: string;
    /**
     * Result of the latest aggregation attempt (0 means success); absent until the account has been aggregated once.
     * @type {number}
     * @memberof CustomerAccount
     */
    aggregationStatusCode?: number | null;
    /**
     * Account state: "pending" while accounts are being discovered, "active" once activated.
     * @type {string}
     * @memberof CustomerAccount
     */
    status: string;
    /**
     * Customer who owns the account.
     * @type {string}
     * @memberof CustomerAccount
     */
    customerId: string;
    /**
     * Financial institution holding the account.
     * @type {string}
     * @memberof CustomerAccount
     */
    institutionId: string;
    /**
     * When the balance was read. Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccount
     */
    balanceDate?: number | null;
    /**
     * When the account was last aggregated successfully. Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccount
     */
    aggregationSuccessDate?: number | null;
    /**
     * When aggregation was last attempted, successful or not. Compare it before and after a refresh to see when the refresh is done. Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccount
     */
    aggregationAttemptDate?: number | null;
    /**
     * When the account was added. Unix epoch seconds.
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
     * Whether the account is personal or business.
     * @type {string}
     * @memberof CustomerAccount
     */
    marketSegment?: string | null;
    /**
     * Currency code of the account.
     * @type {string}
     * @memberof CustomerAccount
     */
    currency: string;
    /**
     * Date of the newest transaction on the account. Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccount
     */
    lastTransactionDate?: number | null;
    /**
     * Date of the oldest transaction on the account. Unix epoch seconds.
     * @type {number}
     * @memberof CustomerAccount
     */
    oldestTransactionDate?: number | null;
    /**
     * Login (set of credentials at one institution) the account belongs to, as a number.
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
     * Holdings of an investment account.
     * @type {Array<CustomerAccountPosition>}
     * @memberof CustomerAccount
     */
    position?: Array<CustomerAccountPosition> | null;
    /**
     * Where the institution lists the account, 1 being the first.
     * @type {number}
     * @memberof CustomerAccount
     */
    displayPosition?: number | null;
    /**
     * The account one level up in a student loan hierarchy.
     * @type {string}
     * @memberof CustomerAccount
     */
    parentAccount?: string | null;
}
/**
 * Type-specific figures of an account. Each field says which account types carry it; institutions fill in what they have, so any field may be absent or null.
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
     * When the account was opened (deposit accounts). Unix epoch seconds.
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
     * Annual percentage yield for the current period (deposit accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    periodInterestRate?: number | null;
    /**
     * Total deposited during the current period (deposit accounts).
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
     * Cash advance currently available (credit accounts).
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
     * Reward points or units earned (credit accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    rewardEarnedBalance?: number | null;
    /**
     * Amount overdue (credit accounts).
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    pastDueAmount?: number | null;
    /**
     * Size of the most recent payment received (credit and loan accounts).
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
     * Who holds the mortgage or loan (loan accounts).
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
     * Whether automatic payments are set up (loan accounts).
     * @type {boolean}
     * @memberof CustomerAccountDetail
     */
    autoPayEnrolled?: boolean | null;
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
     * Whether this is a first mortgage (loan accounts).
     * @type {boolean}
     * @memberof CustomerAccountDetail
     */
    firstMortgage?: boolean | null;
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
     * Part of the balance rolled over from another plan (investment accounts).
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
     * Money available to buy securities (investment accounts).
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
     * Owner of the student loan.
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
     * When the borrower left school or dropped below half-time. Unix epoch seconds.
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
     * Principal repaid on the student loan so far.
     * @type {number}
     * @memberof CustomerAccountDetail
     */
    totalPrincipalPaid?: number | null;
    /**
     * Interest paid on the student loan so far.
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
}
/**
 * One holding of an investment account.
 * 
 * Deviation from upstream 1.16.2: `optionExpireDate` was declared `format: date` yet carries epoch seconds as a string; it is declared as a string of digits, with no date format.
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
     * Change in value since the previous day, in percent.
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    changePercent?: number | null;
    /**
     * Change in value since the previous day.
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
     * Status of the holding.
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
     * Kind of mutual fund, such as open-ended.
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
     * Total gain or loss in dollars at aggregation time.
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    totalGLDollar?: number | null;
    /**
     * Total gain or loss in percent at aggregation time.
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    totalGLPercent?: number | null;
    /**
     * Strike price of the option.
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
     * Broad asset class, such as DOMESTICBOND, LARGESTOCK, INTLSTOCK, MONEYMRKT or OTHER.
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
     * Gain or loss today in dollars at aggregation time.
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    todayGLDollar?: number | null;
    /**
     * Gain or loss today in percent at aggregation time.
     * @type {number}
     * @memberof CustomerAccountPosition
     */
    todayGLPercent?: number | null;
}
/**
 * The accounts a call matched.
 * @export
 * @interface CustomerAccounts
 */
export interface CustomerAccounts {
    /**
     * The accounts, possibly none.
     * @type {Array<CustomerAccount>}
     * @memberof CustomerAccounts
     */
    accounts: Array<CustomerAccount>;
}
/**
 * @type ErrorCode
 * Finicity error code. The API sends it as a number (38006) or as a string of digits ("10001"), so both are allowed.
 * @export
 */
export type ErrorCode = number | string;
/**
 * The body of an error response.
 * 
 * Deviations from upstream 1.16.2: `code` was declared `type: object` but the API sends a number or a numeric string, so it is `ErrorCode`; `tags`, sent in many error bodies, is listed.
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
     * HTTP status, repeated as a string.
     * @type {string}
     * @memberof ErrorMessage
     */
    status?: string | null;
    /**
     * Short heading for the error.
     * @type {string}
     * @memberof ErrorMessage
     */
    title?: string | null;
    /**
     * Severity of the error.
     * @type {string}
     * @memberof ErrorMessage
     */
    level?: string | null;
    /**
     * What went wrong, for developers.
     * @type {string}
     * @memberof ErrorMessage
     */
    message?: string | null;
    /**
     * What went wrong, worded for end users.
     * @type {string}
     * @memberof ErrorMessage
     */
    user_message?: string | null;
    /**
     * Extra labels for the error; usually empty.
     * @type {string}
     * @memberof ErrorMessage
     */
    tags?: string | null;
    /**
     * Asset the error concerns, when there is one.
     * @type {string}
     * @memberof ErrorMessage
     */
    assetId?: string | null;
    /**
     * Account the error concerns, when there is one.
     * @type {string}
     * @memberof ErrorMessage
     */
    accountId?: string | null;
}
/**
 * Partner credentials from the developer dashboard.
 * @export
 * @interface PartnerCredentials
 */
export interface PartnerCredentials {
    /**
     * Partner ID.
     * @type {string}
     * @memberof PartnerCredentials
     */
    partnerId: string;
    /**
     * Partner secret. Keep it out of logs.
     * @type {string}
     * @memberof PartnerCredentials
     */
    partnerSecret: string;
}
