"use server";

import { enterpriseAction } from "@/lib/actions/action-client";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { getPrisma } from "@/lib/db";
import { createApiKeySchema, revokeApiKeySchema } from "@/lib/schemas/api-key";

// Any member of the organisation manages its keys (SECURITY.md, "API keys"); scoped by the actor's organisation.
export const createApiKeyAction = enterpriseAction(createApiKeySchema, async (input, { actor, ipAddress }) => {
  const { key, prefix } = await createApiKey(getPrisma(), actor, input, ipAddress);
  return { key, prefix };
});

export const revokeApiKeyAction = enterpriseAction(revokeApiKeySchema, async (input, { actor, ipAddress }) => {
  await revokeApiKey(getPrisma(), actor, input.apiKeyId, ipAddress);
  return undefined;
});
