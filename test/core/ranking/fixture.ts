/**
 * Builds small tracking workbooks as grids (the shape Office.js gives), reads them with the real reader and
 * runs the unit side. People's decisions are given directly as PersonResult arrays, so these tests do not
 * depend on the people rules.
 */
import type { CellValue, SheetGrid, WorkbookGrids } from "../../../src/core/grid";
import type { TrackingData } from "../../../src/core/model";
import { readWorkbook } from "../../../src/core/read/read-workbook";
import { rankUnits } from "../../../src/core/ranking";
import { resolveContext, type RuleContext } from "../../../src/core/rules/context";
import type { Decision, PersonResult, RuleResult, Status, UnitResult } from "../../../src/core/rules/types";
import type { Title } from "../../../src/core/schema/enums";

export interface FxUnit {
  code: string;
  name?: string;
  cluster?: string;
}
export interface FxPerson {
  code: string;
  unit: string;
  gender?: "Nam" | "Nữ";
  name?: string;
}
export interface FxResult {
  year: number;
  unit: string;
  casesAble: CellValue;
  casesDone: CellValue;
  moneyAble: CellValue;
  moneyDone: CellValue;
  targetCases: CellValue;
  targetMoney: CellValue;
  carryOver?: CellValue;
  targetCarryOver?: CellValue;
}
export interface Fx {
  year?: number;
  settings?: Array<[string, CellValue]>;
  units: FxUnit[];
  people?: FxPerson[];
  /** [year, subject, rating] */
  ratings?: Array<[number, string, string]>;
  /** [subject, form, from, to] */
  discipline?: Array<[string, string, string, string?]>;
  /** [year, subject, title, kind?, status?] */
  awards?: Array<[number, string, string, string?, string?]>;
  results?: FxResult[];
  /** Omit the two carry-over columns from Kết quả THADS. */
  noCarryOverColumns?: boolean;
  /** [code, max, kind?] */
  criteria?: Array<[string, number, string?]>;
  /** [year, unit, criterion, points] */
  scores?: Array<[number, string, string, CellValue]>;
  /** [year, subject, title, votesFor, members, level?] */
  votes?: Array<[number, string, string, number, number | "", string?]>;
}

function sheet(name: string, headers: string[], rows: CellValue[][]): SheetGrid {
  return { name, values: [headers, ...rows] };
}

export function fxGrids(fx: Fx): WorkbookGrids {
  const year = fx.year ?? 2025;
  const sheets: SheetGrid[] = [
    sheet("Cấu hình", ["Tham số", "Giá trị"], [["Năm thi đua", year], ...(fx.settings ?? [])]),
    sheet(
      "Đơn vị",
      ["Mã đơn vị", "Tên đơn vị", "Khối thi đua"],
      fx.units.map((u) => [u.code, u.name ?? `Đơn vị ${u.code}`, u.cluster ?? ""]),
    ),
    sheet(
      "Cá nhân",
      ["Mã cán bộ", "Họ và tên", "Giới tính", "Mã đơn vị"],
      (fx.people ?? []).map((p) => [p.code, p.name ?? `Người ${p.code}`, p.gender ?? "Nam", p.unit]),
    ),
    sheet("Xếp loại", ["Năm", "Mã đối tượng", "Xếp loại"], (fx.ratings ?? []).map((r) => [...r])),
    sheet("Kỷ luật", ["Mã đối tượng", "Hình thức", "Từ ngày", "Đến ngày"], (fx.discipline ?? []).map((d) => [d[0], d[1], d[2], d[3] ?? ""])),
    sheet(
      "Khen thưởng",
      ["Năm", "Mã đối tượng", "Danh hiệu/Hình thức", "Loại khen", "Trạng thái"],
      (fx.awards ?? []).map((a) => [a[0], a[1], a[2], a[3] ?? "Công trạng", a[4] ?? "Hiệu lực"]),
    ),
    sheet(
      "Kết quả THADS",
      [
        "Năm",
        "Mã đơn vị",
        "Việc phải thi hành",
        "Việc có điều kiện",
        "Việc xong",
        "Tiền phải thi hành",
        "Tiền có điều kiện",
        "Tiền xong",
        "Chỉ tiêu việc",
        "Chỉ tiêu tiền",
        ...(fx.noCarryOverColumns ? [] : ["Việc chuyển kỳ sau", "Chỉ tiêu giảm chuyển kỳ sau"]),
      ],
      (fx.results ?? []).map((r) => [
        r.year,
        r.unit,
        typeof r.casesAble === "number" ? r.casesAble + 10 : r.casesAble,
        r.casesAble,
        r.casesDone,
        typeof r.moneyAble === "number" ? r.moneyAble + 1000 : r.moneyAble,
        r.moneyAble,
        r.moneyDone,
        r.targetCases,
        r.targetMoney,
        ...(fx.noCarryOverColumns ? [] : [r.carryOver ?? "", r.targetCarryOver ?? ""]),
      ]),
    ),
    sheet("Tiêu chí", ["Mã tiêu chí", "Nội dung", "Điểm tối đa", "Loại"], (fx.criteria ?? []).map((c) => [c[0], `Tiêu chí ${c[0]}`, c[1], c[2] ?? "Cộng"])),
    sheet("Chấm điểm", ["Năm", "Mã đơn vị", "Mã tiêu chí", "Điểm"], (fx.scores ?? []).map((s) => [...s])),
    sheet(
      "Bình xét",
      ["Năm", "Mã đối tượng", "Danh hiệu/Hình thức", "Số phiếu đồng ý", "Tổng số thành viên", "Cấp hội đồng"],
      (fx.votes ?? []).map((v) => [v[0], v[1], v[2], v[3], v[4], v[5] ?? "Cơ sở"]),
    ),
  ];
  return { sheets };
}

export function fxData(fx: Fx): TrackingData {
  return readWorkbook(fxGrids(fx)).data;
}

export function fxContext(data: TrackingData, year?: number): RuleContext {
  const { ctx } = resolveContext(data, year ? { year } : {});
  if (!ctx) throw new Error("no context");
  return ctx;
}

export function runUnits(fx: Fx, people: PersonResult[] = []): UnitResult[] {
  const data = fxData(fx);
  return rankUnits(data, fxContext(data), people);
}

/** A person's decisions given directly: titles not listed are not-eligible. */
export function person(code: string, unit: string, statuses: Partial<Record<Title, Status>> = {}): PersonResult {
  const titles: Title[] = ["BK_BO", "BK_TTG", "CSTDCS", "CSTD_BO", "LDTT"];
  return {
    code,
    name: `Người ${code}`,
    unit,
    decisions: titles.map((title) => ({ title, status: statuses[title] ?? "not-eligible", reasons: [], nearMiss: [] })),
  };
}

export function unitOf(results: ReadonlyArray<UnitResult>, code: string): UnitResult {
  const u = results.find((r) => r.code === code);
  if (!u) throw new Error(`no unit ${code}`);
  return u;
}

export function decisionOf(u: UnitResult, title: Title): Decision {
  const d = u.decisions.find((x) => x.title === title);
  if (!d) throw new Error(`no ${title} for ${u.code}`);
  return d;
}

export function reasonsOf(d: Decision, rule: string): RuleResult[] {
  return d.reasons.filter((r) => r.rule === rule);
}

/** Two criteria of 100 points each (scale 200) and scores that add up to `total` for the unit. */
export function scoresFor(year: number, unit: string, total: number): Array<[number, string, string, number]> {
  const a = Math.min(100, total);
  return [
    [year, unit, "TC1", a],
    [year, unit, "TC2", total - a],
  ];
}

export const CRITERIA_200: Array<[string, number, string?]> = [
  ["TC1", 100],
  ["TC2", 100],
];

/** A results row whose rates are exactly viec and tien (fractions), against targets tv and tt. */
export function resultRow(year: number, unit: string, viec: number, tien: number, tv = 0.8, tt = 0.4, extra: Partial<FxResult> = {}): FxResult {
  return {
    year,
    unit,
    casesAble: 1000,
    casesDone: Math.round(viec * 1000),
    moneyAble: 100000,
    moneyDone: Math.round(tien * 100000),
    targetCases: tv,
    targetMoney: tt,
    ...extra,
  };
}
