import { getFormatter, getTranslations } from "next-intl/server";
import { Fen } from "@/components/money";
import type { ClaimClawBack } from "@/lib/grants/payments/list-claim-claw-backs";

/** On the applicant's claim page: what the bureau took back of the paid subsidy, and why. */
export async function ClawBackNotice({ clawBacks }: { clawBacks: ClaimClawBack[] }) {
  if (clawBacks.length === 0) return null;
  const t = await getTranslations("payments.clawBackNotice");
  const format = await getFormatter();
  return (
    <section className="mt-4 rounded border border-red-700 bg-red-50 p-3" data-testid="claw-backs" aria-labelledby="claw-backs-title">
      <h2 id="claw-backs-title" className="font-semibold">{t("title")}</h2>
      <p className="text-sm">{t("intro")}</p>
      <ul className="mt-2 list-disc pl-5 text-sm">
        {clawBacks.map((c) => (
          <li key={c.id} data-testid="claw-back">
            {format.dateTime(c.at, { dateStyle: "medium" })} · {t("amount")}: <Fen value={c.amountFen} /> · {t("reason")}: {c.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
