// The framework's request boundary, replaced for the tests that call server actions in-process
// (see action-harness.ts). Import this module first in such a test file: its vi.mock calls then
// register before any app module is loaded. next-auth's cookie decoding returns the session id
// the test chose (requestState.sid), next/headers returns fixed headers and a cookie jar,
// revalidatePath does nothing, and the mail queue records the jobs instead of starting pg-boss.
import { vi } from "vitest";
import type { RequestState } from "./action-harness";

// Read by the mock factories only when an app module first imports a mocked one, after this
// module has run; a plain const, since vi.hoisted values cannot be exported.
export const requestState: RequestState = { sid: null, cookies: new Map(), mails: [] };

vi.mock("server-only", () => ({}));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => (requestState.sid ? { sid: requestState.sid, expires: new Date(Date.now() + 3600_000).toISOString() } : null),
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "198.51.100.23", host: "portal.test", "user-agent": "vitest" }),
  cookies: async () => ({
    get: (name: string) => (requestState.cookies.has(name) ? { name, value: requestState.cookies.get(name) } : undefined),
    set: (name: string, value: string) => void requestState.cookies.set(name, value),
  }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "zh-CN" }));
vi.mock("@/lib/jobs/app-job-queue", () => ({ getAppJobQueue: async () => ({ send: async (_queue: string, job: unknown) => void requestState.mails.push(job) }) }));
