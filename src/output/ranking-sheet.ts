/**
 * `KQ Xếp hạng` as a plain 2-D array (the CLI's exceljs writer and the Office.js adapter both write it):
 * one row per subject × title — units first (with score, class, cluster rank, the K6 key that decided the
 * rank, and the three targets), then people — with the status and the reasons in short. `pending` subjects
 * read "Chưa đủ hồ sơ". Values stay plain strings and numbers; the writers keep text that begins with
 * = + - @ as text.
 */
import type { CellValue } from "../core/grid";
import type { Decision, PersonResult, RankResult, TargetResult, UnitResult } from "../core/rules/types";
import { OUTPUT_SHEETS } from "../core/schema/sheets";
import type { Translate } from "../i18n";

/** A sheet the product writes: header row first, then data rows; layout hints for the writers. */
export interface OutputSheet {
  readonly name: string;
  /** Header row, then the data rows. */
  readonly values: CellValue[][];
  /** Column widths in characters, one per column. */
  readonly widths: ReadonlyArray<number>;
  /** 0-based columns whose text wraps (long reasons). */
  readonly wrap?: ReadonlyArray<number>;
  /** 0-based columns holding Excel date-time serials (shown as dd/mm/yyyy hh:mm:ss). */
  readonly dateTimeColumns?: ReadonlyArray<number>;
  /** 0-based columns the writer hides. */
  readonly hiddenColumns?: ReadonlyArray<number>;
  /** The whole sheet is hidden (product memory, e.g. `Dữ kiện rà soát`). */
  readonly hidden?: boolean;
  /** In-cell drop-down lists, each on the data rows of one column (never the header, never a whole column). */
  readonly dropDowns?: ReadonlyArray<OutputDropDown>;
}

/**
 * A drop-down list (Excel data validation of type list) on the data rows of one column. Its alert is a warning:
 * Excel lets the person keep another value, so a spelling the reader tolerates is never refused.
 */
export interface OutputDropDown {
  /** 0-based column. */
  readonly column: number;
  /** The choices, in order (none may contain a comma: Excel's in-cell list is comma-separated). */
  readonly values: ReadonlyArray<string>;
  /** The input message shown when a cell of the column is selected. */
  readonly promptTitle: string;
  readonly prompt: string;
  /** The warning shown when a value outside the list is typed. */
  readonly errorTitle: string;
  readonly error: string;
}

const COLUMNS = [
  ["kind", 10],
  ["code", 12],
  ["name", 40],
  ["unit", 34],
  ["score", 10],
  ["class", 7],
  ["rank", 9],
  ["decidedBy", 18],
  ["viec", 20],
  ["tien", 20],
  ["giamChuyenKy", 20],
  ["title", 30],
  ["status", 18],
  ["reasons", 70],
  ["nearMiss", 45],
] as const;

/** The reasons of a decision in short, one per line: "R14 ✓ 8/10 thành viên đạt LĐTT …"; C3 warnings marked ⚠. */
export function shortReasons(d: Decision, t: Translate): string {
  const lines: string[] = [];
  for (const r of d.reasons) {
    lines.push(`${r.rule} ${t(`ranking.outcome.${r.outcome}`)} ${t(r.text.key, r.text.params)}`);
    for (const w of r.warnings ?? []) lines.push(`⚠ ${t(w.key, w.params)}`);
  }
  return lines.join("\n");
}

export function nearMissText(d: Decision, t: Translate): string {
  return d.nearMiss.map((m) => t(m.key, m.params)).join("\n");
}

export function statusText(d: Decision, t: Translate): string {
  return t(`ranking.status.${d.status}`);
}

export function titleName(title: string, t: Translate): string {
  return t(`ranking.title.${title}`);
}

/** "84,3 % / 82,5 % (đạt)", or why the rate is undefined. */
export function targetText(target: TargetResult | null, t: Translate): string {
  if (!target) return "";
  if (target.rate === null) return t(`ranking.sheet.target.${target.undefinedReason ?? "missingData"}`);
  const params = { rate: target.rate * 100, target: (target.target ?? 0) * 100 };
  if (target.met === null) return t("ranking.sheet.target.noTarget", params);
  return t(target.met ? "ranking.sheet.target.met" : "ranking.sheet.target.missed", params);
}

function unitRows(u: UnitResult, t: Translate): CellValue[][] {
  const common: CellValue[] = [
    t("ranking.sheet.kind.unit"),
    u.code,
    u.name,
    u.cluster ?? t("ranking.sheet.noCluster"),
    u.score ?? "",
    u.class ?? "",
    u.clusterRank ?? "",
    u.rankDecidedBy ? t(`ranking.rankKey.${u.rankDecidedBy}`) : "",
    targetText(u.targets.viec, t),
    targetText(u.targets.tien, t),
    targetText(u.targets.giamChuyenKy, t),
  ];
  return u.decisions.map((d) => [...common, titleName(d.title, t), statusText(d, t), shortReasons(d, t), nearMissText(d, t)]);
}

function personRows(p: PersonResult, unitNames: ReadonlyMap<string, string>, t: Translate): CellValue[][] {
  const unit = unitNames.get(p.unit.trim().toUpperCase()) ?? p.unit;
  return p.decisions.map((d) => [
    t("ranking.sheet.kind.person"),
    p.code,
    p.name,
    unit,
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    titleName(d.title, t),
    statusText(d, t),
    shortReasons(d, t),
    nearMissText(d, t),
  ]);
}

export function buildRankingSheet(result: RankResult, t: Translate): OutputSheet {
  const unitNames = new Map(result.units.map((u) => [u.code.trim().toUpperCase(), u.name]));
  const header = COLUMNS.map(([id]) => t(`ranking.sheet.col.${id}`));
  const rows = [...result.units.flatMap((u) => unitRows(u, t)), ...result.people.flatMap((p) => personRows(p, unitNames, t))];
  return {
    name: OUTPUT_SHEETS.ranking,
    values: [header, ...rows],
    widths: COLUMNS.map(([, w]) => w),
    wrap: (["name", "unit", "decidedBy", "title", "status", "reasons", "nearMiss"] as const).map((w) => COLUMNS.findIndex(([id]) => id === w)),
  };
}
