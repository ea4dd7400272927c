/**
 * `Nhật ký`, the append-only log: each ranking, generation and review appends rows; nothing rewrites or deletes
 * an earlier row. Each row carries an id made by the client that wrote it (`Mã dòng`, hidden column G), so
 * merging or replaying the same rows twice is harmless: rows are a set keyed by id. A row typed by hand
 * without an id gets one derived from its content ("h:" + hash), which is just as stable.
 */
import type { CellValue, SheetGrid } from "../grid";
import { isBlank } from "../grid";
import { canonicalJson, sha256Hex } from "../fingerprint";
import type { Msg } from "../issues";
import { cellText } from "../read/read-cell";
import { LOG_COLUMNS, type LogField } from "./columns";
import { dateTimeToSerial, normaliseIsoDateTime, readDateTime, type IsoDateTime } from "./date-time";
import { findHeaderRow } from "./header-match";

/** What was done. The labels are what `Thao tác` shows. */
export const LOG_ACTIONS = ["rank", "generate", "approve", "return", "reset"] as const;
export type LogAction = (typeof LOG_ACTIONS)[number];

export const LOG_ACTION_LABELS: Readonly<Record<LogAction, string>> = {
  rank: "Xếp hạng",
  generate: "Lập hồ sơ",
  approve: "Rà soát: Đồng ý",
  return: "Rà soát: Trả lại",
  reset: "Rà soát: Chờ rà soát",
};

export interface LogRow {
  readonly id: string;
  /** null when the cell is blank or unreadable (then `timeText` keeps it). */
  readonly time: IsoDateTime | null;
  readonly timeText: string;
  readonly actor: string;
  /** `Thao tác` as written (a label of LOG_ACTION_LABELS for rows the product wrote). */
  readonly action: string;
  readonly target: string;
  readonly stamp: string;
  readonly ruleSet: string;
}

/** Ids: "<client id>-<counter>" in base 36; the client id is chosen by the caller (random per session/run). */
export interface IdSource {
  readonly next: () => string;
}

export function idSource(clientId: string, start = 1): IdSource {
  if (!/^[A-Za-z0-9_]{4,40}$/.test(clientId)) throw new Error(`client id must be 4–40 letters, digits or _ (got "${clientId}")`);
  let n = start;
  return { next: () => `${clientId}-${(n++).toString(36).padStart(4, "0")}` };
}

/** The id of a row that has none: a hash of its content, so the same typed row always gets the same id. */
export function contentId(row: Omit<LogRow, "id">): string {
  return `h:${sha256Hex(canonicalJson({ ...row })).slice(7, 23)}`;
}

export interface NewLogRow {
  readonly id: string;
  /** Local wall-clock time the caller read from its clock. */
  readonly time: IsoDateTime;
  readonly actor: string;
  readonly action: LogAction;
  readonly target: string;
  readonly stamp: string;
  readonly ruleSet: string;
}

export function logRow(r: NewLogRow): LogRow {
  const time = normaliseIsoDateTime(r.time);
  if (!time) throw new Error(`log time must be ISO "YYYY-MM-DDTHH:MM:SS" (got "${r.time}")`);
  return { id: r.id, time, timeText: "", actor: r.actor.trim(), action: LOG_ACTION_LABELS[r.action], target: r.target, stamp: r.stamp, ruleSet: r.ruleSet };
}

/** Target text of a ranking row ("Năm 2025: 42 đề nghị; 5 ý kiến rà soát giữ lại, 1 cần rà soát lại"). */
export function rankTargetMsg(p: { year: number; proposals: number; carried: number; stale: number }): Msg {
  return { key: "review.log.rank", params: p };
}

/** Target text of a generation row. */
export function generateTargetMsg(p: { year: number; files: number; proposals: number; approvedOnly: boolean }): Msg {
  return { key: p.approvedOnly ? "review.log.generateApproved" : "review.log.generate", params: { year: p.year, files: p.files, proposals: p.proposals } };
}

/** Reads the log sheet; rows in sheet order. Rows without an id get their content id. */
export function readLogSheet(grid: SheetGrid | null): LogRow[] {
  if (!grid) return [];
  const header = findHeaderRow(grid, LOG_COLUMNS);
  if (!header) return [];
  const out: LogRow[] = [];
  for (let i = header.index + 1; i < grid.values.length; i++) {
    const line = grid.values[i] ?? [];
    const at = (f: LogField): CellValue => {
      const c = header.columns[f];
      return c === undefined ? "" : line[c];
    };
    if (LOG_COLUMNS.every((c) => isBlank(at(c.field)))) continue;
    const time = readDateTime(at("time"));
    const body = {
      time,
      timeText: time === null ? cellText(at("time")) : "",
      actor: cellText(at("actor")),
      action: cellText(at("action")),
      target: cellText(at("target")),
      stamp: cellText(at("stamp")),
      ruleSet: cellText(at("ruleSet")),
    };
    const id = cellText(at("id"));
    out.push({ id: id === "" ? contentId(body) : id, ...body });
  }
  return out;
}

/** Canonical order of the log: by time (rows without one first), then id. */
export function compareLogRows(a: LogRow, b: LogRow): number {
  const ta = a.time ?? "";
  const tb = b.time ?? "";
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Union of logs by id, in canonical order. The product never writes two different rows with one id; should a
 * hand edit do so, the smaller content wins, deterministically. Commutative, associative and idempotent: any number of replays, in any order, give
 * the same rows, none lost, none twice.
 */
export function mergeLogs(...logs: ReadonlyArray<ReadonlyArray<LogRow>>): LogRow[] {
  const byId = new Map<string, LogRow>();
  for (const log of logs) {
    for (const r of log) {
      const prev = byId.get(r.id);
      // Same id, different content can only come from a hand edit: keep one deterministically.
      if (!prev || canonicalJson(r) < canonicalJson(prev)) byId.set(r.id, r);
    }
  }
  return [...byId.values()].sort(compareLogRows);
}

/**
 * Appends to an existing log without moving anything: the existing rows stay as they are, in their order (a row
 * repeated with the same id is kept once), then the new rows that are not there yet, in canonical order.
 * `rank --out` writes the input's log this way.
 */
export function appendLog(existing: ReadonlyArray<LogRow>, added: ReadonlyArray<LogRow>): LogRow[] {
  const seen = new Set<string>();
  const out: LogRow[] = [];
  for (const r of existing) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    out.push(r);
  }
  const fresh = mergeLogs(added.filter((r) => !seen.has(r.id)));
  return [...out, ...fresh];
}

/** One row's cells in LOG_COLUMNS order; the time as an Excel serial (format it with DATE_TIME_FORMAT). */
export function logRowValues(r: LogRow): CellValue[] {
  return [r.time === null ? r.timeText : dateTimeToSerial(r.time), r.actor, r.action, r.target, r.stamp, r.ruleSet, r.id];
}

/** The whole sheet: header, then rows. */
export function logSheetValues(rows: ReadonlyArray<LogRow>): CellValue[][] {
  return [LOG_COLUMNS.map((c) => c.header), ...rows.map(logRowValues)];
}
