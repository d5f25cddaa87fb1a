"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { ActionButton } from "@/components/action-button";
import { markAllNotificationsReadAction, markNotificationReadAction } from "./actions";

/**
 * The item's link: marks it read, then opens what it is about. Without JavaScript the plain link
 * still opens it (the item stays unread until marked).
 */
export function InboxItemLink({ id, href, label, text }: { id: string; href: string; label: string; text: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <a
      href={href}
      aria-label={`${label}: ${text}`}
      aria-disabled={pending || undefined}
      className="text-brand-700 underline"
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        startTransition(async () => {
          const result = await markNotificationReadAction({ notificationId: id });
          router.push(result.ok && result.data.href ? result.data.href : href);
        });
      }}
    >
      {label}
    </a>
  );
}

export function MarkReadButton({ id, label, text }: { id: string; label: string; text: string }) {
  return <ActionButton run={() => markNotificationReadAction({ notificationId: id })} label={label} ariaLabel={`${label}: ${text}`} />;
}

export function MarkAllReadButton({ label }: { label: string }) {
  return (
    <ActionButton
      run={() => markAllNotificationsReadAction({})}
      label={label}
      className="rounded border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-50"
    />
  );
}
