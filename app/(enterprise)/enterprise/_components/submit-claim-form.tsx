"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { useActionForm } from "@/components/use-action-form";
import { submitOffshoreClaimAction } from "@/app/(enterprise)/enterprise/claims/actions";
import { useMissingLineMessage, useRefusedLines } from "./missing-evidence";

/**
 * Declaration and submit. The submission key was made when the page loaded, so a double click or
 * a retry after a lost response sends the same key and the server records one submission.
 * A refusal for missing evidence is listed here and said next to each line it names.
 */
export function SubmitClaimForm({ claimId, version, submissionKey, resubmission }: { claimId: string; version: number; submissionKey: string; resubmission: boolean }) {
  const t = useTranslations("offshoreClaim.submit");
  const tValidation = useTranslations("validation");
  const router = useRouter();
  const refused = useRefusedLines();
  const message = useMissingLineMessage();
  // Until each line named has had its evidence changed (the line's panel then forgets it).
  const missingEvidence = [...refused.byLine.values()];
  const { form, formError, submit } = useActionForm(() => import("@/lib/schemas/offshore-claim").then((m) => m.submitOffshoreClaimSchema), submitOffshoreClaimAction, {
    defaultValues: { claimId, version, submissionKey, declaration: false as unknown as true },
  });
  const error = form.formState.errors.declaration?.message;
  const onSubmit = submit((result) => {
    if (result.missingEvidence) {
      refused.refuse(result.missingEvidence);
      // The evidence panels show the files as the server has them now.
      router.refresh();
      return;
    }
    router.replace(`/enterprise/claims/${claimId}?submitted=1`);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-8 flex flex-col gap-3 rounded border border-slate-300 bg-white p-4">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <p className="text-sm text-slate-700">{t("unsavedHint")}</p>
      <FormError code={formError ?? (missingEvidence.length > 0 ? "lineEvidenceMissing" : null)} />
      {missingEvidence.length > 0 ? (
        <ul className="list-disc pl-5 text-sm text-red-800" data-testid="submit-missing-evidence">
          {missingEvidence.map((line) => (
            <li key={line.lineId}>{message.line(line)}</li>
          ))}
        </ul>
      ) : null}
      <label className="flex items-start gap-2">
        <input type="checkbox" {...form.register("declaration")} aria-invalid={!!error} aria-describedby={error ? "declaration-error" : undefined} className="mt-1" />
        <span>{t("declaration")}</span>
      </label>
      {error ? (
        <p id="declaration-error" role="alert" className="text-sm text-red-700">
          {tValidation.has(error) ? tValidation(error) : tValidation("invalid")}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("submitting") : resubmission ? t("resubmitButton") : t("button")}
        </Button>
      </div>
    </form>
  );
}
