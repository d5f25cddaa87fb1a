// Kept apart from password.ts so that forms in the browser can import it without argon2.
export const MIN_PASSWORD_LENGTH = 12;
