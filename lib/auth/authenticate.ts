import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { loginSchema } from "@/lib/schemas/login";
import { clearAccountThrottle, isLoginThrottled, recordLoginFailure } from "./login-throttle";
import { verifyPassword } from "./password";
import { SESSION_MAX_AGE_SECONDS } from "./session-policy";

export type AuthenticationResult =
  | { ok: true; userId: string; sessionId: string }
  | { ok: false; error: "INVALID_CREDENTIALS" | "THROTTLED" | "ACCOUNT_DISABLED" };

interface Attempt {
  email: unknown;
  password: unknown;
  ipAddress: string;
  userAgent?: string | null;
}

/**
 * Checks a login attempt and, when it succeeds, opens a database session whose id the cookie
 * will carry. Failures are counted per account and per address; every attempt is audited.
 */
export async function authenticate(prisma: PrismaClient, attempt: Attempt): Promise<AuthenticationResult> {
  const parsed = loginSchema.safeParse({ email: attempt.email, password: attempt.password });
  if (!parsed.success) return { ok: false, error: "INVALID_CREDENTIALS" };
  const { email, password } = parsed.data;
  const subject = { email, ipAddress: attempt.ipAddress };

  if (await isLoginThrottled(prisma, subject)) {
    await prisma.$transaction((tx) =>
      appendAuditEntry(tx, { action: "auth.login", result: "denied", details: { reason: "throttled" }, ipAddress: attempt.ipAddress }),
    );
    return { ok: false, error: "THROTTLED" };
  }

  const user = await prisma.user.findUnique({ where: { email } });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !passwordMatches) {
    await recordLoginFailure(prisma, subject);
    await prisma.$transaction((tx) =>
      appendAuditEntry(tx, {
        actorId: user?.id ?? null,
        action: "auth.login",
        targetType: "User",
        targetId: user?.id ?? null,
        result: "failure",
        ipAddress: attempt.ipAddress,
      }),
    );
    return { ok: false, error: "INVALID_CREDENTIALS" };
  }
  if (user.disabledAt) {
    await prisma.$transaction((tx) =>
      appendAuditEntry(tx, { actorId: user.id, action: "auth.login", targetType: "User", targetId: user.id, result: "denied", details: { reason: "disabled" }, ipAddress: attempt.ipAddress }),
    );
    return { ok: false, error: "ACCOUNT_DISABLED" };
  }

  await clearAccountThrottle(prisma, email);
  const now = new Date();
  const session = await prisma.$transaction(async (tx) => {
    const created = await tx.session.create({
      data: {
        userId: user.id,
        expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
        ipAddress: attempt.ipAddress,
        userAgent: attempt.userAgent?.slice(0, 300) ?? null,
      },
    });
    await appendAuditEntry(tx, {
      actorId: user.id,
      actorRole: user.role,
      action: "auth.login",
      targetType: "User",
      targetId: user.id,
      result: "success",
      ipAddress: attempt.ipAddress,
    });
    return created;
  });
  return { ok: true, userId: user.id, sessionId: session.id };
}
