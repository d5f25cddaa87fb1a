import { DomainError } from "@/lib/errors/domain-error";

/** A refusal that carries parameters (e.g. the other claim's number), returned as data to the form. */
export interface Refusal {
  code: string;
  params: Record<string, string | number>;
}

/** Runs work; a DomainError with parameters becomes a returned refusal (the action client would drop them). */
export async function withRefusal<T>(work: () => Promise<T>): Promise<{ refusal: Refusal | null; result: T | null }> {
  try {
    return { refusal: null, result: await work() };
  } catch (error) {
    if (error instanceof DomainError && !error.field && error.params) return { refusal: { code: error.code, params: error.params }, result: null };
    throw error;
  }
}
