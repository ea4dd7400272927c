/**
 * `Chấm điểm`: a score above its criterion's `Điểm tối đa` is RANGE (K3 would cap it silently otherwise).
 * When a criterion code is repeated (DUPLICATE_KEY), the largest maximum is used so no false RANGE is added.
 */
import type { Issue } from "../issues";
import type { Criterion } from "../model";
import { cellIssue, codeKey, formatNumber, sheetName, type ValidationContext } from "./context";

export function checkScores(ctx: ValidationContext): Issue[] {
  const { data } = ctx;
  if (!data.sheets.scores || !data.sheets.criteria) return [];
  const max = new Map<string, Criterion>();
  for (let iC = 0; iC < data.criteria.length; iC++) {
    const c = data.criteria[iC];
    if (c.code === "" || c.maxPoints === null) continue;
    const k = codeKey(c.code);
    const prev = max.get(k);
    if (!prev || (prev.maxPoints ?? 0) < c.maxPoints) max.set(k, c);
  }
  const criteriaSheet = sheetName(data, "criteria");
  const issues: Issue[] = [];
  for (let iS = 0; iS < data.scores.length; iS++) {
    const s = data.scores[iS];
    if (s.points === null || s.criterion === "") continue;
    const c = max.get(codeKey(s.criterion));
    if (!c || c.maxPoints === null || s.points <= c.maxPoints) continue;
    issues.push(
      cellIssue(data, {
        code: "RANGE",
        sheet: "scores",
        src: s.src,
        field: "points",
        message: { key: "issues.RANGE.score", params: { value: formatNumber(s.points), max: formatNumber(c.maxPoints), criterion: s.criterion } },
        hint: { key: "hints.RANGE.score", params: { max: formatNumber(c.maxPoints), maxCell: `${criteriaSheet}!${c.src.cells.maxPoints ?? ""}` } },
      }),
    );
  }
  return issues;
}
