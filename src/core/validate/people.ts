/**
 * `Cá nhân`: a birth date after the evaluation year (`Năm thi đua` in `Cấu hình`) is RANGE — a typing slip
 * (2085 for 1985) that would otherwise be printed in the Danh sách and the reports. Without a readable year
 * in range there is nothing to compare with, and nothing is reported here.
 */
import type { Issue } from "../issues";
import { MAX_YEAR, MIN_YEAR } from "../read/read-cell";
import { knownSettings } from "../settings";
import { formatDateVi, yearOf } from "../text/parse-values";
import { cellIssue, type ValidationContext } from "./context";

export function checkPeopleDates(ctx: ValidationContext): Issue[] {
  const { data } = ctx;
  const year = knownSettings(data.settings).year;
  // An unreadable or out-of-range year is reported by the settings check; nothing to compare with then.
  if (year === null || year < MIN_YEAR || year > MAX_YEAR) return [];
  const issues: Issue[] = [];
  for (let iP = 0; iP < data.people.length; iP++) {
    const p = data.people[iP];
    if (p.birthDate === null || yearOf(p.birthDate) <= year) continue;
    issues.push(
      cellIssue(data, {
        code: "RANGE",
        sheet: "people",
        src: p.src,
        field: "birthDate",
        message: { key: "issues.RANGE.birthDate", params: { date: formatDateVi(p.birthDate), year } },
        hint: { key: "hints.RANGE.birthDate", params: { year } },
      }),
    );
  }
  return issues;
}
