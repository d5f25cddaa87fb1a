import { createHash } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { formatMinorUnits } from "@/lib/eligibility";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { isEditable } from "@/lib/claim-lifecycle";
import { saveOffshoreClaimDraft } from "../save-offshore-claim-draft";
import { offshoreDraftLineOf } from "../offshore-draft-line";
import { offshoreDraftSchema } from "@/lib/schemas/offshore-claim";
import { looksLikeZip, readXlsxAsText } from "@/lib/spreadsheets/read-table";
import { decodeCsvBytes, parseOffshoreLineRows, parseOffshoreLinesCsv, type CsvParseResult, type CsvRowError } from "./offshore-lines-csv";
import type { OrganisationActor } from "@/lib/auth/actors";

export type ImportOffshoreLinesResult = { imported: number; errors: [] } | { imported: 0; errors: CsvRowError[] };

const MAX_CSV_BYTES = 2 * 1024 * 1024;

/**
 * Appends the rows of a CSV file to the actor's editable claim, all or nothing: every row is
 * validated first (with the form's schema, then the draft save's duplicate checks) and any bad
 * row leaves the draft untouched. Each attempt is recorded as an ImportBatch with its report.
 */
export async function importOffshoreLines(
  prisma: PrismaClient,
  actor: OrganisationActor,
  input: { claimId: string; version: number; bytes: Uint8Array },
): Promise<ImportOffshoreLinesResult> {
  if (!/^[0-9a-f-]{36}$/i.test(input.claimId)) throw new NotFoundError();
  const claim = await prisma.offshoreClaim.findFirst({
    where: { id: input.claimId, organisationId: actor.organisationId },
    include: { lines: { orderBy: { lineNo: "asc" } } },
  });
  if (!claim) throw new NotFoundError();
  if (!isEditable(claim.status)) throw new DomainError("claimNotEditable");
  if (claim.version !== input.version) throw new DomainError("staleForm");
  if (input.bytes.byteLength === 0) throw new DomainError("csvEmpty", "file");
  if (input.bytes.byteLength > MAX_CSV_BYTES) throw new DomainError("fileTooLarge", "file");

  const existing = claim.lines.map((line) => line.contractRegNo);
  let parsed: CsvParseResult;
  if (looksLikeZip(input.bytes)) {
    // An .xlsx: its first sheet through lib/spreadsheets (renamed executables, zip bombs, merged
    // headers, formulas without a value refused as a whole), then the same row checks as a CSV.
    // 501 rows: one more than a claim may import, so "too many lines" is still reported as such.
    const table = await readXlsxAsText(input.bytes, 501);
    parsed = table.ok
      ? parseOffshoreLineRows(table.rows, existing)
      : { ok: false, errors: [{ row: 1, column: null, code: table.error === "tableEmpty" ? "csvEmpty" : table.error === "tableTooManyRows" ? "tooManyLines" : table.error }] };
  } else {
    parsed = parseOffshoreLinesCsv(decodeCsvBytes(input.bytes), existing);
  }
  let errors: CsvRowError[] = parsed.ok ? [] : parsed.errors;
  const newLines = parsed.ok ? parsed.lines : [];

  const batchRow = (rowErrors: CsvRowError[]) => ({
    organisationId: actor.organisationId,
    kind: "OFFSHORE_LINES" as const,
    fileSha256: createHash("sha256").update(input.bytes).digest("hex"),
    rowCount: parsed.ok ? newLines.length : Math.max(0, ...rowErrors.map((error) => error.row - 1)),
    importedCount: rowErrors.length === 0 ? newLines.length : 0,
    rejectedCount: new Set(rowErrors.map((error) => error.row)).size,
    report: { claimId: claim.id, errors: rowErrors } as unknown as Prisma.InputJsonValue,
    createdById: actor.id,
  });

  if (errors.length === 0) {
    const existing = claim.lines.map(offshoreDraftLineOf);
    try {
      // The lines and the import's record commit together: never lines without their ImportBatch.
      await saveOffshoreClaimDraft(
        prisma,
        actor,
        // The file is raw input: parsed here with the form's schema, as the action client does for the form.
        offshoreDraftSchema.parse({
          claimId: claim.id,
          version: claim.version,
          claimYear: claim.claimYear,
          onshoreUsd: formatMinorUnits(claim.onshoreUsdCents),
          lines: [...existing, ...newLines],
        }),
        undefined,
        async (tx) => {
          await tx.importBatch.create({ data: batchRow([]) });
        },
      );
      return { imported: newLines.length, errors: [] };
    } catch (error) {
      // A check that needs the database (a contract claimed by another enterprise): report it at its row.
      const match = error instanceof DomainError && error.field ? /^lines\.(\d+)\.(\w+)$/.exec(error.field) : null;
      if (!match || Number(match[1]) < existing.length) throw error;
      errors = [{ row: Number(match[1]) - existing.length + 2, column: match[2] as CsvRowError["column"], code: (error as DomainError).code }];
    }
  }

  // A refused file is recorded with its report; nothing else was written.
  await prisma.importBatch.create({ data: batchRow(errors) });
  return { imported: 0, errors };
}
