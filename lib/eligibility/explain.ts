// Renders the module's message keys without next-intl, from the same JSON files the pages
// use, so tests, server code (PDFs, e-mails, audit text) and pages print identical wording.
// Only plain {param} placeholders are used in these files, so a tiny substitution suffices.

import en from "../../messages/en/eligibility.json";
import zhCN from "../../messages/zh-CN/eligibility.json";
import type {
  EligibilityLocale,
  LocalisedMessage,
  OffshoreIncentiveResult,
  Reason,
  ReasonCode,
  TrainingSubsidyResult,
} from "./types";

export interface MessageTree {
  readonly [key: string]: string | MessageTree;
}

export const ELIGIBILITY_MESSAGES: Readonly<Record<EligibilityLocale, MessageTree>> = {
  "zh-CN": zhCN,
  en,
};

export const DEFAULT_LOCALE: EligibilityLocale = "zh-CN";

function lookup(tree: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of key.split(".")) {
    if (node === undefined || typeof node === "string") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

/**
 * The text of `messageKey` (relative to the "eligibility" namespace) with its params filled
 * in. An unknown locale falls back to zh-CN; an unknown key or a missing param throws,
 * because printing a raw key to an applicant is a bug the tests should catch.
 */
export function renderMessage(
  messageKey: string,
  messageParams: Readonly<Record<string, string>>,
  locale: EligibilityLocale = DEFAULT_LOCALE,
): string {
  const messages = ELIGIBILITY_MESSAGES[locale] ?? ELIGIBILITY_MESSAGES[DEFAULT_LOCALE];
  const template = lookup(messages, messageKey);
  if (template === undefined) {
    throw new Error(`eligibility message "${messageKey}" is missing in ${locale}`);
  }
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = messageParams[name];
    if (value === undefined) {
      throw new Error(`eligibility message "${messageKey}" needs the param "${name}"`);
    }
    return value;
  });
}

export function renderLocalisedMessage(message: LocalisedMessage, locale: EligibilityLocale = DEFAULT_LOCALE): string {
  return renderMessage(message.messageKey, message.messageParams, locale);
}

/** The readable calculation of either rule, e.g. "1,234,567.00 USD x 0.2 = 246,913.40 RMB; ...". */
export function explainCalculation(
  result: Pick<OffshoreIncentiveResult | TrainingSubsidyResult, "calculation">,
  locale: EligibilityLocale = DEFAULT_LOCALE,
): string {
  return renderLocalisedMessage(result.calculation, locale);
}

/** One reason as a sentence: what was tested, against what, and whether it passed. */
export function explainReason(reason: Reason, locale: EligibilityLocale = DEFAULT_LOCALE): string {
  return renderLocalisedMessage(reason, locale);
}

/** The short title of a condition, for a checklist heading. */
export function reasonLabel(code: ReasonCode, locale: EligibilityLocale = DEFAULT_LOCALE): string {
  return renderMessage(`reasons.${code}.label`, {}, locale);
}
