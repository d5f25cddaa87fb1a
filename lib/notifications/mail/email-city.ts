import { findCityLetterhead, type LetterheadRow } from "@/lib/cities/letterhead";
import type { Db } from "@/lib/db";
import type { EmailJob } from "./enqueue-email";

/**
 * The city whose bureau signs and sends a queued mail: the job's city, else its organisation's,
 * else (a job queued before mail had a city, or about no city) the default city.
 */
export async function cityOfEmailJob(db: Db, job: Pick<EmailJob, "cityId" | "organisationId">): Promise<LetterheadRow> {
  if (job.cityId) return findCityLetterhead(db, job.cityId);
  const organisation = job.organisationId ? await db.organisation.findUnique({ where: { id: job.organisationId }, select: { cityId: true } }) : null;
  return findCityLetterhead(db, organisation?.cityId);
}
