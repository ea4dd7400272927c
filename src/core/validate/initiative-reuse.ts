/**
 * R13 (CV 5007/BNV-TĐKT III.5.c): one initiative backs at most one emulation title and one form of
 * commendation. For each subject and initiative, the awards in force that cite it in `Sáng kiến sử dụng` are
 * taken in time order (year, decision date, title); every later use is reported on its `Sáng kiến sử dụng`
 * cell: a DOMAIN *error* when an earlier use was of the other class (title ↔ form of commendation), otherwise
 * a DOMAIN warning (title → title, or form → form). The order never depends on row order.
 * Also a DOMAIN warning when a person cites an initiative they are not an author of.
 */
import type { Issue } from "../issues";
import type { Award, Initiative } from "../model";
import { TITLE_DOMAIN, TITLES, type Title } from "../schema/enums";
import { cellIssue, codeKey, sheetName, type ValidationContext } from "./context";
import { isEmulationTitle, subjectKind } from "./subjects";

interface Use {
  readonly award: Award;
  readonly title: Title;
  readonly code: string;
}

function byTime(a: Use, b: Use): number {
  const ya = a.award.year ?? Number.MAX_SAFE_INTEGER;
  const yb = b.award.year ?? Number.MAX_SAFE_INTEGER;
  if (ya !== yb) return ya - yb;
  const da = a.award.decisionDate ?? "9999";
  const db = b.award.decisionDate ?? "9999";
  if (da !== db) return da < db ? -1 : 1;
  const ta = TITLES.indexOf(a.title);
  const tb = TITLES.indexOf(b.title);
  if (ta !== tb) return ta - tb;
  if (a.award.kind !== b.award.kind) return a.award.kind < b.award.kind ? -1 : 1;
  return a.award.src.row - b.award.src.row;
}

export function checkInitiativeReuse(ctx: ValidationContext): Issue[] {
  const { data } = ctx;
  const issues: Issue[] = [];
  // Authors of each initiative code; a repeated code (DUPLICATE_KEY) contributes the authors of every row.
  const initiatives = new Map<string, { first: Initiative; authors: Set<string> }>();
  for (let iI = 0; iI < data.initiatives.length; iI++) {
    const i = data.initiatives[iI];
    if (i.code === "") continue;
    const entry = initiatives.get(codeKey(i.code)) ?? { first: i, authors: new Set<string>() };
    for (const a of i.authors) entry.authors.add(codeKey(a));
    initiatives.set(codeKey(i.code), entry);
  }
  const groups = new Map<string, Use[]>();
  for (let iA = 0; iA < data.awards.length; iA++) {
    const a = data.awards[iA];
    if (a.status !== "HIEU_LUC" || a.title === null || a.subject === "") continue;
    if (a.initiativesUsed.length === 0) continue;
    // Each code once per award (a set only when there are several).
    const seen = a.initiativesUsed.length > 1 ? new Set<string>() : null;
    for (const code of a.initiativesUsed) {
      const k = codeKey(code);
      if (k === "" || seen?.has(k)) continue;
      seen?.add(k);
      const g = `${codeKey(a.subject)}|${k}`;
      groups.set(g, [...(groups.get(g) ?? []), { award: a, title: a.title, code: code.trim() }]);
      const initiative = initiatives.get(k);
      if (initiative && subjectKind(ctx, a.subject) === "person" && !initiative.authors.has(codeKey(a.subject))) {
        issues.push(
          cellIssue(data, {
            code: "DOMAIN",
            sheet: "awards",
            src: a.src,
            field: "initiativesUsed",
            message: { key: "issues.DOMAIN.notAuthor", params: { subject: a.subject, code: code.trim() } },
            hint: {
              key: "hints.DOMAIN.notAuthor",
              params: {
                subject: a.subject,
                code: code.trim(),
                authors: [...initiative.authors].sort().join(", "),
                cell: `${sheetName(data, "initiatives")}!${initiative.first.src.cells.authors ?? ""}`,
              },
            },
          }),
        );
      }
    }
  }
  for (const uses of groups.values()) {
    if (uses.length < 2) continue;
    const sorted = [...uses].sort(byTime);
    for (let i = 1; i < sorted.length; i++) {
      const use = sorted[i];
      const earlier = sorted.slice(0, i);
      const cross = earlier.find((e) => isEmulationTitle(e.title) !== isEmulationTitle(use.title));
      const first = cross ?? earlier[0];
      const params = {
        code: use.code,
        title: TITLE_DOMAIN.labels[use.title],
        firstTitle: TITLE_DOMAIN.labels[first.title],
        firstYear: first.award.year ?? "",
        firstRow: first.award.src.row,
        firstCell: first.award.src.cells.initiativesUsed ?? "",
      };
      issues.push(
        cellIssue(data, {
          code: "DOMAIN",
          severity: cross ? "error" : "warning",
          sheet: "awards",
          src: use.award.src,
          field: "initiativesUsed",
          message: { key: cross ? "issues.DOMAIN.reuseTitleForm" : "issues.DOMAIN.reuseSameClass", params },
          hint: { key: cross ? "hints.DOMAIN.reuseTitleForm" : "hints.DOMAIN.reuseSameClass", params },
        }),
      );
    }
  }
  return issues;
}
