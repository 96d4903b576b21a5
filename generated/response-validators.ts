// Generated from spec/accounts.yaml by `npm run generate`. Do not edit by hand.
// @ts-nocheck: quick fit checks and Ajv's standalone validators, bundled by esbuild with the Ajv helpers they use.
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// ajv:ajv/dist/runtime/ucs2length
var require_ucs2length = __commonJS({
  "ajv:ajv/dist/runtime/ucs2length"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    function ucs2length(str) {
      let len = str.length, length = 0, pos = 0, value;
      for (; pos < len; )
        length++, value = str.charCodeAt(pos++), value >= 55296 && value <= 56319 && pos < len && (value = str.charCodeAt(pos), (value & 64512) === 56320 && pos++);
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// validators:standalone
var validate0 = validate21;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.token === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "token" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.token !== void 0 && typeof data.token != "string") {
      let err1 = { instancePath: instancePath + "/token", schemaPath: "#/properties/token/type", keyword: "type", params: { type: "string" } };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate22.errors = vErrors, errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate22(data, { instancePath, parentData, parentDataProperty, rootData }) || (vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors), errors = vErrors.length), validate21.errors = vErrors, errors === 0;
}
var validate1 = validate24;
var pattern0 = new RegExp("^[0-9]+$", "u");
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0, _errs0 = errors, valid0 = !1, passing0 = null, _errs1 = errors;
  if (!(typeof data == "number" && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "integer" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  var _valid0 = _errs1 === errors;
  _valid0 && (valid0 = !0, passing0 = 0);
  let _errs3 = errors;
  if (typeof data == "string") {
    if (!pattern0.test(data)) {
      let err1 = { instancePath, schemaPath: "#/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" } };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
  } else {
    let err2 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0 ? (valid0 = !1, passing0 = [passing0, 1]) : _valid0 && (valid0 = !0, passing0 = 1), valid0)
    errors = _errs0, vErrors !== null && (_errs0 ? vErrors.length = _errs0 : vErrors = null);
  else {
    let err3 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
    vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate26.errors = vErrors, errors === 0;
}
var func2 = require_ucs2length().default;
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.code === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "code" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.code !== void 0 && (validate26(data.code, { instancePath: instancePath + "/code", parentData: data, parentDataProperty: "code", rootData }) || (vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors), errors = vErrors.length)), data.status !== void 0) {
      let data1 = data.status;
      if (typeof data1 != "string" && data1 !== null) {
        let err1 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 != "string" && data2 !== null) {
        let err2 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    }
    if (data.level !== void 0) {
      let data3 = data.level;
      if (typeof data3 != "string" && data3 !== null) {
        let err3 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    if (data.message !== void 0) {
      let data4 = data.message;
      if (typeof data4 != "string" && data4 !== null) {
        let err4 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.user_message !== void 0) {
      let data5 = data.user_message;
      if (typeof data5 != "string" && data5 !== null) {
        let err5 = { instancePath: instancePath + "/user_message", schemaPath: "#/properties/user_message/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.tags !== void 0) {
      let data6 = data.tags;
      if (typeof data6 != "string" && data6 !== null) {
        let err6 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.assetId !== void 0) {
      let data7 = data.assetId;
      if (typeof data7 != "string" && data7 !== null) {
        let err7 = { instancePath: instancePath + "/assetId", schemaPath: "#/properties/assetId/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.accountId !== void 0) {
      let data8 = data.accountId;
      if (typeof data8 != "string" && data8 !== null) {
        let err8 = { instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.externalTransactionId !== void 0) {
      let data9 = data.externalTransactionId;
      if (typeof data9 != "string" && data9 !== null) {
        let err9 = { instancePath: instancePath + "/externalTransactionId", schemaPath: "#/properties/externalTransactionId/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
      if (typeof data9 == "string") {
        if (func2(data9) > 100) {
          let err10 = { instancePath: instancePath + "/externalTransactionId", schemaPath: "#/properties/externalTransactionId/maxLength", keyword: "maxLength", params: { limit: 100 } };
          vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
        }
        if (func2(data9) < 1) {
          let err11 = { instancePath: instancePath + "/externalTransactionId", schemaPath: "#/properties/externalTransactionId/minLength", keyword: "minLength", params: { limit: 1 } };
          vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
        }
      }
    }
  } else {
    let err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
  }
  return validate25.errors = vErrors, errors === 0;
}
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate25(data, { instancePath, parentData, parentDataProperty, rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length), validate24.errors = vErrors, errors === 0;
}
var validate2 = validate29;
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.dateAsOf !== void 0) {
      let data0 = data.dateAsOf;
      if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0) && isFinite(data0)) && data0 !== null) {
        let err0 = { instancePath: instancePath + "/dateAsOf", schemaPath: "#/properties/dateAsOf/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    }
    if (data.availableBalanceAmount !== void 0) {
      let data1 = data.availableBalanceAmount;
      if (!(typeof data1 == "number" && isFinite(data1)) && data1 !== null) {
        let err1 = { instancePath: instancePath + "/availableBalanceAmount", schemaPath: "#/properties/availableBalanceAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
    }
    if (data.openDate !== void 0) {
      let data2 = data.openDate;
      if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2)) && data2 !== null) {
        let err2 = { instancePath: instancePath + "/openDate", schemaPath: "#/properties/openDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    }
    if (data.periodStartDate !== void 0) {
      let data3 = data.periodStartDate;
      if (!(typeof data3 == "number" && !(data3 % 1) && !isNaN(data3) && isFinite(data3)) && data3 !== null) {
        let err3 = { instancePath: instancePath + "/periodStartDate", schemaPath: "#/properties/periodStartDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    if (data.periodEndDate !== void 0) {
      let data4 = data.periodEndDate;
      if (!(typeof data4 == "number" && !(data4 % 1) && !isNaN(data4) && isFinite(data4)) && data4 !== null) {
        let err4 = { instancePath: instancePath + "/periodEndDate", schemaPath: "#/properties/periodEndDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.periodInterestRate !== void 0) {
      let data5 = data.periodInterestRate;
      if (!(typeof data5 == "number" && isFinite(data5)) && data5 !== null) {
        let err5 = { instancePath: instancePath + "/periodInterestRate", schemaPath: "#/properties/periodInterestRate/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.periodDepositAmount !== void 0) {
      let data6 = data.periodDepositAmount;
      if (!(typeof data6 == "number" && isFinite(data6)) && data6 !== null) {
        let err6 = { instancePath: instancePath + "/periodDepositAmount", schemaPath: "#/properties/periodDepositAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.periodInterestAmount !== void 0) {
      let data7 = data.periodInterestAmount;
      if (!(typeof data7 == "number" && isFinite(data7)) && data7 !== null) {
        let err7 = { instancePath: instancePath + "/periodInterestAmount", schemaPath: "#/properties/periodInterestAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.interestYtdAmount !== void 0) {
      let data8 = data.interestYtdAmount;
      if (!(typeof data8 == "number" && isFinite(data8)) && data8 !== null) {
        let err8 = { instancePath: instancePath + "/interestYtdAmount", schemaPath: "#/properties/interestYtdAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.interestPriorYtdAmount !== void 0) {
      let data9 = data.interestPriorYtdAmount;
      if (!(typeof data9 == "number" && isFinite(data9)) && data9 !== null) {
        let err9 = { instancePath: instancePath + "/interestPriorYtdAmount", schemaPath: "#/properties/interestPriorYtdAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
    }
    if (data.maturityDate !== void 0) {
      let data10 = data.maturityDate;
      if (!(typeof data10 == "number" && !(data10 % 1) && !isNaN(data10) && isFinite(data10)) && data10 !== null) {
        let err10 = { instancePath: instancePath + "/maturityDate", schemaPath: "#/properties/maturityDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
    }
    if (data.interestRate !== void 0) {
      let data11 = data.interestRate;
      if (typeof data11 != "string" && data11 !== null) {
        let err11 = { instancePath: instancePath + "/interestRate", schemaPath: "#/properties/interestRate/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
    }
    if (data.creditAvailableAmount !== void 0) {
      let data12 = data.creditAvailableAmount;
      if (!(typeof data12 == "number" && isFinite(data12)) && data12 !== null) {
        let err12 = { instancePath: instancePath + "/creditAvailableAmount", schemaPath: "#/properties/creditAvailableAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
    }
    if (data.creditMaxAmount !== void 0) {
      let data13 = data.creditMaxAmount;
      if (!(typeof data13 == "number" && isFinite(data13)) && data13 !== null) {
        let err13 = { instancePath: instancePath + "/creditMaxAmount", schemaPath: "#/properties/creditMaxAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
      }
    }
    if (data.cashAdvanceAvailableAmount !== void 0) {
      let data14 = data.cashAdvanceAvailableAmount;
      if (!(typeof data14 == "number" && isFinite(data14)) && data14 !== null) {
        let err14 = { instancePath: instancePath + "/cashAdvanceAvailableAmount", schemaPath: "#/properties/cashAdvanceAvailableAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
      }
    }
    if (data.cashAdvanceMaxAmount !== void 0) {
      let data15 = data.cashAdvanceMaxAmount;
      if (!(typeof data15 == "number" && isFinite(data15)) && data15 !== null) {
        let err15 = { instancePath: instancePath + "/cashAdvanceMaxAmount", schemaPath: "#/properties/cashAdvanceMaxAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
      }
    }
    if (data.cashAdvanceBalance !== void 0) {
      let data16 = data.cashAdvanceBalance;
      if (!(typeof data16 == "number" && isFinite(data16)) && data16 !== null) {
        let err16 = { instancePath: instancePath + "/cashAdvanceBalance", schemaPath: "#/properties/cashAdvanceBalance/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
      }
    }
    if (data.cashAdvanceInterestRate !== void 0) {
      let data17 = data.cashAdvanceInterestRate;
      if (!(typeof data17 == "number" && isFinite(data17)) && data17 !== null) {
        let err17 = { instancePath: instancePath + "/cashAdvanceInterestRate", schemaPath: "#/properties/cashAdvanceInterestRate/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.currentBalance !== void 0) {
      let data18 = data.currentBalance;
      if (!(typeof data18 == "number" && isFinite(data18)) && data18 !== null) {
        let err18 = { instancePath: instancePath + "/currentBalance", schemaPath: "#/properties/currentBalance/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
      }
    }
    if (data.paymentMinAmount !== void 0) {
      let data19 = data.paymentMinAmount;
      if (!(typeof data19 == "number" && isFinite(data19)) && data19 !== null) {
        let err19 = { instancePath: instancePath + "/paymentMinAmount", schemaPath: "#/properties/paymentMinAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
      }
    }
    if (data.paymentDueDate !== void 0) {
      let data20 = data.paymentDueDate;
      if (!(typeof data20 == "number" && !(data20 % 1) && !isNaN(data20) && isFinite(data20)) && data20 !== null) {
        let err20 = { instancePath: instancePath + "/paymentDueDate", schemaPath: "#/properties/paymentDueDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
      }
    }
    if (data.previousBalance !== void 0) {
      let data21 = data.previousBalance;
      if (!(typeof data21 == "number" && isFinite(data21)) && data21 !== null) {
        let err21 = { instancePath: instancePath + "/previousBalance", schemaPath: "#/properties/previousBalance/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
      }
    }
    if (data.statementStartDate !== void 0) {
      let data22 = data.statementStartDate;
      if (!(typeof data22 == "number" && !(data22 % 1) && !isNaN(data22) && isFinite(data22)) && data22 !== null) {
        let err22 = { instancePath: instancePath + "/statementStartDate", schemaPath: "#/properties/statementStartDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
      }
    }
    if (data.statementEndDate !== void 0) {
      let data23 = data.statementEndDate;
      if (!(typeof data23 == "number" && !(data23 % 1) && !isNaN(data23) && isFinite(data23)) && data23 !== null) {
        let err23 = { instancePath: instancePath + "/statementEndDate", schemaPath: "#/properties/statementEndDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
      }
    }
    if (data.statementPurchaseAmount !== void 0) {
      let data24 = data.statementPurchaseAmount;
      if (!(typeof data24 == "number" && isFinite(data24)) && data24 !== null) {
        let err24 = { instancePath: instancePath + "/statementPurchaseAmount", schemaPath: "#/properties/statementPurchaseAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
      }
    }
    if (data.statementFinanceAmount !== void 0) {
      let data25 = data.statementFinanceAmount;
      if (!(typeof data25 == "number" && isFinite(data25)) && data25 !== null) {
        let err25 = { instancePath: instancePath + "/statementFinanceAmount", schemaPath: "#/properties/statementFinanceAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
      }
    }
    if (data.statementCreditAmount !== void 0) {
      let data26 = data.statementCreditAmount;
      if (!(typeof data26 == "number" && isFinite(data26)) && data26 !== null) {
        let err26 = { instancePath: instancePath + "/statementCreditAmount", schemaPath: "#/properties/statementCreditAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
      }
    }
    if (data.rewardEarnedBalance !== void 0) {
      let data27 = data.rewardEarnedBalance;
      if (!(typeof data27 == "number" && isFinite(data27)) && data27 !== null) {
        let err27 = { instancePath: instancePath + "/rewardEarnedBalance", schemaPath: "#/properties/rewardEarnedBalance/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
      }
    }
    if (data.pastDueAmount !== void 0) {
      let data28 = data.pastDueAmount;
      if (!(typeof data28 == "number" && isFinite(data28)) && data28 !== null) {
        let err28 = { instancePath: instancePath + "/pastDueAmount", schemaPath: "#/properties/pastDueAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
      }
    }
    if (data.lastPaymentAmount !== void 0) {
      let data29 = data.lastPaymentAmount;
      if (!(typeof data29 == "number" && isFinite(data29)) && data29 !== null) {
        let err29 = { instancePath: instancePath + "/lastPaymentAmount", schemaPath: "#/properties/lastPaymentAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
      }
    }
    if (data.lastPaymentDate !== void 0) {
      let data30 = data.lastPaymentDate;
      if (!(typeof data30 == "number" && !(data30 % 1) && !isNaN(data30) && isFinite(data30)) && data30 !== null) {
        let err30 = { instancePath: instancePath + "/lastPaymentDate", schemaPath: "#/properties/lastPaymentDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
      }
    }
    if (data.statementCloseBalance !== void 0) {
      let data31 = data.statementCloseBalance;
      if (!(typeof data31 == "number" && isFinite(data31)) && data31 !== null) {
        let err31 = { instancePath: instancePath + "/statementCloseBalance", schemaPath: "#/properties/statementCloseBalance/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
      }
    }
    if (data.termOfMl !== void 0) {
      let data32 = data.termOfMl;
      if (typeof data32 != "string" && data32 !== null) {
        let err32 = { instancePath: instancePath + "/termOfMl", schemaPath: "#/properties/termOfMl/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
      }
    }
    if (data.mlHolderName !== void 0) {
      let data33 = data.mlHolderName;
      if (typeof data33 != "string" && data33 !== null) {
        let err33 = { instancePath: instancePath + "/mlHolderName", schemaPath: "#/properties/mlHolderName/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
      }
    }
    if (data.description !== void 0) {
      let data34 = data.description;
      if (typeof data34 != "string" && data34 !== null) {
        let err34 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
      }
    }
    if (data.lateFeeAmount !== void 0) {
      let data35 = data.lateFeeAmount;
      if (!(typeof data35 == "number" && isFinite(data35)) && data35 !== null) {
        let err35 = { instancePath: instancePath + "/lateFeeAmount", schemaPath: "#/properties/lateFeeAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
      }
    }
    if (data.payoffAmount !== void 0) {
      let data36 = data.payoffAmount;
      if (!(typeof data36 == "number" && isFinite(data36)) && data36 !== null) {
        let err36 = { instancePath: instancePath + "/payoffAmount", schemaPath: "#/properties/payoffAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
      }
    }
    if (data.payoffAmountDate !== void 0) {
      let data37 = data.payoffAmountDate;
      if (!(typeof data37 == "number" && !(data37 % 1) && !isNaN(data37) && isFinite(data37)) && data37 !== null) {
        let err37 = { instancePath: instancePath + "/payoffAmountDate", schemaPath: "#/properties/payoffAmountDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
      }
    }
    if (data.originalMaturityDate !== void 0) {
      let data38 = data.originalMaturityDate;
      if (!(typeof data38 == "number" && !(data38 % 1) && !isNaN(data38) && isFinite(data38)) && data38 !== null) {
        let err38 = { instancePath: instancePath + "/originalMaturityDate", schemaPath: "#/properties/originalMaturityDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
      }
    }
    if (data.principalBalance !== void 0) {
      let data39 = data.principalBalance;
      if (!(typeof data39 == "number" && isFinite(data39)) && data39 !== null) {
        let err39 = { instancePath: instancePath + "/principalBalance", schemaPath: "#/properties/principalBalance/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
      }
    }
    if (data.escrowBalance !== void 0) {
      let data40 = data.escrowBalance;
      if (!(typeof data40 == "number" && isFinite(data40)) && data40 !== null) {
        let err40 = { instancePath: instancePath + "/escrowBalance", schemaPath: "#/properties/escrowBalance/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
      }
    }
    if (data.interestPeriod !== void 0) {
      let data41 = data.interestPeriod;
      if (typeof data41 != "string" && data41 !== null) {
        let err41 = { instancePath: instancePath + "/interestPeriod", schemaPath: "#/properties/interestPeriod/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
      }
    }
    if (data.initialMlAmount !== void 0) {
      let data42 = data.initialMlAmount;
      if (!(typeof data42 == "number" && isFinite(data42)) && data42 !== null) {
        let err42 = { instancePath: instancePath + "/initialMlAmount", schemaPath: "#/properties/initialMlAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
      }
    }
    if (data.initialMlDate !== void 0) {
      let data43 = data.initialMlDate;
      if (!(typeof data43 == "number" && !(data43 % 1) && !isNaN(data43) && isFinite(data43)) && data43 !== null) {
        let err43 = { instancePath: instancePath + "/initialMlDate", schemaPath: "#/properties/initialMlDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
      }
    }
    if (data.nextPaymentPrincipalAmount !== void 0) {
      let data44 = data.nextPaymentPrincipalAmount;
      if (!(typeof data44 == "number" && isFinite(data44)) && data44 !== null) {
        let err44 = { instancePath: instancePath + "/nextPaymentPrincipalAmount", schemaPath: "#/properties/nextPaymentPrincipalAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
      }
    }
    if (data.nextPaymentInterestAmount !== void 0) {
      let data45 = data.nextPaymentInterestAmount;
      if (!(typeof data45 == "number" && isFinite(data45)) && data45 !== null) {
        let err45 = { instancePath: instancePath + "/nextPaymentInterestAmount", schemaPath: "#/properties/nextPaymentInterestAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
      }
    }
    if (data.nextPayment !== void 0) {
      let data46 = data.nextPayment;
      if (!(typeof data46 == "number" && isFinite(data46)) && data46 !== null) {
        let err46 = { instancePath: instancePath + "/nextPayment", schemaPath: "#/properties/nextPayment/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
      }
    }
    if (data.nextPaymentDate !== void 0) {
      let data47 = data.nextPaymentDate;
      if (!(typeof data47 == "number" && !(data47 % 1) && !isNaN(data47) && isFinite(data47)) && data47 !== null) {
        let err47 = { instancePath: instancePath + "/nextPaymentDate", schemaPath: "#/properties/nextPaymentDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
      }
    }
    if (data.lastPaymentDueDate !== void 0) {
      let data48 = data.lastPaymentDueDate;
      if (!(typeof data48 == "number" && !(data48 % 1) && !isNaN(data48) && isFinite(data48)) && data48 !== null) {
        let err48 = { instancePath: instancePath + "/lastPaymentDueDate", schemaPath: "#/properties/lastPaymentDueDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
      }
    }
    if (data.lastPaymentReceiveDate !== void 0) {
      let data49 = data.lastPaymentReceiveDate;
      if (!(typeof data49 == "number" && !(data49 % 1) && !isNaN(data49) && isFinite(data49)) && data49 !== null) {
        let err49 = { instancePath: instancePath + "/lastPaymentReceiveDate", schemaPath: "#/properties/lastPaymentReceiveDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
      }
    }
    if (data.lastPaymentPrincipalAmount !== void 0) {
      let data50 = data.lastPaymentPrincipalAmount;
      if (!(typeof data50 == "number" && isFinite(data50)) && data50 !== null) {
        let err50 = { instancePath: instancePath + "/lastPaymentPrincipalAmount", schemaPath: "#/properties/lastPaymentPrincipalAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
      }
    }
    if (data.lastPaymentInterestAmount !== void 0) {
      let data51 = data.lastPaymentInterestAmount;
      if (!(typeof data51 == "number" && isFinite(data51)) && data51 !== null) {
        let err51 = { instancePath: instancePath + "/lastPaymentInterestAmount", schemaPath: "#/properties/lastPaymentInterestAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
      }
    }
    if (data.lastPaymentEscrowAmount !== void 0) {
      let data52 = data.lastPaymentEscrowAmount;
      if (!(typeof data52 == "number" && isFinite(data52)) && data52 !== null) {
        let err52 = { instancePath: instancePath + "/lastPaymentEscrowAmount", schemaPath: "#/properties/lastPaymentEscrowAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
      }
    }
    if (data.lastPaymentLastFeeAmount !== void 0) {
      let data53 = data.lastPaymentLastFeeAmount;
      if (!(typeof data53 == "number" && isFinite(data53)) && data53 !== null) {
        let err53 = { instancePath: instancePath + "/lastPaymentLastFeeAmount", schemaPath: "#/properties/lastPaymentLastFeeAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
      }
    }
    if (data.lastPaymentLateCharge !== void 0) {
      let data54 = data.lastPaymentLateCharge;
      if (!(typeof data54 == "number" && isFinite(data54)) && data54 !== null) {
        let err54 = { instancePath: instancePath + "/lastPaymentLateCharge", schemaPath: "#/properties/lastPaymentLateCharge/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
      }
    }
    if (data.ytdPrincipalPaid !== void 0) {
      let data55 = data.ytdPrincipalPaid;
      if (!(typeof data55 == "number" && isFinite(data55)) && data55 !== null) {
        let err55 = { instancePath: instancePath + "/ytdPrincipalPaid", schemaPath: "#/properties/ytdPrincipalPaid/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
      }
    }
    if (data.ytdInterestPaid !== void 0) {
      let data56 = data.ytdInterestPaid;
      if (!(typeof data56 == "number" && isFinite(data56)) && data56 !== null) {
        let err56 = { instancePath: instancePath + "/ytdInterestPaid", schemaPath: "#/properties/ytdInterestPaid/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
      }
    }
    if (data.ytdInsurancePaid !== void 0) {
      let data57 = data.ytdInsurancePaid;
      if (!(typeof data57 == "number" && isFinite(data57)) && data57 !== null) {
        let err57 = { instancePath: instancePath + "/ytdInsurancePaid", schemaPath: "#/properties/ytdInsurancePaid/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
      }
    }
    if (data.ytdTaxPaid !== void 0) {
      let data58 = data.ytdTaxPaid;
      if (!(typeof data58 == "number" && isFinite(data58)) && data58 !== null) {
        let err58 = { instancePath: instancePath + "/ytdTaxPaid", schemaPath: "#/properties/ytdTaxPaid/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
      }
    }
    if (data.autoPayEnrolled !== void 0) {
      let data59 = data.autoPayEnrolled;
      if (typeof data59 != "string" && data59 !== null) {
        let err59 = { instancePath: instancePath + "/autoPayEnrolled", schemaPath: "#/properties/autoPayEnrolled/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
      }
    }
    if (data.marginAllowed !== void 0) {
      let data60 = data.marginAllowed;
      if (typeof data60 != "boolean" && data60 !== null) {
        let err60 = { instancePath: instancePath + "/marginAllowed", schemaPath: "#/properties/marginAllowed/type", keyword: "type", params: { type: "boolean" } };
        vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
      }
    }
    if (data.cashAccountAllowed !== void 0) {
      let data61 = data.cashAccountAllowed;
      if (typeof data61 != "boolean" && data61 !== null) {
        let err61 = { instancePath: instancePath + "/cashAccountAllowed", schemaPath: "#/properties/cashAccountAllowed/type", keyword: "type", params: { type: "boolean" } };
        vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
      }
    }
    if (data.collateral !== void 0) {
      let data62 = data.collateral;
      if (typeof data62 != "string" && data62 !== null) {
        let err62 = { instancePath: instancePath + "/collateral", schemaPath: "#/properties/collateral/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
      }
    }
    if (data.currentSchool !== void 0) {
      let data63 = data.currentSchool;
      if (typeof data63 != "string" && data63 !== null) {
        let err63 = { instancePath: instancePath + "/currentSchool", schemaPath: "#/properties/currentSchool/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
      }
    }
    if (data.firstPaymentDate !== void 0) {
      let data64 = data.firstPaymentDate;
      if (!(typeof data64 == "number" && !(data64 % 1) && !isNaN(data64) && isFinite(data64)) && data64 !== null) {
        let err64 = { instancePath: instancePath + "/firstPaymentDate", schemaPath: "#/properties/firstPaymentDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
      }
    }
    if (data.firstMortgage !== void 0) {
      let data65 = data.firstMortgage;
      if (typeof data65 != "string" && data65 !== null) {
        let err65 = { instancePath: instancePath + "/firstMortgage", schemaPath: "#/properties/firstMortgage/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
      }
    }
    if (data.loanPaymentFreq !== void 0) {
      let data66 = data.loanPaymentFreq;
      if (typeof data66 != "string" && data66 !== null) {
        let err66 = { instancePath: instancePath + "/loanPaymentFreq", schemaPath: "#/properties/loanPaymentFreq/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
      }
    }
    if (data.originalSchool !== void 0) {
      let data67 = data.originalSchool;
      if (typeof data67 != "string" && data67 !== null) {
        let err67 = { instancePath: instancePath + "/originalSchool", schemaPath: "#/properties/originalSchool/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
      }
    }
    if (data.recurringPaymentAmount !== void 0) {
      let data68 = data.recurringPaymentAmount;
      if (!(typeof data68 == "number" && isFinite(data68)) && data68 !== null) {
        let err68 = { instancePath: instancePath + "/recurringPaymentAmount", schemaPath: "#/properties/recurringPaymentAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
      }
    }
    if (data.lender !== void 0) {
      let data69 = data.lender;
      if (typeof data69 != "string" && data69 !== null) {
        let err69 = { instancePath: instancePath + "/lender", schemaPath: "#/properties/lender/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
      }
    }
    if (data.endingBalanceAmount !== void 0) {
      let data70 = data.endingBalanceAmount;
      if (!(typeof data70 == "number" && isFinite(data70)) && data70 !== null) {
        let err70 = { instancePath: instancePath + "/endingBalanceAmount", schemaPath: "#/properties/endingBalanceAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
      }
    }
    if (data.loanTermType !== void 0) {
      let data71 = data.loanTermType;
      if (typeof data71 != "string" && data71 !== null) {
        let err71 = { instancePath: instancePath + "/loanTermType", schemaPath: "#/properties/loanTermType/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
      }
    }
    if (data.paymentsMade !== void 0) {
      let data72 = data.paymentsMade;
      if (!(typeof data72 == "number" && !(data72 % 1) && !isNaN(data72) && isFinite(data72)) && data72 !== null) {
        let err72 = { instancePath: instancePath + "/paymentsMade", schemaPath: "#/properties/paymentsMade/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
      }
    }
    if (data.balloonAmount !== void 0) {
      let data73 = data.balloonAmount;
      if (!(typeof data73 == "number" && isFinite(data73)) && data73 !== null) {
        let err73 = { instancePath: instancePath + "/balloonAmount", schemaPath: "#/properties/balloonAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
      }
    }
    if (data.projectedInterest !== void 0) {
      let data74 = data.projectedInterest;
      if (!(typeof data74 == "number" && isFinite(data74)) && data74 !== null) {
        let err74 = { instancePath: instancePath + "/projectedInterest", schemaPath: "#/properties/projectedInterest/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
      }
    }
    if (data.interestPaidLtd !== void 0) {
      let data75 = data.interestPaidLtd;
      if (!(typeof data75 == "number" && isFinite(data75)) && data75 !== null) {
        let err75 = { instancePath: instancePath + "/interestPaidLtd", schemaPath: "#/properties/interestPaidLtd/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
      }
    }
    if (data.interestRateType !== void 0) {
      let data76 = data.interestRateType;
      if (typeof data76 != "string" && data76 !== null) {
        let err76 = { instancePath: instancePath + "/interestRateType", schemaPath: "#/properties/interestRateType/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
      }
    }
    if (data.loanPaymentType !== void 0) {
      let data77 = data.loanPaymentType;
      if (typeof data77 != "string" && data77 !== null) {
        let err77 = { instancePath: instancePath + "/loanPaymentType", schemaPath: "#/properties/loanPaymentType/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
      }
    }
    if (data.repaymentPlan !== void 0) {
      let data78 = data.repaymentPlan;
      if (typeof data78 != "string" && data78 !== null) {
        let err78 = { instancePath: instancePath + "/repaymentPlan", schemaPath: "#/properties/repaymentPlan/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
      }
    }
    if (data.paymentsRemaining !== void 0) {
      let data79 = data.paymentsRemaining;
      if (!(typeof data79 == "number" && !(data79 % 1) && !isNaN(data79) && isFinite(data79)) && data79 !== null) {
        let err79 = { instancePath: instancePath + "/paymentsRemaining", schemaPath: "#/properties/paymentsRemaining/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
      }
    }
    if (data.marginBalance !== void 0) {
      let data80 = data.marginBalance;
      if (!(typeof data80 == "number" && isFinite(data80)) && data80 !== null) {
        let err80 = { instancePath: instancePath + "/marginBalance", schemaPath: "#/properties/marginBalance/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
      }
    }
    if (data.shortBalance !== void 0) {
      let data81 = data.shortBalance;
      if (!(typeof data81 == "number" && isFinite(data81)) && data81 !== null) {
        let err81 = { instancePath: instancePath + "/shortBalance", schemaPath: "#/properties/shortBalance/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
      }
    }
    if (data.availableCashBalance !== void 0) {
      let data82 = data.availableCashBalance;
      if (!(typeof data82 == "number" && isFinite(data82)) && data82 !== null) {
        let err82 = { instancePath: instancePath + "/availableCashBalance", schemaPath: "#/properties/availableCashBalance/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
      }
    }
    if (data.maturityValueAmount !== void 0) {
      let data83 = data.maturityValueAmount;
      if (!(typeof data83 == "number" && isFinite(data83)) && data83 !== null) {
        let err83 = { instancePath: instancePath + "/maturityValueAmount", schemaPath: "#/properties/maturityValueAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
      }
    }
    if (data.vestedBalance !== void 0) {
      let data84 = data.vestedBalance;
      if (!(typeof data84 == "number" && isFinite(data84)) && data84 !== null) {
        let err84 = { instancePath: instancePath + "/vestedBalance", schemaPath: "#/properties/vestedBalance/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
      }
    }
    if (data.empMatchAmount !== void 0) {
      let data85 = data.empMatchAmount;
      if (!(typeof data85 == "number" && isFinite(data85)) && data85 !== null) {
        let err85 = { instancePath: instancePath + "/empMatchAmount", schemaPath: "#/properties/empMatchAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
      }
    }
    if (data.empPretaxContribAmount !== void 0) {
      let data86 = data.empPretaxContribAmount;
      if (!(typeof data86 == "number" && isFinite(data86)) && data86 !== null) {
        let err86 = { instancePath: instancePath + "/empPretaxContribAmount", schemaPath: "#/properties/empPretaxContribAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
      }
    }
    if (data.empPretaxContribAmountYtd !== void 0) {
      let data87 = data.empPretaxContribAmountYtd;
      if (!(typeof data87 == "number" && isFinite(data87)) && data87 !== null) {
        let err87 = { instancePath: instancePath + "/empPretaxContribAmountYtd", schemaPath: "#/properties/empPretaxContribAmountYtd/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
      }
    }
    if (data.contribTotalYtd !== void 0) {
      let data88 = data.contribTotalYtd;
      if (!(typeof data88 == "number" && isFinite(data88)) && data88 !== null) {
        let err88 = { instancePath: instancePath + "/contribTotalYtd", schemaPath: "#/properties/contribTotalYtd/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
      }
    }
    if (data.cashBalanceAmount !== void 0) {
      let data89 = data.cashBalanceAmount;
      if (!(typeof data89 == "number" && isFinite(data89)) && data89 !== null) {
        let err89 = { instancePath: instancePath + "/cashBalanceAmount", schemaPath: "#/properties/cashBalanceAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
      }
    }
    if (data.preTaxAmount !== void 0) {
      let data90 = data.preTaxAmount;
      if (!(typeof data90 == "number" && isFinite(data90)) && data90 !== null) {
        let err90 = { instancePath: instancePath + "/preTaxAmount", schemaPath: "#/properties/preTaxAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
      }
    }
    if (data.afterTaxAmount !== void 0) {
      let data91 = data.afterTaxAmount;
      if (!(typeof data91 == "number" && isFinite(data91)) && data91 !== null) {
        let err91 = { instancePath: instancePath + "/afterTaxAmount", schemaPath: "#/properties/afterTaxAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
      }
    }
    if (data.matchAmount !== void 0) {
      let data92 = data.matchAmount;
      if (!(typeof data92 == "number" && isFinite(data92)) && data92 !== null) {
        let err92 = { instancePath: instancePath + "/matchAmount", schemaPath: "#/properties/matchAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
      }
    }
    if (data.profitSharingAmount !== void 0) {
      let data93 = data.profitSharingAmount;
      if (!(typeof data93 == "number" && isFinite(data93)) && data93 !== null) {
        let err93 = { instancePath: instancePath + "/profitSharingAmount", schemaPath: "#/properties/profitSharingAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
      }
    }
    if (data.rolloverAmount !== void 0) {
      let data94 = data.rolloverAmount;
      if (!(typeof data94 == "number" && isFinite(data94)) && data94 !== null) {
        let err94 = { instancePath: instancePath + "/rolloverAmount", schemaPath: "#/properties/rolloverAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
      }
    }
    if (data.otherVestAmount !== void 0) {
      let data95 = data.otherVestAmount;
      if (!(typeof data95 == "number" && isFinite(data95)) && data95 !== null) {
        let err95 = { instancePath: instancePath + "/otherVestAmount", schemaPath: "#/properties/otherVestAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
      }
    }
    if (data.otherNonvestAmount !== void 0) {
      let data96 = data.otherNonvestAmount;
      if (!(typeof data96 == "number" && isFinite(data96)) && data96 !== null) {
        let err96 = { instancePath: instancePath + "/otherNonvestAmount", schemaPath: "#/properties/otherNonvestAmount/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
      }
    }
    if (data.currentLoanBalance !== void 0) {
      let data97 = data.currentLoanBalance;
      if (!(typeof data97 == "number" && isFinite(data97)) && data97 !== null) {
        let err97 = { instancePath: instancePath + "/currentLoanBalance", schemaPath: "#/properties/currentLoanBalance/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
      }
    }
    if (data.loanRate !== void 0) {
      let data98 = data.loanRate;
      if (!(typeof data98 == "number" && isFinite(data98)) && data98 !== null) {
        let err98 = { instancePath: instancePath + "/loanRate", schemaPath: "#/properties/loanRate/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
      }
    }
    if (data.buyPower !== void 0) {
      let data99 = data.buyPower;
      if (!(typeof data99 == "number" && isFinite(data99)) && data99 !== null) {
        let err99 = { instancePath: instancePath + "/buyPower", schemaPath: "#/properties/buyPower/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
      }
    }
    if (data.rolloverLtd !== void 0) {
      let data100 = data.rolloverLtd;
      if (!(typeof data100 == "number" && isFinite(data100)) && data100 !== null) {
        let err100 = { instancePath: instancePath + "/rolloverLtd", schemaPath: "#/properties/rolloverLtd/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
      }
    }
    if (data.loanAwardId !== void 0) {
      let data101 = data.loanAwardId;
      if (typeof data101 != "string" && data101 !== null) {
        let err101 = { instancePath: instancePath + "/loanAwardId", schemaPath: "#/properties/loanAwardId/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
      }
    }
    if (data.originalInterestRate !== void 0) {
      let data102 = data.originalInterestRate;
      if (!(typeof data102 == "number" && isFinite(data102)) && data102 !== null) {
        let err102 = { instancePath: instancePath + "/originalInterestRate", schemaPath: "#/properties/originalInterestRate/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
      }
    }
    if (data.guarantor !== void 0) {
      let data103 = data.guarantor;
      if (typeof data103 != "string" && data103 !== null) {
        let err103 = { instancePath: instancePath + "/guarantor", schemaPath: "#/properties/guarantor/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
      }
    }
    if (data.owner !== void 0) {
      let data104 = data.owner;
      if (typeof data104 != "string" && data104 !== null) {
        let err104 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
      }
    }
    if (data.interestSubsidyType !== void 0) {
      let data105 = data.interestSubsidyType;
      if (typeof data105 != "string" && data105 !== null) {
        let err105 = { instancePath: instancePath + "/interestSubsidyType", schemaPath: "#/properties/interestSubsidyType/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
      }
    }
    if (data.interestBalance !== void 0) {
      let data106 = data.interestBalance;
      if (!(typeof data106 == "number" && isFinite(data106)) && data106 !== null) {
        let err106 = { instancePath: instancePath + "/interestBalance", schemaPath: "#/properties/interestBalance/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
      }
    }
    if (data.remainingTermOfMl !== void 0) {
      let data107 = data.remainingTermOfMl;
      if (!(typeof data107 == "number" && isFinite(data107)) && data107 !== null) {
        let err107 = { instancePath: instancePath + "/remainingTermOfMl", schemaPath: "#/properties/remainingTermOfMl/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
      }
    }
    if (data.initialInterestRate !== void 0) {
      let data108 = data.initialInterestRate;
      if (!(typeof data108 == "number" && isFinite(data108)) && data108 !== null) {
        let err108 = { instancePath: instancePath + "/initialInterestRate", schemaPath: "#/properties/initialInterestRate/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++;
      }
    }
    if (data.feesBalance !== void 0) {
      let data109 = data.feesBalance;
      if (!(typeof data109 == "number" && isFinite(data109)) && data109 !== null) {
        let err109 = { instancePath: instancePath + "/feesBalance", schemaPath: "#/properties/feesBalance/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
      }
    }
    if (data.loanYtdInterestPaid !== void 0) {
      let data110 = data.loanYtdInterestPaid;
      if (!(typeof data110 == "number" && isFinite(data110)) && data110 !== null) {
        let err110 = { instancePath: instancePath + "/loanYtdInterestPaid", schemaPath: "#/properties/loanYtdInterestPaid/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
      }
    }
    if (data.loanYtdFeesPaid !== void 0) {
      let data111 = data.loanYtdFeesPaid;
      if (!(typeof data111 == "number" && isFinite(data111)) && data111 !== null) {
        let err111 = { instancePath: instancePath + "/loanYtdFeesPaid", schemaPath: "#/properties/loanYtdFeesPaid/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
      }
    }
    if (data.loanYtdPrincipalPaid !== void 0) {
      let data112 = data.loanYtdPrincipalPaid;
      if (!(typeof data112 == "number" && isFinite(data112)) && data112 !== null) {
        let err112 = { instancePath: instancePath + "/loanYtdPrincipalPaid", schemaPath: "#/properties/loanYtdPrincipalPaid/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
      }
    }
    if (data.loanStatus !== void 0) {
      let data113 = data.loanStatus;
      if (typeof data113 != "string" && data113 !== null) {
        let err113 = { instancePath: instancePath + "/loanStatus", schemaPath: "#/properties/loanStatus/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
      }
    }
    if (data.loanStatusStartDate !== void 0) {
      let data114 = data.loanStatusStartDate;
      if (!(typeof data114 == "number" && !(data114 % 1) && !isNaN(data114) && isFinite(data114)) && data114 !== null) {
        let err114 = { instancePath: instancePath + "/loanStatusStartDate", schemaPath: "#/properties/loanStatusStartDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
      }
    }
    if (data.loanStatusEndDate !== void 0) {
      let data115 = data.loanStatusEndDate;
      if (!(typeof data115 == "number" && !(data115 % 1) && !isNaN(data115) && isFinite(data115)) && data115 !== null) {
        let err115 = { instancePath: instancePath + "/loanStatusEndDate", schemaPath: "#/properties/loanStatusEndDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
      }
    }
    if (data.weightedInterestRate !== void 0) {
      let data116 = data.weightedInterestRate;
      if (!(typeof data116 == "number" && isFinite(data116)) && data116 !== null) {
        let err116 = { instancePath: instancePath + "/weightedInterestRate", schemaPath: "#/properties/weightedInterestRate/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
      }
    }
    if (data.repaymentPlanStartDate !== void 0) {
      let data117 = data.repaymentPlanStartDate;
      if (!(typeof data117 == "number" && !(data117 % 1) && !isNaN(data117) && isFinite(data117)) && data117 !== null) {
        let err117 = { instancePath: instancePath + "/repaymentPlanStartDate", schemaPath: "#/properties/repaymentPlanStartDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
      }
    }
    if (data.repaymentPlanEndDate !== void 0) {
      let data118 = data.repaymentPlanEndDate;
      if (!(typeof data118 == "number" && !(data118 % 1) && !isNaN(data118) && isFinite(data118)) && data118 !== null) {
        let err118 = { instancePath: instancePath + "/repaymentPlanEndDate", schemaPath: "#/properties/repaymentPlanEndDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++;
      }
    }
    if (data.expectedPayoffDate !== void 0) {
      let data119 = data.expectedPayoffDate;
      if (!(typeof data119 == "number" && !(data119 % 1) && !isNaN(data119) && isFinite(data119)) && data119 !== null) {
        let err119 = { instancePath: instancePath + "/expectedPayoffDate", schemaPath: "#/properties/expectedPayoffDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err119] : vErrors.push(err119), errors++;
      }
    }
    if (data.outOfSchoolDate !== void 0) {
      let data120 = data.outOfSchoolDate;
      if (!(typeof data120 == "number" && !(data120 % 1) && !isNaN(data120) && isFinite(data120)) && data120 !== null) {
        let err120 = { instancePath: instancePath + "/outOfSchoolDate", schemaPath: "#/properties/outOfSchoolDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
      }
    }
    if (data.convertToRepayment !== void 0) {
      let data121 = data.convertToRepayment;
      if (!(typeof data121 == "number" && !(data121 % 1) && !isNaN(data121) && isFinite(data121)) && data121 !== null) {
        let err121 = { instancePath: instancePath + "/convertToRepayment", schemaPath: "#/properties/convertToRepayment/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err121] : vErrors.push(err121), errors++;
      }
    }
    if (data.daysDelinquent !== void 0) {
      let data122 = data.daysDelinquent;
      if (!(typeof data122 == "number" && !(data122 % 1) && !isNaN(data122) && isFinite(data122)) && data122 !== null) {
        let err122 = { instancePath: instancePath + "/daysDelinquent", schemaPath: "#/properties/daysDelinquent/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err122] : vErrors.push(err122), errors++;
      }
    }
    if (data.totalPrincipalPaid !== void 0) {
      let data123 = data.totalPrincipalPaid;
      if (!(typeof data123 == "number" && isFinite(data123)) && data123 !== null) {
        let err123 = { instancePath: instancePath + "/totalPrincipalPaid", schemaPath: "#/properties/totalPrincipalPaid/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err123] : vErrors.push(err123), errors++;
      }
    }
    if (data.totalInterestPaid !== void 0) {
      let data124 = data.totalInterestPaid;
      if (!(typeof data124 == "number" && isFinite(data124)) && data124 !== null) {
        let err124 = { instancePath: instancePath + "/totalInterestPaid", schemaPath: "#/properties/totalInterestPaid/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err124] : vErrors.push(err124), errors++;
      }
    }
    if (data.totalAmountPaid !== void 0) {
      let data125 = data.totalAmountPaid;
      if (!(typeof data125 == "number" && isFinite(data125)) && data125 !== null) {
        let err125 = { instancePath: instancePath + "/totalAmountPaid", schemaPath: "#/properties/totalAmountPaid/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err125] : vErrors.push(err125), errors++;
      }
    }
    if (data.statementCloseDate !== void 0) {
      let data126 = data.statementCloseDate;
      if (!(typeof data126 == "number" && !(data126 % 1) && !isNaN(data126) && isFinite(data126)) && data126 !== null) {
        let err126 = { instancePath: instancePath + "/statementCloseDate", schemaPath: "#/properties/statementCloseDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err126] : vErrors.push(err126), errors++;
      }
    }
    if (data.loanTypeDesc !== void 0) {
      let data127 = data.loanTypeDesc;
      if (typeof data127 != "string" && data127 !== null) {
        let err127 = { instancePath: instancePath + "/loanTypeDesc", schemaPath: "#/properties/loanTypeDesc/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err127] : vErrors.push(err127), errors++;
      }
    }
  } else {
    let err128 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err128] : vErrors.push(err128), errors++;
  }
  return validate32.errors = vErrors, errors === 0;
}
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id !== void 0) {
      let data0 = data.id;
      if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0) && isFinite(data0)) && data0 !== null) {
        let err0 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 != "string" && data1 !== null) {
        let err1 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
    }
    if (data.symbol !== void 0) {
      let data2 = data.symbol;
      if (typeof data2 != "string" && data2 !== null) {
        let err2 = { instancePath: instancePath + "/symbol", schemaPath: "#/properties/symbol/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    }
    if (data.units !== void 0) {
      let data3 = data.units;
      if (!(typeof data3 == "number" && isFinite(data3)) && data3 !== null) {
        let err3 = { instancePath: instancePath + "/units", schemaPath: "#/properties/units/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    if (data.currentPrice !== void 0) {
      let data4 = data.currentPrice;
      if (!(typeof data4 == "number" && isFinite(data4)) && data4 !== null) {
        let err4 = { instancePath: instancePath + "/currentPrice", schemaPath: "#/properties/currentPrice/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.securityName !== void 0) {
      let data5 = data.securityName;
      if (typeof data5 != "string" && data5 !== null) {
        let err5 = { instancePath: instancePath + "/securityName", schemaPath: "#/properties/securityName/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.transactionType !== void 0) {
      let data6 = data.transactionType;
      if (typeof data6 != "string" && data6 !== null) {
        let err6 = { instancePath: instancePath + "/transactionType", schemaPath: "#/properties/transactionType/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.marketValue !== void 0) {
      let data7 = data.marketValue;
      if (!(typeof data7 == "number" && isFinite(data7)) && data7 !== null) {
        let err7 = { instancePath: instancePath + "/marketValue", schemaPath: "#/properties/marketValue/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.changePercent !== void 0) {
      let data8 = data.changePercent;
      if (!(typeof data8 == "number" && isFinite(data8)) && data8 !== null) {
        let err8 = { instancePath: instancePath + "/changePercent", schemaPath: "#/properties/changePercent/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.dailyChange !== void 0) {
      let data9 = data.dailyChange;
      if (!(typeof data9 == "number" && isFinite(data9)) && data9 !== null) {
        let err9 = { instancePath: instancePath + "/dailyChange", schemaPath: "#/properties/dailyChange/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
    }
    if (data.costBasis !== void 0) {
      let data10 = data.costBasis;
      if (!(typeof data10 == "number" && isFinite(data10)) && data10 !== null) {
        let err10 = { instancePath: instancePath + "/costBasis", schemaPath: "#/properties/costBasis/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
    }
    if (data.paidPrice !== void 0) {
      let data11 = data.paidPrice;
      if (!(typeof data11 == "number" && isFinite(data11)) && data11 !== null) {
        let err11 = { instancePath: instancePath + "/paidPrice", schemaPath: "#/properties/paidPrice/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
    }
    if (data.holdType !== void 0) {
      let data12 = data.holdType;
      if (typeof data12 != "string" && data12 !== null) {
        let err12 = { instancePath: instancePath + "/holdType", schemaPath: "#/properties/holdType/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
    }
    if (data.invSecurityType !== void 0) {
      let data13 = data.invSecurityType;
      if (typeof data13 != "string" && data13 !== null) {
        let err13 = { instancePath: instancePath + "/invSecurityType", schemaPath: "#/properties/invSecurityType/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
      }
    }
    if (data.status !== void 0) {
      let data14 = data.status;
      if (typeof data14 != "string" && data14 !== null) {
        let err14 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
      }
    }
    if (data.currentPriceDate !== void 0) {
      let data15 = data.currentPriceDate;
      if (!(typeof data15 == "number" && !(data15 % 1) && !isNaN(data15) && isFinite(data15)) && data15 !== null) {
        let err15 = { instancePath: instancePath + "/currentPriceDate", schemaPath: "#/properties/currentPriceDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
      }
    }
    if (data.securityType !== void 0) {
      let data16 = data.securityType;
      if (typeof data16 != "string" && data16 !== null) {
        let err16 = { instancePath: instancePath + "/securityType", schemaPath: "#/properties/securityType/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
      }
    }
    if (data.mfType !== void 0) {
      let data17 = data.mfType;
      if (typeof data17 != "string" && data17 !== null) {
        let err17 = { instancePath: instancePath + "/mfType", schemaPath: "#/properties/mfType/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.posType !== void 0) {
      let data18 = data.posType;
      if (typeof data18 != "string" && data18 !== null) {
        let err18 = { instancePath: instancePath + "/posType", schemaPath: "#/properties/posType/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
      }
    }
    if (data.totalGLDollar !== void 0) {
      let data19 = data.totalGLDollar;
      if (!(typeof data19 == "number" && isFinite(data19)) && data19 !== null) {
        let err19 = { instancePath: instancePath + "/totalGLDollar", schemaPath: "#/properties/totalGLDollar/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
      }
    }
    if (data.totalGLPercent !== void 0) {
      let data20 = data.totalGLPercent;
      if (!(typeof data20 == "number" && isFinite(data20)) && data20 !== null) {
        let err20 = { instancePath: instancePath + "/totalGLPercent", schemaPath: "#/properties/totalGLPercent/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
      }
    }
    if (data.optionStrikePrice !== void 0) {
      let data21 = data.optionStrikePrice;
      if (!(typeof data21 == "number" && isFinite(data21)) && data21 !== null) {
        let err21 = { instancePath: instancePath + "/optionStrikePrice", schemaPath: "#/properties/optionStrikePrice/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
      }
    }
    if (data.optionType !== void 0) {
      let data22 = data.optionType;
      if (typeof data22 != "string" && data22 !== null) {
        let err22 = { instancePath: instancePath + "/optionType", schemaPath: "#/properties/optionType/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
      }
    }
    if (data.optionSharesPerContract !== void 0) {
      let data23 = data.optionSharesPerContract;
      if (!(typeof data23 == "number" && isFinite(data23)) && data23 !== null) {
        let err23 = { instancePath: instancePath + "/optionSharesPerContract", schemaPath: "#/properties/optionSharesPerContract/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
      }
    }
    if (data.optionExpireDate !== void 0) {
      let data24 = data.optionExpireDate;
      if (typeof data24 != "string" && data24 !== null) {
        let err24 = { instancePath: instancePath + "/optionExpireDate", schemaPath: "#/properties/optionExpireDate/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
      }
      if (typeof data24 == "string" && !pattern0.test(data24)) {
        let err25 = { instancePath: instancePath + "/optionExpireDate", schemaPath: "#/properties/optionExpireDate/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" } };
        vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
      }
    }
    if (data.fiAssetClass !== void 0) {
      let data25 = data.fiAssetClass;
      if (typeof data25 != "string" && data25 !== null) {
        let err26 = { instancePath: instancePath + "/fiAssetClass", schemaPath: "#/properties/fiAssetClass/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
      }
    }
    if (data.assetClass !== void 0) {
      let data26 = data.assetClass;
      if (typeof data26 != "string" && data26 !== null) {
        let err27 = { instancePath: instancePath + "/assetClass", schemaPath: "#/properties/assetClass/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
      }
    }
    if (data.currencyRate !== void 0) {
      let data27 = data.currencyRate;
      if (!(typeof data27 == "number" && isFinite(data27)) && data27 !== null) {
        let err28 = { instancePath: instancePath + "/currencyRate", schemaPath: "#/properties/currencyRate/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
      }
    }
    if (data.securityId !== void 0) {
      let data28 = data.securityId;
      if (typeof data28 != "string" && data28 !== null) {
        let err29 = { instancePath: instancePath + "/securityId", schemaPath: "#/properties/securityId/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
      }
    }
    if (data.securityIdType !== void 0) {
      let data29 = data.securityIdType;
      if (typeof data29 != "string" && data29 !== null) {
        let err30 = { instancePath: instancePath + "/securityIdType", schemaPath: "#/properties/securityIdType/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
      }
    }
    if (data.costBasisPerShare !== void 0) {
      let data30 = data.costBasisPerShare;
      if (!(typeof data30 == "number" && isFinite(data30)) && data30 !== null) {
        let err31 = { instancePath: instancePath + "/costBasisPerShare", schemaPath: "#/properties/costBasisPerShare/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
      }
    }
    if (data.subAccountType !== void 0) {
      let data31 = data.subAccountType;
      if (typeof data31 != "string" && data31 !== null) {
        let err32 = { instancePath: instancePath + "/subAccountType", schemaPath: "#/properties/subAccountType/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
      }
    }
    if (data.securityCurrency !== void 0) {
      let data32 = data.securityCurrency;
      if (typeof data32 != "string" && data32 !== null) {
        let err33 = { instancePath: instancePath + "/securityCurrency", schemaPath: "#/properties/securityCurrency/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
      }
    }
    if (data.todayGLDollar !== void 0) {
      let data33 = data.todayGLDollar;
      if (!(typeof data33 == "number" && isFinite(data33)) && data33 !== null) {
        let err34 = { instancePath: instancePath + "/todayGLDollar", schemaPath: "#/properties/todayGLDollar/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
      }
    }
    if (data.todayGLPercent !== void 0) {
      let data34 = data.todayGLPercent;
      if (!(typeof data34 == "number" && isFinite(data34)) && data34 !== null) {
        let err35 = { instancePath: instancePath + "/todayGLPercent", schemaPath: "#/properties/todayGLPercent/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
      }
    }
  } else {
    let err36 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
  }
  return validate34.errors = vErrors, errors === 0;
}
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.accountNumberDisplay === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accountNumberDisplay" } };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.name === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.number === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "number" } };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    if (data.type === void 0) {
      let err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
    }
    if (data.status === void 0) {
      let err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" } };
      vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
    }
    if (data.customerId === void 0) {
      let err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "customerId" } };
      vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
    }
    if (data.institutionId === void 0) {
      let err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "institutionId" } };
      vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
    }
    if (data.createdDate === void 0) {
      let err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "createdDate" } };
      vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
    }
    if (data.currency === void 0) {
      let err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "currency" } };
      vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
    }
    if (data.institutionLoginId === void 0) {
      let err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "institutionLoginId" } };
      vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
    }
    if (data.id !== void 0 && typeof data.id != "string") {
      let err11 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" } };
      vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
    }
    if (data.number !== void 0 && typeof data.number != "string") {
      let err12 = { instancePath: instancePath + "/number", schemaPath: "#/properties/number/type", keyword: "type", params: { type: "string" } };
      vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
    }
    if (data.accountNumberDisplay !== void 0 && typeof data.accountNumberDisplay != "string") {
      let err13 = { instancePath: instancePath + "/accountNumberDisplay", schemaPath: "#/properties/accountNumberDisplay/type", keyword: "type", params: { type: "string" } };
      vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
    }
    if (data.realAccountNumberLast4 !== void 0) {
      let data3 = data.realAccountNumberLast4;
      if (typeof data3 != "string" && data3 !== null) {
        let err14 = { instancePath: instancePath + "/realAccountNumberLast4", schemaPath: "#/properties/realAccountNumberLast4/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
      }
    }
    if (data.name !== void 0 && typeof data.name != "string") {
      let err15 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" } };
      vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
    }
    if (data.accountNickname !== void 0) {
      let data5 = data.accountNickname;
      if (typeof data5 != "string" && data5 !== null) {
        let err16 = { instancePath: instancePath + "/accountNickname", schemaPath: "#/properties/accountNickname/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
      }
    }
    if (data.balance !== void 0) {
      let data6 = data.balance;
      if (!(typeof data6 == "number" && isFinite(data6)) && data6 !== null) {
        let err17 = { instancePath: instancePath + "/balance", schemaPath: "#/properties/balance/type", keyword: "type", params: { type: "number" } };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.type !== void 0 && typeof data.type != "string") {
      let err18 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" } };
      vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
    }
    if (data.aggregationStatusCode !== void 0) {
      let data8 = data.aggregationStatusCode;
      if (!(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8) && isFinite(data8)) && data8 !== null) {
        let err19 = { instancePath: instancePath + "/aggregationStatusCode", schemaPath: "#/properties/aggregationStatusCode/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
      }
    }
    if (data.status !== void 0 && typeof data.status != "string") {
      let err20 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" } };
      vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
    }
    if (data.customerId !== void 0 && typeof data.customerId != "string") {
      let err21 = { instancePath: instancePath + "/customerId", schemaPath: "#/properties/customerId/type", keyword: "type", params: { type: "string" } };
      vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
    }
    if (data.institutionId !== void 0 && typeof data.institutionId != "string") {
      let err22 = { instancePath: instancePath + "/institutionId", schemaPath: "#/properties/institutionId/type", keyword: "type", params: { type: "string" } };
      vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
    }
    if (data.balanceDate !== void 0) {
      let data12 = data.balanceDate;
      if (!(typeof data12 == "number" && !(data12 % 1) && !isNaN(data12) && isFinite(data12)) && data12 !== null) {
        let err23 = { instancePath: instancePath + "/balanceDate", schemaPath: "#/properties/balanceDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
      }
    }
    if (data.aggregationSuccessDate !== void 0) {
      let data13 = data.aggregationSuccessDate;
      if (!(typeof data13 == "number" && !(data13 % 1) && !isNaN(data13) && isFinite(data13)) && data13 !== null) {
        let err24 = { instancePath: instancePath + "/aggregationSuccessDate", schemaPath: "#/properties/aggregationSuccessDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
      }
    }
    if (data.aggregationAttemptDate !== void 0) {
      let data14 = data.aggregationAttemptDate;
      if (!(typeof data14 == "number" && !(data14 % 1) && !isNaN(data14) && isFinite(data14)) && data14 !== null) {
        let err25 = { instancePath: instancePath + "/aggregationAttemptDate", schemaPath: "#/properties/aggregationAttemptDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
      }
    }
    if (data.createdDate !== void 0) {
      let data15 = data.createdDate;
      if (!(typeof data15 == "number" && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
        let err26 = { instancePath: instancePath + "/createdDate", schemaPath: "#/properties/createdDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
      }
    }
    if (data.lastUpdatedDate !== void 0) {
      let data16 = data.lastUpdatedDate;
      if (!(typeof data16 == "number" && !(data16 % 1) && !isNaN(data16) && isFinite(data16)) && data16 !== null) {
        let err27 = { instancePath: instancePath + "/lastUpdatedDate", schemaPath: "#/properties/lastUpdatedDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
      }
    }
    if (data.marketSegment !== void 0) {
      let data17 = data.marketSegment;
      if (typeof data17 != "string" && data17 !== null) {
        let err28 = { instancePath: instancePath + "/marketSegment", schemaPath: "#/properties/marketSegment/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
      }
    }
    if (data.currency !== void 0 && typeof data.currency != "string") {
      let err29 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/type", keyword: "type", params: { type: "string" } };
      vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
    }
    if (data.lastTransactionDate !== void 0) {
      let data19 = data.lastTransactionDate;
      if (!(typeof data19 == "number" && !(data19 % 1) && !isNaN(data19) && isFinite(data19)) && data19 !== null) {
        let err30 = { instancePath: instancePath + "/lastTransactionDate", schemaPath: "#/properties/lastTransactionDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
      }
    }
    if (data.oldestTransactionDate !== void 0) {
      let data20 = data.oldestTransactionDate;
      if (!(typeof data20 == "number" && !(data20 % 1) && !isNaN(data20) && isFinite(data20)) && data20 !== null) {
        let err31 = { instancePath: instancePath + "/oldestTransactionDate", schemaPath: "#/properties/oldestTransactionDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
      }
    }
    if (data.institutionLoginId !== void 0) {
      let data21 = data.institutionLoginId;
      if (!(typeof data21 == "number" && !(data21 % 1) && !isNaN(data21) && isFinite(data21))) {
        let err32 = { instancePath: instancePath + "/institutionLoginId", schemaPath: "#/properties/institutionLoginId/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
      }
    }
    if (data.authorizationStartDate !== void 0) {
      let data22 = data.authorizationStartDate;
      if (!(typeof data22 == "number" && !(data22 % 1) && !isNaN(data22) && isFinite(data22)) && data22 !== null) {
        let err33 = { instancePath: instancePath + "/authorizationStartDate", schemaPath: "#/properties/authorizationStartDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
      }
    }
    if (data.authorizationEndDate !== void 0) {
      let data23 = data.authorizationEndDate;
      if (!(typeof data23 == "number" && !(data23 % 1) && !isNaN(data23) && isFinite(data23)) && data23 !== null) {
        let err34 = { instancePath: instancePath + "/authorizationEndDate", schemaPath: "#/properties/authorizationEndDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
      }
    }
    if (data.authorizationExpires !== void 0) {
      let data24 = data.authorizationExpires;
      if (typeof data24 != "boolean" && data24 !== null) {
        let err35 = { instancePath: instancePath + "/authorizationExpires", schemaPath: "#/properties/authorizationExpires/type", keyword: "type", params: { type: "boolean" } };
        vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
      }
    }
    if (data.detail !== void 0 && (validate32(data.detail, { instancePath: instancePath + "/detail", parentData: data, parentDataProperty: "detail", rootData }) || (vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors), errors = vErrors.length)), data.position !== void 0) {
      let data26 = data.position;
      if (!Array.isArray(data26) && data26 !== null) {
        let err36 = { instancePath: instancePath + "/position", schemaPath: "#/properties/position/type", keyword: "type", params: { type: "array" } };
        vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
      }
      if (Array.isArray(data26)) {
        let len0 = data26.length;
        for (let i0 = 0; i0 < len0; i0++)
          validate34(data26[i0], { instancePath: instancePath + "/position/" + i0, parentData: data26, parentDataProperty: i0, rootData }) || (vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors), errors = vErrors.length);
      }
    }
    if (data.displayPosition !== void 0) {
      let data28 = data.displayPosition;
      if (!(typeof data28 == "number" && !(data28 % 1) && !isNaN(data28) && isFinite(data28)) && data28 !== null) {
        let err37 = { instancePath: instancePath + "/displayPosition", schemaPath: "#/properties/displayPosition/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
      }
    }
    if (data.parentAccount !== void 0) {
      let data29 = data.parentAccount;
      if (typeof data29 != "string" && data29 !== null) {
        let err38 = { instancePath: instancePath + "/parentAccount", schemaPath: "#/properties/parentAccount/type", keyword: "type", params: { type: "string" } };
        vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
      }
    }
    if (data.linkedAccountDate !== void 0) {
      let data30 = data.linkedAccountDate;
      if (!(typeof data30 == "number" && !(data30 % 1) && !isNaN(data30) && isFinite(data30)) && data30 !== null) {
        let err39 = { instancePath: instancePath + "/linkedAccountDate", schemaPath: "#/properties/linkedAccountDate/type", keyword: "type", params: { type: "integer" } };
        vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
      }
    }
  } else {
    let err40 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
  }
  return validate31.errors = vErrors, errors === 0;
}
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.accounts === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accounts" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.accounts !== void 0) {
      let data0 = data.accounts;
      if (Array.isArray(data0)) {
        let len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++)
          validate31(data0[i0], { instancePath: instancePath + "/accounts/" + i0, parentData: data0, parentDataProperty: i0, rootData }) || (vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors), errors = vErrors.length);
      } else {
        let err1 = { instancePath: instancePath + "/accounts", schemaPath: "#/properties/accounts/type", keyword: "type", params: { type: "array" } };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
    }
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate30.errors = vErrors, errors === 0;
}
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate30(data, { instancePath, parentData, parentDataProperty, rootData }) || (vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors), errors = vErrors.length), validate29.errors = vErrors, errors === 0;
}
var validate3 = validate38;
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate31(data, { instancePath, parentData, parentDataProperty, rootData }) || (vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors), errors = vErrors.length), validate38.errors = vErrors, errors === 0;
}

// fits:fits
var fitPattern0 = new RegExp("^[0-9]+$", "u"), fitPattern1 = new RegExp("^[0-9]+$", "u");
function codePoints(text) {
  let count = 0;
  for (let _ of text) count++;
  return count;
}
function presentString(value) {
  return value !== void 0 && typeof value == "string";
}
function absentOrNullString(value) {
  return value === void 0 || value === null || typeof value == "string";
}
function absentOrNullNumber(value) {
  return value === void 0 || value === null || typeof value == "number" && isFinite(value);
}
function absentOrNullInteger(value) {
  return value === void 0 || value === null || Number.isInteger(value);
}
function presentInteger(value) {
  return value !== void 0 && Number.isInteger(value);
}
function absentOrNullBoolean(value) {
  return value === void 0 || value === null || typeof value == "boolean";
}
function fits0AccessToken(value) {
  if (!(typeof value == "object" && value !== null && !Array.isArray(value))) return !1;
  let property;
  return !!presentString(value.token);
}
function fits2ErrorCode(value) {
  return (Number.isInteger(value) ? 1 : 0) + (typeof value == "string" && fitPattern0.test(value) ? 1 : 0) == 1;
}
function fits1ErrorMessage(value) {
  if (!(typeof value == "object" && value !== null && !Array.isArray(value))) return !1;
  let property;
  return property = value.code, !(property === void 0 || !fits2ErrorCode(property) || !absentOrNullString(value.status) || !absentOrNullString(value.title) || !absentOrNullString(value.level) || !absentOrNullString(value.message) || !absentOrNullString(value.user_message) || !absentOrNullString(value.tags) || !absentOrNullString(value.assetId) || !absentOrNullString(value.accountId) || (property = value.externalTransactionId, property !== void 0 && !(property === null || typeof property == "string" && codePoints(property) >= 1 && codePoints(property) <= 100)));
}
function fits5CustomerAccountDetail(value) {
  if (!(typeof value == "object" && value !== null && !Array.isArray(value))) return !1;
  let property;
  return !(!absentOrNullInteger(value.dateAsOf) || !absentOrNullNumber(value.availableBalanceAmount) || !absentOrNullInteger(value.openDate) || !absentOrNullInteger(value.periodStartDate) || !absentOrNullInteger(value.periodEndDate) || !absentOrNullNumber(value.periodInterestRate) || !absentOrNullNumber(value.periodDepositAmount) || !absentOrNullNumber(value.periodInterestAmount) || !absentOrNullNumber(value.interestYtdAmount) || !absentOrNullNumber(value.interestPriorYtdAmount) || !absentOrNullInteger(value.maturityDate) || !absentOrNullString(value.interestRate) || !absentOrNullNumber(value.creditAvailableAmount) || !absentOrNullNumber(value.creditMaxAmount) || !absentOrNullNumber(value.cashAdvanceAvailableAmount) || !absentOrNullNumber(value.cashAdvanceMaxAmount) || !absentOrNullNumber(value.cashAdvanceBalance) || !absentOrNullNumber(value.cashAdvanceInterestRate) || !absentOrNullNumber(value.currentBalance) || !absentOrNullNumber(value.paymentMinAmount) || !absentOrNullInteger(value.paymentDueDate) || !absentOrNullNumber(value.previousBalance) || !absentOrNullInteger(value.statementStartDate) || !absentOrNullInteger(value.statementEndDate) || !absentOrNullNumber(value.statementPurchaseAmount) || !absentOrNullNumber(value.statementFinanceAmount) || !absentOrNullNumber(value.statementCreditAmount) || !absentOrNullNumber(value.rewardEarnedBalance) || !absentOrNullNumber(value.pastDueAmount) || !absentOrNullNumber(value.lastPaymentAmount) || !absentOrNullInteger(value.lastPaymentDate) || !absentOrNullNumber(value.statementCloseBalance) || !absentOrNullString(value.termOfMl) || !absentOrNullString(value.mlHolderName) || !absentOrNullString(value.description) || !absentOrNullNumber(value.lateFeeAmount) || !absentOrNullNumber(value.payoffAmount) || !absentOrNullInteger(value.payoffAmountDate) || !absentOrNullInteger(value.originalMaturityDate) || !absentOrNullNumber(value.principalBalance) || !absentOrNullNumber(value.escrowBalance) || !absentOrNullString(value.interestPeriod) || !absentOrNullNumber(value.initialMlAmount) || !absentOrNullInteger(value.initialMlDate) || !absentOrNullNumber(value.nextPaymentPrincipalAmount) || !absentOrNullNumber(value.nextPaymentInterestAmount) || !absentOrNullNumber(value.nextPayment) || !absentOrNullInteger(value.nextPaymentDate) || !absentOrNullInteger(value.lastPaymentDueDate) || !absentOrNullInteger(value.lastPaymentReceiveDate) || !absentOrNullNumber(value.lastPaymentPrincipalAmount) || !absentOrNullNumber(value.lastPaymentInterestAmount) || !absentOrNullNumber(value.lastPaymentEscrowAmount) || !absentOrNullNumber(value.lastPaymentLastFeeAmount) || !absentOrNullNumber(value.lastPaymentLateCharge) || !absentOrNullNumber(value.ytdPrincipalPaid) || !absentOrNullNumber(value.ytdInterestPaid) || !absentOrNullNumber(value.ytdInsurancePaid) || !absentOrNullNumber(value.ytdTaxPaid) || !absentOrNullString(value.autoPayEnrolled) || !absentOrNullBoolean(value.marginAllowed) || !absentOrNullBoolean(value.cashAccountAllowed) || !absentOrNullString(value.collateral) || !absentOrNullString(value.currentSchool) || !absentOrNullInteger(value.firstPaymentDate) || !absentOrNullString(value.firstMortgage) || !absentOrNullString(value.loanPaymentFreq) || !absentOrNullString(value.originalSchool) || !absentOrNullNumber(value.recurringPaymentAmount) || !absentOrNullString(value.lender) || !absentOrNullNumber(value.endingBalanceAmount) || !absentOrNullString(value.loanTermType) || !absentOrNullInteger(value.paymentsMade) || !absentOrNullNumber(value.balloonAmount) || !absentOrNullNumber(value.projectedInterest) || !absentOrNullNumber(value.interestPaidLtd) || !absentOrNullString(value.interestRateType) || !absentOrNullString(value.loanPaymentType) || !absentOrNullString(value.repaymentPlan) || !absentOrNullInteger(value.paymentsRemaining) || !absentOrNullNumber(value.marginBalance) || !absentOrNullNumber(value.shortBalance) || !absentOrNullNumber(value.availableCashBalance) || !absentOrNullNumber(value.maturityValueAmount) || !absentOrNullNumber(value.vestedBalance) || !absentOrNullNumber(value.empMatchAmount) || !absentOrNullNumber(value.empPretaxContribAmount) || !absentOrNullNumber(value.empPretaxContribAmountYtd) || !absentOrNullNumber(value.contribTotalYtd) || !absentOrNullNumber(value.cashBalanceAmount) || !absentOrNullNumber(value.preTaxAmount) || !absentOrNullNumber(value.afterTaxAmount) || !absentOrNullNumber(value.matchAmount) || !absentOrNullNumber(value.profitSharingAmount) || !absentOrNullNumber(value.rolloverAmount) || !absentOrNullNumber(value.otherVestAmount) || !absentOrNullNumber(value.otherNonvestAmount) || !absentOrNullNumber(value.currentLoanBalance) || !absentOrNullNumber(value.loanRate) || !absentOrNullNumber(value.buyPower) || !absentOrNullNumber(value.rolloverLtd) || !absentOrNullString(value.loanAwardId) || !absentOrNullNumber(value.originalInterestRate) || !absentOrNullString(value.guarantor) || !absentOrNullString(value.owner) || !absentOrNullString(value.interestSubsidyType) || !absentOrNullNumber(value.interestBalance) || !absentOrNullNumber(value.remainingTermOfMl) || !absentOrNullNumber(value.initialInterestRate) || !absentOrNullNumber(value.feesBalance) || !absentOrNullNumber(value.loanYtdInterestPaid) || !absentOrNullNumber(value.loanYtdFeesPaid) || !absentOrNullNumber(value.loanYtdPrincipalPaid) || !absentOrNullString(value.loanStatus) || !absentOrNullInteger(value.loanStatusStartDate) || !absentOrNullInteger(value.loanStatusEndDate) || !absentOrNullNumber(value.weightedInterestRate) || !absentOrNullInteger(value.repaymentPlanStartDate) || !absentOrNullInteger(value.repaymentPlanEndDate) || !absentOrNullInteger(value.expectedPayoffDate) || !absentOrNullInteger(value.outOfSchoolDate) || !absentOrNullInteger(value.convertToRepayment) || !absentOrNullInteger(value.daysDelinquent) || !absentOrNullNumber(value.totalPrincipalPaid) || !absentOrNullNumber(value.totalInterestPaid) || !absentOrNullNumber(value.totalAmountPaid) || !absentOrNullInteger(value.statementCloseDate) || !absentOrNullString(value.loanTypeDesc));
}
function fits6CustomerAccountPosition(value) {
  if (!(typeof value == "object" && value !== null && !Array.isArray(value))) return !1;
  let property;
  return !(!absentOrNullInteger(value.id) || !absentOrNullString(value.description) || !absentOrNullString(value.symbol) || !absentOrNullNumber(value.units) || !absentOrNullNumber(value.currentPrice) || !absentOrNullString(value.securityName) || !absentOrNullString(value.transactionType) || !absentOrNullNumber(value.marketValue) || !absentOrNullNumber(value.changePercent) || !absentOrNullNumber(value.dailyChange) || !absentOrNullNumber(value.costBasis) || !absentOrNullNumber(value.paidPrice) || !absentOrNullString(value.holdType) || !absentOrNullString(value.invSecurityType) || !absentOrNullString(value.status) || !absentOrNullInteger(value.currentPriceDate) || !absentOrNullString(value.securityType) || !absentOrNullString(value.mfType) || !absentOrNullString(value.posType) || !absentOrNullNumber(value.totalGLDollar) || !absentOrNullNumber(value.totalGLPercent) || !absentOrNullNumber(value.optionStrikePrice) || !absentOrNullString(value.optionType) || !absentOrNullNumber(value.optionSharesPerContract) || (property = value.optionExpireDate, property !== void 0 && !(property === null || typeof property == "string" && fitPattern1.test(property))) || !absentOrNullString(value.fiAssetClass) || !absentOrNullString(value.assetClass) || !absentOrNullNumber(value.currencyRate) || !absentOrNullString(value.securityId) || !absentOrNullString(value.securityIdType) || !absentOrNullNumber(value.costBasisPerShare) || !absentOrNullString(value.subAccountType) || !absentOrNullString(value.securityCurrency) || !absentOrNullNumber(value.todayGLDollar) || !absentOrNullNumber(value.todayGLPercent));
}
function fits4CustomerAccount(value) {
  if (!(typeof value == "object" && value !== null && !Array.isArray(value))) return !1;
  let property;
  return !(!presentString(value.id) || !presentString(value.number) || !presentString(value.accountNumberDisplay) || !absentOrNullString(value.realAccountNumberLast4) || !presentString(value.name) || !absentOrNullString(value.accountNickname) || !absentOrNullNumber(value.balance) || !presentString(value.type) || !absentOrNullInteger(value.aggregationStatusCode) || !presentString(value.status) || !presentString(value.customerId) || !presentString(value.institutionId) || !absentOrNullInteger(value.balanceDate) || !absentOrNullInteger(value.aggregationSuccessDate) || !absentOrNullInteger(value.aggregationAttemptDate) || !presentInteger(value.createdDate) || !absentOrNullInteger(value.lastUpdatedDate) || !absentOrNullString(value.marketSegment) || !presentString(value.currency) || !absentOrNullInteger(value.lastTransactionDate) || !absentOrNullInteger(value.oldestTransactionDate) || !presentInteger(value.institutionLoginId) || !absentOrNullInteger(value.authorizationStartDate) || !absentOrNullInteger(value.authorizationEndDate) || !absentOrNullBoolean(value.authorizationExpires) || (property = value.detail, property !== void 0 && !fits5CustomerAccountDetail(property)) || (property = value.position, property !== void 0 && !(property === null || Array.isArray(property) && property.every(fits6CustomerAccountPosition))) || !absentOrNullInteger(value.displayPosition) || !absentOrNullString(value.parentAccount) || !absentOrNullInteger(value.linkedAccountDate));
}
function fits3CustomerAccounts(value) {
  if (!(typeof value == "object" && value !== null && !Array.isArray(value))) return !1;
  let property;
  return property = value.accounts, !(property === void 0 || !(Array.isArray(property) && property.every(fits4CustomerAccount)));
}
var fits0 = fits0AccessToken, fits1 = fits1ErrorMessage, fits2 = fits3CustomerAccounts, fits3 = fits4CustomerAccount;

// <stdin>
var check0 = { fits: fits0, validate: validate0 }, check1 = { fits: fits1, validate: validate1 }, check2 = { fits: fits2, validate: validate2 }, check3 = { fits: fits3, validate: validate3 }, validatorTable = {
  CreateToken: { 200: check0, 400: check1, 401: check1, 404: check1 },
  GetCustomerAccounts: { 200: check2, 400: check1, 401: check1, 404: check1 },
  RefreshCustomerAccounts: { 200: check2, 400: check1, 401: check1, 404: check1 },
  RefreshCustomerAccountsV2: { 400: check1, 401: check1, 404: check1 },
  GetCustomerAccount: { 200: check3, 400: check1, 401: check1, 404: check1 },
  DeleteCustomerAccount: { 400: check1, 401: check1, 404: check1 },
  GetCustomerAccountsByInstitution: { 200: check2, 400: check1, 401: check1, 404: check1 },
  GetCustomerAccountsByInstitutionLogin: { 200: check2, 400: check1, 401: check1, 404: check1 },
  RefreshCustomerAccountsByInstitutionLogin: { 200: check2, 400: check1, 401: check1, 404: check1 },
  RefreshCustomerAccountsByInstitutionLoginV2: { 400: check1, 401: check1, 404: check1 },
  DeleteCustomerAccountsByInstitutionLogin: { 400: check1, 401: check1, 404: check1 }
};

/** One way a body differs from its schema, as Ajv reports it. */
export interface ValidationError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** A body check: true when the body fits; otherwise `errors` says where. */
export interface ResponseValidator {
  (body: unknown): boolean;
  errors?: readonly ValidationError[] | null;
}

/** The checks of one answer's JSON body against its schema. */
export interface ResponseBodyCheck {
  /** Whether the body fits: quick, allocates nothing, and says no where unsure (then ask `validate`). */
  readonly fits: (body: unknown) => boolean;
  /** Ajv's validator, which has the last word and finds every difference. */
  readonly validate: ResponseValidator;
}

/** operationId → HTTP status → the checks of that answer's JSON body. */
export const responseValidators: Readonly<Record<string, Readonly<Record<string, ResponseBodyCheck>>>> = validatorTable;
