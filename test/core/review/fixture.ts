/**
 * A small tracking workbook as grids, with switches for cosmetic variants (column order, text vs serial dates,
 * percent spellings, header spellings, row order, an extra column) and for real edits of one fact. Decisions
 * cite cells the way the rules do: from the records' `src` after reading, so a moved column moves the citation.
 */
import type { CellValue, SheetGrid, WorkbookGrids } from "../../../src/core/grid";
import { checkWorkbook } from "../../../src/core/check";
import type { TrackingData } from "../../../src/core/model";
import type { Decision, RankResult, RuleResult, Status } from "../../../src/core/rules/types";
import type { Title } from "../../../src/core/schema/enums";
import { isoToSerial } from "../../../src/core/text/parse-values";

export interface Variant {
  /** Reverse the column order of every data sheet. */
  readonly reverseColumns?: boolean;
  /** Dates as Excel serials instead of "dd/mm/yyyy" text. */
  readonly serialDates?: boolean;
  /** Percent cells as fractions instead of "82,5%" text. */
  readonly fractionPercents?: boolean;
  /** Headers without diacritics, in upper case. */
  readonly plainHeaders?: boolean;
  /** Data rows in reverse order. */
  readonly reverseRows?: boolean;
  /** An extra unknown column "Ghi chú riêng" first in every data sheet. */
  readonly extraColumn?: boolean;
  /** A banner row above every header. */
  readonly banner?: boolean;
  /** Edits: [sheet, row index (0-based data row), header, new value]. */
  readonly edits?: ReadonlyArray<readonly [string, number, string, CellValue]>;
}

const STRIP: Record<string, string> = { "Năm": "NAM", "Mã đối tượng": "MA DOI TUONG", "Xếp loại": "XEP LOAI" };

function date(text: string, v: Variant): CellValue {
  if (!v.serialDates) return text;
  const [d, m, y] = text.split("/");
  return isoToSerial(`${y}-${m}-${d}`);
}

function percent(text: string, v: Variant): CellValue {
  if (!v.fractionPercents) return text;
  return Number(text.replace("%", "").replace(",", ".")) / 100;
}

function sheet(name: string, headers: string[], rows: CellValue[][], v: Variant): SheetGrid {
  const edited = rows.map((r) => [...r]);
  for (const [s, i, h, value] of v.edits ?? []) {
    if (s !== name) continue;
    const c = headers.indexOf(h);
    if (c < 0) throw new Error(`no column ${h} in ${name}`);
    edited[i][c] = value;
  }
  let hs = v.plainHeaders ? headers.map((h) => STRIP[h] ?? h.toUpperCase()) : [...headers];
  let body = v.reverseRows ? [...edited].reverse() : edited;
  if (v.extraColumn) {
    hs = ["Ghi chú riêng", ...hs];
    body = body.map((r, i) => [`ghi chú ${i}`, ...r]);
  }
  if (v.reverseColumns) {
    hs = [...hs].reverse();
    body = body.map((r) => [...r].reverse());
  }
  const values: CellValue[][] = [];
  if (v.banner) values.push([`SỔ THEO DÕI – ${name.toUpperCase()}`, ...hs.slice(1).map(() => "")]);
  values.push(hs, ...body);
  return { name, values };
}

export function workbook(v: Variant = {}): WorkbookGrids {
  return {
    sheets: [
      { name: "Cấu hình", values: [["Tham số", "Giá trị"], ["Năm thi đua", 2025], ["Cơ quan", "THADS TỈNH VĨNH LONG"], ["Ngưỡng phiếu CSTĐCS", "80%"]] },
      sheet("Đơn vị", ["Mã đơn vị", "Tên đơn vị", "Khối thi đua"], [["KV01", "THADS khu vực 1", "Khối 1"], ["KV02", "THADS khu vực 2", "Khối 1"]], v),
      sheet(
        "Cá nhân",
        ["Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Mã đơn vị"],
        [
          ["CB001", "Nguyễn Văn An", "Nam", date("05/01/1980", v), "KV01"],
          ["CB002", "Trần Thị Bình", "Nữ", date("12/03/1985", v), "KV01"],
          ["CB003", "Lê Văn Cường", "Nam", date("30/09/1990", v), "KV02"],
        ],
        v,
      ),
      sheet(
        "Xếp loại",
        ["Năm", "Mã đối tượng", "Xếp loại"],
        [
          [2023, "CB001", "HTXSNV"],
          [2024, "CB001", "HTXSNV"],
          [2025, "CB001", "HTXSNV"],
          [2025, "CB002", "HTTNV"],
          [2025, "CB003", "Hoàn thành tốt nhiệm vụ"],
          [2025, "KV01", "HTXSNV"],
        ],
        v,
      ),
      sheet(
        "Sáng kiến",
        ["Mã sáng kiến", "Tên", "Tác giả", "Năm", "Phạm vi", "Số quyết định công nhận", "Ngày quyết định"],
        [["SK01", "Số hóa hồ sơ", "CB001; CB002", 2025, "Cơ sở", "15/QĐ-THADS", date("20/06/2025", v)]],
        v,
      ),
      sheet(
        "Kết quả THADS",
        ["Năm", "Mã đơn vị", "Việc phải thi hành", "Việc có điều kiện", "Việc xong", "Tiền phải thi hành", "Tiền có điều kiện", "Tiền xong", "Chỉ tiêu việc", "Chỉ tiêu tiền"],
        [
          [2025, "KV01", 1200, 1000, 850, "12.500.000", "10.000.000", "5.000.000", percent("82,5%", v), percent("45%", v)],
          [2025, "KV02", 900, 800, 600, "9.000.000", "8.000.000", "3.000.000", percent("82,5%", v), percent("45%", v)],
        ],
        v,
      ),
      sheet(
        "Bình xét",
        ["Năm", "Mã đối tượng", "Danh hiệu/Hình thức", "Số phiếu đồng ý", "Tổng số thành viên"],
        [
          [2025, "CB001", "CSTĐCS", 9, 11],
          [2025, "CB003", "CSTĐCS", 7, 11],
        ],
        v,
      ),
    ],
  };
}

type Src = { src: { sheet: string; cells: Readonly<Record<string, string>> } };

/** "Sheet!A1" refs of the given fields of the records matching `pick`, as a rule would cite them. */
export function cite<T extends Src>(records: ReadonlyArray<T>, pick: (r: T) => boolean, fields: ReadonlyArray<string>): string[] {
  const out: string[] = [];
  for (const r of records.filter(pick)) for (const f of fields) if (r.src.cells[f]) out.push(`${r.src.sheet}!${r.src.cells[f]}`);
  return out;
}

function reason(rule: string, outcome: RuleResult["outcome"], cells: string[]): RuleResult {
  return { rule, outcome, text: { key: "test" }, cells: [...cells].sort(), source: "test" };
}

function decision(title: Title, status: Status, reasons: RuleResult[]): Decision {
  return { title, status, reasons, nearMiss: [] };
}

/**
 * Decisions that read specific facts:
 * CB001 CSTDCS reads CB001's 2023–2025 ratings, initiative SK01 (scope, date) and its vote row;
 * CB001 LDTT and CB002 LDTT read their 2025 rating; CB003 CSTDCS reads its rating and vote;
 * KV01 TTLDTT reads its rating and results (targets as percents); KV02 TTLDTT reads its results.
 */
export function decisions(data: TrackingData): RankResult {
  const rating = (s: string, years: number[]) => cite(data.ratings, (r) => r.subject === s && years.includes(r.year ?? 0), ["rating"]);
  const status = (s: string, years: number[], ok: string[]): Status => {
    const rs = data.ratings.filter((r) => r.subject === s && years.includes(r.year ?? 0));
    return rs.length === years.length && rs.every((r) => r.rating && ok.includes(r.rating)) ? "eligible" : "not-eligible";
  };
  const results = (u: string) => cite(data.results, (r) => r.unit === u, ["casesAble", "casesDone", "targetCases"]);
  const people = [
    {
      code: "CB001",
      name: "Nguyễn Văn An",
      unit: "KV01",
      decisions: [
        decision("CSTDCS", status("CB001", [2025], ["HTXSNV"]), [
          reason("R1", "pass", rating("CB001", [2025])),
          reason("R2", "pass", [...rating("CB001", [2023, 2024, 2025]), ...cite(data.votes, (v) => v.subject === "CB001", ["votesFor", "members"])]),
          reason("R13", "pass", cite(data.initiatives, (i) => i.authors.includes("CB001"), ["scope", "decisionDate", "authors"])),
        ]),
        decision("LDTT", status("CB001", [2025], ["HTXSNV", "HTTNV"]), [reason("R1", "pass", rating("CB001", [2025]))]),
      ],
    },
    { code: "CB002", name: "Trần Thị Bình", unit: "KV01", decisions: [decision("LDTT", status("CB002", [2025], ["HTXSNV", "HTTNV"]), [reason("R1", "pass", rating("CB002", [2025]))])] },
    {
      code: "CB003",
      name: "Lê Văn Cường",
      unit: "KV02",
      decisions: [decision("CSTDCS", "not-eligible", [reason("R1", "pass", rating("CB003", [2025])), reason("R2", "fail", cite(data.votes, (v) => v.subject === "CB003", ["votesFor", "members"]))])],
    },
  ];
  const units = ["KV01", "KV02"].map((u) => ({
    code: u,
    name: u,
    cluster: "Khối 1",
    score: null,
    class: null,
    clusterRank: null,
    rankDecidedBy: null,
    targets: { viec: null, tien: null, giamChuyenKy: null },
    decisions: [decision("TTLDTT", "eligible", [reason("R14", "pass", [...rating(u, [2025]), ...results(u)])])],
  }));
  return { year: 2025, ruleSet: "ND152-2025", fingerprint: "sha256:test", parameters: { cstdcsVote: 0.8, ldttShare: 0.7 }, parameterSources: {}, units, people };
}

export function load(v: Variant = {}): { data: TrackingData; rank: RankResult } {
  const check = checkWorkbook(workbook(v));
  return { data: check.data, rank: decisions(check.data) };
}
