/** The pure sheet builders' output (src/output) in the shape the Office.js writer takes. */
import type { OutputCell, OutputColumn, OutputTable } from "../../excel";
import { DATE_TIME_FORMAT } from "../../core/review";
import type { OutputSheet } from "../../output/ranking-sheet";

/**
 * An `OutputSheet` (header row first) as an `OutputTable`; date-time columns get their number format, drop-down
 * lists go along as they are.
 */
export function outputTable(sheet: OutputSheet): OutputTable {
  const [header = [], ...rows] = sheet.values;
  const dates = new Set(sheet.dateTimeColumns ?? []);
  const columns: OutputColumn[] = header.map((h, c) => ({
    header: String(h ?? ""),
    width: sheet.widths[c] ?? 14,
    ...(dates.has(c) ? { numberFormat: DATE_TIME_FORMAT } : {}),
  }));
  return {
    sheet: sheet.name,
    columns,
    rows: rows as ReadonlyArray<ReadonlyArray<OutputCell>>,
    ...(sheet.dropDowns && sheet.dropDowns.length > 0 ? { dropDowns: sheet.dropDowns } : {}),
  };
}
