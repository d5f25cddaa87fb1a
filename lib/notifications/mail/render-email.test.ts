import { describe, expect, it } from "vitest";
import { senderFor } from "./mail-transport";
import { renderEmail } from "./render-email";

const env = { NEXTAUTH_URL: "https://portal.example.gov.cn/" };
const NANCHANG = { id: "nanchang", nameZh: "南昌市", nameEn: "Nanchang", bureauNameZh: "南昌市商务局", bureauNameEn: "Nanchang Municipal Bureau of Commerce", mailFrom: null };
const CHANGSHA = { id: "changsha", nameZh: "长沙市", nameEn: "Changsha", bureauNameZh: "长沙市商务局", bureauNameEn: "Changsha Municipal Bureau of Commerce", mailFrom: null };

describe("renderEmail", () => {
  it("says why an optional mail was sent and links to the setting that turns it off", () => {
    const mail = renderEmail("claimPublished", { claimNo: "A2024-X1" }, "en", NANCHANG, env);
    expect(mail.text).toContain("because you are a member of the organisation that filed this claim");
    expect(mail.text).toContain("You can turn this kind of mail off in your account settings: https://portal.example.gov.cn/account#mail-settings");
  });

  it("says a mandatory mail cannot be turned off, in the recipient's language", () => {
    const mail = renderEmail("claimRejected", { claimNo: "A2024-X1", reason: "无外汇收汇凭证" }, "zh-CN", NANCHANG, env);
    expect(mail.subject).toBe("申报 A2024-X1 未获通过");
    expect(mail.text).toContain("依照法律规定，本通知必须送达，不能关闭");
    expect(mail.text).toContain("https://portal.example.gov.cn/account#mail-settings");
  });

  it("tells a reviewer whether the claim is theirs or not yet assigned", () => {
    expect(renderEmail("claimSubmittedForReview", { claimNo: "B1", audience: "assigned" }, "en", NANCHANG, env).text).toContain("It is assigned to you.");
    const unassigned = renderEmail("claimResubmittedForReview", { claimNo: "B1", audience: "unassigned" }, "en", NANCHANG, env).text;
    expect(unassigned).toContain("every reviewer without a declared conflict receives this message");
    expect(unassigned).toContain("and the claim is not assigned yet");
  });

  it("gives an invitation its reason but no settings link (the invitee has no account yet)", () => {
    const mail = renderEmail("invitation", { organisation: "南昌赣江软件有限公司", link: "https://x/invite/t", expiresAt: "1 Dec" }, "en", NANCHANG, env);
    expect(mail.text).toContain("a member of 南昌赣江软件有限公司 entered your address");
    expect(mail.text).not.toContain("account#mail-settings");
  });

  it("says a payment or approval notice cannot be turned off and why it was sent", () => {
    const mail = renderEmail("claimPaid", { claimNo: "A1", amount: "¥1.00" }, "en", NANCHANG, env);
    expect(mail.text).toContain("because you are a member of the organisation that filed this claim");
    expect(renderEmail("claimApproved", { claimNo: "A1", amount: "¥1.00" }, "en", NANCHANG, env).text).toContain("The law requires the bureau to send you this notice");
  });

  it("is signed by the city's bureau and names the city's portal, in the recipient's language (issue 22)", () => {
    const zh = renderEmail("invitation", { organisation: "长沙岳麓软件有限公司", link: "https://x/invite/t", expiresAt: "12月1日" }, "zh-CN", CHANGSHA, env).text;
    expect(zh).toContain("邀请您使用长沙市服务外包补贴申报平台");
    expect(zh).toContain("——长沙市商务局 长沙市服务外包补贴申报平台");
    expect(zh).not.toContain("南昌");
    const en = renderEmail("claimPaid", { claimNo: "A1", amount: "¥1.00" }, "en", CHANGSHA, env).text;
    expect(en).toContain("— Changsha Municipal Bureau of Commerce, Changsha Service Outsourcing Subsidy Portal");
    expect(renderEmail("claimPaid", { claimNo: "A1", amount: "¥1.00" }, "en", NANCHANG, env).text).toContain("— Nanchang Municipal Bureau of Commerce");
  });

  it("takes the portal and bureau from the city, never from the job's parameters", () => {
    const text = renderEmail("bankAccountChanged", { payee: "某公司", account: "**** 0099", bureau: "伪造的商务局", portal: "伪造平台" }, "zh-CN", CHANGSHA, env).text;
    expect(text).toContain("请立即联系长沙市商务局");
    expect(text).not.toContain("伪造");
  });
});

describe("senderFor", () => {
  it("prefers the city's own sender, then the deployment's, then the bureau's name on the no-reply address", () => {
    expect(senderFor({ ...CHANGSHA, mailFrom: "长沙市商务局 <fwwb@cs.example.gov.cn>" }, { SMTP_FROM: "portal <p@example.test>" })).toBe("长沙市商务局 <fwwb@cs.example.gov.cn>");
    expect(senderFor(CHANGSHA, { SMTP_FROM: "portal <p@example.test>" })).toBe("portal <p@example.test>");
    expect(senderFor(CHANGSHA, {})).toBe("长沙市商务局服务外包补贴平台 <no-reply@portal.invalid>");
    expect(senderFor({ ...CHANGSHA, bureauNameZh: '长沙"<x>' }, {})).toBe("长沙x服务外包补贴平台 <no-reply@portal.invalid>");
  });
});
