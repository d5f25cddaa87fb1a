"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormError } from "@/components/form-error";
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
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        disabled={pending}
        aria-label={`${label}: ${text}`}
        className="rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100"
        onClick={() =>
          startTransition(async () => {
            const result = await markNotificationReadAction({ notificationId: id });
            if (!result.ok) setError(result.formError ?? "unexpected");
            router.refresh();
          })
        }
      >
        {label}
      </button>
      <FormError code={error} />
    </>
  );
}

export function MarkAllReadButton({ label }: { label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        disabled={pending}
        className="rounded border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-50"
        onClick={() =>
          startTransition(async () => {
            const result = await markAllNotificationsReadAction({});
            if (!result.ok) setError(result.formError ?? "unexpected");
            router.refresh();
          })
        }
      >
        {label}
      </button>
      <FormError code={error} />
    </>
  );
}
