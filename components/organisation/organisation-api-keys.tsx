import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ComponentProps } from "react";
import { listApiKeysForOrganisation } from "@/lib/api-keys/list-api-keys";
import { getPrisma } from "@/lib/db";
import { todayInChina } from "@/lib/eligibility";
import { latestApiKeyExpiry } from "@/lib/api-keys/api-key-expiry";
import { CreateApiKeyForm } from "./create-api-key-form";
import { RevokeApiKeyButton } from "./revoke-api-key-button";

/**
 * The API keys page body shared by enterprises and institutions: the form, and every key of the
 * organisation with who made it, its permissions, expiry and last use. The caller has checked
 * membership of `organisationId` and passes its area's actions.
 */
export async function OrganisationApiKeys({
  organisationId,
  createAction,
  revokeAction,
}: {
  organisationId: string;
  createAction: ComponentProps<typeof CreateApiKeyForm>["action"];
  revokeAction: ComponentProps<typeof RevokeApiKeyButton>["action"];
}) {
  const t = await getTranslations("apiKeys");
  const format = await getFormatter();
  const keys = await listApiKeysForOrganisation(getPrisma(), organisationId);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  const now = new Date();
  const today = todayInChina();
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 max-w-2xl">{t("intro")}</p>
      <p className="mt-2">
        <Link href="/developers" className="text-brand-700 underline">
          {t("developersLink")}
        </Link>
      </p>
      <CreateApiKeyForm action={createAction} today={today} latest={latestApiKeyExpiry(today)} />
      <h2 className="mt-8 text-lg font-semibold">{t("listTitle")}</h2>
      {keys.length === 0 ? (
        <p className="mt-2">{t("empty")}</p>
      ) : (
        <table className="mt-2 w-full border-collapse bg-white text-left text-sm" data-testid="api-keys">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">{t("name")}</th>
              <th scope="col" className="p-2">{t("prefix")}</th>
              <th scope="col" className="p-2">{t("scopes")}</th>
              <th scope="col" className="p-2">{t("createdBy")}</th>
              <th scope="col" className="p-2">{t("expiresAt")}</th>
              <th scope="col" className="p-2">{t("lastUsedAt")}</th>
              <th scope="col" className="p-2">{t("state")}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key.id} className="border-b border-slate-200 align-top">
                <td className="p-2">{key.name}</td>
                <td className="p-2 font-mono">{key.prefix}…</td>
                <td className="p-2">{key.scopes.join(", ")}</td>
                <td className="p-2">
                  {key.createdBy.name}
                  <br />
                  <span className="text-slate-600">{date(key.createdAt)}</span>
                </td>
                <td className="p-2">{date(key.expiresAt)}</td>
                <td className="p-2">{key.lastUsedAt ? date(key.lastUsedAt) : t("never")}</td>
                <td className="p-2">
                  {key.revokedAt ? (
                    t("revokedBy", { name: key.revokedBy?.name ?? "", date: date(key.revokedAt) })
                  ) : key.expiresAt <= now ? (
                    t("expired")
                  ) : (
                    <>
                      {t("active")} <RevokeApiKeyButton action={revokeAction} apiKeyId={key.id} name={key.name} />
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
