/**
 * UNKNOWN_REF: every code that points at another sheet must exist there — people → units; ratings, discipline,
 * awards, votes and achievements → people or units; scores → criteria and units; results → units; initiative
 * authors → people; awards' `Sáng kiến sử dụng` → initiatives. Skipped when the target sheet (or its code
 * column) is missing: SHEET_MISSING / COLUMN_MISSING already say so, and one line beats a thousand.
 */
import type { Issue } from "../issues";
import type { Source, TrackingData } from "../model";
import type { SheetId } from "../schema/sheets";
import { cellIssue, codeKey, columnHeader, hasColumn, sheetName, type ValidationContext } from "./context";
import { CodeIndex } from "./nearest-codes";

interface Target {
  readonly sheets: ReadonlyArray<SheetId>;
  readonly codes: ReadonlySet<string>;
  readonly index: CodeIndex;
}

function target(data: TrackingData, sheets: ReadonlyArray<SheetId>): Target | null {
  for (const s of sheets) if (!hasColumn(data, s, "code")) return null;
  const candidates: string[] = [];
  for (const s of sheets) {
    const rows = (data as unknown as Record<string, ReadonlyArray<{ code: string }>>)[s];
    for (let iR = 0; iR < rows.length; iR++) {
      const r = rows[iR];
      if (r.code !== "") candidates.push(r.code.trim());
    }
  }
  return { sheets, codes: new Set(candidates.map(codeKey)), index: new CodeIndex(candidates) };
}

interface RefSpec {
  readonly sheet: SheetId;
  readonly field: string;
  readonly to: ReadonlyArray<SheetId>;
}

const REFS: ReadonlyArray<RefSpec> = [
  { sheet: "people", field: "unit", to: ["units"] },
  { sheet: "ratings", field: "subject", to: ["people", "units"] },
  { sheet: "initiatives", field: "authors", to: ["people"] },
  { sheet: "discipline", field: "subject", to: ["people", "units"] },
  { sheet: "awards", field: "subject", to: ["people", "units"] },
  { sheet: "awards", field: "initiativesUsed", to: ["initiatives"] },
  { sheet: "results", field: "unit", to: ["units"] },
  { sheet: "scores", field: "unit", to: ["units"] },
  { sheet: "scores", field: "criterion", to: ["criteria"] },
  { sheet: "votes", field: "subject", to: ["people", "units"] },
  { sheet: "achievements", field: "subject", to: ["people", "units"] },
];

export function checkReferences(ctx: ValidationContext): Issue[] {
  const { data } = ctx;
  const issues: Issue[] = [];
  const targets = new Map<string, Target | null>();
  for (const spec of REFS) {
    if (!data.sheets[spec.sheet]) continue;
    const tkey = spec.to.join("+");
    if (!targets.has(tkey)) targets.set(tkey, target(data, spec.to));
    const t = targets.get(tkey);
    if (!t) continue;
    const rows = (data as unknown as Record<string, ReadonlyArray<{ src: Source } & Record<string, unknown>>>)[spec.sheet];
    const column = columnHeader(data, spec.sheet, spec.field);
    for (let iRow = 0; iRow < rows.length; iRow++) {
      const row = rows[iRow];
      const v = row[spec.field];
      if (typeof v === "string") {
        // One code (the usual case): no list, no set.
        if (v !== "" && !t.codes.has(codeKey(v))) issues.push(unknownRef(data, spec, row.src, column, v.trim(), t));
        continue;
      }
      if (!Array.isArray(v) || v.length === 0) continue;
      const reported = new Set<string>();
      for (const code of v as string[]) {
        const k = codeKey(code);
        if (t.codes.has(k) || reported.has(k)) continue;
        reported.add(k);
        issues.push(unknownRef(data, spec, row.src, column, code.trim(), t));
      }
    }
  }
  return issues;
}

function unknownRef(data: TrackingData, spec: RefSpec, src: Source, column: string, code: string, t: Target): Issue {
  const names = t.sheets.map((s) => sheetName(data, s));
  const near = t.index.nearest(code, 2);
  const two = names.length === 2;
  const params: Record<string, string> = two ? { code, column, people: names[0], units: names[1] } : { code, column, target: names[0] };
  const hintKey = near.length === 0 ? (two ? "hints.UNKNOWN_REF.subjectNone" : "hints.UNKNOWN_REF.none") : two ? "hints.UNKNOWN_REF.subject" : "hints.UNKNOWN_REF";
  return cellIssue(data, {
    code: "UNKNOWN_REF",
    sheet: spec.sheet,
    src,
    field: spec.field,
    message: { key: two ? "issues.UNKNOWN_REF.subject" : "issues.UNKNOWN_REF", params },
    hint: { key: hintKey, params: { ...params, closest: near.join(", ") } },
  });
}
