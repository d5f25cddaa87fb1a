import { notFound } from "next/navigation";
import { NotFoundError } from "./domain-error";

/**
 * For a page's `.catch(...)` on a domain read: a record that does not exist, or is not the
 * caller's (reads are scoped by organisation), renders the 404 page; anything else is a fault.
 */
export function notFoundIfMissing(error: unknown): never {
  if (error instanceof NotFoundError) notFound();
  throw error;
}
