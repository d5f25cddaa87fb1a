// `npm run verification:refresh-risk-signals`: stores the risk signal codes of every open claim of
// every city (issue 18: the review queue's "risk signals" filter reads them). Submissions,
// confirmations, imports and policy publications keep them current; run this once after the
// migration that added them, for the claims submitted before. Embedded database: stop `npm start` first.
import { closeDatabase, getPrisma } from "@/lib/db";
import { refreshOpenClaimsRiskSignals } from "@/lib/verification/refresh-claim-risk-signals";

async function main() {
  const prisma = getPrisma();
  for (const city of await prisma.city.findMany({ select: { id: true } })) {
    const refreshed = await refreshOpenClaimsRiskSignals(prisma, city.id);
    console.log(`✔ ${city.id}: ${refreshed} open claim(s) refreshed`);
  }
}

main()
  .catch((error) => {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => closeDatabase());
