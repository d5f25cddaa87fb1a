import { fileTypeFromBuffer } from "file-type";
import { isEvidenceMimeType, type EvidenceMimeType } from "./evidence-rules";

/**
 * The file's type from its bytes (magic numbers, via the file-type library), never from its
 * name or the browser's claim: an executable or an HTML page renamed .pdf is not a PDF.
 */
export async function detectEvidenceType(bytes: Uint8Array): Promise<EvidenceMimeType | null> {
  const detected = await fileTypeFromBuffer(bytes);
  return isEvidenceMimeType(detected?.mime) ? detected.mime : null;
}
