import type { Page } from "@playwright/test";
import { makeCreditCode, makeResidentId } from "@/lib/eligibility";
import { DEMO_ACCOUNTS, expect, signIn, signOut, signUpOrganisation, test } from "./support";

// A full resident ID number anywhere in a page's text (not part of a longer code).
const FULL_ID = /(?<![0-9A-Z])\d{17}[0-9X](?![0-9A-Z])/;

function randomId(birth: string): string {
  return makeResidentId(`360102${birth}${String(Math.floor(Math.random() * 900) + 100)}`);
}
function randomOutsideCode(): string {
  const chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  let org = "MA";
  for (let i = 0; i < 7; i++) org += chars[Math.floor(Math.random() * chars.length)];
  return makeCreditCode(`91310115${org}`);
}

/** Masking holds: no full ID number in the visible text of the page. */
async function expectMasked(page: Page) {
  await page.waitForLoadState("networkidle");
  expect(await page.locator("body").innerText()).not.toMatch(FULL_ID);
}

async function registerTrainee(page: Page, idNumber: string, name: string) {
  await page.goto("/institution/trainees/new");
  await page.getByLabel("身份证号").fill(idNumber);
  await page.getByRole("textbox", { name: "姓名", exact: true }).fill(name);
  await page.getByRole("textbox", { name: "院校", exact: true }).fill("南昌大学");
  await page.getByLabel("院校层次").selectOption("UNDERGRADUATE");
  await page.getByLabel("在校生或毕业生").selectOption("GRADUATE");
  await page.getByLabel("手机号").fill("13912345678");
  await page.getByRole("button", { name: "登记", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

async function recordTraining(page: Page) {
  await open(page, "登记培训");
  const form = page.getByRole("form", { name: "登记培训" });
  await form.getByLabel("课程名称").fill("Java 软件开发");
  await form.getByLabel("开始日期").fill("2024-03-01");
  await form.getByLabel("结束日期").fill("2024-07-15");
  await form.getByLabel("已通过机构考试").check();
  await form.getByLabel("证书编号").fill(`E2E-${Date.now()}`);
  await form.getByLabel("发证日期").fill("2024-07-20");
  await form.getByRole("button", { name: "登记培训" }).click();
  await expect(page.getByTestId("training").filter({ hasText: "Java 软件开发" })).toBeVisible();
}

/** Opens a collapsed section (it stays open across refreshes). */
async function open(page: Page, summary: string) {
  const details = page.locator("details").filter({ has: page.locator("summary", { hasText: summary }) });
  if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
}

async function contractForm(page: Page) {
  await open(page, "登记合同");
  return page.getByRole("form", { name: "登记合同" });
}

async function fillContractDates(form: ReturnType<Page["getByRole"]>) {
  await form.getByLabel("签订日期").fill("2024-07-25");
  await form.getByLabel("合同开始日期").fill("2024-08-01");
  await form.getByLabel("合同结束日期").fill("2026-07-31");
}

async function recordOutsideContract(page: Page, creditCode: string) {
  const form = await contractForm(page);
  await form.getByLabel("本市以外、未在本平台注册的单位").check();
  await form.getByLabel("单位名称").fill("上海浦江信息技术有限公司");
  await form.getByLabel("单位统一社会信用代码").fill(creditCode);
  await form.getByLabel("所在城市").fill("上海");
  await fillContractDates(form);
  await form.getByRole("button", { name: "登记合同" }).click();
}

function cohortCsv(rows: string[][]): Buffer {
  const header = ["姓名", "身份证号", "院校", "院校层次", "学生状态", "手机号", "课程名称", "培训开始日期", "培训结束日期", "考试通过", "证书编号", "发证日期", "用人单位信用代码", "用人单位名称", "用人单位所在城市", "合同签订日期", "合同开始日期", "合同结束日期"];
  return Buffer.from("\uFEFF" + [header, ...rows].map((r) => r.join(",")).join("\r\n") + "\r\n", "utf8");
}
const cohortRow = (name: string, id: string, employerCode: string) =>
  [name, id, "江西财经大学", "本科", "毕业生", "13900000000", "Java 软件开发", "2024/3/1", "2024/7/15", "是", `CSV-${id.slice(-4)}`, "2024/7/20", employerCode, "上海浦江信息技术有限公司", "上海", "2024/7/25", "2024/8/1", "2026/7/31"];

test("a new institution registers trainees, records training and contracts, gets confirmation and claims rule B", async ({ page }) => {
  test.setTimeout(360_000);
  const nanchangId = randomId("20010315");
  const csvId = randomId("20020506");
  const outsideCode = randomOutsideCode();

  // 1. A new institution signs up and registers a trainee by hand; a bad ID number is refused at its field.
  const institution = await signUpOrganisation(page, { kind: "TRAINING_INSTITUTION" });

  // 1a. Its own profile and colleagues, as for enterprises.
  await page.goto("/institution");
  await page.getByRole("main").getByRole("link", { name: "单位信息" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "单位信息" })).toBeVisible();
  await page.getByLabel("联系人").fill("钱校长");
  await page.getByLabel("联系邮箱").fill("office@e2e-school.example");
  await page.getByLabel("账户名称").fill(institution.name);
  await page.getByLabel("开户银行").fill("中国银行南昌分行");
  await page.getByLabel("新银行账号").fill("6216 6101 0000 4321");
  await page.getByRole("button", { name: "保存单位信息" }).click();
  await expect(page.getByText("单位信息已保存。")).toBeVisible();
  await expect(page.getByTestId("bank-account-masked")).toHaveText("当前账户：****4321");
  await page.reload();
  await expect(page.getByLabel("联系人")).toHaveValue("钱校长");
  await expect(page.locator("body")).not.toContainText("6216610100004321");
  await page.goto("/institution/colleagues");
  await expect(page.getByTestId("members")).toContainText(institution.email);
  const colleague = `teacher-${Date.now()}@example.test`;
  await page.getByLabel("同事的电子邮箱").fill(colleague);
  await page.getByRole("button", { name: "发送邀请" }).click();
  await expect(page.getByText(`已向 ${colleague} 发送邀请。`)).toBeVisible();
  await expect(page.getByTestId("invitation-link")).toContainText("/invite/");
  await page.reload();
  await expect(page.getByTestId("invitations")).toContainText(colleague);
  await expectMasked(page);

  await page.goto("/institution/trainees/new");
  const wrongCheck = nanchangId.slice(0, 17) + (nanchangId[17] === "1" ? "2" : "1");
  await page.getByLabel("身份证号").fill(wrongCheck);
  await page.getByRole("button", { name: "登记", exact: true }).click();
  await expect(page.getByText("身份证号校验位不正确。")).toBeVisible();
  await registerTrainee(page, nanchangId, "赵南昌");
  await expectMasked(page);
  await expect(page.getByTestId("masked-id")).toContainText(`${nanchangId.slice(0, 4)}**********${nanchangId.slice(14)}`);

  // 2. Training, certificate, and a contract with a registered Nanchang enterprise (+ its scan).
  await recordTraining(page);
  // The training is corrected (certificate number and date), a second one recorded by mistake is deleted.
  await open(page, "更正培训“Java 软件开发”");
  const edit = page.getByRole("form", { name: "更正培训“Java 软件开发”" });
  await edit.getByLabel("证书编号").fill("E2E-CORRECTED");
  await edit.getByLabel("发证日期").fill("2024-07-22");
  await edit.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByTestId("training").filter({ hasText: "Java 软件开发" })).toContainText("E2E-CORRECTED");
  await expect(page.getByTestId("training").filter({ hasText: "Java 软件开发" })).toContainText("2024年7月22日");
  await open(page, "登记培训");
  const extra = page.getByRole("form", { name: "登记培训" });
  await extra.getByLabel("课程名称").fill("误登记课程");
  await extra.getByLabel("开始日期").fill("2024-09-01");
  await extra.getByLabel("结束日期").fill("2024-08-01");
  await extra.getByLabel("证书编号").fill("");
  await extra.getByLabel("发证日期").fill("");
  await extra.getByRole("button", { name: "登记培训" }).click();
  await expect(extra.getByText("结束日期必须晚于开始日期。")).toBeVisible();
  await extra.getByLabel("结束日期").fill("2024-10-01");
  await extra.getByRole("button", { name: "登记培训" }).click();
  await expect(page.getByTestId("training").filter({ hasText: "误登记课程" })).toBeVisible();
  await page.getByRole("button", { name: "删除: 误登记课程" }).click();
  await page.getByRole("button", { name: "确认删除: 误登记课程" }).click();
  await expect(page.getByTestId("training").filter({ hasText: "误登记课程" })).toHaveCount(0);
  await expect(page.getByTestId("training")).toHaveCount(1);
  let form = await contractForm(page);
  await form.getByRole("textbox", { name: "搜索已注册企业" }).fill("赣江");
  await expect(form.locator("option", { hasText: "洪城数据" })).toHaveCount(0);
  const ganjiang = await form.locator("option", { hasText: "南昌赣江软件有限公司" }).getAttribute("value");
  await form.getByRole("combobox", { name: "已注册企业" }).selectOption(ganjiang!);
  await fillContractDates(form);
  await form.getByRole("button", { name: "登记合同" }).click();
  await expect(page.getByTestId("confirmation")).toHaveText("待企业确认");
  await page.getByLabel(/合同文件/).setInputFiles({ name: "contract.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") });
  await page.getByRole("button", { name: "上传" }).click();
  await expect(page.getByRole("link", { name: "下载文件 1" })).toBeVisible();
  // A Nanchang credit code typed as an outside employer is refused (by the server, which knows the
  // institution's city) next to the code: it must be the registered enterprise.
  await recordOutsideContract(page, makeCreditCode("91360111MA35YY001"));
  form = page.getByRole("form", { name: "登记合同" });
  await expect(form.getByText("该信用代码登记在本市：本市的用人单位须从本平台已注册企业中选择。")).toBeVisible();
  await expectMasked(page);

  // 3. The identity screen is the one place with the full number.
  await page.getByRole("link", { name: "核对完整身份证号" }).click();
  await expect(page.getByTestId("full-id")).toHaveText(nanchangId);
  await expect(page.getByText("本次查看已记入审计日志")).toBeVisible();

  // 4. Bulk import: wrong headers are named; a file with bad rows shows them and imports the good one.
  await page.goto("/institution/trainees/import");
  await page.getByLabel("CSV 文件").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from("姓名,备注\n张三,x\n") });
  await page.getByRole("button", { name: "检查文件" }).click();
  await expect(page.getByText(/缺少列：身份证号/)).toBeVisible();
  await expect(page.getByText("无法识别的列：备注")).toBeVisible();
  const badId = csvId.slice(0, 17) + (csvId[17] === "1" ? "2" : "1");
  const csv = cohortCsv([
    cohortRow("钱外地", csvId, outsideCode),
    cohortRow("周外地", randomId("20020507"), outsideCode),
    cohortRow("吴外地", randomId("20020508"), outsideCode),
    cohortRow("孙错号", badId, outsideCode),
    cohortRow("李南昌", randomId("20030303"), makeCreditCode("91360111MA35YY001")),
  ]);
  await page.getByLabel("CSV 文件").setInputFiles({ name: "cohort.csv", mimeType: "text/csv", buffer: csv });
  await page.getByRole("button", { name: "检查文件" }).click();
  await expect(page.getByTestId("preview-summary")).toContainText("共 5 行：有效 3 行（其中 3 行目前符合补贴条件），拒绝 2 行");
  await expect(page.getByTestId("preview-row-5")).toContainText("身份证号校验位不正确。");
  await expect(page.getByTestId("preview-row-6")).toContainText("本市的用人单位须从本平台已注册企业中选择");
  await expect(page.getByTestId("preview-row-2")).toContainText("符合：学员 ¥1,000.00，机构 ¥500.00");
  await expectMasked(page);
  await page.getByRole("button", { name: "导入 3 行有效数据" }).click();
  await expect(page.getByText("已导入 3 行；拒绝 2 行。").first()).toBeVisible();
  const reportHref = await page.getByRole("link", { name: "下载被拒绝的行（CSV）" }).first().getAttribute("href");
  const report = await (await page.request.get(reportHref!)).text();
  expect(report).toContain("孙错号");
  expect(report).toContain("身份证号校验位不正确。");
  await page.goto("/institution/trainees");
  await expect(page.getByRole("link", { name: "钱外地" })).toBeVisible();
  await expectMasked(page);
  // The imported trainee also gets an outside contract recorded by hand (same employer, same day: nothing new).
  await signOut(page);

  // 5. The Nanchang enterprise confirms the employment on its side.
  await signIn(page, DEMO_ACCOUNTS.enterpriseGanjiang);
  await page.getByRole("link", { name: "劳动合同确认" }).click();
  const row = page.getByTestId("employment-row").filter({ hasText: "赵南昌" }).filter({ hasText: nanchangId.slice(14) });
  await expect(row.getByTestId("employment-state")).toHaveText("待确认");
  await expectMasked(page);
  await row.getByRole("button", { name: "确认: 赵南昌" }).click();
  await expect(row.getByTestId("employment-state")).toHaveText("已确认");
  await signOut(page);

  // 6. The institution builds a claim: Nanchang 2,000 + 1,500, elsewhere 1,000 + 500; then submits it.
  await signIn(page, institution.email, institution.password);
  await page.goto("/institution/trainees");
  await page.getByRole("link", { name: "赵南昌" }).click();
  await expect(page.getByTestId("confirmation")).toHaveText("已确认");
  // Correcting a confirmed contract asks the employer again.
  await open(page, "更正与南昌赣江软件有限公司的合同");
  await expect(page.getByText("用人单位已答复此合同。修改后将再次请其确认。")).toBeVisible();
  const contractEdit = page.getByRole("form", { name: "更正与南昌赣江软件有限公司的合同" });
  await contractEdit.getByLabel("合同结束日期").fill("2026-08-31");
  await contractEdit.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByTestId("confirmation")).toHaveText("待企业确认");
  await expect(page.getByTestId("contract")).toContainText("2026年8月31日");
  await expect(page.getByTestId("eligibility")).toContainText("学员 2,000.00 元");
  await expectMasked(page);
  await page.goto("/institution/claims");
  await page.getByRole("button", { name: "创建申报草稿" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^申报 B\d{4}-/ })).toBeVisible();
  const claimNo = (await page.getByRole("heading", { level: 1 }).innerText()).replace("申报 ", "").trim();
  await page.getByRole("button", { name: "加入申报: 赵南昌" }).click();
  await expect(page.getByTestId("claim-line").filter({ hasText: "赵南昌" })).toBeVisible();
  // The imported cohort: searched on the server, only those who can be added, all selected at once.
  await page.getByLabel("姓名或身份证号末几位").fill("外地");
  await page.getByLabel("只显示可加入的学员").check();
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page.getByTestId("candidates-count")).toHaveText("共 3 名学员。");
  await expect(page.getByTestId("candidate")).toHaveCount(3);
  await expectMasked(page);
  await page.getByLabel("全选本页可加入的 3 名学员").check();
  await page.getByRole("button", { name: "加入所选 3 名学员" }).click();
  await expect(page.getByTestId("claim-line")).toHaveCount(4);
  const nanchangLine = page.getByTestId("claim-line").filter({ hasText: "赵南昌" });
  const outsideLine = page.getByTestId("claim-line").filter({ hasText: "钱外地" });
  await expect(outsideLine).toBeVisible();
  await expect(nanchangLine.getByTestId("line-trainee-fen")).toHaveText("¥2,000.00");
  await expect(nanchangLine.getByTestId("line-institution-fen")).toHaveText("¥1,500.00");
  await expect(outsideLine.getByTestId("line-trainee-fen")).toHaveText("¥1,000.00");
  await expect(outsideLine.getByTestId("line-institution-fen")).toHaveText("¥500.00");
  await expect(page.getByTestId("total-trainee-fen")).toHaveText("¥5,000.00");
  await expect(page.getByTestId("total-institution-fen")).toHaveText("¥3,000.00");
  await expectMasked(page);
  await page.getByRole("button", { name: "提交申报" }).click();
  await expect(page.getByText("请勾选声明后再提交。")).toBeVisible();
  await page.getByLabel("本单位承诺本申报所填信息真实、完整。").check();
  await page.getByRole("button", { name: "提交申报" }).click();
  await expect(page.getByText("已提交").first()).toBeVisible();
  await expect(page.getByText("本申报已提交商务局，不能修改。")).toBeVisible();
  await page.goto("/institution/claims");
  await expect(page.getByRole("row").filter({ hasText: claimNo })).toContainText("已提交");
  await expectMasked(page);
  await signOut(page);

  // 7. A second institution registers the same person and tries to claim them: refused, naming neither the claim nor its institution.
  await signUpOrganisation(page, { kind: "TRAINING_INSTITUTION" });
  await registerTrainee(page, nanchangId, "赵南昌");
  await expect(page.getByText("南昌大学")).toBeVisible();
  await recordTraining(page);
  await recordOutsideContract(page, outsideCode);
  await expect(page.getByTestId("confirmation")).toHaveText("无需确认");
  await page.goto("/institution/claims");
  await page.getByRole("button", { name: "创建申报草稿" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^申报 B\d{4}-/ })).toBeVisible();
  await expect(page.getByText("此人已在另一份申报中，不能重复申报。").first()).toBeVisible();
  await page.getByRole("button", { name: "加入申报: 赵南昌" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "此人已在另一份申报中，不能重复申报。" })).toBeVisible();
  await expect(page.getByTestId("claim-line")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText(institution.name);
  await expect(page.locator("body")).not.toContainText(claimNo);
  await expectMasked(page);
});
