import type { OrganisationActor } from "@/lib/auth/actors";
import type { Db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-error";
import type { ImportOwner } from "./analyse-import";

/** An enterprise uploading its own receipts: they may name its own credit code only. */
export async function ownReceiptsOwner(db: Db, actor: OrganisationActor): Promise<Extract<ImportOwner, { source: "ENTERPRISE" }>> {
  const organisation = await db.organisation.findFirst({ where: { id: actor.organisationId, kind: "ENTERPRISE" }, select: { creditCode: true } });
  if (!organisation) throw new NotFoundError();
  return { source: "ENTERPRISE", organisationId: actor.organisationId, creditCode: organisation.creditCode };
}
