import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { AppShell } from "@/components/app-shell";
import { requireUser } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { listInbox } from "@/lib/notifications/list-inbox";
import { InboxItemLink, MarkAllReadButton, MarkReadButton } from "./inbox-item-actions";

export async function generateMetadata() {
  const t = await getTranslations("account.inbox");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function InboxPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const raw = (await searchParams).page;
  const requested = Number(Array.isArray(raw) ? raw[0] : raw) || 1;
  const inbox = await listInbox(getPrisma(), user.id, requested);
  const t = await getTranslations("account.inbox");
  const tn = await getTranslations("notifications");
  const te = await getTranslations("email");
  const format = await getFormatter();
  // Items store a message key and its parameters; the reader's language is applied here. A kind
  // without an inbox line (added with only a mail) shows its mail's subject.
  const textOf = (kind: string, params: Record<string, string>) =>
    tn.has(kind) ? tn(kind as never, params as never) : te.has(`${kind}.subject`) ? te(`${kind}.subject` as never, params as never) : kind;
  return (
    <AppShell user={user}>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2">{t("intro")}</p>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <p data-testid="inbox-summary">{t("summary", { total: inbox.total, unread: inbox.unread })}</p>
        {inbox.unread > 0 ? <MarkAllReadButton label={t("markAllRead")} /> : null}
      </div>
      {inbox.items.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <ul className="mt-6 flex flex-col gap-3" data-testid="inbox-items">
          {inbox.items.map((item) => {
            const text = textOf(item.kind, item.params);
            return (
              <li key={item.id} data-testid="inbox-item" data-unread={item.readAt ? undefined : "true"} className={`rounded border p-3 ${item.readAt ? "border-slate-200" : "border-brand-700 bg-brand-50"}`}>
                <p>
                  {item.readAt ? null : <strong className="mr-2">{t("unread")}</strong>}
                  {text}
                </p>
                <p className="mt-1 flex flex-wrap items-center gap-3 text-sm text-slate-700">
                  <time dateTime={item.createdAt.toISOString()}>{format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" })}</time>
                  {item.href ? <InboxItemLink id={item.id} href={item.href} label={t("open")} text={text} /> : null}
                  {item.readAt ? null : <MarkReadButton id={item.id} label={t("markRead")} text={text} />}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {inbox.pageCount > 1 ? (
        <nav aria-label={t("pages")} className="mt-6 flex items-center gap-4">
          {inbox.page > 1 ? <Link className="underline" href={`/inbox?page=${inbox.page - 1}`}>{t("previous")}</Link> : null}
          <span>{t("pageOf", { page: inbox.page, pageCount: inbox.pageCount })}</span>
          {inbox.page < inbox.pageCount ? <Link className="underline" href={`/inbox?page=${inbox.page + 1}`}>{t("next")}</Link> : null}
        </nav>
      ) : null}
    </AppShell>
  );
}
