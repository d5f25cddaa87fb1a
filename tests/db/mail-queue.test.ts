import net from "node:net";
import type PgBoss from "pg-boss";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterEach, describe, expect, it } from "vitest";
import type { DatabaseKind } from "@/lib/db/client";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { createJobQueue } from "@/lib/jobs/job-queue";
import { startEmailWorker } from "@/lib/notifications/mail/email-worker";
import { EMAIL_QUEUE, ensureEmailQueue } from "@/lib/jobs/email-queue";
import { enqueueEmail } from "@/lib/notifications/mail/enqueue-email";
import { mailTransportFromEnv } from "@/lib/notifications/mail/mail-transport";
import { createOrganisationWithUser } from "@/prisma/seed/factories";
import { ensureSecondCity, SECOND_CITY_REGION } from "@/prisma/seed/second-city";
import { applyTestSecrets } from "./test-env";

interface Received {
  from: string;
  to: string[];
  subject: string;
  text: string;
}

/** A real SMTP peer on a loopback port, recording what it receives. */
async function startSmtp(port: number): Promise<{ server: SMTPServer; received: Received[] }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        const mail = await simpleParser(Buffer.concat(chunks));
        received.push({ from: mail.from?.text ?? "", to: session.envelope.rcptTo.map((r) => r.address), subject: mail.subject ?? "", text: mail.text ?? "" });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { server, received };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

applyTestSecrets();

const kinds: DatabaseKind[] = ["pglite", ...(process.env.TEST_DATABASE_URL ? (["postgres"] as const) : [])];

describe.each(kinds)("e-mail through the job queue on %s", (kind) => {
  let db: TestDatabase | undefined;
  let boss: PgBoss | undefined;
  let smtp: SMTPServer | undefined;

  afterEach(async () => {
    await boss?.stop({ graceful: false, wait: true, close: false });
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
    await db?.close();
    boss = undefined;
    smtp = undefined;
    db = undefined;
  });

  async function setUp() {
    db = await createTestDatabase(kind);
    boss = createJobQueue(db);
    await boss.start();
    // The production policy, but retrying after 1 s instead of 30 s.
    await ensureEmailQueue(boss, { retryDelay: 1, retryBackoff: false });
    return { db, boss };
  }

  it("delivers a message queued inside a committed transaction, in the recipient's language", async () => {
    const { db, boss } = await setUp();
    const port = await freePort();
    const started = await startSmtp(port);
    smtp = started.server;
    await db.prisma.$transaction((tx) =>
      enqueueEmail({ to: "applicant@example.test", template: "claimApproved", params: { claimNo: "A2024-ABC123", amount: "¥250,000.00" }, locale: "en" }, tx, boss),
    );
    await startEmailWorker(db.prisma, boss, mailTransportFromEnv({ SMTP_URL: `smtp://127.0.0.1:${port}` }), 0.5);
    await until(() => started.received.length === 1);
    expect(started.received[0]!.to).toEqual(["applicant@example.test"]);
    expect(started.received[0]!.subject).toBe("Claim A2024-ABC123 approved");
    expect(started.received[0]!.text).toContain("¥250,000.00");
  });

  it("sends a city's mail from its bureau's sender, signed by its bureau (issue 22)", async () => {
    const { db, boss } = await setUp();
    await ensureSecondCity(db.prisma);
    await db.prisma.city.update({ where: { id: "changsha" }, data: { mailFrom: "长沙市商务局 <fwwb@changsha.example.test>" } });
    const port = await freePort();
    const started = await startSmtp(port);
    smtp = started.server;
    await enqueueEmail({ to: "cs@example.test", template: "claimPaid", params: { claimNo: "A2025-CS1", amount: "¥1.00" }, locale: "zh-CN", cityId: "changsha" }, undefined, boss);
    await enqueueEmail({ to: "nc@example.test", template: "claimPaid", params: { claimNo: "A2025-NC1", amount: "¥1.00" }, locale: "zh-CN", cityId: "nanchang" }, undefined, boss);
    // A member's mail names the organisation; the worker finds its city.
    const member = await createOrganisationWithUser(db.prisma, { region: SECOND_CITY_REGION });
    await enqueueEmail({ to: "member@example.test", template: "claimPaid", params: { claimNo: "A2025-CS2", amount: "¥1.00" }, locale: "en", organisationId: member.organisation.id }, undefined, boss);
    await startEmailWorker(db.prisma, boss, mailTransportFromEnv({ SMTP_URL: `smtp://127.0.0.1:${port}` }), 0.5);
    await until(() => started.received.length === 3);
    const byOrganisation = started.received.find((m) => m.to[0] === "member@example.test")!;
    expect(byOrganisation.from).toContain("fwwb@changsha.example.test");
    expect(byOrganisation.text).toContain("— Changsha Municipal Bureau of Commerce, Changsha Service Outsourcing Subsidy Portal");
    const changsha = started.received.find((m) => m.to[0] === "cs@example.test")!;
    expect(changsha.from).toContain("fwwb@changsha.example.test");
    expect(changsha.text).toContain("——长沙市商务局 长沙市服务外包补贴申报平台");
    const nanchang = started.received.find((m) => m.to[0] === "nc@example.test")!;
    expect(nanchang.from).toContain("no-reply@portal.invalid");
    expect(nanchang.from).toContain("南昌市商务局");
    expect(nanchang.text).toContain("——南昌市商务局 南昌市服务外包补贴申报平台");
  });

  it("queues nothing when the transaction rolls back", async () => {
    const { db, boss } = await setUp();
    await expect(
      db.prisma.$transaction(async (tx) => {
        await enqueueEmail({ to: "x@example.test", template: "claimRejected", params: { claimNo: "A1", reason: "r" }, locale: "zh-CN" }, tx, boss);
        throw new Error("decision failed");
      }),
    ).rejects.toThrow("decision failed");
    expect(await boss.getQueueSize(EMAIL_QUEUE)).toBe(0);
  });

  it("keeps a message while the mail server is down and delivers it once it is back", async () => {
    const { db, boss } = await setUp();
    const port = await freePort();
    await enqueueEmail({ to: "later@example.test", template: "claimPaid", params: { claimNo: "B2025-XYZ", amount: "¥3,500.00" }, locale: "zh-CN" }, undefined, boss);
    const failures: string[] = [];
    const send = mailTransportFromEnv({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    await startEmailWorker(db.prisma, boss, async (email) => {
      try {
        await send(email);
      } catch (error) {
        failures.push((error as Error).message);
        throw error;
      }
    }, 0.5);
    await until(() => failures.length >= 1);
    const started = await startSmtp(port);
    smtp = started.server;
    await until(() => started.received.length === 1, 30_000);
    expect(started.received[0]!.subject).toBe("申报 B2025-XYZ 已拨付");
    expect(started.received[0]!.text).toContain("¥3,500.00");
  });
});
