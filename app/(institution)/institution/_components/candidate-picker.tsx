"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import type { ActionResult } from "@/lib/actions/action-result";

export interface PickerItem {
  traineeId: string;
  name: string;
  addable: boolean;
  /** Rendered on the server: masked ID, explanation, refusal, single add button. */
  body: ReactNode;
}

interface BulkRefusal {
  traineeId: string;
  name: string;
  code: string;
  claimNo: string | null;
}

type BulkAction = (input: { claimId: string; version: number; traineeIds: string[] }) => Promise<ActionResult<{ added: number; refusals: BulkRefusal[] }>>;

/** The page of candidates with a checkbox for each one that can be added, and one button adding all selected at once. */
export function CandidatePicker({ claimId, version, items, action }: { claimId: string; version: number; items: PickerItem[]; action: BulkAction }) {
  const t = useTranslations("trainingClaim");
  const te = useTranslations("errors");
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [refusals, setRefusals] = useState<BulkRefusal[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [added, setAdded] = useState<number | null>(null);
  const addable = items.filter((i) => i.addable);
  const allSelected = addable.length > 0 && addable.every((i) => selected.has(i.traineeId));
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const toggleAll = () => setSelected(allSelected ? new Set() : new Set(addable.map((i) => i.traineeId)));
  const onAdd = async () => {
    setBusy(true);
    setAdded(null);
    const result = await action({ claimId, version, traineeIds: [...selected] });
    setBusy(false);
    setFormError(result.ok ? null : (result.formError ?? "unexpected"));
    setRefusals(result.ok ? result.data.refusals : []);
    if (result.ok && result.data.added > 0) {
      setAdded(result.data.added);
      setSelected(new Set());
      router.refresh();
    }
  };
  return (
    <div className="mt-2">
      <div className="flex flex-wrap items-center gap-3 rounded border border-slate-300 bg-slate-50 p-2">
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={allSelected} onChange={toggleAll} disabled={addable.length === 0} /> {t("selectAllOnPage", { count: addable.length })}
        </label>
        <Button type="button" onClick={onAdd} disabled={busy || selected.size === 0}>{t("addSelected", { count: selected.size })}</Button>
      </div>
      <FormError code={formError} />
      {added !== null ? <p role="status" className="mt-2 text-green-800">{t("addedN", { count: added })}</p> : null}
      {refusals.length > 0 ? (
        <div role="alert" className="mt-2 rounded border border-red-700 bg-red-50 p-3 text-sm text-red-800">
          <p className="font-medium">{t("bulkRefused", { count: refusals.length })}</p>
          <ul className="mt-1 list-disc pl-5">
            {refusals.map((r) => (
              <li key={r.traineeId}>{r.name}: {te.has(r.code) ? te(r.code, { claimNo: r.claimNo ?? "" }) : te("unexpected")}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ul className="mt-2 flex flex-col gap-3">
        {items.map((item) => (
          <li key={item.traineeId} className="flex gap-3 rounded border border-slate-300 bg-white p-3" data-testid="candidate">
            <input
              type="checkbox"
              className="mt-1"
              aria-label={`${t("select")}: ${item.name}`}
              checked={selected.has(item.traineeId)}
              onChange={() => toggle(item.traineeId)}
              disabled={!item.addable}
            />
            <div className="min-w-0 flex-1">{item.body}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}
