import { z } from "./z";
import { todayInChina } from "@/lib/eligibility";
import { API_KEY_SCOPES } from "@/lib/api-keys/api-key-scopes";
import { isAllowedApiKeyExpiry } from "@/lib/api-keys/api-key-expiry";
import { isoDateField } from "./money";
import { requiredText } from "./fields";

/** A new organisation API key: the form in the portal and the action parse with this. */
export const createApiKeySchema = z.object({
  name: requiredText(100),
  scopes: z.array(z.enum(API_KEY_SCOPES)).check(z.minLength(1, "apiKeyScopesRequired"), z.maxLength(API_KEY_SCOPES.length, "invalid")),
  /** The last day the key works (China time): after today, at most a year on. */
  expiresOn: isoDateField.check(z.refine((value) => isAllowedApiKeyExpiry(value, todayInChina()), "apiKeyExpiry")),
});

export const revokeApiKeySchema = z.object({ apiKeyId: z.uuid() });

export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;
export type CreateApiKey = z.output<typeof createApiKeySchema>;
