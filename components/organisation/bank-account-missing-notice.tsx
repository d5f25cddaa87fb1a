import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * Before submission: says which bank account is missing (the organisation's, a trainee's) and
 * links to where it is entered. The submission is refused without them.
 */
export function BankAccountMissingNotice({
  missing,
  profileHref,
  traineeHref,
}: {
  missing: { organisation: boolean; trainees: { id: string; name: string }[] };
  profileHref: string;
  traineeHref?: (id: string) => string;
}) {
  if (!missing.organisation && missing.trainees.length === 0) return null;
  return <Notice missing={missing} profileHref={profileHref} traineeHref={traineeHref} />;
}

async function Notice({ missing, profileHref, traineeHref }: Parameters<typeof BankAccountMissingNotice>[0]) {
  const t = await getTranslations("profile");
  return (
    <div role="note" data-testid="bank-account-missing" className="mt-6 rounded border border-amber-600 bg-amber-50 p-3 text-sm text-amber-900">
      {missing.organisation ? (
        <p>
          {t("bankAccountMissingNotice")} <Link className="underline" href={profileHref}>{t("bankAccountMissingLink")}</Link>
        </p>
      ) : null}
      {missing.trainees.length > 0 ? (
        <p className={missing.organisation ? "mt-2" : undefined}>
          {t("traineeBankAccountMissingNotice")}{" "}
          {missing.trainees.map((trainee, i) => (
            <span key={trainee.id}>
              {i > 0 ? "、" : null}
              {traineeHref ? <Link className="underline" href={traineeHref(trainee.id)}>{trainee.name}</Link> : trainee.name}
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
