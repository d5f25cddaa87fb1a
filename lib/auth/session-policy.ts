/** Sessions end 8 hours after login at most, and after 60 minutes without a request. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
export const SESSION_IDLE_SECONDS = 60 * 60;
/** lastSeenAt is written at most this often, to keep reads from turning into writes. */
export const SESSION_TOUCH_SECONDS = 60;

export interface SessionTimes {
  expiresAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
}

export function isSessionActive(session: SessionTimes, now: Date): boolean {
  if (session.revokedAt) return false;
  if (session.expiresAt.getTime() <= now.getTime()) return false;
  return now.getTime() - session.lastSeenAt.getTime() < SESSION_IDLE_SECONDS * 1000;
}

export function needsTouch(session: SessionTimes, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_SECONDS * 1000;
}
