import { createHash, randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { encryptPii, last4 } from "@/lib/crypto/pii";
import { checkResidentId, dbDateFromIsoDate, isoDateFromDbDate, maskResidentId } from "@/lib/eligibility";
import { DomainError } from "@/lib/errors/domain-error";
import type { OrganisationActor } from "@/lib/auth/actors";
import { analyseCohort, chunks, type AnalysedCohortRow } from "./analyse-cohort";
import { parseCohortUpload } from "./cohort-file";
import { reportableText, type RowError } from "./cohort-row";

export interface CohortImportReport {
  encoding: string;
  rejected: Array<{ rowNo: number; name: string; errors: RowError[] }>;
  created: { persons: number; trainees: number; trainingRecords: number; certificates: number; contracts: number };
}

const TX_OPTIONS = { timeout: 600_000, maxWait: 20_000 };

/**
 * Imports the valid rows of a cohort file in ONE transaction (all of them or none), inserting in
 * chunks so 10,000 rows stay within statement and memory limits. Re-importing is harmless: the
 * same file (by SHA-256) returns the earlier batch, and every row is matched on natural keys
 * (person per institution; training by trainee + course + start date; contract by trainee +
 * signing date + employer), so nothing already there is created twice.
 */
export async function importCohort(prisma: PrismaClient, actor: OrganisationActor, bytes: Uint8Array) {
  const parsed = await parseCohortUpload(bytes);
  if (!parsed.ok) throw new DomainError(parsed.error, "file");
  const fileSha256 = createHash("sha256").update(bytes).digest("hex");

  return prisma.$transaction(async (tx) => {
    // One import per institution at a time: the repeated-file check below cannot race.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`cohort-import:${actor.organisationId}`}))`;
    const previous = await tx.importBatch.findFirst({ where: { organisationId: actor.organisationId, kind: "TRAINEE_COHORT", fileSha256 } });
    if (previous) return { batch: previous, alreadyImported: true };

    const rows = await analyseCohort(tx, actor.cityId, parsed.rows);
    const valid = rows.filter((r) => r.errors.length === 0 && r.inputs && r.employer && r.idHash);
    const rejected = rows.filter((r) => r.errors.length > 0);
    const created = await insertRows(tx, actor, valid);
    const report: CohortImportReport = {
      encoding: parsed.encoding,
      rejected: rejected.map((r) => ({ rowNo: r.rowNo, name: reportableText(r.record.name), errors: r.errors })),
      created,
    };
    const batch = await tx.importBatch.create({
      data: {
        organisationId: actor.organisationId,
        kind: "TRAINEE_COHORT",
        fileSha256,
        rowCount: rows.length,
        importedCount: valid.length,
        rejectedCount: rejected.length,
        report: report as unknown as Prisma.InputJsonValue,
        createdById: actor.id,
      },
    });
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "trainee.import-cohort",
      targetType: "ImportBatch",
      targetId: batch.id,
      result: "success",
      details: { rowCount: rows.length, importedCount: valid.length, rejectedCount: rejected.length, ...created },
    });
    return { batch, alreadyImported: false };
  }, TX_OPTIONS);
}

async function insertRows(tx: Prisma.TransactionClient, actor: OrganisationActor, rows: AnalysedCohortRow[]) {
  const created = { persons: 0, trainees: 0, trainingRecords: 0, certificates: 0, contracts: 0 };

  // Persons: insert-or-ignore by the keyed hash, then read their ids.
  const personIdByHash = new Map<string, string>();
  for (const part of chunks(rows)) {
    const result = await tx.person.createMany({
      data: part.map((r) => {
        const id = checkResidentId(r.inputs!.trainee.idNumber);
        return {
          idNumberHash: r.idHash!,
          idNumberEnc: encryptPii(r.inputs!.trainee.idNumber),
          idNumberMasked: maskResidentId(r.inputs!.trainee.idNumber),
          birthDate: dbDateFromIsoDate(id.valid ? id.birthDate : "1900-01-01"),
        };
      }),
      skipDuplicates: true,
    });
    created.persons += result.count;
    const persons = await tx.person.findMany({ where: { idNumberHash: { in: part.map((r) => r.idHash!) } }, select: { id: true, idNumberHash: true } });
    for (const p of persons) personIdByHash.set(p.idNumberHash, p.id);
  }

  // Trainees: this institution's record of each person, kept as it is when it already exists.
  const traineeIdByPerson = new Map<string, string>();
  for (const part of chunks(rows)) {
    const result = await tx.trainee.createMany({
      data: part.map((r) => {
        const t = r.inputs!.trainee;
        return {
          institutionId: actor.organisationId,
          personId: personIdByHash.get(r.idHash!)!,
          name: t.name,
          college: t.college,
          collegeLevel: t.collegeLevel,
          studentStatus: t.studentStatus,
          phone: t.phone,
          bankName: t.bankName ?? null,
          bankAccountEnc: t.bankAccount ? encryptPii(t.bankAccount) : null,
          bankAccountLast4: t.bankAccount ? last4(t.bankAccount) : null,
        };
      }),
      skipDuplicates: true,
    });
    created.trainees += result.count;
    const trainees = await tx.trainee.findMany({
      where: { institutionId: actor.organisationId, personId: { in: part.map((r) => personIdByHash.get(r.idHash!)!) } },
      select: { id: true, personId: true },
    });
    for (const t of trainees) traineeIdByPerson.set(t.personId, t.id);
  }
  const traineeOf = (r: AnalysedCohortRow) => traineeIdByPerson.get(personIdByHash.get(r.idHash!)!)!;

  for (const part of chunks(rows)) {
    const traineeIds = part.map(traineeOf);
    const [records, contracts] = await Promise.all([
      tx.trainingRecord.findMany({ where: { traineeId: { in: traineeIds } }, select: { traineeId: true, courseName: true, startDate: true } }),
      tx.employmentContract.findMany({
        where: { traineeId: { in: traineeIds } },
        select: { traineeId: true, signedOn: true, employerOrganisationId: true, outsideEmployerCreditCode: true },
      }),
    ]);
    const recordKeys = new Set(records.map((r) => `${r.traineeId}|${r.courseName}|${isoDateFromDbDate(r.startDate)}`));
    const contractKeys = new Set(
      contracts.map((c) => `${c.traineeId}|${isoDateFromDbDate(c.signedOn)}|${c.employerOrganisationId ?? c.outsideEmployerCreditCode}`),
    );
    const newRecords: Prisma.TrainingRecordCreateManyInput[] = [];
    const newCertificates: Prisma.CertificateCreateManyInput[] = [];
    const newContracts: Prisma.EmploymentContractCreateManyInput[] = [];
    for (const r of part) {
      const traineeId = traineeOf(r);
      const { training, contract } = r.inputs!;
      const recordKey = `${traineeId}|${training.courseName}|${training.startDate}`;
      if (!recordKeys.has(recordKey)) {
        recordKeys.add(recordKey);
        const id = randomUUID();
        newRecords.push({
          id,
          traineeId,
          courseName: training.courseName,
          startDate: dbDateFromIsoDate(training.startDate),
          endDate: dbDateFromIsoDate(training.endDate),
          examPassed: training.examPassed,
        });
        if (training.certificateNo && training.certificateIssuedOn) {
          newCertificates.push({ trainingRecordId: id, certificateNo: training.certificateNo, issuedOn: dbDateFromIsoDate(training.certificateIssuedOn) });
        }
      }
      const employer = r.employer!;
      const contractKey = `${traineeId}|${contract.signedOn}|${employer.employerOrganisationId ?? employer.outsideEmployerCreditCode}`;
      if (!contractKeys.has(contractKey)) {
        contractKeys.add(contractKey);
        newContracts.push({
          traineeId,
          ...employer,
          signedOn: dbDateFromIsoDate(contract.signedOn),
          startDate: dbDateFromIsoDate(contract.startDate),
          endDate: dbDateFromIsoDate(contract.endDate),
        });
      }
    }
    created.trainingRecords += (await tx.trainingRecord.createMany({ data: newRecords })).count;
    created.certificates += (await tx.certificate.createMany({ data: newCertificates })).count;
    created.contracts += (await tx.employmentContract.createMany({ data: newContracts })).count;
  }
  return created;
}
