import { getCurrentUser } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-error";
import { getEvidenceForViewer } from "@/lib/evidence/get-evidence-for-viewer";

/**
 * The file's type was checked from its bytes, and nosniff keeps the browser to it, so it can
 * never render as HTML. Only the portal may frame it (the review page's inline viewer). Chrome's
 * PDF viewer refuses to run in a sandbox, so an inline PDF is the one case without `sandbox`.
 */
function evidenceContentSecurityPolicy(mimeType: string, inline: boolean): string {
  const base = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";
  return inline && mimeType === "application/pdf" ? base : `${base}; sandbox`;
}

/** Serves one evidence file to whoever may see it; `?inline=1` shows it in the browser (reviewers' inline view). */
export async function GET(request: Request, { params }: { params: Promise<{ evidenceId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  const { evidenceId } = await params;
  try {
    const { evidence, bytes, downloadName } = await getEvidenceForViewer(getPrisma(), user, evidenceId);
    const inline = new URL(request.url).searchParams.get("inline") === "1";
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": evidence.mimeType,
        "Content-Length": String(bytes.byteLength),
        "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="${downloadName}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": evidenceContentSecurityPolicy(evidence.mimeType, inline),
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
}
