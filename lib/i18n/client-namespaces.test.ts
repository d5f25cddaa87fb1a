import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, ROOT_CLIENT_NAMESPACES, clientNamespacesFor, pickNamespaces, type ClientGroup } from "./client-namespaces";
import { loadMessages } from "./load-messages";
import { hasDirective, ROOT, sourceFiles, translationNamespaces, walkImports } from "../../tooling/source-graph";

// The browser gets only the namespaces listed in client-namespaces.ts. Here every route group's
// files are followed import by import to the client components they render, and each
// useTranslations namespace must be in what that group's layout sends.

const APP = path.join(ROOT, "app");
const groups = Object.keys(CLIENT_NAMESPACES) as ClientGroup[];
const NOT_PAGES = new Set(["api", "actions"]);

/** Root-level files and folders not in a group with its own client messages get ROOT only. */
const rootEntries = readdirSync(APP, { withFileTypes: true }).flatMap((entry) => {
  const full = path.join(APP, entry.name);
  if (entry.isFile()) return /\.tsx?$/.test(entry.name) && !entry.name.includes(".test.") ? [full] : [];
  return groups.includes(entry.name as ClientGroup) || NOT_PAGES.has(entry.name) ? [] : sourceFiles(full);
});

/** Namespace → the client files (and how they were reached) that need it. */
function namespacesUsedFrom(entries: string[]): Map<string, string[]> {
  const used = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const entry of entries) {
    if (hasDirective(entry, "use server")) continue;
    walkImports(
      entry,
      (file, trail, packageSpecifier) => {
        if (packageSpecifier !== undefined) return;
        if (/^lib\/generated\//.test(path.relative(ROOT, file))) return false;
        if (!hasDirective(file, "use client")) return;
        for (const ns of translationNamespaces(file)) used.set(ns, [...(used.get(ns) ?? []), [...trail, path.relative(ROOT, file)].join(" → ")]);
      },
      seen,
    );
  }
  return used;
}

describe("client message namespaces", () => {
  const messages = loadMessages("zh-CN");

  it.each([["root", null] as const, ...groups.map((g) => [g, g] as const)])("%s: every namespace its client components use is sent, and nothing else", (_name, group) => {
    const entries = group ? sourceFiles(path.join(APP, group)) : rootEntries;
    expect(entries.length).toBeGreaterThan(0);
    const used = namespacesUsedFrom(entries);
    const sent = new Set(clientNamespacesFor(group));
    const missing = [...used].filter(([ns]) => !sent.has(ns)).map(([ns, where]) => `${ns} (used by ${where[0]})`);
    expect(missing).toEqual([]);
    // A group namespace none of the group's client components uses is only payload.
    if (group) expect(CLIENT_NAMESPACES[group].filter((ns) => !used.has(ns))).toEqual([]);
  });

  it("every group's layout provides its messages", () => {
    for (const group of groups) {
      const layouts = sourceFiles(path.join(APP, group)).filter((f) => /\/layout\.tsx$/.test(f));
      const provided = layouts.some((f) => new RegExp(`ClientMessages[^>]*group="${group.replace(/[()]/g, "\\$&")}"`).test(readFileSync(f, "utf8")));
      expect(provided, `${group} has a layout with <ClientMessages group="${group}">`).toBe(true);
    }
  });

  it("lists only namespaces that exist", () => {
    for (const ns of [...ROOT_CLIENT_NAMESPACES, ...Object.values(CLIENT_NAMESPACES).flat()]) expect(Object.keys(messages)).toContain(ns);
  });

  it("picks whole namespaces and nothing else", () => {
    const picked = pickNamespaces(messages, clientNamespacesFor("(auth)"));
    expect(Object.keys(picked).sort()).toEqual([...ROOT_CLIENT_NAMESPACES, ...CLIENT_NAMESPACES["(auth)"]].sort());
    expect(picked.auth).toEqual(messages.auth);
    expect(pickNamespaces(messages, ["__proto__", "nope"])).toEqual({});
  });
});
