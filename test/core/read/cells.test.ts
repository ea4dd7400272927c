/**
 * workbook.md Reading rules and Settled details for cell values: dates, Vietnamese numbers, percents, formula
 * errors, codes, empty rows, merged cells (Office.js gives "" outside the top-left cell).
 */
import { isoToSerial } from "../../../src/core/text/parse-values";
import type { CellValue } from "../../../src/core/grid";
import { cellIssues, readWith, sheet } from "./helpers";

const PEOPLE_HEADER = ["Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Mã đơn vị"];

function readBirthDate(value: CellValue) {
  const r = readWith({ "Cá nhân": sheet("Cá nhân", [PEOPLE_HEADER, ["CB001", "Nguyễn Văn An", "Nam", value, "KV01"]]) });
  return { date: r.data.people[0].birthDate, issues: cellIssues(r.issues) };
}

describe("dates", () => {
  test.each<[CellValue, string]>([
    [isoToSerial("1985-01-05"), "1985-01-05"],
    [isoToSerial("2000-02-29"), "2000-02-29"],
    [isoToSerial("1985-01-05") + 0.75, "1985-01-05"],
    ["05/01/1985", "1985-01-05"],
    ["5/1/1985", "1985-01-05"],
    ["05-01-1985", "1985-01-05"],
    ["1985-01-05", "1985-01-05"],
    [" 13/12/1985 ", "1985-12-13"],
  ])("%j reads as %s", (value, iso) => {
    expect(readBirthDate(value)).toEqual({ date: iso, issues: [] });
  });

  test.each<[CellValue, string]>([
    ["05/01/85", "issues.TYPE_DATE.twoDigitYear"],
    ["5-1-85", "issues.TYPE_DATE.twoDigitYear"],
    ["31/02/2025", "issues.TYPE_DATE.impossible"],
    ["29/02/2023", "issues.TYPE_DATE.impossible"],
    ["12/25/1990", "issues.TYPE_DATE.impossible"], // mm/dd is never read
    ["ngày 5 tháng 1", "issues.TYPE_DATE.format"],
    [true, "issues.TYPE_DATE.format"],
  ])("%j is TYPE_DATE (%s)", (value, key) => {
    const { date, issues } = readBirthDate(value);
    expect(date).toBeNull();
    expect(issues).toEqual([expect.objectContaining({ code: "TYPE_DATE", severity: "error", sheet: "Cá nhân", cell: "D2", row: 2, column: "Ngày sinh", value })]);
    expect(issues[0].message.key).toBe(key);
  });

  test("a month-first date (12/25/1990) suggests the same date day first; other impossible dates keep the general hint", () => {
    expect(readBirthDate("12/25/1990").issues[0].hint).toEqual({ key: "hints.TYPE_DATE.swapped", params: { swapped: "25/12/1990" } });
    expect(readBirthDate("2-29-2024").issues[0].hint).toEqual({ key: "hints.TYPE_DATE.swapped", params: { swapped: "29/02/2024" } });
    expect(readBirthDate("2/29/2023").issues[0].hint).toEqual({ key: "hints.TYPE_DATE" }); // 29/02/2023 does not exist either
    expect(readBirthDate("31/02/2025").issues[0].hint).toEqual({ key: "hints.TYPE_DATE" });
  });

  test("02/03/2025 is 2 March, never 3 February", () => {
    expect(readBirthDate("02/03/2025").date).toBe("2025-03-02");
  });
});

const RESULTS_HEADER = ["Năm", "Mã đơn vị", "Việc phải thi hành", "Việc có điều kiện", "Việc xong", "Tiền phải thi hành", "Tiền có điều kiện", "Tiền xong", "Chỉ tiêu việc", "Chỉ tiêu tiền"];

function readResult(row: CellValue[]) {
  const r = readWith({}, [sheet("Kết quả THADS", [RESULTS_HEADER, [2025, "KV01", ...row]])]);
  return { result: r.data.results[0], issues: cellIssues(r.issues) };
}

describe("Vietnamese numbers", () => {
  test("1.234.567, 85,5, 12.500 and 12.5 read as the numbers they are", () => {
    const { result, issues } = readResult(["1.234.567", "1.000.000", "850.500", "1.234.567,5", "12.500", "12.5", 0.85, 0.5]);
    expect(issues).toEqual([]);
    expect(result).toMatchObject({ casesTotal: 1234567, casesAble: 1000000, casesDone: 850500, moneyTotal: 1234567.5, moneyAble: 12500, moneyDone: 12.5 });
  });

  test.each<[CellValue, string]>([
    ["abc", "TYPE_NUMBER"],
    ["1,234,567", "TYPE_NUMBER"],
    ["-5", "RANGE"],
  ])("%j in a number column is %s", (value, code) => {
    const { result, issues } = readResult([value, 10, 5, 100, 50, 20, 0.85, 0.5]);
    expect(result.casesTotal).toBeNull();
    expect(issues).toEqual([expect.objectContaining({ code, cell: "C2", column: "Việc phải thi hành", value })]);
  });
});

describe("percent columns", () => {
  test.each<[CellValue]>([[0.855], [85.5], ["85,5 %"], ["85.5%"], ["85,5%"], ["0,855"], ["85,5"]])("%j means 85,5 %", (value) => {
    const { result, issues } = readResult([100, 80, 70, 1000, 800, 500, value, 0.5]);
    expect(issues).toEqual([]);
    expect(result.targetCases).toBeCloseTo(0.855, 12);
  });

  test("1 is 100 % and 100 is 100 %", () => {
    expect(readResult([100, 80, 70, 1000, 800, 500, 1, 100]).result).toMatchObject({ targetCases: 1, targetMoney: 1 });
  });

  test.each<[CellValue]>([["120%"], [120], ["100,5 %"]])("%j is above 100 %: RANGE", (value) => {
    const { result, issues } = readResult([100, 80, 70, 1000, 800, 500, value, 0.5]);
    expect(result.targetCases).toBeNull();
    expect(issues).toEqual([expect.objectContaining({ code: "RANGE", severity: "error", cell: "I2", column: "Chỉ tiêu việc" })]);
  });
});

describe("formula cells", () => {
  test.each(["#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"])("a cached %s is FORMULA_ERROR, never a crash", (err) => {
    const { result, issues } = readResult([100, 80, err, 1000, 800, 500, 0.85, 0.5]);
    expect(result.casesDone).toBeNull();
    expect(issues).toEqual([expect.objectContaining({ code: "FORMULA_ERROR", severity: "error", cell: "E2", row: 2, column: "Việc xong", value: err })]);
  });

  test("an error in a text, code, date or enum column is FORMULA_ERROR as well", () => {
    const r = readWith({ "Cá nhân": sheet("Cá nhân", [PEOPLE_HEADER, ["#REF!", "#N/A", "#VALUE!", "#DIV/0!", "KV01"]]) });
    expect(cellIssues(r.issues).map((i) => [i.code, i.cell])).toEqual([
      ["FORMULA_ERROR", "A2"],
      ["FORMULA_ERROR", "B2"],
      ["FORMULA_ERROR", "C2"],
      ["FORMULA_ERROR", "D2"],
    ]);
    expect(r.data.people[0]).toMatchObject({ code: "", name: "", gender: null, birthDate: null });
  });

  test("an error in an unknown extra column is ignored", () => {
    const r = readWith({ "Cá nhân": sheet("Cá nhân", [[...PEOPLE_HEADER, "Tính tuổi"], ["CB001", "An", "Nam", "", "KV01", "#VALUE!"]]) });
    expect(cellIssues(r.issues)).toEqual([]);
  });
});

describe("codes", () => {
  test("codes are trimmed and keep their leading zeros; a number cell reads as its digits", () => {
    const r = readWith({
      "Cá nhân": sheet("Cá nhân", [
        PEOPLE_HEADER,
        ["  CB001\u00a0", "An", "Nam", "", " KV01 "],
        ["001", "Bình", "Nữ", "", "KV01"],
        ["CB1", "Cường", "nam", "", "kv01"],
        [1001, "Dũng", "NAM", "", "KV01"],
      ]),
    });
    expect(cellIssues(r.issues)).toEqual([]);
    expect(r.data.people.map((p) => [p.code, p.unit])).toEqual([
      ["CB001", "KV01"],
      ["001", "KV01"],
      ["CB1", "kv01"],
      ["1001", "KV01"],
    ]);
  });

  test("author lists split on ; and , and are trimmed", () => {
    const header = ["Mã sáng kiến", "Tên", "Tác giả", "Năm", "Phạm vi", "Số quyết định công nhận"];
    const r = readWith({}, [sheet("Sáng kiến", [header, ["SK01", "Giải pháp", " CB001; CB002 ,CB003 ;", 2025, "Cơ sở", "12/QĐ-THADS"]])]);
    expect(r.data.initiatives[0].authors).toEqual(["CB001", "CB002", "CB003"]);
  });
});

describe("rows", () => {
  test("fully empty rows inside the data are skipped silently; data ends at the last non-empty row", () => {
    const r = readWith({
      "Cá nhân": sheet("Cá nhân", [
        PEOPLE_HEADER,
        ["CB001", "An", "Nam", "", "KV01"],
        ["", "", "", "", ""],
        ["  ", "", "", null, ""],
        ["CB002", "Bình", "Nữ", "", "KV01"],
        [],
        ["", "", "", "", ""],
      ]),
    });
    expect(cellIssues(r.issues)).toEqual([]);
    expect(r.data.people.map((p) => [p.code, p.src.row])).toEqual([
      ["CB001", 2],
      ["CB002", 5],
    ]);
  });

  test("an empty required cell is REQUIRED on that cell", () => {
    const r = readWith({ "Cá nhân": sheet("Cá nhân", [PEOPLE_HEADER, ["CB001", "", "Nam", "", "KV01"]]) });
    expect(cellIssues(r.issues)).toEqual([expect.objectContaining({ code: "REQUIRED", severity: "error", cell: "B2", row: 2, column: "Họ và tên", value: null })]);
  });

  test("a unit code merged over two rows reads only in its top-left cell (as Office.js gives it): REQUIRED below", () => {
    const r = readWith({
      "Cá nhân": sheet("Cá nhân", [PEOPLE_HEADER, ["CB001", "An", "Nam", "", "KV01"], ["CB002", "Bình", "Nữ", "", ""]]),
    });
    expect(r.data.people.map((p) => p.unit)).toEqual(["KV01", ""]);
    expect(cellIssues(r.issues)).toEqual([expect.objectContaining({ code: "REQUIRED", cell: "E3", column: "Mã đơn vị" })]);
  });

  test("defaults of empty optional enum columns apply (Loại khen Công trạng, Trạng thái Hiệu lực)", () => {
    const header = ["Năm", "Mã đối tượng", "Danh hiệu", "Loại khen", "Trạng thái"];
    const r = readWith({}, [sheet("Khen thưởng", [header, [2024, "CB001", "Lao động tiên tiến", "", ""], [2024, "CB001", "Giấy khen", "Đột xuất", "Bị hủy"]])]);
    expect(cellIssues(r.issues)).toEqual([]);
    expect(r.data.awards.map((a) => [a.title, a.kind, a.status])).toEqual([
      ["LDTT", "CONG_TRANG", "HIEU_LUC"],
      ["GIAY_KHEN", "DOT_XUAT", "BI_HUY"],
    ]);
  });
});
