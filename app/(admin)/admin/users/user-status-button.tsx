"use client";

import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/action-button";
import { setUserDisabledAction } from "./actions";

export function UserStatusButton({ userId, disabled, label }: { userId: string; disabled: boolean; label: string }) {
  const t = useTranslations("admin");
  const text = disabled ? t("enable") : t("disable");
  return <ActionButton run={() => setUserDisabledAction({ userId, disabled: !disabled })} label={text} ariaLabel={`${text}: ${label}`} />;
}
