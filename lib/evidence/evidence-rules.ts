/** What evidence may be: a PDF, JPEG or PNG of at most 10 MB, never empty. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_TYPES = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
} as const;
export type EvidenceMimeType = keyof typeof EVIDENCE_TYPES;

export function isEvidenceMimeType(mime: string | undefined): mime is EvidenceMimeType {
  return !!mime && mime in EVIDENCE_TYPES;
}

/**
 * A file name as the browser sent it must be a bare name: no directory part (`../../etc/x.pdf`,
 * `C:\x\y.pdf`), no control characters, not "." or "..", at most 255 characters. The portal never
 * uses the name for storage (keys are server-generated), so this is refusal of an attack, not
 * the only defence against it.
 */
export function isSafeEvidenceFileName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (/[/\\\u0000-\u001f\u007f]/.test(name)) return false;
  if (/^[a-z]:/i.test(name)) return false;
  return name !== "." && name !== "..";
}
