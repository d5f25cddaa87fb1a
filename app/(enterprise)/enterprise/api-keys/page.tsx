import { OrganisationApiKeys } from "@/components/organisation/organisation-api-keys";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

export default async function EnterpriseApiKeysPage() {
  const user = await requireOrganisationMember("ENTERPRISE");
  return <OrganisationApiKeys organisationId={user.organisationId} createAction={createApiKeyAction} revokeAction={revokeApiKeyAction} />;
}
