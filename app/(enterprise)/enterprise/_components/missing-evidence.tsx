"use client";

import { useFormatter, useTranslations } from "next-intl";
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { MissingLineEvidence, OffshoreLineEvidenceKind } from "@/lib/claim-submission/missing-line-evidence";

interface RefusedLines {
  /** What the server said each line lacked at the last refused submission, by line id. */
  byLine: ReadonlyMap<string, MissingLineEvidence>;
  refuse: (lines: MissingLineEvidence[]) => void;
  /** The line's evidence changed: its own hint (from the same rule) speaks for it again. */
  forget: (lineId: string) => void;
}

const RefusedLinesContext = createContext<RefusedLines | null>(null);

/**
 * Carries a submission refused for missing evidence from the submit form (at the foot of the page)
 * to each line's evidence panel (in the editor above), so the refusal is said next to its line.
 */
export function MissingEvidenceProvider({ children }: { children: ReactNode }) {
  const [byLine, setByLine] = useState<ReadonlyMap<string, MissingLineEvidence>>(new Map());
  const refuse = useCallback((lines: MissingLineEvidence[]) => setByLine(new Map(lines.map((line) => [line.lineId, line]))), []);
  const forget = useCallback(
    (lineId: string) =>
      setByLine((current) => {
        if (!current.has(lineId)) return current;
        const next = new Map(current);
        next.delete(lineId);
        return next;
      }),
    [],
  );
  const value = useMemo(() => ({ byLine, refuse, forget }), [byLine, refuse, forget]);
  return <RefusedLinesContext.Provider value={value}>{children}</RefusedLinesContext.Provider>;
}

const NOBODY: RefusedLines = { byLine: new Map(), refuse: () => undefined, forget: () => undefined };

/** The refusal state; outside a provider (a read-only claim) nothing is ever refused. */
export function useRefusedLines(): RefusedLines {
  return useContext(RefusedLinesContext) ?? NOBODY;
}

/** "合同 2（HT-001）缺少银行收汇凭证，不能提交。": one line of a refusal, in the reader's language. */
export function useMissingLineMessage() {
  const t = useTranslations("offshoreClaim.evidence");
  const format = useFormatter();
  const kinds = (missing: readonly OffshoreLineEvidenceKind[]) => format.list(missing.map((kind) => t(kind)), { type: "conjunction" });
  return {
    kinds,
    line: (line: MissingLineEvidence) => t("missingLine", { number: line.lineNo, contractRegNo: line.contractRegNo, kinds: kinds(line.missing) }),
  };
}
