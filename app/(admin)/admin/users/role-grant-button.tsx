"use client";

import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/action-button";
import { cancelRoleGrantAction, confirmRoleGrantAction, requestPaymentRoleAction } from "./actions";

const ACTIONS = {
  confirm: (id: string) => confirmRoleGrantAction({ grantId: id }),
  cancel: (id: string) => cancelRoleGrantAction({ grantId: id }),
  requestPayment: (id: string) => requestPaymentRoleAction({ userId: id }),
} as const;

/** One button for a role grant: confirm or cancel a pending grant, or ask for a reviewer's payment right. */
export function RoleGrantButton({ kind, id, label }: { kind: keyof typeof ACTIONS; id: string; label: string }) {
  const t = useTranslations("admin");
  return <ActionButton run={() => ACTIONS[kind](id)} label={t(`grant.${kind}`)} ariaLabel={`${t(`grant.${kind}`)}: ${label}`} clearErrorOnRetry />;
}
