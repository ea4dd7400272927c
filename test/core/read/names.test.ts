/** workbook.md Reading rules: sheet and column names match ignoring case, diacritics, spaces and punctuation. */
import { findSheets } from "../../../src/core/read/find-sheet";
import { matchHeaderRow } from "../../../src/core/read/header";
import { sheetSpec } from "../../../src/core/schema/sheets";
import { knownSettings } from "../../../src/core/settings";
import { cellIssues, readWith, sheet } from "./helpers";

describe("sheet names", () => {
  test.each([
    ["Cá nhân", "people"],
    ["CA NHAN", "people"],
    ["ca nhan", "people"],
    ["Cá  nhân ", "people"],
    ["Cá nhân".normalize("NFD"), "people"],
    ["- Cá nhân -", "people"],
    ["Nhân sự", "people"],
    ["STAFF", "people"],
    ["ĐƠN VỊ", "units"],
    ["don vi", "units"],
    ["Kết quả THADS", "results"],
    ["KET QUA THADS", "results"],
    ["Chỉ tiêu", "results"],
    ["Sáng kiến - Đề tài", "initiatives"],
    ["Bình xét", "votes"],
    ["Biểu quyết", "votes"],
  ])("%s is the %s sheet", (name, id) => {
    const found = findSheets({ sheets: [sheet(name, [])] });
    expect(Object.keys(found)).toEqual([id]);
    expect(found[id as keyof typeof found]?.grid.name).toBe(name);
  });

  test("a name that only looks close is not a tracking sheet", () => {
    expect(findSheets({ sheets: [sheet("Cá nhân cũ", []), sheet("Đơn vị 2024", [])] })).toEqual({});
  });

  test("the first matching sheet wins; a later duplicate is left alone", () => {
    const found = findSheets({ sheets: [sheet("Xep loai", []), sheet("Xếp loại", [])] });
    expect(found.ratings?.grid.name).toBe("Xep loai");
    expect(found.ratings?.order).toBe(0);
  });
});

describe("column names", () => {
  const people = sheetSpec("people");

  test.each([
    [["Mã cán bộ", "Họ và tên"], ["code", "name"]],
    [["MA CAN BO", "HO VA TEN"], ["code", "name"]],
    [["Mã CB", "Họ tên"], ["code", "name"]],
    [["Mã số:", "(Họ tên)"], ["code", "name"]],
    [["Ma  can bo", "Họ và tên".normalize("NFD")], ["code", "name"]],
    [["mã cán bộ\n", "Giới\ntính"], ["code", "gender"]],
  ])("%j → %j", (headers, fields) => {
    const m = matchHeaderRow(headers, people);
    expect(Object.keys(m).sort()).toEqual([...fields].sort());
    fields.forEach((f, i) => expect(m[f]).toEqual({ col: i, header: String(headers[i]).trim() }));
  });

  test("a canonical header takes its field before an alias of another field claims the column", () => {
    // In Xếp loại, "Mã cán bộ" is an alias of Mã đối tượng; the canonical "Mã đối tượng" wins the field.
    const m = matchHeaderRow(["Năm", "Mã cán bộ", "Mã đối tượng", "Xếp loại"], sheetSpec("ratings"));
    expect(m.subject).toEqual({ col: 2, header: "Mã đối tượng" });
  });

  test("unknown extra columns are kept out of the records and do not raise issues", () => {
    const r = readWith({
      "Cá nhân": sheet("Cá nhân", [
        ["STT", "Mã cán bộ", "Họ và tên", "Ghi chú riêng", "Giới tính", "Mã đơn vị", "Điện thoại"],
        [1, "CB001", "Nguyễn Văn An", "chuyển công tác 2026", "Nam", "KV01", "0909 000 000"],
      ]),
    });
    expect(cellIssues(r.issues)).toEqual([]);
    const p = r.data.people[0];
    expect(p).toMatchObject({ code: "CB001", name: "Nguyễn Văn An", gender: "NAM", unit: "KV01" });
    expect(p.src.cells).toEqual({ code: "B2", name: "C2", gender: "E2", unit: "F2" });
  });

  test("the issue names the column as written in the file", () => {
    const r = readWith({ "Cá nhân": sheet("Cá nhân", [["MA CB", "HO TEN", "GIOI TINH", "MA DV"], ["CB001", "An", "X", "KV01"]]) });
    const issue = cellIssues(r.issues).find((i) => i.code === "TYPE_ENUM");
    expect(issue).toMatchObject({ sheet: "Cá nhân", cell: "C2", row: 2, column: "GIOI TINH", value: "X" });
  });
});

describe("enum values match like names", () => {
  test.each([
    ["HTXSNV", "HTXSNV"],
    ["htxsnv", "HTXSNV"],
    ["Hoàn thành xuất sắc nhiệm vụ", "HTXSNV"],
    ["hoan thanh xuat sac nhiem vu", "HTXSNV"],
    ["HOÀN THÀNH TỐT NHIỆM VỤ", "HTTNV"],
    ["Hoàn thành tốt nhiệm vụ".normalize("NFD"), "HTTNV"],
    ["  Hoàn  thành   nhiệm vụ. ", "HTNV"],
    ["Không hoàn thành nhiệm vụ", "KHTNV"],
  ])("rating %j → %s", (text, code) => {
    const r = readWith({ "Xếp loại": sheet("Xếp loại", [["Năm", "Mã đối tượng", "Xếp loại"], [2025, "CB001", text]]) });
    expect(cellIssues(r.issues)).toEqual([]);
    expect(r.data.ratings[0].rating).toBe(code);
  });

  test("an unknown spelling is TYPE_ENUM with the closest accepted spelling as the hint", () => {
    const r = readWith({ "Xếp loại": sheet("Xếp loại", [["Năm", "Mã đối tượng", "Xếp loại"], [2025, "CB001", "Hoàn thành xuất sắc"]]) });
    const [issue] = cellIssues(r.issues);
    expect(issue).toMatchObject({ code: "TYPE_ENUM", severity: "error", cell: "C2", value: "Hoàn thành xuất sắc" });
    expect(issue.hint?.params?.closest).toBe("Hoàn thành xuất sắc nhiệm vụ");
    expect(r.data.ratings[0].rating).toBeNull();
  });
});

describe("Cấu hình keys match like names", () => {
  test.each(["Năm thi đua", "NAM THI DUA", "nam thi dua:", "Năm  thi đua".normalize("NFD"), "- Năm thi đua -"])("%j is Năm thi đua", (label) => {
    const r = readWith({ "Cấu hình": sheet("Cau hinh", [["Tham so", "Gia tri"], [label, "2025"], ["SO THANH VIEN HOI DONG", 11]]) });
    expect(cellIssues(r.issues)).toEqual([]);
    const known = knownSettings(r.data.settings);
    expect(known.year).toBe(2025);
    expect(known.councilSize).toBe(11);
  });
});
