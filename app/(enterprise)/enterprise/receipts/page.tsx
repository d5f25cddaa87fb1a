import { getFormatter, getTranslations } from "next-intl/server";
import { VerificationImport } from "@/components/verification-import";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { listOwnReceiptUploads } from "@/lib/verification/import/list-verification-imports";
import { importOwnReceiptsAction, inspectOwnReceiptsAction, previewOwnReceiptsAction } from "./actions";

/** A stored calendar day (a @db.Date at 00:00 UTC), in the reader's language. */
const DAY = { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" } as const;

export default async function OwnReceiptsPage() {
  const user = await requireOrganisationMember("ENTERPRISE");
  const t = await getTranslations("verificationImport");
  const format = await getFormatter();
  const uploads = await listOwnReceiptUploads(getPrisma(), user.organisationId);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("own.title")}</h1>
      <p className="mt-2 max-w-3xl">{t("own.intro")}</p>
      <VerificationImport kind="FX_RECEIPTS" own inspectAction={inspectOwnReceiptsAction} previewAction={previewOwnReceiptsAction} importAction={importOwnReceiptsAction} />
      <section className="mt-8" aria-labelledby="uploads-title">
        <h2 id="uploads-title" className="text-lg font-semibold">{t("historyTitle")}</h2>
        {uploads.length === 0 ? <p className="mt-2 text-sm">{t("own.historyEmpty")}</p> : (
          <ul className="mt-2 text-sm" data-testid="own-receipt-uploads">
            {uploads.map((u) => (
              <li key={u.id}>
                {format.dateTime(u.createdAt, { dateStyle: "medium", timeStyle: "short" })} · {u.fileName} ·{" "}
                {t("historyRowsValue", { imported: u.importedCount, rejected: u.rejectedCount, replaced: u.replacedCount })}
                {u.periodFrom && u.periodTo ? ` · ${format.dateTime(u.periodFrom, DAY)} – ${format.dateTime(u.periodTo, DAY)}` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
