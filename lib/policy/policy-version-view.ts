import { isoDateFromDbDate, minorUnitsToNumber } from "@/lib/eligibility";
import type { PolicyVersion } from "@/lib/generated/prisma/client";
import { parametersOf, type PolicyParameters } from "./policy-parameters";

/** A stored version as the admin pages and the domain operations read it: ISO dates, numbers. */
export interface PolicyVersionView extends PolicyParameters {
  id: string;
  nameZh: string;
  nameEn: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  status: "DRAFT" | "PUBLISHED";
  revision: number;
  basedOnId: string | null;
  draftedById: string | null;
  lastEditedById: string | null;
  publishedById: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
}

export function policyVersionView(row: PolicyVersion): PolicyVersionView {
  return {
    id: row.id,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    effectiveFrom: isoDateFromDbDate(row.effectiveFrom),
    effectiveTo: row.effectiveTo ? isoDateFromDbDate(row.effectiveTo) : null,
    status: row.status,
    revision: row.revision,
    basedOnId: row.basedOnId,
    draftedById: row.draftedById,
    lastEditedById: row.lastEditedById,
    publishedById: row.publishedById,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    ...parametersOf({ ...row, offshoreThresholdUsdCents: minorUnitsToNumber(row.offshoreThresholdUsdCents) }),
  };
}
