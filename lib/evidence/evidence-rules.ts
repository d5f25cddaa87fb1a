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
