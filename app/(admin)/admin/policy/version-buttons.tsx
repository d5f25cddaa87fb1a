"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormError } from "@/components/form-error";
import type { ActionResult } from "@/lib/actions/action-result";
import { discardPolicyDraftAction, publishPolicyVersionAction, startPolicyDraftAction } from "./actions";

const buttonClass = "rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-50";

/** Runs one action, then goes where it says (the new draft, the list) or refreshes; a refusal shows below. */
function RunButton({ label, ariaLabel, run, then, primary = false }: { label: string; ariaLabel?: string; run: () => Promise<ActionResult<unknown>>; then: (data: unknown) => string | null; primary?: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col gap-1">
      <button
        type="button"
        disabled={pending}
        aria-label={ariaLabel}
        className={primary ? "rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-50" : buttonClass}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await run();
            if (!result.ok) {
              setError(result.formError ?? "unexpected");
              return;
            }
            const next = then(result.data);
            if (next) router.push(next);
            else router.refresh();
          })
        }
      >
        {label}
      </button>
      <FormError code={error} />
    </span>
  );
}

export function StartDraftButton({ versionId, versionName }: { versionId: string; versionName: string }) {
  const t = useTranslations("policy");
  return (
    <RunButton
      label={t("startDraft")}
      run={() => startPolicyDraftAction({ versionId })}
      then={(data) => `/admin/policy/${encodeURIComponent((data as { id: string }).id)}`}
      ariaLabel={`${t("startDraft")}: ${versionName}`}
    />
  );
}

export function PublishButton({ versionId, revision }: { versionId: string; revision: number }) {
  const t = useTranslations("policy");
  return <RunButton primary label={t("publish", { revision })} run={() => publishPolicyVersionAction({ versionId, revision })} then={() => null} />;
}

export function DiscardButton({ versionId }: { versionId: string }) {
  const t = useTranslations("policy");
  return <RunButton label={t("discard")} run={() => discardPolicyDraftAction({ versionId })} then={() => "/admin/policy"} />;
}
