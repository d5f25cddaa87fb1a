"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { withdrawOffshoreClaimAction } from "@/app/(enterprise)/enterprise/claims/actions";

export function WithdrawClaimButton({ claimId, version }: { claimId: string; version: number }) {
  const t = useTranslations("offshoreClaim.withdraw");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="mt-6 flex flex-col gap-2">
      <p className="text-sm">{t("hint")}</p>
      <FormError code={error} />
      <div>
        <Button
          type="button"
          variant="danger"
          disabled={busy}
          onClick={async () => {
            if (!window.confirm(t("confirm"))) return;
            setBusy(true);
            const result = await withdrawOffshoreClaimAction({ claimId, version });
            setBusy(false);
            if (result.ok) router.refresh();
            else setError(result.formError ?? "unexpected");
          }}
        >
          {t("button")}
        </Button>
      </div>
    </div>
  );
}
