import { OrganisationApiKeys } from "@/components/organisation/organisation-api-keys";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

export default async function InstitutionApiKeysPage() {
  const user = await requireOrganisationMember("TRAINING_INSTITUTION");
  return <OrganisationApiKeys organisationId={user.organisationId} createAction={createApiKeyAction} revokeAction={revokeApiKeyAction} />;
}
