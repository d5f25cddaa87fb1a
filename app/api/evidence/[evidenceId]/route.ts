import { getCurrentUser } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-error";
import { getEvidenceForViewer } from "@/lib/evidence/get-evidence-for-viewer";

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
        // Even a crafted file cannot run script in the portal's origin.
        "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
}
