import { OrganisationColleagues } from "@/components/organisation/organisation-colleagues";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { inviteColleagueAction } from "./actions";

export default async function ColleaguesPage() {
  const user = await requireOrganisationMember("ENTERPRISE");
  return <OrganisationColleagues organisationId={user.organisationId} action={inviteColleagueAction} />;
}
