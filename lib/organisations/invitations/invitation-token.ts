import { createHash, randomBytes } from "node:crypto";

/** How long an invitation link works. */
export const INVITATION_TTL_MS = 72 * 60 * 60 * 1000;

/** 256 random bits, URL-safe: the only copy is in the link sent to the invitee. */
export function newInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps: a leaked table does not yield working links. */
export function invitationTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
