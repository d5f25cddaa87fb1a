import { describe, expect, it } from "vitest";
import { renderEmail } from "./render-email";

const env = { NEXTAUTH_URL: "https://portal.example.gov.cn/" };

describe("renderEmail", () => {
  it("says why an optional mail was sent and links to the setting that turns it off", () => {
    const mail = renderEmail("claimPublished", { claimNo: "A2024-X1" }, "en", env);
    expect(mail.text).toContain("because you are a member of the organisation that filed this claim");
    expect(mail.text).toContain("You can turn this kind of mail off in your account settings: https://portal.example.gov.cn/account#mail-settings");
  });

  it("says a mandatory mail cannot be turned off, in the recipient's language", () => {
    const mail = renderEmail("claimRejected", { claimNo: "A2024-X1", reason: "无外汇收汇凭证" }, "zh-CN", env);
    expect(mail.subject).toBe("申报 A2024-X1 未获通过");
    expect(mail.text).toContain("依照法律规定，本通知必须送达，不能关闭");
    expect(mail.text).toContain("https://portal.example.gov.cn/account#mail-settings");
  });

  it("tells a reviewer whether the claim is theirs or not yet assigned", () => {
    expect(renderEmail("claimSubmittedForReview", { claimNo: "B1", audience: "assigned" }, "en", env).text).toContain("It is assigned to you.");
    const unassigned = renderEmail("claimResubmittedForReview", { claimNo: "B1", audience: "unassigned" }, "en", env).text;
    expect(unassigned).toContain("every reviewer without a declared conflict receives this message");
    expect(unassigned).toContain("and the claim is not assigned yet");
  });

  it("gives an invitation its reason but no settings link (the invitee has no account yet)", () => {
    const mail = renderEmail("invitation", { organisation: "南昌赣江软件有限公司", link: "https://x/invite/t", expiresAt: "1 Dec" }, "en", env);
    expect(mail.text).toContain("a member of 南昌赣江软件有限公司 entered your address");
    expect(mail.text).not.toContain("account#mail-settings");
  });

  it("says a payment or approval notice cannot be turned off and why it was sent", () => {
    const mail = renderEmail("claimPaid", { claimNo: "A1", amount: "¥1.00" }, "en", env);
    expect(mail.text).toContain("because you are a member of the organisation that filed this claim");
    expect(renderEmail("claimApproved", { claimNo: "A1", amount: "¥1.00" }, "en", env).text).toContain("The law requires the bureau to send you this notice");
  });
});
