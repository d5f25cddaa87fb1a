import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/claim-lifecycle";
import { SERVICE_CATEGORIES } from "@/lib/offshore-claims/service-categories";
import { offshoreDraftApiSchema } from "@/lib/schemas/offshore-claim";
import { z } from "@/lib/schemas/z";
import { isoDateField } from "./schemas";

// The claims of the API with an organisation's key (issue 21 item 4), as zod/mini schemas: the
// routes answer these shapes and the OpenAPI document is generated from them. Only what the
// organisation sees of its own claims in the portal, and less: a training claim's lines (trainees,
// persons) are counted, not listed.

const minorUnits = z.int().check(z.minimum(0, "invalid"));

// Every status a claim can have, from the lifecycle's own list (the one place statuses are written).
export const CLAIM_STATUS_VALUES = CLAIM_STATUSES as readonly [ClaimStatus, ...ClaimStatus[]];

export const CLAIMS_MAX_PAGE_SIZE = 100;
export const CLAIMS_DEFAULT_PAGE_SIZE = 50;

/** Query of GET claims: both optional, decimal digits only (as GET notice). */
export const claimsQuery = z.strictObject({
  page: z.optional(z.string().check(z.regex(/^[1-9]\d{0,6}$/, "invalid"))),
  pageSize: z.optional(z.string().check(z.regex(/^[1-9]\d{0,2}$/, "invalid"), z.refine((v) => Number(v) <= CLAIMS_MAX_PAGE_SIZE, "invalid"))),
});

const claimHead = {
  id: z.string(),
  claimNo: z.string(),
  /** offshore: rule A, an enterprise's; training: rule B, an institution's. */
  kind: z.enum(["offshore", "training"]),
  city: z.string(),
  claimYear: z.int(),
  status: z.enum(CLAIM_STATUS_VALUES),
  /** Send it back as `version` when updating a draft: a stale version is refused (409). */
  version: z.int(),
  /** The amount granted, once decided; null until then. */
  grantedFen: z.nullable(minorUnits),
  lineCount: z.int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  submittedAt: z.nullable(z.iso.datetime()),
  decidedAt: z.nullable(z.iso.datetime()),
};

export const claimSummarySchema = z.strictObject(claimHead);

export const offshoreLineSchema = z.strictObject({
  id: z.string(),
  lineNo: z.int(),
  contractRegNo: z.string(),
  clientName: z.string(),
  /** ISO 3166-1 alpha-2, as in the portal's form. */
  clientCountry: z.string(),
  serviceCategory: z.enum(SERVICE_CATEGORIES),
  contractValueUsdCents: minorUnits,
  executedUsdCents: minorUnits,
  fxReceiptDate: isoDateField,
});

export const claimDetailSchema = z.strictObject({
  ...claimHead,
  /** Rule A's figures and contract lines; null for a training claim. */
  offshore: z.nullable(
    z.strictObject({
      onshoreUsdCents: minorUnits,
      /** Written when the claim is submitted; 0 before. */
      offshoreUsdCents: minorUnits,
      entitlementFen: z.nullable(minorUnits),
      lines: z.array(offshoreLineSchema),
    }),
  ),
  /** Rule B's totals; null for an offshore claim. */
  training: z.nullable(z.strictObject({ traineeTotalFen: minorUnits, institutionTotalFen: minorUnits })),
});

export const claimsResponse = z.strictObject({
  page: z.int(),
  pageSize: z.int(),
  total: z.int().check(z.minimum(0, "invalid")),
  pageCount: z.int(),
  items: z.array(claimSummarySchema),
});

/** POST offshore-claims: the portal's own draft form, refusing unknown fields. */
export const offshoreDraftRequest = offshoreDraftApiSchema;

export type ClaimSummary = z.infer<typeof claimSummarySchema>;
export type ClaimDetail = z.infer<typeof claimDetailSchema>;
export type ClaimsResponse = z.infer<typeof claimsResponse>;
