import { OrganisationProfile } from "@/components/organisation/organisation-profile";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { updateProfileAction } from "./actions";

export default async function EnterpriseProfilePage() {
  const user = await requireOrganisationMember("ENTERPRISE");
  return <OrganisationProfile organisationId={user.organisationId} action={updateProfileAction} />;
}
