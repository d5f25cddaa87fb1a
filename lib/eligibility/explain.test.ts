import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { createTranslator } from "use-intl";
import en from "../../messages/en/eligibility.json";
import zhCN from "../../messages/zh-CN/eligibility.json";
import { explainCalculation, explainReason, reasonLabel, renderMessage, type MessageTree } from "./explain";
import { evaluateOffshoreIncentive } from "./offshore-incentive";
import { evaluateTrainingSubsidy } from "./training-subsidy";
import type { EligibilityLocale, ReasonCode } from "./types";

const LOCALES: EligibilityLocale[] = ["zh-CN", "en"];

function flatten(tree: MessageTree, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out[path] = value;
    else Object.assign(out, flatten(value, path));
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message files", () => {
  const flatEn = flatten(en);
  const flatZh = flatten(zhCN);

  it("have identical key sets in zh-CN and en", () => {
    expect(Object.keys(flatZh).sort()).toEqual(Object.keys(flatEn).sort());
  });

  it("use the same placeholders in both languages", () => {
    for (const key of Object.keys(flatEn)) {
      expect(placeholders(flatZh[key] ?? ""), key).toEqual(placeholders(flatEn[key] ?? ""));
    }
  });

  it("use only plain {param} placeholders, so the tiny renderer and next-intl agree", () => {
    for (const text of [...Object.values(flatEn), ...Object.values(flatZh)]) {
      expect(text.replace(/\{\w+\}/g, "")).not.toMatch(/[{}'#]/);
    }
  });

  it("render the same through next-intl (ICU) as through renderMessage", () => {
    for (const [locale, messages, flat] of [["en", en, flatEn], ["zh-CN", zhCN, flatZh]] as const) {
      const t = createTranslator({ locale, messages: { eligibility: messages }, namespace: "eligibility" });
      for (const [key, text] of Object.entries(flat)) {
        const params = Object.fromEntries(placeholders(text).map((name) => [name, `<${name}:1,234.50>`]));
        const viaIntl = (t as unknown as (k: string, p: Record<string, string>) => string)(key, params);
        expect(viaIntl, `${locale} ${key}`).toBe(renderMessage(key, params, locale));
      }
    }
  });

  it("have a label for every reason code", () => {
    const codes: ReasonCode[] = [
      "OFFSHORE_THRESHOLD",
      "ANNUAL_CAP",
      "COLLEGE_STUDENT",
      "TRAINING_DURATION",
      "EXAM_CERTIFICATE",
      "CONTRACT_TERM",
      "CONTRACT_AFTER_TRAINING",
      "EMPLOYER_SERVICE_OUTSOURCING",
      "DUPLICATE_PERSON",
    ];
    for (const locale of LOCALES) for (const code of codes) expect(reasonLabel(code, locale)).not.toBe("");
  });
});

describe("readable calculation", () => {
  it.each<[string, number, number, string, string]>([
    [
      "the issue's example",
      123_456_700,
      0,
      "1,234,567.00 USD x 0.2 = 246,913.40 RMB; cap 500,000.00 RMB not reached",
      "1,234,567.00 美元 × 0.2 = 246,913.40 元；未达到年度上限 500,000.00 元",
    ],
    [
      "earlier grants, cap not reached",
      100_000_000,
      10_000_000,
      "1,000,000.00 USD x 0.2 = 200,000.00 RMB; with 100,000.00 RMB already granted this year, cap 500,000.00 RMB not reached",
      "1,000,000.00 美元 × 0.2 = 200,000.00 元；本年度已获 100,000.00 元，未达到年度上限 500,000.00 元",
    ],
    [
      "cap reached",
      300_000_000,
      0,
      "3,000,000.00 USD x 0.2 = 600,000.00 RMB; cap 500,000.00 RMB reached (0.00 RMB already granted this year): 500,000.00 RMB payable",
      "3,000,000.00 美元 × 0.2 = 600,000.00 元；达到年度上限 500,000.00 元（本年度已获 0.00 元）：可发放 500,000.00 元",
    ],
    [
      "cap used up",
      300_000_000,
      50_000_000,
      "3,000,000.00 USD x 0.2 = 600,000.00 RMB; cap 500,000.00 RMB already used up by 500,000.00 RMB granted this year: nothing payable",
      "3,000,000.00 美元 × 0.2 = 600,000.00 元；本年度已获 500,000.00 元，年度上限 500,000.00 元已用完：无可发放金额",
    ],
    [
      "at the threshold",
      20_000_000,
      0,
      "200,000.00 USD does not exceed the threshold of 200,000.00 USD: no incentive",
      "200,000.00 美元未超过门槛 200,000.00 美元：不予奖励",
    ],
  ])("rule A: %s", (_label, offshoreUsdCents, grantedFenThisYear, english, chinese) => {
    const result = evaluateOffshoreIncentive({ claimYear: 2016, offshoreUsdCents, grantedFenThisYear });
    expect(explainCalculation(result, "en")).toBe(english);
    expect(explainCalculation(result, "zh-CN")).toBe(chinese);
    expect(explainCalculation(result)).toBe(chinese);
  });

  const training = {
    isCollegeStudent: true,
    trainingStart: "2024-01-15",
    trainingEnd: "2024-05-15",
    passedExam: true,
    certificateNo: "C-1",
    contractSignedOn: "2024-05-20",
    contractStart: "2024-06-01",
    contractEnd: "2025-06-30",
    employerIsServiceOutsourcing: true,
    employerInNanchang: true,
    alreadySubsidised: false,
  };

  it("rule B: names the rate that applied, or how many conditions failed", () => {
    expect(explainCalculation(evaluateTrainingSubsidy(training), "en")).toBe(
      "Employer in the city: 2,000.00 RMB to the trainee + 1,500.00 RMB to the training institution = 3,500.00 RMB",
    );
    expect(explainCalculation(evaluateTrainingSubsidy({ ...training, employerInNanchang: false }), "zh-CN")).toBe(
      "用人单位在本市以外：学员 1,000.00 元 + 培训机构 500.00 元 = 1,500.00 元",
    );
    expect(explainCalculation(evaluateTrainingSubsidy({ ...training, passedExam: false, alreadySubsidised: true }), "en")).toBe(
      "2 of 7 conditions not met: no subsidy",
    );
  });

  it("rule B: reasons read as sentences", () => {
    const result = evaluateTrainingSubsidy({ ...training, trainingStart: "2024-01-31", trainingEnd: "2024-04-30" });
    expect(explainReason(result.reasons[1]!, "en")).toBe(
      "Training 2024-01-31 to 2024-04-30 does not end after 2024-04-30 (start + 3 months)",
    );
    expect(explainReason(result.reasons[1]!, "zh-CN")).toBe(
      "培训期 2024-01-31 至 2024-04-30，结束日未晚于 2024-04-30（开始日起 3 个月）",
    );
  });

  it("every key and param the rules produce renders in both languages", () => {
    const date = fc.integer({ min: 0, max: 4000 }).map((n) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.record({
          offshore: fc.record({
            claimYear: fc.integer({ min: 2013, max: 2030 }),
            offshoreUsdCents: fc.oneof(fc.maxSafeNat(), fc.integer({ min: 0, max: 400_000_000 })),
            grantedFenThisYear: fc.integer({ min: 0, max: 60_000_000 }),
          }),
          training: fc.record({
            isCollegeStudent: fc.boolean(),
            trainingStart: date,
            trainingEnd: date,
            passedExam: fc.boolean(),
            certificateNo: fc.option(fc.constantFrom("", "C-9"), { nil: null }),
            contractSignedOn: date,
            contractStart: date,
            contractEnd: date,
            employerIsServiceOutsourcing: fc.boolean(),
            employerInNanchang: fc.boolean(),
            alreadySubsidised: fc.boolean(),
          }),
        }),
        ({ offshore, training: t }) => {
          for (const result of [evaluateOffshoreIncentive(offshore), evaluateTrainingSubsidy(t)]) {
            for (const locale of LOCALES) {
              expect(explainCalculation(result, locale)).not.toMatch(/[{}]/);
              for (const reason of result.reasons) expect(explainReason(reason, locale)).not.toMatch(/[{}]/);
            }
          }
        },
      ),
    );
  });

  it("throws on unknown keys and missing params instead of printing them", () => {
    expect(() => renderMessage("reasons.NOPE.passed", {}, "en")).toThrow();
    expect(() => renderMessage("reasons.OFFSHORE_THRESHOLD.passed", { value: "1.00" }, "en")).toThrow(/threshold/);
  });

  it("renders results that went through JSON (stored evaluations)", () => {
    const stored = JSON.parse(JSON.stringify(evaluateOffshoreIncentive({ claimYear: 2016, offshoreUsdCents: 123_456_700 })));
    expect(explainCalculation(stored, "en")).toBe("1,234,567.00 USD x 0.2 = 246,913.40 RMB; cap 500,000.00 RMB not reached");
  });
});
