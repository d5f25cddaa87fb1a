import type { Db } from "@/lib/db";
import type { WhatIfRow } from "./what-if-types";

/**
 * A batch of a run's changed claims in one INSERT … SELECT FROM unnest(…): one array parameter
 * per column (built-in array types, which both the pg and the PGlite adapter send), so 5,000 rows
 * are a few statements of 13 parameters. (createMany built one bind parameter per cell: 15 s of
 * CPU and 500 MB for the bench city's 25,000 rows.) The conditions travel as one comma-separated
 * text per row, since unnest would flatten an array of arrays; their codes contain no comma.
 */
export async function insertWhatIfRows(db: Db, runId: string, rows: readonly WhatIfRow[]): Promise<void> {
  // In statements of at most CHUNK rows: the parameters of one are held at once, serialised.
  for (let i = 0; i < rows.length; i += CHUNK) await insertChunk(db, runId, rows.slice(i, i + CHUNK));
}

const CHUNK = 1000;

async function insertChunk(db: Db, runId: string, rows: readonly WhatIfRow[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <T>(f: (r: WhatIfRow) => T) => rows.map(f);
  await db.$executeRaw`
    INSERT INTO "WhatIfRunRow" ("runId", "claimId", "claimNumber", "kind", "organisationId", "organisationName", "district",
                                "claimYear", "status", "nowFen", "draftFen", "differenceFen", "changedConditions", "outcome")
    SELECT ${runId}::uuid, u."claimId", u."claimNumber", u."kind"::"ClaimKind", u."organisationId", u."organisationName", u."district",
           u."claimYear", u."status"::"ClaimStatus", u."nowFen", u."draftFen", u."differenceFen",
           CASE WHEN u."conditions" = '' THEN '{}'::text[] ELSE string_to_array(u."conditions", ',') END, u."outcome"
    FROM unnest(
      ${col((r) => r.claimId)}::uuid[], ${col((r) => r.claimNumber)}::text[], ${col((r) => r.kind)}::text[],
      ${col((r) => r.organisationId)}::uuid[], ${col((r) => r.organisationName)}::text[], ${col((r) => r.district)}::text[],
      ${col((r) => r.claimYear)}::int[], ${col((r) => r.status)}::text[], ${col((r) => r.nowFen)}::int[],
      ${col((r) => r.draftFen)}::int[], ${col((r) => r.differenceFen)}::int[], ${col((r) => r.changedConditions.join(","))}::text[],
      ${col((r) => r.outcome)}::text[]
    ) AS u("claimId", "claimNumber", "kind", "organisationId", "organisationName", "district", "claimYear", "status",
           "nowFen", "draftFen", "differenceFen", "conditions", "outcome")`;
}
