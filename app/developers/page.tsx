import { getLocale, getTranslations } from "next-intl/server";
import { PublicPage } from "@/components/public-page";
import { MAX_JSON_BODY_BYTES } from "@/lib/api/read-json-body";
import { explainResult } from "@/lib/api/v1/explain-result";
import { referenceOperations, errorFields, type ReferenceField } from "@/lib/api/v1/reference-view";
import { evaluateOffshoreIncentive } from "@/lib/eligibility";
import { toLocale } from "@/lib/i18n/locales";
import { RATE_LIMITS } from "@/lib/throttle/rate-limit-policy";

/**
 * The public API for people (issue 21): the rules of use, the versioning rule, the reference
 * rendered here on the server from the OpenAPI document (a reference viewer such as Scalar loads
 * its script from a CDN, which the CSP and an offline install both refuse), and examples.
 */
export default async function DevelopersPage() {
  const t = await getTranslations("developers");
  const locale = toLocale(await getLocale());
  const operations = referenceOperations();
  const byDefaultCity = operations.filter((op) => !op.path.includes("{city}"));
  const cityPath = (path: string) => path.replace("/api/v1/", "/api/v1/cities/{city}/");
  const limit = RATE_LIMITS.publicApi.perAddress;
  const keyed = RATE_LIMITS.keyedApi;
  const exampleInput = { claimYear: 2016, offshoreUsdCents: 123_456_700 };
  const exampleResult = evaluateOffshoreIncentive(exampleInput);
  const example = { result: { eligible: exampleResult.eligible, amountFen: exampleResult.amountFen, policyVersionId: exampleResult.policyVersionId }, explanation: explainResult(exampleResult, locale) };

  return (
    <PublicPage>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2">{t("intro")}</p>
      <p className="mt-2">
        {t("contract")}{" "}
        <a className="text-brand-700 underline" href="/api/v1/openapi.json" data-testid="openapi-link">
          /api/v1/openapi.json
        </a>
      </p>

      <Section title={t("addressesTitle")}>{t("addresses", { city: "{city}" })}</Section>
      <Section title={t("limitsTitle")}>{t("limits", { points: limit.points, seconds: limit.durationSeconds, bytes: MAX_JSON_BODY_BYTES })}</Section>
      <Section title={t("languageTitle")}>{t("language")}</Section>
      <Section title={t("browsersTitle")}>{t("browsers")}</Section>
      <section className="mt-6" data-testid="api-keys">
        <h2 className="text-xl font-semibold">{t("keysTitle")}</h2>
        <p className="mt-2">{t("keys")}</p>
        <p className="mt-2">
          {t("keysRules", { keyPoints: keyed.perAccount.points, addressPoints: keyed.perAddress.points, seconds: keyed.perAccount.durationSeconds })}
        </p>
      </section>
      <Section title={t("errorsTitle")}>
        {t("errors")}
        <FieldTable fields={errorFields()} t={t} />
      </Section>

      <section className="mt-6" data-testid="versioning">
        <h2 className="text-xl font-semibold">{t("versioningTitle")}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>{t("versioningAdd")}</li>
          <li>{t("versioningNever")}</li>
          <li>{t("versioningV2")}</li>
        </ul>
      </section>

      <section className="mt-6">
        <h2 className="text-xl font-semibold">{t("referenceTitle")}</h2>
        {byDefaultCity.map((op) => (
          <article key={op.operationId} className="mt-4 rounded border border-slate-300 bg-white p-4" data-testid="api-operation">
            <h3 className="font-mono font-semibold">
              {op.method} {op.path}
            </h3>
            <p className="text-xs text-slate-600">{t("perCity", { path: cityPath(op.path) })}</p>
            <p className="mt-2 text-sm">{t(`operations.${op.operationId}` as "operations.listNotice")}</p>
            <h4 className="mt-3 text-sm font-semibold">{t("parameters")}</h4>
            <FieldTable fields={op.parameters} t={t} />
            {op.requestFields.length > 0 ? (
              <>
                <h4 className="mt-3 text-sm font-semibold">{t("requestBody")}</h4>
                <FieldTable fields={op.requestFields} t={t} />
              </>
            ) : null}
            <h4 className="mt-3 text-sm font-semibold">{t("answer")}</h4>
            <FieldTable fields={op.responseFields} t={t} />
            <h4 className="mt-3 text-sm font-semibold">{t("statuses")}</h4>
            <ul className="text-sm">
              {op.statuses.map((status) => (
                <li key={status}>
                  <span className="font-mono">{status}</span> {t(`statusText.${status}` as "statusText.200")}
                </li>
              ))}
            </ul>
          </article>
        ))}
      </section>

      <section className="mt-6">
        <h2 className="text-xl font-semibold">{t("examplesTitle")}</h2>
        <p className="mt-2">{t("exampleOffshore")}</p>
        <pre className="mt-1 overflow-x-auto rounded bg-slate-900 p-3 text-xs text-white">
          {`curl -X POST https://<portal>/api/v1/eligibility/offshore \\\n  -H 'Content-Type: application/json' -H 'Accept-Language: ${locale}' \\\n  -d '${JSON.stringify(exampleInput)}'`}
        </pre>
        <p className="mt-2">{t("exampleAnswer")}</p>
        <pre className="mt-1 overflow-x-auto rounded bg-slate-900 p-3 text-xs text-white" data-testid="example-answer">
          {JSON.stringify(example, null, 2)}
        </pre>
        <p className="mt-2">{t("exampleNotice")}</p>
        <pre className="mt-1 overflow-x-auto rounded bg-slate-900 p-3 text-xs text-white">{"curl 'https://<portal>/api/v1/notice?page=2&pageSize=20'"}</pre>
      </section>
    </PublicPage>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="mt-6">
      <h2 className="text-xl font-semibold">{title}</h2>
      <div className="mt-2">{children}</div>
    </section>
  );
}

function FieldTable({ fields, t }: { fields: ReferenceField[]; t: (key: "field" | "type" | "required" | "yes" | "no") => string }) {
  return (
    <table className="mt-1 w-full border-collapse text-left text-xs">
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="p-1">{t("field")}</th>
          <th scope="col" className="p-1">{t("type")}</th>
          <th scope="col" className="p-1">{t("required")}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f.name} className="border-b border-slate-100 align-top">
            <td className="p-1 font-mono">{f.name}</td>
            <td className="p-1 font-mono">{f.type}</td>
            <td className="p-1">{f.required ? t("yes") : t("no")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
