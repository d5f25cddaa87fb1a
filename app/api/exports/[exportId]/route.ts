import { getCurrentUser } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { readExportProgress } from "@/lib/exports/read-export-progress";

/**
 * How far one of the caller's downloads has got (lib/exports/export-runs.ts), for the progress
 * bar of components/export-links.tsx. Another user's id answers as an id not seen yet.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ exportId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  const { exportId } = await params;
  return Response.json(await readExportProgress(getPrisma(), user.id, exportId), { headers: { "Cache-Control": "no-store" } });
}
