/**
 * A short visible label ("capped") that explains itself: the reason shows on hover and on
 * keyboard focus (the label is a button, so Tab reaches it), and is the button's accessible
 * description, so a screen reader announces it with the label. CSS only: no script to hydrate.
 */
export function CapReasonTip({ id, label, text }: { id: string; label: string; text: string }) {
  return (
    <span className="group relative ml-2 inline-block">
      <button type="button" aria-describedby={id} className="rounded border border-amber-500 bg-amber-50 px-1 text-xs text-amber-900 underline decoration-dotted">
        {label}
      </button>
      <span
        role="tooltip"
        id={id}
        className="invisible absolute right-0 top-full z-10 mt-1 w-72 rounded bg-slate-900 p-2 text-left text-xs text-white group-focus-within:visible group-hover:visible"
      >
        {text}
      </span>
    </span>
  );
}
