import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { RenderedEmail } from "./render-email";

export interface OutgoingEmail extends RenderedEmail {
  to: string;
}

export type SendEmail = (email: OutgoingEmail) => Promise<void>;

const DEFAULT_FROM = "南昌市商务局服务外包补贴平台 <no-reply@portal.invalid>";

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
      await transport.sendMail({ from, to: email.to, subject: email.subject, text: email.text });
    };
  }
  const outbox = path.resolve(/*turbopackIgnore: true*/ env.MAIL_OUTBOX_DIR || path.join(".data", "mail-outbox"));
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return async (email) => {
    const info = await transport.sendMail({ from, to: email.to, subject: email.subject, text: email.text });
    await fs.mkdir(outbox, { recursive: true });
    await fs.writeFile(path.join(outbox, `${Date.now()}-${info.messageId.replace(/[^a-z0-9]/gi, "")}.eml`), info.message as Buffer);
  };
}
