// Authorization matrix of every page (app/**/page.tsx) and route handler (app/**/route.ts), over
// HTTP against the seeded e2e server, for every role and for records of the caller's own versus
// another organisation. Server actions have their own matrix, in-process against a real database
// (tests/db/authorization-matrix.test.ts): over HTTP an action is addressed by a build-specific id
// and answers inside an RSC payload, while pages and routes answer with plain HTTP statuses.
//
// Adding a row: key = the route as the file system names it (route groups dropped), `allowed` =
// the roles the page's requireRole/requireOrganisationMember admits, `own` = the address (with a
// record of the caller's organisation: ids come from the demo seed through the owners' list
// pages), `crossOrg` when a member of another organisation of the same role must get 404 for it,
// `crossCity` when a staff member of the same role in the other city must (issue 22). The guard
// test fails while a page or route has no row.
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, Browser, BrowserContext } from "@playwright/test";
import { DEMO_ACCOUNTS, expect, signIn, test } from "./support";

const ROLES = ["anonymous", "enterprise", "institution", "reviewer", "paymentReviewer", "administrator", "province"] as const;
type Role = (typeof ROLES)[number];

const ACCOUNTS: Record<Exclude<Role, "anonymous">, string> = {
  enterprise: DEMO_ACCOUNTS.enterpriseGanjiang,
  institution: DEMO_ACCOUNTS.institutionYuzhang,
  reviewer: DEMO_ACCOUNTS.secondReviewer, // no payment role
  paymentReviewer: DEMO_ACCOUNTS.reviewer, // may release payments
  administrator: DEMO_ACCOUNTS.administrator,
  province: DEMO_ACCOUNTS.provinceAdministrator,
};

/** What an answer came to: 200 page/file, a redirect to the login page, another redirect, or an error status. */
type Outcome = "ok" | "login" | "redirect" | 401 | 403 | 404 | 405 | number;

interface Ids {
  ownClaim: string;
  ownTrainee: string;
  ownTrainingClaim: string;
  reviewClaim: string;
  adminOrganisation: string;
}

/** Members of another organisation of the same role: they ask for the own organisation's records. */
const OTHER_ORGANISATION: Partial<Record<Role, string>> = {
  enterprise: DEMO_ACCOUNTS.enterpriseHongcheng,
  institution: DEMO_ACCOUNTS.institutionTengwang,
};

/** Staff of the demo's second city (Changsha): they ask for Nanchang's records. */
const OTHER_CITY: Partial<Record<Role, string>> = {
  reviewer: DEMO_ACCOUNTS.secondCityReviewer,
  paymentReviewer: DEMO_ACCOUNTS.secondCityReviewer,
  administrator: DEMO_ACCOUNTS.secondCityAdministrator,
};

interface RouteRow {
  method?: "GET" | "POST";
  /** Roles the page admits; "public" for everyone. */
  allowed: Role[] | "public";
  /** Address for the allowed roles (their own organisation's record, or a bureau record). */
  own: (ids: Ids) => string;
  /** The address names a record of the caller's organisation: a member of ANOTHER organisation of the same role gets 404. */
  crossOrg?: true;
  /** The address names a record of the caller's city: a staff member of the same role in ANOTHER city gets 404. */
  crossCity?: true;
  /** Expected answers for an allowed role (default ["ok"]). */
  reaches?: Outcome[];
  /** Expected answer for a signed-out visitor (default "login": the proxy's or the page's redirect). */
  anonymous?: Outcome;
  /** Expected answer for a signed-in user of another role (default 403). */
  wrongRole?: Outcome;
}

const NO_SUCH_RECORD = "0190a5f4-0000-7000-8000-000000000000";
const ENTERPRISE: Role[] = ["enterprise"];
const INSTITUTION: Role[] = ["institution"];
const STAFF: Role[] = ["reviewer", "paymentReviewer"];
const SIGNED_IN: Role[] = ["enterprise", "institution", "reviewer", "paymentReviewer", "administrator", "province"];

const ROUTE_MATRIX: Record<string, RouteRow> = {
  // Public pages: a signed-in visitor may be sent on to its start page.
  "/": { allowed: "public", own: () => "/", reaches: ["ok", "redirect"], anonymous: "ok" },
  "/login": { allowed: "public", own: () => "/login", reaches: ["ok", "redirect"], anonymous: "ok" },
  "/signup": { allowed: "public", own: () => "/signup", reaches: ["ok", "redirect"], anonymous: "ok" },
  "/notice": { allowed: "public", own: () => "/notice", anonymous: "ok" },
  "/notice/[city]": { allowed: "public", own: () => "/notice/changsha", anonymous: "ok" },
  "/developers": { allowed: "public", own: () => "/developers", anonymous: "ok" },
  "/calculator": { allowed: "public", own: () => "/calculator", anonymous: "ok" },
  "/invite/[token]": { allowed: "public", own: () => `/invite/${"x".repeat(43)}`, reaches: ["ok", 404], anonymous: "ok" },
  "/api/auth/[...nextauth]": { allowed: "public", own: () => "/api/auth/csrf", anonymous: "ok" },
  "/home": { allowed: SIGNED_IN, own: () => "/home", reaches: ["redirect"] },
  "/account": { allowed: SIGNED_IN, own: () => "/account" },
  // The inbox lists the signed-in person's own items only (lib/notifications/list-inbox.ts); a page past the end is clamped.
  "/inbox": { allowed: SIGNED_IN, own: () => "/inbox?page=999" },
  // Cross-city sums only; the province administrator has no city, so no city's record is theirs (every other row).
  "/province": { allowed: ["province"], own: () => "/province?year=2024" },
  "/province/cities/[cityId]": { allowed: ["province"], own: () => "/province/cities/changsha" },

  "/admin": { allowed: ["administrator"], own: () => "/admin" },
  "/admin/audit": { allowed: ["administrator"], own: () => "/admin/audit" },
  "/admin/audit/export": { allowed: ["administrator"], own: () => "/admin/audit/export?format=xlsx" },
  "/admin/budget": { allowed: ["administrator"], own: () => "/admin/budget" },
  "/admin/calendar": { allowed: ["administrator"], own: () => "/admin/calendar?year=2026" },
  "/admin/dashboard": { allowed: ["administrator"], own: () => "/admin/dashboard" },
  "/admin/policy": { allowed: ["administrator"], own: () => "/admin/policy" },
  "/admin/policy/[versionId]": { allowed: ["administrator"], own: () => "/admin/policy/nanchang-2015-implementation-opinions", crossCity: true },
  // A published version has no what-if (404 for the administrator too); the drafting journey opens a draft's (policy-workbench.spec.ts).
  "/admin/policy/[versionId]/what-if": { allowed: ["administrator"], own: () => "/admin/policy/nanchang-2015-implementation-opinions/what-if", reaches: [404] },
  "/admin/policy/[versionId]/what-if/progress": { allowed: ["administrator"], own: () => `/admin/policy/nanchang-2015-implementation-opinions/what-if/progress?run=${crypto.randomUUID()}`, reaches: [404] },
  "/admin/policy/[versionId]/what-if/export": { allowed: ["administrator"], own: () => `/admin/policy/nanchang-2015-implementation-opinions/what-if/export?run=${crypto.randomUUID()}`, reaches: [404] },
  "/admin/organisations": { allowed: ["administrator"], own: () => "/admin/organisations" },
  "/admin/organisations/[organisationId]": { allowed: ["administrator"], own: (i) => `/admin/organisations/${i.adminOrganisation}`, crossCity: true },
  "/admin/users": { allowed: ["administrator"], own: () => "/admin/users" },

  "/enterprise": { allowed: ENTERPRISE, own: () => "/enterprise" },
  "/enterprise/claims": { allowed: ENTERPRISE, own: () => "/enterprise/claims" },
  "/enterprise/claims/new": { allowed: ENTERPRISE, own: () => "/enterprise/claims/new" },
  "/enterprise/claims/[claimId]": { allowed: ENTERPRISE, own: (i) => `/enterprise/claims/${i.ownClaim}`, crossOrg: true },
  "/enterprise/claims/[claimId]/decision": {
    allowed: ENTERPRISE,
    // The demo claims have no decision yet: the own claim's decision page is a 404 as well.
    own: (i) => `/enterprise/claims/${i.ownClaim}/decision`,
    crossOrg: true,
    reaches: ["ok", 404],
  },
  "/enterprise/claims/[claimId]/print": {
    allowed: ENTERPRISE,
    own: (i) => `/enterprise/claims/${i.ownClaim}/print`,
    crossOrg: true,
  },
  "/enterprise/claims/csv-template": { allowed: ENTERPRISE, own: () => "/enterprise/claims/csv-template" },
  "/enterprise/colleagues": { allowed: ENTERPRISE, own: () => "/enterprise/colleagues" },
  "/enterprise/api-keys": { allowed: ENTERPRISE, own: () => "/enterprise/api-keys" },
  "/enterprise/employment": { allowed: ENTERPRISE, own: () => "/enterprise/employment" },
  "/enterprise/receipts": { allowed: ENTERPRISE, own: () => "/enterprise/receipts" },
  "/enterprise/profile": { allowed: ENTERPRISE, own: () => "/enterprise/profile" },

  "/institution": { allowed: INSTITUTION, own: () => "/institution" },
  "/institution/claims": { allowed: INSTITUTION, own: () => "/institution/claims" },
  "/institution/claims/[claimId]": {
    allowed: INSTITUTION,
    own: (i) => `/institution/claims/${i.ownTrainingClaim}`,
    crossOrg: true,
  },
  "/institution/claims/[claimId]/decision": {
    allowed: INSTITUTION,
    // The seeded training claim is not decided yet: its decision page is a 404 as well.
    own: (i) => `/institution/claims/${i.ownTrainingClaim}/decision`,
    crossOrg: true,
    reaches: ["ok", 404],
  },
  "/institution/claims/[claimId]/print": {
    allowed: INSTITUTION,
    own: (i) => `/institution/claims/${i.ownTrainingClaim}/print`,
    crossOrg: true,
  },
  "/institution/colleagues": { allowed: INSTITUTION, own: () => "/institution/colleagues" },
  "/institution/api-keys": { allowed: INSTITUTION, own: () => "/institution/api-keys" },
  "/institution/profile": { allowed: INSTITUTION, own: () => "/institution/profile" },
  "/institution/trainees": { allowed: INSTITUTION, own: () => "/institution/trainees" },
  "/institution/trainees/new": { allowed: INSTITUTION, own: () => "/institution/trainees/new" },
  "/institution/trainees/[traineeId]": {
    allowed: INSTITUTION,
    own: (i) => `/institution/trainees/${i.ownTrainee}`,
    crossOrg: true,
  },
  "/institution/trainees/[traineeId]/identity": {
    allowed: INSTITUTION,
    own: (i) => `/institution/trainees/${i.ownTrainee}/identity`,
    crossOrg: true,
  },
  "/institution/trainees/import": { allowed: INSTITUTION, own: () => "/institution/trainees/import" },
  // The institution's CSV routes answer 404 to every other role (they do not confirm the address exists).
  "/institution/trainees/import/template": { allowed: INSTITUTION, own: () => "/institution/trainees/import/template", wrongRole: 404 },
  "/institution/trainees/import/[batchId]/report": {
    allowed: INSTITUTION,
    // The demo has no import batch: the role gate and the 404 of a batch that is not the caller's.
    own: () => `/institution/trainees/import/${NO_SUCH_RECORD}/report`,
    reaches: [404],
    wrongRole: 404,
  },

  "/review": { allowed: STAFF, own: () => "/review" },
  "/review/conflicts": { allowed: STAFF, own: () => "/review/conflicts" },
  "/review/organisations": { allowed: STAFF, own: () => "/review/organisations" },
  "/review/dashboard": { allowed: STAFF, own: () => "/review/dashboard" },
  "/review/notice": { allowed: STAFF, own: () => "/review/notice" },
  "/review/verification": { allowed: STAFF, own: () => "/review/verification" },
  "/review/claims/[kind]/[claimId]": { allowed: STAFF, own: (i) => `/review/claims/offshore/${i.reviewClaim}`, crossCity: true },
  "/review/claims/[kind]/[claimId]/decision": { allowed: STAFF, own: (i) => `/review/claims/offshore/${i.reviewClaim}/decision`, reaches: ["ok", 404], crossCity: true },
  "/review/claims/[kind]/[claimId]/print": { allowed: STAFF, own: (i) => `/review/claims/offshore/${i.reviewClaim}/print`, crossCity: true },
  "/review/payments": { allowed: ["paymentReviewer"], own: () => "/review/payments" },
  "/review/payments/[batchId]": { allowed: ["paymentReviewer"], own: () => `/review/payments/${NO_SUCH_RECORD}`, reaches: [404] },
  "/review/payments/[batchId]/print": { allowed: ["paymentReviewer"], own: () => `/review/payments/${NO_SUCH_RECORD}/print`, reaches: [404] },

  // API routes outside the proxy's protected prefixes answer 401 to a signed-out caller.
  "/api/evidence/[evidenceId]": { allowed: SIGNED_IN, own: () => `/api/evidence/${NO_SUCH_RECORD}`, reaches: [404], anonymous: 401 },
  "/api/review/queue-export": { allowed: STAFF, own: () => "/api/review/queue-export?format=xlsx", anonymous: 401 },
  // A download's progress: the caller's own runs only; an id never seen (or another user's) answers "pending".
  "/api/exports/[exportId]": { allowed: SIGNED_IN, own: () => `/api/exports/${NO_SUCH_RECORD}`, anonymous: 401 },
  "/api/review/payments/[batchId]/bank-file": {
    method: "POST",
    allowed: ["paymentReviewer"],
    own: () => `/api/review/payments/${NO_SUCH_RECORD}/bank-file`,
    // A batch that does not exist: the export refuses and sends the reviewer back to the batch page.
    reaches: [404, "redirect"],
    anonymous: 401,
  },

  // The public API v1 (lib/api): no session at all, the same answer for everyone. The calculators
  // are POSTs whose empty body is refused as the wrong content type (415) before anything else.
  "/api/v1/policy-versions": { allowed: "public", own: () => "/api/v1/policy-versions", anonymous: "ok" },
  "/api/v1/notice": { allowed: "public", own: () => "/api/v1/notice?pageSize=5", anonymous: "ok" },
  "/api/v1/eligibility/offshore": { method: "POST", allowed: "public", own: () => "/api/v1/eligibility/offshore", reaches: [415], anonymous: 415 },
  "/api/v1/eligibility/training": { method: "POST", allowed: "public", own: () => "/api/v1/eligibility/training", reaches: [415], anonymous: 415 },
  "/api/v1/cities/[city]/policy-versions": { allowed: "public", own: () => "/api/v1/cities/nanchang/policy-versions", anonymous: "ok" },
  "/api/v1/cities/[city]/notice": { allowed: "public", own: () => "/api/v1/cities/nanchang/notice", anonymous: "ok" },
  "/api/v1/cities/[city]/eligibility/offshore": { method: "POST", allowed: "public", own: () => "/api/v1/cities/nanchang/eligibility/offshore", reaches: [415], anonymous: 415 },
  "/api/v1/cities/[city]/eligibility/training": { method: "POST", allowed: "public", own: () => "/api/v1/cities/nanchang/eligibility/training", reaches: [415], anonymous: 415 },
  "/api/v1/openapi.json": { allowed: "public", own: () => "/api/v1/openapi.json", anonymous: "ok" },
  // With an organisation's API key only: a session cookie is never read, so every role is 401
  // (the key's own checks, other organisation's claim 404 included: e2e/api-keys.spec.ts, tests/db/api-keys.test.ts).
  "/api/v1/claims": { allowed: "public", own: () => "/api/v1/claims", reaches: [401], anonymous: 401 },
  "/api/v1/claims/[id]": { allowed: "public", own: () => `/api/v1/claims/${crypto.randomUUID()}`, reaches: [401], anonymous: 401 },
  "/api/v1/offshore-claims": { method: "POST", allowed: "public", own: () => "/api/v1/offshore-claims", reaches: [401], anonymous: 401 },
  "/api/v1/cities/[city]/claims": { allowed: "public", own: () => "/api/v1/cities/nanchang/claims", reaches: [401], anonymous: 401 },
  "/api/v1/cities/[city]/claims/[id]": { allowed: "public", own: () => `/api/v1/cities/nanchang/claims/${crypto.randomUUID()}`, reaches: [401], anonymous: 401 },
  "/api/v1/cities/[city]/offshore-claims": { method: "POST", allowed: "public", own: () => "/api/v1/cities/nanchang/offshore-claims", reaches: [401], anonymous: 401 },
  // Any other address under /api/v1: 404 in the API's error shape.
  "/api/v1/[...path]": { allowed: "public", own: () => "/api/v1/no-such-endpoint", reaches: [404], anonymous: 404 },

  // Last, because it ends each caller's session: everyone may sign out, and lands on the login page.
  "/sign-out": { method: "POST", allowed: "public", own: () => "/sign-out", reaches: ["login"], anonymous: "login" },
};

/** Every page and route handler as the file system names it (route groups dropped). */
function routesOnDisk(): string[] {
  // Playwright runs from the repository root (playwright.config.ts).
  const appDir = path.resolve("app");
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "page.tsx" || entry.name === "route.ts") {
        const segments = path.relative(appDir, dir).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
        found.push(`/${segments.join("/")}`);
      }
    }
  };
  walk(appDir);
  return [...new Set(found)].sort();
}

test("every page and route handler has a row in the authorization matrix", () => {
  const onDisk = routesOnDisk();
  const rows = Object.keys(ROUTE_MATRIX).sort();
  expect(onDisk.filter((r) => !rows.includes(r)), "pages/routes without a row in e2e/authorization-matrix.spec.ts").toEqual([]);
  expect(rows.filter((r) => !onDisk.includes(r)), "rows for pages/routes that do not exist").toEqual([]);
});

function outcomeOf(status: number, location: string | undefined): Outcome {
  if (status >= 300 && status < 400) return location && new URL(location, "http://x").pathname === "/login" ? "login" : "redirect";
  if (status === 200) return "ok";
  return status;
}

async function signedInRequest(browser: Browser, baseURL: string, email: string | null) {
  const context = await browser.newContext({ baseURL, locale: "zh-CN" });
  if (email) {
    const page = await context.newPage();
    await signIn(page, email);
    await page.close();
  }
  return context;
}

/** Ids of the demo's records, read from the owners' own list pages. */
async function discoverIds(requests: Record<Role, APIRequestContext>): Promise<Ids> {
  const first = async (request: APIRequestContext, listPath: string, pattern: RegExp) => {
    const html = await (await request.get(listPath)).text();
    const match = html.match(pattern);
    expect(match, `a record linked from ${listPath}`).not.toBeNull();
    return match![1]!;
  };
  const uuid = "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";
  return {
    ownClaim: await first(requests.enterprise, "/enterprise/claims", new RegExp(`/enterprise/claims/${uuid}`)),
    ownTrainee: await first(requests.institution, "/institution/trainees", new RegExp(`/institution/trainees/${uuid}`)),
    ownTrainingClaim: await first(requests.institution, "/institution/claims", new RegExp(`/institution/claims/${uuid}`)),
    reviewClaim: await first(requests.reviewer, "/review", new RegExp(`/review/claims/offshore/${uuid}`)),
    adminOrganisation: await first(requests.administrator, "/admin/organisations", new RegExp(`/admin/organisations/${uuid}`)),
  };
}

test.describe("authorization matrix of pages and route handlers", () => {
  test.describe.configure({ timeout: 240_000 });

  test("each role gets what the matrix says, and another organisation's or city's record is 404", async ({ browser, baseURL }) => {
    // One after another: the login form hashes with argon2id, and the e2e server shares two cores.
    const contexts: BrowserContext[] = [];
    for (const role of ROLES) contexts.push(await signedInRequest(browser, baseURL!, role === "anonymous" ? null : ACCOUNTS[role]));
    const requests = Object.fromEntries(ROLES.map((role, i) => [role, contexts[i]!.request])) as Record<Role, APIRequestContext>;
    const others: Partial<Record<Role, APIRequestContext>> = {};
    for (const [role, email] of Object.entries(OTHER_ORGANISATION) as Array<[Role, string]>) {
      const context = await signedInRequest(browser, baseURL!, email);
      contexts.push(context);
      others[role] = context.request;
    }
    const otherCity: Partial<Record<Role, APIRequestContext>> = {};
    const byEmail = new Map<string, APIRequestContext>();
    for (const [role, email] of Object.entries(OTHER_CITY) as Array<[Role, string]>) {
      if (!byEmail.has(email)) {
        const context = await signedInRequest(browser, baseURL!, email);
        contexts.push(context);
        byEmail.set(email, context.request);
      }
      otherCity[role] = byEmail.get(email);
    }
    try {
      const ids = await discoverIds(requests);
      const wrong: string[] = [];
      let cells = 0;
      for (const [route, row] of Object.entries(ROUTE_MATRIX)) {
        const call = async (role: Role, address: string, request = requests[role]) => {
          const response = await request.fetch(address, { method: row.method ?? "GET", maxRedirects: 0, headers: { origin: baseURL! } });
          cells++;
          return outcomeOf(response.status(), response.headers()["location"]);
        };
        for (const role of ROLES) {
          const allowed = row.allowed === "public" || row.allowed.includes(role);
          const expected: Outcome[] = role === "anonymous" && row.allowed !== "public"
            ? [row.anonymous ?? "login"]
            : allowed ? (role === "anonymous" ? [row.anonymous ?? "ok"] : row.reaches ?? ["ok"]) : [row.wrongRole ?? 403];
          const got = await call(role, row.own(ids));
          if (!expected.includes(got)) wrong.push(`${route} as ${role}: expected ${expected.join("|")}, got ${got}`);
          if (allowed && row.crossOrg && role !== "anonymous") {
            const other = others[role];
            expect(other, `a member of another organisation for ${role}`).toBeDefined();
            const got = await call(role, row.own(ids), other);
            if (got !== 404) wrong.push(`${route} as ${role} of another organisation: expected 404, got ${got}`);
          }
          if (allowed && row.crossCity && role !== "anonymous") {
            const other = otherCity[role];
            expect(other, `a staff member of another city for ${role}`).toBeDefined();
            const got = await call(role, row.own(ids), other);
            if (got !== 404) wrong.push(`${route} as ${role} of another city: expected 404, got ${got}`);
          }
        }
      }
      expect(wrong).toEqual([]);
      expect(cells).toBeGreaterThan(Object.keys(ROUTE_MATRIX).length * ROLES.length);
    } finally {
      await Promise.all(contexts.map((c) => c.close()));
    }
  });
});
