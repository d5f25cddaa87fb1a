// Issue 18, end to end: an enterprise that filed nothing is offered a claim the bureau's imported
// statistics support (免申即享), takes it up, declares more than the statistics on one contract, sees
// the difference in its own preview and submits; the reviewer sees which contract matches and which does not and why, approves on the
// verified total (a second reviewer confirms it, on the same basis), and the decision notice tells the enterprise what was declared, what was verified
// and why. Uses the demo's Xianghu Cloud, whose data no other spec touches.
import { DEMO_ACCOUNTS, expect, expectNoMissingMessages, signIn, signOut, test, uploadFxReceipt, waitForHydration } from "./support";

test("a pre-filled claim is taken up and submitted, then approved on the verified total with the difference explained", async ({ page }) => {
  // Four sign-ins, two uploads, a submission and two decisions: longer than the default minute on a loaded machine.
  test.setTimeout(180_000);
  await signIn(page, DEMO_ACCOUNTS.enterpriseXianghu);
  await page.goto("/enterprise");
  const offer = page.getByTestId("prefill-offer-2025");
  await expect(offer.getByRole("heading")).toHaveText("2025 年度可申报离岸业务奖励");
  await expect(offer).toContainText("你单位 2025 年离岸执行额为 US$670,000.00（2 份合同），预计可获奖励 ¥134,000.00。");
  await expectNoMissingMessages(page);
  await offer.getByRole("button", { name: "生成 2025 年度预填申报" }).click();
  await expect(page).toHaveURL(/\/enterprise\/claims\/[0-9a-f-]{36}$/);
  const claimId = new URL(page.url()).pathname.split("/").pop()!;
  await waitForHydration(page);

  // The draft holds the statistics' contracts, the euro contract converted at the year's rate.
  const first = page.getByTestId("line-1");
  const second = page.getByTestId("line-2");
  await expect(first.getByLabel(/^合同登记号/)).toHaveValue("XH2025-DE-002");
  await expect(first.getByLabel(/^申报年度执行额/)).toHaveValue("250,000.00");
  await expect(second.getByLabel(/^合同登记号/)).toHaveValue("XH2025-US-001");
  await expect(second.getByLabel(/^境外客户/)).toHaveValue("Pacific Cloud Inc.");
  await expect(second.getByLabel(/^申报年度执行额/)).toHaveValue("420,000.00");

  // The enterprise declares more on the US contract than the statistics recorded, adds the receipts, submits.
  await second.getByLabel(/^申报年度执行额/).fill("480000.00");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("草稿已保存。")).toBeVisible();
  // Before submitting, the enterprise sees what the reviewer will see: its saved lines against the official data.
  await expect(page.getByTestId("reconciliation-totals")).toHaveText("申报执行额合计 US$730,000.00，核实 US$670,000.00；1 份合同需要关注。");
  await expect(page.getByTestId("reconciliation-line-1")).toContainText("与统计及收汇一致");
  await expect(page.getByTestId("reconciliation-line-2")).toContainText("申报执行额 US$480,000.00 与统计系统的 US$420,000.00 相差超过容差 US$4,800.00。");
  await uploadFxReceipt(page, 1);
  await uploadFxReceipt(page, 2);
  await page.getByLabel(/本单位声明/).check();
  await page.getByRole("button", { name: "提交申报" }).click();
  await expect(page.getByTestId("claim-status")).toHaveText("已提交");
  await page.goto("/enterprise");
  await expect(page.getByTestId("prefill-offer-2025")).toHaveCount(0);
  await signOut(page);

  // The reviewer sees the difference and why, and approves on what the official data verify.
  await signIn(page, DEMO_ACCOUNTS.reviewer);
  // The queue finds it among the claims the official data do not confirm (reconciled at submission).
  await page.goto("/review");
  await page.getByLabel("仅与官方数据不符的离岸申报").check();
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/reconciliation=issues/);
  await expect(page.getByRole("row").filter({ hasText: "南昌象湖云计算有限公司" })).toHaveCount(1);
  // Signals inform and never decide: this claim raises none (its codes were stored at submission), so
  // the queue's risk signal filter leaves it out, the reconciliation filter still applied.
  await page.getByLabel("风险提示").selectOption("any");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/risk=any/);
  await expect(page).toHaveURL(/reconciliation=issues/);
  await expect(page.getByRole("row").filter({ hasText: "南昌象湖云计算有限公司" })).toHaveCount(0);
  // The receipts' PDFs load only when the reviewer opens a preview (a viewer loading while the reviewer types takes the focus).
  const pdfLoads: string[] = [];
  page.on("request", (request) => void (request.url().includes("/api/evidence/") && request.url().includes("inline=1") && pdfLoads.push(request.url())));
  await page.goto(`/review/claims/offshore/${claimId}`);
  await expect(page.getByTestId("risk-signals")).toContainText("未发现风险提示。");
  await expect(page.getByTestId("reconciliation-totals")).toHaveText("申报执行额合计 US$730,000.00，核实 US$670,000.00；1 份合同需要关注。");
  await expect(page.getByTestId("reconciliation-line-1")).toContainText("与统计及收汇一致");
  await expect(page.getByTestId("reconciliation-line-1")).toContainText("EUR 按本年度汇率（1 美元 = 0.92 EUR）折算为美元。");
  await expect(page.getByTestId("reconciliation-line-2")).toContainText("申报执行额 US$480,000.00 与统计系统的 US$420,000.00 相差超过容差 US$4,800.00。");
  await expect(page.getByTestId("approve-on-verified")).toContainText("按核实的执行额 US$670,000.00 计算，而不是申报的 US$730,000.00");
  await expectNoMissingMessages(page);
  const previews = page.getByTestId("evidence-preview");
  await expect(previews).toHaveCount(2);
  expect(pdfLoads).toEqual([]);
  await previews.first().getByText("在本页预览").click();
  await expect(previews.first().locator("iframe")).toBeVisible();
  await expect.poll(() => pdfLoads.length).toBe(1);
  await page.getByRole("button", { name: "按核实金额批准（US$670,000.00）" }).click();
  // ¥134,000 is above Nanchang's four-eyes threshold: a second reviewer confirms, on the same basis.
  await expect(page.getByRole("heading", { level: 1 })).toContainText("待复核");
  await signOut(page);
  await signIn(page, DEMO_ACCOUNTS.secondReviewer);
  await page.goto(`/review/claims/offshore/${claimId}`);
  await page.getByRole("button", { name: "复核批准(第二审核人)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("公示中");
  await expect(page.getByTestId("decisions")).toContainText("¥134,000.00");
  await signOut(page);

  // The enterprise's decision notice: the verified basis, the difference and the contract behind it.
  await signIn(page, DEMO_ACCOUNTS.enterpriseXianghu);
  await page.goto(`/enterprise/claims/${claimId}/decision`);
  await expect(page.getByTestId("notice-amount")).toHaveText("¥134,000.00");
  const basis = page.getByTestId("notice-verified-basis");
  await expect(basis).toContainText("本奖励按与商务部服务外包统计数据及银行收汇核实的离岸执行额 US$670,000.00 核定，而非申报的 US$730,000.00，差额 US$60,000.00。");
  await expect(basis).toContainText("合同 XH2025-US-001（第 2 项）：申报 US$480,000.00，核实 US$420,000.00；原因：执行额与统计系统不符。");
  await expectNoMissingMessages(page);
  await signOut(page);
});
