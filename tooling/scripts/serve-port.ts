/** The port `npm start` serves on: PORT, default 3000; anything but a port number is refused by name. */
export function servePort(value: string | undefined): number {
  const raw = value?.trim() ?? "";
  if (raw === "") return 3000;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`PORT must be a port number from 1 to 65535, got "${value}"`);
  }
  return port;
}
