import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { RenderedEmail } from "./render-email";

export interface OutgoingEmail extends RenderedEmail {
  to: string;
  /** The sender (see senderFor); the transport's default when absent. */
  from?: string;
}

export type SendEmail = (email: OutgoingEmail) => Promise<void>;

const DEFAULT_FROM = "南昌市商务局服务外包补贴平台 <no-reply@portal.invalid>";
const DEFAULT_ADDRESS = "no-reply@portal.invalid";

/**
 * Who a city's mail comes from: the city's own sender when its bureau has one; else the
 * deployment's SMTP_FROM; else the bureau's name on the portal's no-reply address, so a
 * recipient sees which city's bureau writes even without any configuration.
 */
export function senderFor(city: { bureauNameZh: string; mailFrom: string | null }, env: Record<string, string | undefined> = process.env): string {
  if (city.mailFrom) return city.mailFrom;
  if (env.SMTP_FROM) return env.SMTP_FROM;
  // A display name with no quote or angle bracket needs no quoting in RFC 5322.
  return `${city.bureauNameZh.replace(/["<>\\]/g, "")}服务外包补贴平台 <${DEFAULT_ADDRESS}>`;
}

/**
 * Real SMTP when SMTP_URL is set (smtp://user:pass@host:port, smtps://… for TLS); otherwise
 * (the embedded demo) each message is written as an .eml file under .data/mail-outbox, so
 * nothing is silently dropped and a developer can open what would have been sent.
 */
export function mailTransportFromEnv(env: Record<string, string | undefined> = process.env): SendEmail {
  const from = env.SMTP_FROM || DEFAULT_FROM;
  if (env.SMTP_URL) {
    const transport = nodemailer.createTransport(env.SMTP_URL);
    return async (email) => {
      await transport.sendMail({ from: email.from ?? from, to: email.to, subject: email.subject, text: email.text });
    };
  }
  const outbox = path.resolve(/*turbopackIgnore: true*/ env.MAIL_OUTBOX_DIR || path.join(".data", "mail-outbox"));
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return async (email) => {
    const info = await transport.sendMail({ from: email.from ?? from, to: email.to, subject: email.subject, text: email.text });
    await fs.mkdir(outbox, { recursive: true });
    await fs.writeFile(path.join(outbox, `${Date.now()}-${info.messageId.replace(/[^a-z0-9]/gi, "")}.eml`), info.message as Buffer);
  };
}
