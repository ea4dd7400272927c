/** The results as plain-text tables (printed by `npm run bench`, pasted into the README as Markdown). */
import type { Results, TargetResult } from "./targets";

function grid(header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>, markdown: boolean): string {
  if (markdown) {
    const line = (cells: ReadonlyArray<string>) => `| ${cells.join(" | ")} |`;
    return [line(header), line(header.map((_, i) => (i === 0 ? "---" : "---:"))), ...rows.map(line)].join("\n");
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: ReadonlyArray<string>) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const n = (v: number | undefined, digits = 0): string => (v === undefined || Number.isNaN(v) ? "—" : v.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits }));

export function sizesTable(r: Results, markdown = false): string {
  const names = Object.keys(r.sizes);
  const row = (label: string, f: (s: Results["sizes"][string]) => string): string[] => [label, ...names.map((k) => f(r.sizes[k]))];
  return grid(
    ["", ...names],
    [
      row("units / people", (s) => `${n(s.units)} / ${n(s.people)}`),
      row("data rows (all sheets)", (s) => n(s.data_rows)),
      row(".xlsx size (MB)", (s) => n(s.file_bytes / 1e6, 1)),
      row("core_check_rank_ms (median)", (s) => n(s.core_check_rank_ms)),
      row("  read · validate · fingerprint · rank", (s) => [s.core_stages_ms.read, s.core_stages_ms.validate, s.core_stages_ms.fingerprint, s.core_stages_ms.rank].map((v) => n(v)).join(" · ")),
      row("exceljs_load_ms", (s) => n(s.exceljs_load_ms)),
      row("cli_check_ms", (s) => n(s.cli_check_ms)),
      row("ratio_check_vs_load", (s) => n(s.ratio_check_vs_load, 2)),
      row("docs_per_s (ours)", (s) => `${n(s.docs_per_s, 1)} (${s.documents.sample} docs)`),
      row("docxtemplater_docs_per_s", (s) => n(s.docxtemplater_docs_per_s, 1)),
      row("ratio docs vs docxtemplater", (s) => n(s.ratio_docs_vs_docxtemplater, 2)),
      row("Danh sách, N nominees: ours / docxtemplater (ms)", (s) => (s.list_document ? `${s.list_document.rows}: ${n(s.list_document.ours_ms)} / ${n(s.list_document.docxtemplater_ms)}` : "—")),
      row("peak RSS (MB)", (s) => n(s.peak_rss_mb)),
    ],
    markdown,
  );
}

export function officeTable(r: Results, markdown = false): string {
  const sizes = r.office.rows.map(String);
  return grid(
    ["task-pane action (fake host)", ...sizes.map((s) => `syncs @${s} rows (4 + chunks)`), "syncs − chunks", "max request MB", "≤ 4 + chunks"],
    r.office.actions.map((a) => [
      a.action,
      ...sizes.map((s) => (a.at[s] ? `${a.at[s].syncs} (4 + ${a.at[s].chunks})` : "—")),
      sizes.map((s) => (a.at[s] ? String(a.at[s].syncs - a.at[s].chunks) : "—")).join(" → "),
      n(a.max_request_bytes / 1e6, 2),
      a.pass ? "yes" : "NO",
    ]),
    markdown,
  );
}

export function targetsTable(targets: ReadonlyArray<TargetResult>, markdown = false): string {
  return grid(["target", "value", "result"], targets.map((t) => [t.target, t.value, t.pass ? "pass" : "FAIL"]), markdown);
}
