/**
 * INCONSISTENT in `Kết quả THADS`: xong ≤ có điều kiện ≤ phải thi hành, for việc and for tiền, naming the
 * column that is too large; and the carry-over (việc chuyển kỳ sau) cannot exceed what was not finished
 * (phải thi hành − xong).
 */
import type { Issue } from "../issues";
import type { ResultRow } from "../model";
import { cellIssue, columnHeader, formatNumber, type ValidationContext } from "./context";

type NumField = "casesTotal" | "casesAble" | "casesDone" | "moneyTotal" | "moneyAble" | "moneyDone" | "carryOver";

/** [smaller, larger]: the first must not exceed the second. */
const ORDER: ReadonlyArray<readonly [NumField, NumField]> = [
  ["casesDone", "casesAble"],
  ["casesAble", "casesTotal"],
  ["moneyDone", "moneyAble"],
  ["moneyAble", "moneyTotal"],
];

export function checkResults(ctx: ValidationContext): Issue[] {
  const { data } = ctx;
  const issues: Issue[] = [];
  for (let iR = 0; iR < data.results.length; iR++) {
    const r = data.results[iR];
    for (const [small, large] of ORDER) {
      const a = r[small];
      const b = r[large];
      if (a === null || b === null || a <= b) continue;
      issues.push(
        cellIssue(data, {
          code: "INCONSISTENT",
          sheet: "results",
          src: r.src,
          field: small,
          message: {
            key: "issues.INCONSISTENT.results",
            params: { column: columnHeader(data, "results", small), value: formatNumber(a), other: columnHeader(data, "results", large), otherValue: formatNumber(b) },
          },
          hint: {
            key: "hints.INCONSISTENT.results",
            params: { column: columnHeader(data, "results", small), other: columnHeader(data, "results", large), otherCell: r.src.cells[large] ?? "" },
          },
        }),
      );
    }
    issues.push(...carryOver(ctx, r));
  }
  return issues;
}

function carryOver(ctx: ValidationContext, r: ResultRow): Issue[] {
  const { data } = ctx;
  if (r.carryOver === null || r.casesTotal === null || r.casesDone === null) return [];
  if (r.casesDone > r.casesTotal) return []; // already reported; the remainder would be negative
  const remaining = r.casesTotal - r.casesDone;
  if (r.carryOver <= remaining) return [];
  return [
    cellIssue(data, {
      code: "INCONSISTENT",
      sheet: "results",
      src: r.src,
      field: "carryOver",
      message: {
        key: "issues.INCONSISTENT.carryOver",
        params: {
          column: columnHeader(data, "results", "carryOver"),
          value: formatNumber(r.carryOver),
          total: formatNumber(r.casesTotal),
          done: formatNumber(r.casesDone),
          remaining: formatNumber(remaining),
        },
      },
      hint: {
        key: "hints.INCONSISTENT.carryOver",
        params: {
          total: columnHeader(data, "results", "casesTotal"),
          done: columnHeader(data, "results", "casesDone"),
          remaining: formatNumber(remaining),
        },
      },
    }),
  ];
}
