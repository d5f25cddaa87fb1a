import { organisationActor } from "@/lib/auth/actors";
import Link from "next/link";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { notFoundIfMissing } from "@/lib/errors/not-found-if-missing";
import { viewTraineeIdentity } from "@/lib/trainees/view-trainee-identity";

/** The one screen that shows a trainee's full ID number; every visit is audited. */
export default async function TraineeIdentityPage({ params }: { params: Promise<{ traineeId: string }> }) {
  const user = await requireOrganisationMember("TRAINING_INSTITUTION");
  const { traineeId } = await params;
  const identity = await viewTraineeIdentity(getPrisma(), organisationActor(user, "TRAINING_INSTITUTION"), traineeId, clientAddressFrom(await headers())).catch(notFoundIfMissing);
  const t = await getTranslations("trainee");
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("identityTitle", { name: identity.name })}</h1>
      <p className="mt-4 font-mono text-2xl tracking-wider" data-testid="full-id">{identity.idNumber}</p>
      <p role="note" className="mt-4 max-w-xl rounded border border-amber-600 bg-amber-50 p-3 text-sm">{t("identityNotice")}</p>
      <Link className="mt-4 inline-block text-brand-700 underline" href={`/institution/trainees/${identity.id}`}>{t("backToTrainee")}</Link>
    </>
  );
}
