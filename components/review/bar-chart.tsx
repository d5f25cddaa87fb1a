/**
 * A horizontal bar chart drawn as server-rendered SVG: no client JavaScript, no inline styles
 * (the page CSP stays strict), works offline and in the production build. Values are integers
 * (minor units or counts); `format` renders the label beside each bar.
 */
export function BarChart({
  title,
  rows,
  format = (v) => String(v),
  testId,
}: {
  title: string;
  rows: Array<{ label: string; value: number; tone?: "brand" | "green" | "amber" | "slate" }>;
  format?: (value: number) => string;
  testId?: string;
}) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const rowHeight = 28;
  const labelWidth = 180;
  const barWidth = 360;
  const height = Math.max(rowHeight, rows.length * rowHeight);
  const fill = { brand: "#1d4ed8", green: "#15803d", amber: "#b45309", slate: "#475569" } as const;
  return (
    <figure className="rounded border border-slate-300 bg-white p-3" data-testid={testId}>
      <figcaption className="mb-2 font-medium">{title}</figcaption>
      <svg role="img" aria-label={title} viewBox={`0 0 ${labelWidth + barWidth + 160} ${height}`} className="w-full max-w-3xl">
        {rows.map((r, i) => {
          const w = Math.round((r.value / max) * barWidth);
          const y = i * rowHeight;
          return (
            <g key={`${r.label}-${i}`}>
              <text x={0} y={y + 18} fontSize={13} fill="#0f172a">{r.label}</text>
              <rect x={labelWidth} y={y + 5} width={Math.max(w, r.value > 0 ? 2 : 0)} height={18} fill={fill[r.tone ?? "brand"]} />
              <text x={labelWidth + w + 6} y={y + 18} fontSize={13} fill="#0f172a">{format(r.value)}</text>
            </g>
          );
        })}
      </svg>
      <table className="sr-only">
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}><th scope="row">{r.label}</th><td>{format(r.value)}</td></tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
