import { administratorOf } from "@/lib/auth/actors";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { isUuid } from "@/lib/db/is-uuid";
import { getWhatIfRun } from "@/lib/policy/what-if/get-what-if-run";

/** A what-if run's progress for the page's poll (what-if-progress.tsx). Administrators only; another version's run is a 404. */
export async function GET(request: Request, { params }: { params: Promise<{ versionId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  if (user.role !== "ADMINISTRATOR") return new Response(null, { status: 403 });
  const runId = new URL(request.url).searchParams.get("run") ?? "";
  const versionId = decodeURIComponent((await params).versionId);
  const run = isUuid(runId) ? await getWhatIfRun(getPrisma(), administratorOf(user).cityId, runId) : null;
  if (!run || run.policyVersionId !== versionId) return new Response(null, { status: 404 });
  return Response.json({ status: run.status, done: run.done, total: run.total }, { headers: { "Cache-Control": "no-store" } });
}
