import { ApiError } from "./api-error";

/** The largest request body the public API reads: its inputs are a few hundred bytes. */
export const MAX_JSON_BODY_BYTES = 16 * 1024;

/**
 * The request's JSON body, read with a byte limit. Content-Length is only a hint (a client may
 * omit it, use chunked encoding or lie): the stream is counted as it arrives and reading stops at
 * the first byte over the limit, so a 10 MB body never sits in memory.
 */
export async function readJsonBody(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<unknown> {
  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (mediaType !== "application/json") throw new ApiError("unsupported_media_type");
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw new ApiError("payload_too_large", { params: { limit: String(limit) } });
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        throw new ApiError("payload_too_large", { params: { limit: String(limit) } });
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new ApiError("malformed_json");
  }
}
