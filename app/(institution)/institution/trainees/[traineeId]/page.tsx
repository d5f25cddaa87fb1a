import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ContractForm } from "@/app/(institution)/institution/_components/contract-form";
import { DeleteFactButton } from "@/app/(institution)/institution/_components/delete-fact-button";
import { EligibilityExplanation } from "@/app/(institution)/institution/_components/eligibility-explanation";
import { EvidenceUploadForm } from "@/app/(institution)/institution/_components/evidence-upload-form";
import { EditTraineeForm } from "@/app/(institution)/institution/_components/trainee-form";
import { TrainingForm } from "@/app/(institution)/institution/_components/training-form";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { isoDateFromDbDate } from "@/lib/eligibility";
import { listRegisteredEnterprises } from "@/lib/employment/list-registered-enterprises";
import { notFoundIfMissing } from "@/lib/errors/not-found-if-missing";
import { getTraineeForInstitution } from "@/lib/trainees/get-trainee";
import { previewTraineeEligibility } from "@/lib/training-claims/preview-trainee-eligibility";
import {
  deleteContractAction,
  deleteTrainingAction,
  recordContractAction,
  recordTrainingAction,
  updateContractAction,
  updateTraineeAction,
  updateTrainingAction,
  uploadContractEvidenceAction,
} from "../actions";

export default async function TraineePage({ params }: { params: Promise<{ traineeId: string }> }) {
  const user = await requireOrganisationMember("TRAINING_INSTITUTION");
  const { traineeId } = await params;
  const prisma = getPrisma();
  const trainee = await getTraineeForInstitution(prisma, user.organisationId, traineeId).catch(notFoundIfMissing);
  const [enterprises, eligibility] = await Promise.all([
    listRegisteredEnterprises(prisma),
    previewTraineeEligibility(prisma, user, trainee.id),
  ]);
  const t = await getTranslations("trainee");
  const tLevel = await getTranslations("collegeLevel");
  const tc = await getTranslations("trainingClaim");
  const format = await getFormatter();
  // Calendar dates are stored as midnight UTC (@db.Date): formatted in UTC so the day never shifts.
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const employerName = (c: (typeof trainee.contracts)[number]) => c.employerOrganisation?.nameZh ?? c.outsideEmployerName ?? "";
  return (
    <>
      <h1 className="text-2xl font-semibold">{trainee.name}</h1>
      <section aria-labelledby="details" className="mt-4">
        <h2 id="details" className="text-lg font-semibold">{t("detailsTitle")}</h2>
        <dl className="mt-2 grid max-w-xl grid-cols-2 gap-1 text-sm">
          <dt>{t("idNumber")}</dt>
          <dd className="font-mono" data-testid="masked-id">
            {trainee.person.idNumberMasked}{" "}
            <Link prefetch={false} className="ml-2 text-brand-700 underline" href={`/institution/trainees/${trainee.id}/identity`}>{t("checkIdentity")}</Link>
          </dd>
          <dt>{t("college")}</dt>
          <dd>{trainee.college} ({tLevel(trainee.collegeLevel)})</dd>
          <dt>{t("studentStatus")}</dt>
          <dd>{t(`studentStatusValue.${trainee.studentStatus}`)}</dd>
        </dl>
        <details className="mt-3">
          <summary className="cursor-pointer text-brand-700">{t("editTitle")}</summary>
          <EditTraineeForm
            action={updateTraineeAction}
            bankAccountLast4={trainee.bankAccountLast4}
            defaults={{ traineeId: trainee.id, name: trainee.name, college: trainee.college, collegeLevel: trainee.collegeLevel, studentStatus: trainee.studentStatus, phone: trainee.phone, bankName: trainee.bankName ?? "" }}
          />
        </details>
      </section>

      <section aria-labelledby="eligibility" className="mt-6 rounded border border-slate-300 bg-white p-3" data-testid="eligibility">
        <h2 id="eligibility" className="text-lg font-semibold">{t("eligibilityTitle")}</h2>
        {eligibility.result ? (
          <>
            {eligibility.result.eligible ? null : <p className="text-red-800">{t("eligibilityNo")}</p>}
            <EligibilityExplanation reasons={eligibility.result.reasons} calculation={eligibility.result.calculation} />
            {eligibility.duplicate ? <p className="text-sm text-red-800">{tc("duplicate")}</p> : null}
          </>
        ) : <p>{t("eligibilityNone")}</p>}
      </section>

      <section aria-labelledby="training" className="mt-8">
        <h2 id="training" className="text-lg font-semibold">{t("trainingTitle")}</h2>
        {trainee.trainingRecords.length === 0 ? <p className="mt-2">{t("noTraining")}</p> : (
          <ul className="mt-2 flex flex-col gap-3">
            {trainee.trainingRecords.map((r) => (
              <li key={r.id} className="rounded border border-slate-300 bg-white p-3 text-sm" data-testid="training">
                <p className="font-medium">{r.courseName}</p>
                <p>{t("startDate")}: {day(r.startDate)} · {t("endDate")}: {day(r.endDate)}</p>
                <p>{t("examPassed")}: {r.examPassed ? t("yes") : t("no")}</p>
                <p>{t("certificateNo")}: {r.certificate?.certificateNo ?? "—"} · {t("certificateIssuedOn")}: {r.certificate ? day(r.certificate.issuedOn) : "—"}</p>
                <details className="mt-2">
                  <summary className="cursor-pointer text-brand-700">{t("editTrainingOf", { course: r.courseName })}</summary>
                  <TrainingForm
                    traineeId={trainee.id}
                    action={updateTrainingAction}
                    edit={{
                      trainingRecordId: r.id,
                      label: r.courseName,
                      defaults: {
                        courseName: r.courseName,
                        startDate: isoDateFromDbDate(r.startDate),
                        endDate: isoDateFromDbDate(r.endDate),
                        examPassed: r.examPassed,
                        certificateNo: r.certificate?.certificateNo ?? "",
                        certificateIssuedOn: r.certificate ? isoDateFromDbDate(r.certificate.issuedOn) : "",
                      },
                    }}
                  />
                </details>
                <DeleteFactButton input={{ trainingRecordId: r.id }} action={deleteTrainingAction} label={r.courseName} />
              </li>
            ))}
          </ul>
        )}
        <details className="mt-3">
          <summary className="cursor-pointer text-brand-700">{t("recordTraining")}</summary>
          <TrainingForm traineeId={trainee.id} action={recordTrainingAction} />
        </details>
      </section>

      <section aria-labelledby="contracts" className="mt-8">
        <h2 id="contracts" className="text-lg font-semibold">{t("contractsTitle")}</h2>
        {trainee.contracts.length === 0 ? <p className="mt-2">{t("noContracts")}</p> : (
          <ul className="mt-2 flex flex-col gap-3">
            {trainee.contracts.map((c) => (
              <li key={c.id} className="rounded border border-slate-300 bg-white p-3 text-sm" data-testid="contract">
                <p className="font-medium">
                  {c.employerOrganisation ? c.employerOrganisation.nameZh : `${c.outsideEmployerName} (${c.outsideEmployerCreditCode}, ${c.outsideEmployerCity})`}
                  {" · "}{c.employerInNanchang ? t("inNanchang") : t("elsewhere")}
                </p>
                <p>{t("signedOn")}: {day(c.signedOn)} · {t("contractTerm")}: {day(c.startDate)} – {day(c.endDate)}</p>
                <p>{t("confirmation")}: <span data-testid="confirmation">{t(`confirmationState.${c.confirmation}`)}</span></p>
                {c.disputeReason ? <p className="text-red-800">{t("disputeReason", { reason: c.disputeReason })}</p> : null}
                <p className="mt-1">{t("evidence")}:{" "}
                  {c.evidence.length === 0 ? t("noEvidence") : c.evidence.map((file, i) => (
                    <a key={file.id} className="mr-2 text-brand-700 underline" href={`/api/evidence/${file.id}`}>{t("download", { n: i + 1 })}</a>
                  ))}
                </p>
                <EvidenceUploadForm contractId={c.id} action={uploadContractEvidenceAction} />
                <details className="mt-2">
                  <summary className="cursor-pointer text-brand-700">{t("editContractOf", { employer: employerName(c) })}</summary>
                  {c.confirmation === "CONFIRMED" || c.confirmation === "DISPUTED" ? <p className="mt-2 text-amber-900">{t("editResetsConfirmation")}</p> : null}
                  <ContractForm
                    traineeId={trainee.id}
                    enterprises={enterprises}
                    action={updateContractAction}
                    edit={{
                      contractId: c.id,
                      label: employerName(c),
                      defaults: {
                        employerKind: c.employerOrganisationId ? "REGISTERED" : "OUTSIDE",
                        employerOrganisationId: c.employerOrganisationId ?? "",
                        outsideEmployerName: c.outsideEmployerName ?? "",
                        outsideEmployerCreditCode: c.outsideEmployerCreditCode ?? "",
                        outsideEmployerCity: c.outsideEmployerCity ?? "",
                        employerIsServiceOutsourcing: c.employerIsServiceOutsourcing,
                        signedOn: isoDateFromDbDate(c.signedOn),
                        startDate: isoDateFromDbDate(c.startDate),
                        endDate: isoDateFromDbDate(c.endDate),
                      },
                    }}
                  />
                </details>
                <DeleteFactButton input={{ contractId: c.id }} action={deleteContractAction} label={employerName(c)} />
              </li>
            ))}
          </ul>
        )}
        <details className="mt-3">
          <summary className="cursor-pointer text-brand-700">{t("recordContract")}</summary>
          <ContractForm traineeId={trainee.id} enterprises={enterprises} action={recordContractAction} />
        </details>
      </section>
    </>
  );
}
