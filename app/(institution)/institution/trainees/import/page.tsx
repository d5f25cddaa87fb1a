import { getFormatter, getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/export-links";
import { CohortImport } from "@/app/(institution)/institution/_components/cohort-import";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { COHORT_COLUMNS } from "@/lib/trainees/import/cohort-columns";
import { listImportBatches } from "@/lib/trainees/import/get-import-batch";
import { importCohortAction, previewCohortAction } from "./actions";

export default async function CohortImportPage() {
  const user = await requireOrganisationMember("TRAINING_INSTITUTION");
  const t = await getTranslations("trainee");
  const format = await getFormatter();
  const batches = await listImportBatches(getPrisma(), user.organisationId);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("importTitle")}</h1>
      <p className="mt-2 max-w-3xl">{t("importIntro")}</p>
      <p className="mt-2 flex gap-4">
        {/* File downloads from a route handler, not pages: a plain link, no client-side navigation. */}
        <a className="text-brand-700 underline" href="/institution/trainees/import/template?lang=zh" download>{t("templateZh")}</a>
        <a className="text-brand-700 underline" href="/institution/trainees/import/template?lang=en" download>{t("templateEn")}</a>
      </p>
      <details className="mt-3 max-w-3xl">
        <summary className="cursor-pointer text-brand-700">{t("columnsTitle")}</summary>
        <ul className="mt-2 list-disc pl-6 text-sm">
          {COHORT_COLUMNS.map((c) => (
            <li key={c.key}>{c.zh} / {c.en} ({c.required ? t("columnRequired") : t("columnOptional")})</li>
          ))}
        </ul>
        <p className="mt-2 text-sm">{t("columnNotes")}</p>
      </details>
      <CohortImport previewAction={previewCohortAction} importAction={importCohortAction} />
      {batches.length > 0 ? (
        <section className="mt-8" aria-labelledby="history">
          <h2 id="history" className="text-lg font-semibold">{t("importHistory")}</h2>
          <ul className="mt-2 text-sm">
            {batches.map((b) => (
              <li key={b.id}>
                {format.dateTime(b.createdAt, { dateStyle: "medium", timeStyle: "short" })}: {t("importDone", { imported: b.importedCount, rejected: b.rejectedCount })}{" "}
                {b.rejectedCount > 0 ? <ExportLinks href={`/institution/trainees/import/${b.id}/report`} what="rejectedRows" /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
