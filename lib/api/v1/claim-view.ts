import { offshoreLineSelect } from "@/lib/offshore-claims/offshore-claim-head-select";
import type { Db } from "@/lib/db";
import { isoDateFromDbDate } from "@/lib/eligibility";
import type { ApiKeyPrincipal } from "@/lib/api-keys/authenticate-api-key";
import { ApiError } from "../api-error";
import type { ClaimDetail, ClaimSummary } from "./claim-schemas";

// The claims a key may see: its own organisation's, of its kind (an enterprise's offshore claims,
// an institution's training claims), scoped in the query's where. Anything else is 404.

const headSelect = {
  id: true,
  claimNo: true,
  cityId: true,
  claimYear: true,
  status: true,
  version: true,
  grantedFen: true,
  createdAt: true,
  updatedAt: true,
  submittedAt: true,
  decidedAt: true,
  _count: { select: { lines: true } },
} as const;

type HeadRow = {
  id: string;
  claimNo: string;
  cityId: string;
  claimYear: number;
  status: ClaimSummary["status"];
  version: number;
  grantedFen: number | null;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  decidedAt: Date | null;
  _count: { lines: number };
};

function summaryOf(kind: ClaimSummary["kind"], row: HeadRow): ClaimSummary {
  return {
    id: row.id,
    claimNo: row.claimNo,
    kind,
    city: row.cityId,
    claimYear: row.claimYear,
    status: row.status,
    version: row.version,
    grantedFen: row.grantedFen,
    lineCount: row._count.lines,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

export async function countClaimsOfKey(db: Db, key: ApiKeyPrincipal): Promise<number> {
  return key.organisationKind === "ENTERPRISE"
    ? db.offshoreClaim.count({ where: { organisationId: key.organisationId, cityId: key.cityId } })
    : db.trainingClaim.count({ where: { institutionId: key.organisationId, cityId: key.cityId } });
}

/** A page of the key's organisation's claims, newest first. */
export async function listClaimsOfKey(db: Db, key: ApiKeyPrincipal, page: { skip: number; take: number }): Promise<ClaimSummary[]> {
  const orderBy = [{ createdAt: "desc" as const }, { id: "desc" as const }];
  if (key.organisationKind === "ENTERPRISE") {
    const rows = await db.offshoreClaim.findMany({ where: { organisationId: key.organisationId, cityId: key.cityId }, orderBy, ...page, select: headSelect });
    return rows.map((row) => summaryOf("offshore", row));
  }
  const rows = await db.trainingClaim.findMany({ where: { institutionId: key.organisationId, cityId: key.cityId }, orderBy, ...page, select: headSelect });
  return rows.map((row) => summaryOf("training", row));
}

/** One claim of the key's organisation, or 404 (another organisation's claim looks the same as none). */
export async function getClaimOfKey(db: Db, key: ApiKeyPrincipal, claimId: string): Promise<ClaimDetail> {
  if (!isUuid(claimId)) throw new ApiError("not_found");
  if (key.organisationKind === "ENTERPRISE") {
    const row = await db.offshoreClaim.findFirst({
      where: { id: claimId, organisationId: key.organisationId, cityId: key.cityId },
      select: {
        ...headSelect,
        onshoreUsdCents: true,
        offshoreUsdCents: true,
        entitlementFen: true,
        lines: {
          orderBy: { lineNo: "asc" },
          select: offshoreLineSelect,
        },
      },
    });
    if (!row) throw new ApiError("not_found");
    return {
      ...summaryOf("offshore", row),
      offshore: {
        onshoreUsdCents: Number(row.onshoreUsdCents),
        offshoreUsdCents: Number(row.offshoreUsdCents),
        entitlementFen: row.entitlementFen,
        lines: row.lines.map((line) => ({
          ...line,
          contractValueUsdCents: Number(line.contractValueUsdCents),
          executedUsdCents: Number(line.executedUsdCents),
          fxReceiptDate: isoDateFromDbDate(line.fxReceiptDate),
        })),
      },
      training: null,
    };
  }
  const row = await db.trainingClaim.findFirst({
    where: { id: claimId, institutionId: key.organisationId, cityId: key.cityId },
    select: { ...headSelect, traineeTotalFen: true, institutionTotalFen: true },
  });
  if (!row) throw new ApiError("not_found");
  return { ...summaryOf("training", row), offshore: null, training: { traineeTotalFen: row.traineeTotalFen, institutionTotalFen: row.institutionTotalFen } };
}
