import { getTranslations } from "next-intl/server";
import { requestDistrictLabels } from "@/lib/organisations/district-labels";
import { Facts } from "./print-document";

interface Applicant {
  nameZh: string;
  nameEn: string | null;
  creditCode: string;
  /** The organisation's city, whose list names its district. */
  cityId: string;
  /** A district code of that city, or "outside". */
  district: string;
  address: string;
  contactName: string;
  contactPhone: string;
}

/** The applicant block that opens a claim's printed summary, for an enterprise or an institution. */
export async function ApplicantSection({ heading, applicant }: { heading: string; applicant: Applicant }) {
  const t = await getTranslations("print");
  const districtLabel = await requestDistrictLabels();
  return (
    <section aria-labelledby="summary-applicant" className="print-keep">
      <h2 id="summary-applicant" className="mb-2 text-base font-semibold">{heading}</h2>
      <Facts
        items={[
          [t("organisation"), `${applicant.nameZh}${applicant.nameEn ? ` (${applicant.nameEn})` : ""}`],
          [t("creditCode"), applicant.creditCode],
          [t("district"), districtLabel(applicant.cityId, applicant.district)],
          [t("address"), applicant.address],
          [t("contact"), `${applicant.contactName} · ${applicant.contactPhone}`],
        ]}
      />
    </section>
  );
}

/** A rejection notice's reason and what the applicant can do next, for either kind of claim. */
export async function RejectionSection({ reason }: { reason: string | null }) {
  const t = await getTranslations("print");
  return (
    <section aria-labelledby="notice-reason" className="print-keep mt-5">
      <h2 id="notice-reason" className="mb-2 text-base font-semibold">{t("notice.reason")}</h2>
      <p className="whitespace-pre-wrap text-sm" data-testid="notice-reason">{reason ?? "—"}</p>
      <p className="mt-3 text-sm">{t("notice.rejectedNext")}</p>
    </section>
  );
}
