import { OrganisationColleagues } from "@/components/organisation/organisation-colleagues";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { inviteColleagueAction } from "./actions";

export default async function InstitutionColleaguesPage() {
  const user = await requireOrganisationMember("TRAINING_INSTITUTION");
  return <OrganisationColleagues organisationId={user.organisationId} action={inviteColleagueAction} />;
}
