// Sign-up must not tell a stranger which e-mail addresses and credit codes are registered: a
// duplicate gets the same answer as a new registration ("check your mail"), and the owner of the
// existing account or organisation is mailed instead. Called through the real server action
// (tests/support/action-harness.ts: only the request boundary is replaced).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import type { EmailJob } from "@/lib/notifications/mail/enqueue-email";
import { DEMO_PASSWORD, createOrganisationWithUser, uniqueCreditCode } from "@/prisma/seed/factories";
import { pointActionsAtDatabase, releaseActionsDatabase, type RequestState } from "../support/action-harness";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

const state = vi.hoisted((): RequestState => ({ sid: null, cookies: new Map(), mails: [] }));
vi.mock("server-only", () => ({}));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => null,
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "198.51.100.77", host: "portal.test", "user-agent": "vitest" }),
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "zh-CN" }));
vi.mock("@/lib/jobs/app-job-queue", () => ({ getAppJobQueue: async () => ({ send: async (_queue: string, job: unknown) => void state.mails.push(job) }) }));

applyTestSecrets();

function form(overrides: Record<string, string> = {}) {
  return {
    kind: "ENTERPRISE", nameZh: "重复注册测试有限公司", creditCode: uniqueCreditCode("360106"), district: "HONGGUTAN",
    address: "南昌市红谷滩区 9 号", contactName: "赵六", contactPhone: "13800000009", userName: "赵六",
    email: `stranger-${crypto.randomUUID()}@example.test`, password: DEMO_PASSWORD, passwordConfirm: DEMO_PASSWORD,
    ...overrides,
  };
}

describe.each(DATABASE_KINDS)("sign-up duplicates on %s", (kind) => {
  let db: TestDatabase;
  let signUpAction: (raw: unknown) => Promise<unknown>;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    pointActionsAtDatabase(db);
    ({ signUpAction } = await import("@/app/(auth)/signup/actions"));
  });
  afterAll(async () => {
    releaseActionsDatabase();
    await db?.close();
  });

  it("answers a taken e-mail exactly as a new registration, creates nothing and mails the owner", async () => {
    const owner = await createOrganisationWithUser(db.prisma);
    state.mails.length = 0;
    const fresh = form();
    const newAnswer = await signUpAction(fresh);
    const newMails = state.mails.splice(0) as EmailJob[];
    expect(newMails).toEqual([expect.objectContaining({ to: fresh.email, template: "signUpReceived" })]);

    const organisations = await db.prisma.organisation.count();
    const duplicateAnswer = await signUpAction(form({ email: owner.user.email.toUpperCase() }));
    expect(duplicateAnswer).toEqual(newAnswer);
    expect(duplicateAnswer).toEqual({ ok: true, data: undefined });
    expect(await db.prisma.organisation.count()).toBe(organisations);
    expect(state.mails.splice(0)).toEqual([{ to: owner.user.email, template: "signUpEmailTaken", params: {}, locale: owner.user.locale, cityId: owner.organisation.cityId }]);
  });

  it("answers a taken credit code exactly as a new registration and mails the organisation's contact", async () => {
    const owner = await createOrganisationWithUser(db.prisma);
    state.mails.length = 0;
    const answer = await signUpAction(form({ creditCode: owner.organisation.creditCode }));
    expect(answer).toEqual({ ok: true, data: undefined });
    expect(state.mails.splice(0)).toEqual([
      expect.objectContaining({ to: owner.organisation.contactEmail, template: "signUpCreditCodeTaken", params: { organisation: owner.organisation.nameZh, creditCode: owner.organisation.creditCode }, cityId: owner.organisation.cityId }),
    ]);
    expect(await db.prisma.user.count({ where: { organisationId: owner.organisation.id } })).toBe(1);
  });

  it("leaves a new organisation awaiting vetting", async () => {
    const fresh = form();
    await signUpAction(fresh);
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: fresh.email }, include: { organisation: true } });
    expect(user.organisation).toMatchObject({ creditCode: fresh.creditCode, status: "PENDING_VETTING", vettedAt: null });
  });
});
