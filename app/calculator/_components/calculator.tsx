"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import type { EligibilityPolicy } from "@/lib/eligibility";
import { OffshoreCalculator } from "./offshore-calculator";
import { TrainingCalculator } from "./training-calculator";

/** The choice of rule, then that rule's form with its live result. */
export function Calculator({ versions }: { versions: EligibilityPolicy[] }) {
  const t = useTranslations("calculator");
  const [rule, setRule] = useState<"A" | "B">("A");
  const locale = useLocale() === "en" ? "en" : "zh-CN";
  return (
    <div className="mt-4">
      <fieldset className="flex flex-wrap gap-4">
        <legend className="text-sm font-medium">{t("rule")}</legend>
        {(["A", "B"] as const).map((r) => (
          <label key={r} className="flex items-center gap-2 text-sm">
            <input type="radio" name="rule" value={r} checked={rule === r} onChange={() => setRule(r)} />
            {r === "A" ? t("ruleA") : t("ruleB")}
          </label>
        ))}
      </fieldset>
      {rule === "A" ? <OffshoreCalculator versions={versions} locale={locale} /> : <TrainingCalculator versions={versions} locale={locale} />}
    </div>
  );
}
