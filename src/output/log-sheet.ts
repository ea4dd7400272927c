/**
 * `Nhật ký` as a plain 2-D array: Thời gian · Người thực hiện · Thao tác · Đối tượng · Dấu dữ liệu ·
 * Bộ quy tắc, then `Mã dòng` (hidden) — the id made by the client that wrote the row, so replaying or merging
 * rows never doubles them. Append-only: the input's rows are kept as they were, in their order, and the new
 * rows follow (src/core/review/log.ts).
 */
import type { WorkbookGrids } from "../core/grid";
import {
  appendLog,
  DATE_TIME_FORMAT,
  idSource,
  LOG_COLUMNS,
  LOG_ID_COLUMN_HIDDEN,
  logRow,
  logSheetValues,
  rankTargetMsg,
  readLogSheet,
  REVIEW_SHEETS,
  type LogRow,
} from "../core/review";
import { findGrid } from "../core/review/header-match";
import type { RankResult } from "../core/rules/types";
import type { Translate } from "../i18n";
import type { OutputSheet } from "./ranking-sheet";

export { DATE_TIME_FORMAT };

export interface RankLogInput {
  readonly grids: WorkbookGrids;
  readonly result: RankResult;
  readonly t: Translate;
  /** Who ran it and when (local wall-clock ISO "YYYY-MM-DDTHH:MM:SS"). */
  readonly user: string;
  readonly now: string;
  /** The writing client's id (4–40 letters, digits or _), unique per run: the new rows' ids derive from it. */
  readonly clientId: string;
  /** What the ranking proposed and carried over (for `Đối tượng`). */
  readonly summary: { readonly proposals: number; readonly carried: number; readonly stale: number };
}

/** The new row a ranking appends. */
export function rankLogRow(input: RankLogInput): LogRow {
  const ids = idSource(input.clientId);
  const target = rankTargetMsg({ year: input.result.year, ...input.summary });
  return logRow({
    id: ids.next(),
    time: input.now,
    actor: input.user,
    action: "rank",
    target: input.t(target.key, target.params),
    stamp: input.result.fingerprint,
    ruleSet: input.result.ruleSet,
  });
}

export function buildLogSheet(input: RankLogInput): OutputSheet {
  const existing = readLogSheet(findGrid(input.grids, REVIEW_SHEETS.log));
  const rows = appendLog(existing, [rankLogRow(input)]);
  const idColumn = LOG_COLUMNS.findIndex((c) => c.field === "id");
  return {
    name: REVIEW_SHEETS.log,
    values: logSheetValues(rows),
    widths: LOG_COLUMNS.map((c) => c.width),
    wrap: [LOG_COLUMNS.findIndex((c) => c.field === "target")],
    dateTimeColumns: [LOG_COLUMNS.findIndex((c) => c.field === "time")],
    hiddenColumns: LOG_ID_COLUMN_HIDDEN ? [idColumn] : [],
  };
}
