/**
 * Each cross-row and cross-sheet check at its boundaries, on grids (no file): the clean fixture with one change.
 */
import { checkWorkbook, type CheckResult } from "../../../src/core/check";
import type { Issue } from "../../../src/core/issues";
import { render, translator } from "../../../src/i18n";
import { cleanWorkbook, SHEET } from "./fixtures/clean-workbook";
import { appendRow, cloneFixture, columnOf, fixtureToGrids, rowWhere, setCell, sheetOf, type Fixture } from "./fixtures/xlsx";

const vi = translator("vi");

function check(edit: (f: Fixture) => void): CheckResult {
  const f = cloneFixture(cleanWorkbook());
  edit(f);
  return checkWorkbook(fixtureToGrids(f));
}

/** Every issue as "severity CODE Sheet!cell". */
const where = (r: CheckResult): string[] => r.issues.map((i) => `${i.severity} ${i.code} ${i.sheet}!${i.cell ?? "-"}`);
const only = (r: CheckResult): Issue => {
  expect(where(r)).toHaveLength(1);
  return r.issues[0];
};
const text = (i: Issue): string => `${render(vi, i.message)} | ${render(vi, i.hint)}`;

const settingsRow = (f: Fixture, key: string): number => rowWhere(f, SHEET.settings, "Tham số", key);
const setSetting = (f: Fixture, key: string, value: string | number | null): string => setCell(f, SHEET.settings, settingsRow(f, key), "Giá trị", value);
const personRow = (f: Fixture, code: string): number => rowWhere(f, SHEET.people, "Mã cán bộ", code);
const voteRow = (f: Fixture, subject: string, title: string): number => rowWhere(f, SHEET.votes, "Mã đối tượng", subject, "Danh hiệu/Hình thức", title);

test("the clean fixture has no issue at all", () => {
  expect(where(check(() => undefined))).toEqual([]);
});

describe("Cấu hình", () => {
  test("no Năm thi đua row → REQUIRED where the row should go", () => {
    const i = only(check((f) => sheetOf(f, SHEET.settings).rows.splice(settingsRow(f, "Năm thi đua") - 1, 1)));
    expect(i).toMatchObject({ code: "REQUIRED", severity: "error", sheet: SHEET.settings, cell: "A17", row: 17, column: "Tham số" });
    expect(text(i)).toContain("Năm thi đua");
  });
  test("an empty Năm thi đua → REQUIRED at its value", () => {
    expect(only(check((f) => setSetting(f, "Năm thi đua", null)))).toMatchObject({ code: "REQUIRED", cell: "B2", column: "Giá trị" });
  });
  test.each([
    ["hai nghìn", "TYPE_NUMBER"],
    [1800, "RANGE"],
    ["2025", null],
  ] as const)("Năm thi đua %s → %s", (value, code) => {
    const r = check((f) => setSetting(f, "Năm thi đua", value));
    expect(r.issues.map((i) => i.code)).toEqual(code ? [code] : []);
  });
  test("an unknown key is a TYPE_ENUM warning naming the closest label", () => {
    const i = only(check((f) => appendRow(f, SHEET.settings, { "Tham số": "Ngưỡng phiếu CSTĐ cơ sở", "Giá trị": "85%" })));
    expect(i).toMatchObject({ code: "TYPE_ENUM", severity: "warning", cell: "A18", column: "Tham số", value: "Ngưỡng phiếu CSTĐ cơ sở" });
    expect(render(vi, i.hint)).toContain("\"Ngưỡng phiếu CSTĐCS\"");
  });
  test.each([
    ["Ngưỡng phiếu CSTĐCS", "120%", "RANGE"],
    ["Ngưỡng phiếu CSTĐCS", "nhiều", "TYPE_NUMBER"],
    ["Ngưỡng phiếu CSTĐCS", "0,9", null],
    ["Tỷ lệ tối đa CSTĐCS", "Không", null],
    ["Chỉ tiêu tính theo \"trên X %\"", "Có lẽ", "TYPE_ENUM"],
    ["Chỉ tiêu tính theo \"trên X %\"", "Có", null],
    ["Cách tính mức thiếu chỉ tiêu", "tương đối lắm", "TYPE_ENUM"],
    ["Số năm CSTĐCS liên tục để xét CSTĐ cấp Bộ, tỉnh", "2,5", "TYPE_NUMBER"],
    ["Mức lương cơ sở", -5, "RANGE"],
    ["Số thành viên Hội đồng", 0, "RANGE"],
    ["Số thành viên Hội đồng", "chín", "TYPE_NUMBER"],
    ["Ngày xét", "32/01/2026", "TYPE_DATE"],
    ["Bộ quy tắc", "ND152-2026", "TYPE_ENUM"],
    ["Bộ quy tắc", "NĐ 98-2023", null],
  ] as const)("%s = %s → %s", (key, value, code) => {
    const r = check((f) => {
      if (f.find((s) => s.name === SHEET.settings)?.rows.some((row) => row[0] === key)) setSetting(f, key, value);
      else appendRow(f, SHEET.settings, { "Tham số": key, "Giá trị": value });
    });
    const own = r.issues.filter((i) => i.sheet === SHEET.settings);
    expect(own.map((i) => [i.code, i.column, i.severity])).toEqual(code ? [[code, "Giá trị", "error"]] : []);
  });
  test("Bộ quy tắc hint names the closest rule set", () => {
    const i = only(check((f) => setSetting(f, "Bộ quy tắc", "ND152-2026")));
    expect(render(vi, i.hint)).toContain("\"ND152-2025\"");
  });
  test("a key given twice → DUPLICATE_KEY on the second, the first row in the hint", () => {
    const i = only(check((f) => appendRow(f, SHEET.settings, { "Tham số": "nam thi dua", "Giá trị": 2024 })));
    expect(i).toMatchObject({ code: "DUPLICATE_KEY", cell: "A18", column: "Tham số" });
    expect(render(vi, i.hint)).toContain("dòng 2 (ô A2)");
  });
});

describe("Cá nhân", () => {
  const birth = (value: string | number) => check((f) => setCell(f, SHEET.people, personRow(f, "CB002"), "Ngày sinh", value));

  test("a birth date after the evaluation year → RANGE on that cell, with the year in the hint", () => {
    const i = only(birth("12/03/2085"));
    expect(i).toMatchObject({ code: "RANGE", severity: "error", sheet: SHEET.people, column: "Ngày sinh" });
    expect(i.cell).toMatch(/^D\d+$/);
    expect(text(i)).toContain("12/03/2085");
    expect(text(i)).toContain("2025");
  });

  test("a birth date in the evaluation year itself or before it is not an issue", () => {
    expect(where(birth("31/12/2025"))).toEqual([]);
    expect(where(birth("01/01/1985"))).toEqual([]);
  });

  test("without a readable Năm thi đua, a late birth date is not compared (only the missing year is reported)", () => {
    const r = check((f) => {
      setCell(f, SHEET.people, personRow(f, "CB002"), "Ngày sinh", "12/03/2085");
      sheetOf(f, SHEET.settings).rows.splice(settingsRow(f, "Năm thi đua") - 1, 1);
    });
    expect(r.issues.map((i) => i.code)).toEqual(["REQUIRED"]);
  });
});

describe("Bình xét", () => {
  test("votes above the council size from Cấu hình → INCONSISTENT on Số phiếu đồng ý, naming the settings cell", () => {
    const r = check((f) => setCell(f, SHEET.votes, voteRow(f, "CB001", "CSTĐCS"), "Số phiếu đồng ý", 10));
    const i = r.issues.find((x) => x.code === "INCONSISTENT") as Issue;
    expect(i).toMatchObject({ sheet: SHEET.votes, cell: "D2", column: "Số phiếu đồng ý", value: 10 });
    expect(render(vi, i.hint)).toContain("Cấu hình!B14");
  });
  test("no total and no Số thành viên Hội đồng → REQUIRED on the empty cell", () => {
    const r = check((f) => sheetOf(f, SHEET.settings).rows.splice(settingsRow(f, "Số thành viên Hội đồng") - 1, 1));
    expect(where(r)).toEqual(["error REQUIRED Bình xét!E2"]);
  });
  test("no total column and no Số thành viên Hội đồng → one COLUMN_MISSING", () => {
    const r = check((f) => {
      sheetOf(f, SHEET.settings).rows.splice(settingsRow(f, "Số thành viên Hội đồng") - 1, 1);
      for (const row of sheetOf(f, SHEET.votes).rows) row.splice(4, 1);
    });
    expect(r.issues.map((i) => [i.code, i.sheet, i.cell, i.row, i.column])).toEqual([["COLUMN_MISSING", SHEET.votes, null, 1, "Tổng số thành viên"]]);
  });
  test("present, written opinions and votes must add up", () => {
    const r = check((f) => {
      setCell(f, SHEET.votes, voteRow(f, "CB002", "Chiến sĩ thi đua cơ sở"), "Số có mặt", 10); // > 9 members
      setCell(f, SHEET.votes, voteRow(f, "CB006", "CSTĐCS"), "Vắng có ý kiến bằng văn bản", 2); // 9 − 8 = 1 absent
      setCell(f, SHEET.votes, voteRow(f, "KV01", "TTLĐXS"), "Số có mặt", 6); // 8 votes > 6 + 0
    });
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([
      ["INCONSISTENT", "G3"],
      ["INCONSISTENT", "H4"],
      ["INCONSISTENT", "D7"],
    ]);
  });
  test("a total of 0 → RANGE", () => {
    expect(only(check((f) => setCell(f, SHEET.votes, voteRow(f, "CB002", "Chiến sĩ thi đua cơ sở"), "Tổng số thành viên", 0)))).toMatchObject({ code: "RANGE", cell: "E3" });
  });
  test("a second vote with the same key is DUPLICATE_KEY; another council level is not", () => {
    const r = check((f) => {
      appendRow(f, SHEET.votes, { Năm: 2025, "Mã đối tượng": "cb002", "Danh hiệu/Hình thức": "CSTĐCS", "Số phiếu đồng ý": 8, "Tổng số thành viên": 9, "Cấp hội đồng": "Cơ sở" });
      appendRow(f, SHEET.votes, { Năm: 2025, "Mã đối tượng": "CB002", "Danh hiệu/Hình thức": "CSTĐCS", "Số phiếu đồng ý": 8, "Tổng số thành viên": 9, "Cấp hội đồng": "Bộ, tỉnh" });
    });
    expect(where(r)).toEqual(["error DUPLICATE_KEY Bình xét!A8"]);
  });
});

describe("Kết quả THADS", () => {
  test("xong ≤ có điều kiện ≤ phải thi hành, carry-over ≤ not finished: INCONSISTENT names the larger column", () => {
    const r = check((f) => {
      setCell(f, SHEET.results, 3, "Việc có điều kiện", 879); // < 880 xong
      setCell(f, SHEET.results, 4, "Tiền có điều kiện", 80_000_000); // > 70 250 000 phải thi hành
      setCell(f, SHEET.results, 5, "Việc chuyển kỳ sau", 421); // 1180 − 760 = 420
    });
    expect(r.issues.map((i) => [i.code, i.cell, i.column])).toEqual([
      ["INCONSISTENT", "E3", "Việc xong"],
      ["INCONSISTENT", "G4", "Tiền có điều kiện"],
      ["INCONSISTENT", "K5", "Việc chuyển kỳ sau"],
    ]);
    expect(text(r.issues[0])).toContain("Việc có điều kiện (ô D3)");
    expect(text(r.issues[2])).toContain("1180 − 760 = 420");
  });
});

describe("Kỷ luật", () => {
  test("Đến ngày is required unless Đang xem xét; before Từ ngày → DATE_ORDER on Đến ngày", () => {
    const r = check((f) => {
      setCell(f, SHEET.discipline, 2, "Đến ngày", null);
      appendRow(f, SHEET.discipline, { "Mã đối tượng": "CB005", "Hình thức": "Cảnh cáo", "Từ ngày": "01/06/2025", "Đến ngày": "01/05/2025" });
    });
    expect(r.issues.map((i) => [i.code, i.cell, i.column])).toEqual([
      ["REQUIRED", "D2", "Đến ngày"],
      ["DATE_ORDER", "D4", "Đến ngày"],
    ]);
    expect(text(r.issues[1])).toContain("ô C4");
  });
});

describe("Chấm điểm", () => {
  test("a score above the maximum → RANGE with the maximum's cell", () => {
    const i = only(check((f) => setCell(f, SHEET.scores, 2, "Điểm", 21)));
    expect(i).toMatchObject({ code: "RANGE", cell: "D2" });
    expect(render(vi, i.hint)).toContain("Tiêu chí!C2");
  });
  test("equal to the maximum is fine", () => {
    expect(where(check((f) => setCell(f, SHEET.scores, 2, "Điểm", 20)))).toEqual([]);
  });
});

describe("keys and references", () => {
  test("a second rating for a subject and year (codes ignore case) → DUPLICATE_KEY at Năm, first row in the hint", () => {
    const i = only(check((f) => appendRow(f, SHEET.ratings, { Năm: 2024, "Mã đối tượng": "cb003", "Xếp loại": "HTTNV" })));
    expect(i).toMatchObject({ code: "DUPLICATE_KEY", sheet: SHEET.ratings, cell: "A47", column: "Năm" });
    expect(render(vi, i.hint)).toContain("dòng 19 (ô A19)");
  });
  test("a staff code that is also a unit code → DUPLICATE_KEY on the staff code", () => {
    let row = 0;
    const i = only(check((f) => (row = appendRow(f, SHEET.people, { "Mã cán bộ": "kv04", "Họ và tên": "Mai Văn Tư", "Giới tính": "Nam", "Mã đơn vị": "KV04" }))));
    expect(i).toMatchObject({ code: "DUPLICATE_KEY", sheet: SHEET.people, cell: `A${row}`, value: "kv04" });
    expect(render(vi, i.message)).toContain("sheet \"Đơn vị\" dòng 6");
  });
  test.each([
    [SHEET.ratings, "Mã đối tượng", "CB099", "issues.UNKNOWN_REF.subject"],
    [SHEET.initiatives, "Tác giả", "CB001; CB099", "issues.UNKNOWN_REF"],
    [SHEET.awards, "Sáng kiến sử dụng", "SK2023-09", "issues.UNKNOWN_REF"],
    [SHEET.scores, "Mã tiêu chí", "TC09", "issues.UNKNOWN_REF"],
    [SHEET.results, "Mã đơn vị", "KV9", "issues.UNKNOWN_REF"],
  ])("%s / %s = %s → UNKNOWN_REF", (sheet, header, value, key) => {
    const r = check((f) => setCell(f, sheet, 2, header, value));
    const i = r.issues.find((x) => x.code === "UNKNOWN_REF") as Issue;
    expect(i).toMatchObject({ sheet, cell: `${columnOf(cleanWorkbook(), sheet, header)}2`, column: header, value });
    expect(i.message.key).toBe(key);
    expect(String(i.message.params?.code)).toBe(value.split(";").pop()?.trim());
  });
  test("references to a missing sheet are not reported one by one", () => {
    const r = check((f) => f.splice(f.findIndex((s) => s.name === SHEET.criteria), 1));
    expect(where(r)).toEqual(["warning SHEET_MISSING Tiêu chí!-"]);
  });
});

describe("DOMAIN warnings", () => {
  const award = (f: Fixture, year: number, subject: string, title: string, extra: Record<string, string> = {}): number =>
    appendRow(f, SHEET.awards, { Năm: year, "Mã đối tượng": subject, "Danh hiệu/Hình thức": title, ...extra });
  test.each([
    ["LĐTT for a year rated HTNV", 2025, "CB008", "LĐTT", "issues.DOMAIN.ldttRating"],
    ["CSTĐCS for a year rated HTNV", 2023, "CB005", "CSTĐCS", "issues.DOMAIN.cstdcsRating"],
    ["CSTĐCS rated HTTNV with no initiative that year", 2025, "CB003", "CSTĐCS", "issues.DOMAIN.cstdcsBasis"],
    ["TTLĐTT for a unit rated HTNV", 2023, "KV04", "TTLĐTT", "issues.DOMAIN.ttldttRating"],
    ["TTLĐXS for a unit rated HTTNV", 2025, "VP", "TTLĐXS", "issues.DOMAIN.ttldxsRating"],
    ["CSTĐ cấp Bộ with a year of the window rated HTNV", 2025, "CB009", "CSTĐ cấp Bộ", "issues.DOMAIN.cstdBoRating"],
    ["a person's title for a unit", 2025, "KV01", "Lao động tiên tiến", "issues.DOMAIN.personTitleForUnit"],
    ["a unit's title for a person", 2025, "CB001", "Cờ thi đua của Bộ Tư pháp", "issues.DOMAIN.unitTitleForPerson"],
  ])("%s", (_name, year, subject, title, key) => {
    let row = 0;
    const i = only(check((f) => (row = award(f, year, subject, title))));
    expect(i).toMatchObject({ code: "DOMAIN", severity: "warning", sheet: SHEET.awards, cell: `C${row}` });
    expect(i.message.key).toBe(key);
  });
  test("no warning when the data allow it: CSTĐCS rated HTTNV with an initiative, revoked awards, LĐTT with no rating", () => {
    const r = check((f) => {
      award(f, 2025, "CB002", "CSTĐCS"); // HTXSNV 2025
      award(f, 2025, "CB006", "CSTĐCS"); // HTXSNV and SK2025-02
      award(f, 2025, "CB008", "LĐTT", { "Trạng thái": "Bị hủy" });
      award(f, 2020, "CB008", "LĐTT"); // no rating for 2020: missing, not contradicted
    });
    expect(where(r)).toEqual([]);
  });
  test("a yearly title recorded as Đột xuất → warning on Loại khen", () => {
    let row = 0;
    const i = only(check((f) => (row = award(f, 2025, "CB001", "LĐTT", { "Loại khen": "Đột xuất" }))));
    expect(i).toMatchObject({ code: "DOMAIN", cell: `D${row}`, column: "Loại khen" });
  });
  test("votes and proposed forms for the wrong kind of subject", () => {
    const r = check((f) => {
      appendRow(f, SHEET.votes, { Năm: 2025, "Mã đối tượng": "KV02", "Danh hiệu/Hình thức": "CSTĐCS", "Số phiếu đồng ý": 8, "Tổng số thành viên": 9 });
      appendRow(f, SHEET.achievements, { Ngày: "01/09/2025", "Mã đối tượng": "CB004", "Nội dung": "Giải quyết dứt điểm vụ việc", "Đề nghị hình thức": "Cờ thi đua của Chính phủ" });
    });
    expect(r.issues.map((i) => [i.code, i.sheet, i.cell, i.message.key])).toEqual([
      ["DOMAIN", SHEET.votes, "C8", "issues.DOMAIN.personTitleForUnit"],
      ["DOMAIN", SHEET.achievements, "E4", "issues.DOMAIN.unitTitleForPerson"],
    ]);
  });
});

describe("R13: an initiative backs one title and one form of commendation", () => {
  const use = (f: Fixture, year: number, title: string, initiative: string, subject = "CB001"): number =>
    appendRow(f, SHEET.awards, { Năm: year, "Mã đối tượng": subject, "Danh hiệu/Hình thức": title, "Sáng kiến sử dụng": initiative });
  test("title then form of commendation → DOMAIN error on the later use (by year, not by row)", () => {
    let bk = 0;
    const r = check((f) => {
      bk = use(f, 2025, "Bằng khen của Bộ trưởng Bộ Tư pháp", "SK2024-01"); // written first, used later
    });
    const i = only(r);
    expect(i).toMatchObject({ code: "DOMAIN", severity: "error", cell: `I${bk}`, column: "Sáng kiến sử dụng" });
    expect(text(i)).toContain("\"Chiến sĩ thi đua cơ sở\" năm 2024 (dòng 8)");
  });
  test("form then title → error on the title", () => {
    let cstd = 0;
    const r = check((f) => {
      cstd = use(f, 2025, "CSTĐCS", "SK2025-01", "CB002");
      use(f, 2024, "Giấy khen", "SK2025-01", "CB002");
    });
    expect(where(r)).toEqual([`error DOMAIN Khen thưởng!I${cstd}`]);
  });
  test("title → title and form → form are warnings", () => {
    const r = check((f) => {
      use(f, 2025, "CSTĐ cấp Bộ", "SK2024-01");
      use(f, 2025, "Giấy khen", "SK2025-02", "CB006");
      use(f, 2026, "Bằng khen Thủ tướng", "SK2025-02", "CB006");
    });
    expect(r.issues.map((i) => [i.severity, i.code, i.message.key])).toEqual([
      ["warning", "DOMAIN", "issues.DOMAIN.reuseSameClass"],
      ["warning", "DOMAIN", "issues.DOMAIN.reuseSameClass"],
    ]);
  });
  test("citing someone else's initiative → warning", () => {
    const i = only(check((f) => use(f, 2025, "Giấy khen", "SK2024-02", "CB003")));
    expect(i.message.key).toBe("issues.DOMAIN.notAuthor");
    expect(render(vi, i.hint)).toContain("CB006");
  });
});

describe("DUPLICATE_PERSON", () => {
  test("same name ignoring tone marks, case and spaces, same birth date → warning on the larger code", () => {
    const i = only(check((f) => appendRow(f, SHEET.people, { "Mã cán bộ": "CB000", "Họ và tên": "  le   HOANG phuc ", "Giới tính": "Nam", "Ngày sinh": "20/11/1990", "Mã đơn vị": "KV02" })));
    expect(i).toMatchObject({ code: "DUPLICATE_PERSON", severity: "warning", sheet: SHEET.people, cell: `B${personRow(cleanWorkbook(), "CB003")}`, value: "Lê Hoàng Phúc" });
    expect(render(vi, i.message)).toContain("CB000");
  });
  test("another birth date → no warning", () => {
    expect(where(check((f) => appendRow(f, SHEET.people, { "Mã cán bộ": "CB011", "Họ và tên": "Lê Hoàng Phúc", "Giới tính": "Nam", "Ngày sinh": "21/11/1990", "Mã đơn vị": "KV02" })))).toEqual([]);
  });
});
