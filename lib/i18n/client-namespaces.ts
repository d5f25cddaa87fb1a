/**
 * Which message namespaces reach the browser.
 *
 * Server components translate on the server (getTranslations) and send only the strings they
 * render. Client components ("use client") that call useTranslations need their namespaces in
 * the browser, and every namespace sent is inlined into each page's HTML (sending all of them
 * cost 50–70 KB per page; bench/README.md F4). So:
 *
 * - ROOT_CLIENT_NAMESPACES go to every page (app/layout.tsx): what root-level client files
 *   use (app/error.tsx, components/form-error.tsx, components/print-button.tsx).
 * - Each route group's layout adds its own list (see CLIENT_NAMESPACES below and
 *   lib/i18n/client-messages.tsx). A page outside these groups gets ROOT only.
 *
 * The rule for the next page author: when a client component calls useTranslations("x") (or
 * "x.y"), add "x" to the list of every route group whose pages render that component (to ROOT if a
 * root-level file renders it); a new route group with client components gets a layout with
 * <ClientMessages group="(name)">. Prefer translating on the server and passing strings as props
 * (as components/site-header.tsx does for the language switcher). lib/i18n/client-namespaces.test.ts
 * follows the imports and fails when a namespace is missing; in the browser a miss shows ⟦missing⟧.
 */
export const ROOT_CLIENT_NAMESPACES = ["common", "errors"] as const;

export const CLIENT_NAMESPACES = {
  "(auth)": ["auth", "signup", "district", "invitation", "validation"],
  "(account)": ["account", "validation"],
  "(enterprise)": ["validation", "offshoreClaim", "serviceCategory", "eligibility", "employment", "profile", "district", "invitation", "apiKeys", "verificationImport"],
  "(institution)": ["validation", "institution", "trainingClaim", "trainee", "collegeLevel", "eligibility", "profile", "district", "invitation", "exportDownload", "apiKeys"],
  "(review)": ["validation", "review", "exportDownload", "verificationImport"],
  "(admin)": ["nav", "validation", "admin", "calendar", "policy", "exportDownload"],
  "(province)": ["validation", "province"],
  // app/notice (no route group): the public objection form.
  notice: ["validation", "notice"],
  // app/calculator (no route group): the public calculator's form and result.
  calculator: ["validation", "calculator"],
} as const satisfies Record<string, readonly string[]>;

export type ClientGroup = keyof typeof CLIENT_NAMESPACES;

export function clientNamespacesFor(group: ClientGroup | null): string[] {
  return [...ROOT_CLIENT_NAMESPACES, ...(group ? CLIENT_NAMESPACES[group] : [])];
}

/** The given top-level namespaces of a messages object (missing ones are left out). */
export function pickNamespaces<M extends Record<string, unknown>>(messages: M, namespaces: readonly string[]): Partial<M> {
  const picked: Partial<M> = {};
  for (const namespace of namespaces) {
    if (Object.hasOwn(messages, namespace)) picked[namespace as keyof M] = messages[namespace as keyof M];
  }
  return picked;
}
