import { describe, expect, it } from "vitest";
import { bankChangeNeedsConfirmation, maskAccount, payeeHoldReason } from "./payee-hold";

describe("payeeHoldReason", () => {
  it("holds a payee without an account, or with part of it missing", () => {
    expect(payeeHoldReason(null)).toBe("bankAccountMissing");
    expect(payeeHoldReason({ bankName: null, bankAccountEnc: "enc", pendingChanges: 0 })).toBe("bankAccountMissing");
    expect(payeeHoldReason({ bankName: "中国银行", bankAccountEnc: null, pendingChanges: 0 })).toBe("bankAccountMissing");
  });
  it("holds a payee whose changed account is not confirmed", () => {
    expect(payeeHoldReason({ bankName: "中国银行", bankAccountEnc: "enc", pendingChanges: 1 })).toBe("bankAccountUnconfirmed");
  });
  it("lets a payee with a confirmed account through", () => {
    expect(payeeHoldReason({ bankName: "中国银行", bankAccountEnc: "enc", pendingChanges: 0 })).toBeNull();
  });
});

describe("bankChangeNeedsConfirmation", () => {
  it("always for a replaced account, even with nothing waiting", () => {
    expect(bankChangeNeedsConfirmation({ hadAccount: true, sameNumber: false, unpaidGrants: 0 })).toBe(true);
  });
  it("for a first account only when grants already wait for it", () => {
    expect(bankChangeNeedsConfirmation({ hadAccount: false, sameNumber: false, unpaidGrants: 0 })).toBe(false);
    expect(bankChangeNeedsConfirmation({ hadAccount: false, sameNumber: false, unpaidGrants: 2 })).toBe(true);
  });
  it("never when the same number is typed again", () => {
    expect(bankChangeNeedsConfirmation({ hadAccount: true, sameNumber: true, unpaidGrants: 3 })).toBe(false);
  });
});

describe("maskAccount", () => {
  it("shows the last four digits only", () => {
    expect(maskAccount("4321")).toBe("**** **** 4321");
    expect(maskAccount(null)).toBe("—");
  });
});
