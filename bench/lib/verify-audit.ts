import { applyBenchSecrets } from "./common";
applyBenchSecrets();
import { createPrismaClient } from "../../lib/db/client";
import { verifyAuditChain } from "../../lib/audit/verify-audit-chain";
const h = createPrismaClient(process.argv[2]);
verifyAuditChain(h.prisma).then(async (r) => { console.log(r); await h.close(); });
