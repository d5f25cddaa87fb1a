const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether an id from the address bar can be a row's uuid. PostgreSQL refuses a malformed uuid
 * with an error, which would answer 500; checked first, such an address is simply not found.
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
