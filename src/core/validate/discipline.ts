/**
 * `Kỷ luật`: `Đến ngày` is required unless the row is an open review (`Đang xem xét`) → REQUIRED; `Đến ngày`
 * before `Từ ngày` → DATE_ORDER on `Đến ngày`.
 */
import { isBlank } from "../grid";
import type { Issue } from "../issues";
import { DISCIPLINE_DOMAIN } from "../schema/enums";
import { formatDateVi } from "../text/parse-values";
import { cellIssue, columnHeader, columnIssue, hasColumn, sheetName, type ValidationContext } from "./context";

export function checkDiscipline(ctx: ValidationContext): Issue[] {
  const { data } = ctx;
  if (!data.sheets.discipline) return [];
  const issues: Issue[] = [];
  const toColumn = columnHeader(data, "discipline", "to");
  const fromColumn = columnHeader(data, "discipline", "from");
  const hasTo = hasColumn(data, "discipline", "to");
  let missingColumnReported = false;
  for (let iD = 0; iD < data.discipline.length; iD++) {
    const d = data.discipline[iD];
    if (d.form !== null && d.form !== "DANG_XEM_XET" && d.to === null) {
      if (!hasTo) {
        if (!missingColumnReported) {
          missingColumnReported = true;
          issues.push(
            columnIssue(
              data,
              "discipline",
              "to",
              "COLUMN_MISSING",
              { key: "issues.COLUMN_MISSING.disciplineEnd", params: { sheet: sheetName(data, "discipline"), column: toColumn } },
              { key: "hints.COLUMN_MISSING.disciplineEnd", params: { column: toColumn } },
            ),
          );
        }
      } else if (isBlank(d.src.raw.to)) {
        issues.push(
          cellIssue(data, {
            code: "REQUIRED",
            sheet: "discipline",
            src: d.src,
            field: "to",
            message: { key: "issues.REQUIRED.disciplineEnd", params: { column: toColumn, form: DISCIPLINE_DOMAIN.labels[d.form] } },
            hint: { key: "hints.REQUIRED.disciplineEnd", params: { column: toColumn } },
          }),
        );
      }
    }
    if (d.from !== null && d.to !== null && d.to < d.from) {
      issues.push(
        cellIssue(data, {
          code: "DATE_ORDER",
          sheet: "discipline",
          src: d.src,
          field: "to",
          message: { key: "issues.DATE_ORDER", params: { column: toColumn, to: formatDateVi(d.to), fromColumn, from: formatDateVi(d.from) } },
          hint: { key: "hints.DATE_ORDER", params: { column: toColumn, fromColumn, from: formatDateVi(d.from), fromCell: d.src.cells.from ?? "" } },
        }),
      );
    }
  }
  return issues;
}
