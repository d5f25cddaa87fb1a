import { OrganisationProfile } from "@/components/organisation/organisation-profile";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { updateProfileAction } from "./actions";

export default async function InstitutionProfilePage() {
  const user = await requireOrganisationMember("TRAINING_INSTITUTION");
  return <OrganisationProfile organisationId={user.organisationId} action={updateProfileAction} />;
}
