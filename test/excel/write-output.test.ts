/** Writing the product's output sheets on the fake host. */
import { NotOwnSheetError, type OutputTable, writeOutputs } from "../../src/excel";
import { CHUNK_BUDGET_BYTES } from "../../src/excel/payload";
import { FIVE_MB, TRICKY_TEXT, clerkHost, clerkSnapshots, measure } from "./helpers";

const CHECK = "KQ Kiểm tra";
const COLUMNS = [
  { header: "Mức độ", width: 10 },
  { header: "Mã", width: 16 },
  { header: "Ô", width: 14 },
  { header: "Nội dung", width: 60 },
  { header: "Ngày", width: 12, numberFormat: "dd/mm/yyyy" },
];

function table(n: number, text: (i: number) => string = (i) => `Thiếu họ tên ở dòng ${i}`): OutputTable {
  return {
    sheet: CHECK,
    columns: COLUMNS,
    rows: Array.from({ length: n }, (_, i) => ["Lỗi", "REQUIRED", { link: `Cá nhân!C${i + 3}`, text: `Cá nhân!C${i + 3}` }, text(i), 45658 + i]),
  };
}

describe("writeOutputSheets", () => {
  test("writes header and rows in one assignment, with widths, header style, frozen header and number formats", async () => {
    const host = clerkHost(20);
    const { result, syncs } = await measure(host, () => writeOutputs([table(3)]));
    expect(result.sheets).toEqual([{ sheet: CHECK, rows: 3, added: true }]);
    expect(syncs.length).toBe(2);
    expect(syncs[1].calculationSuspended).toBe(true);
    const s = host.sheet(CHECK);
    expect(host.values(CHECK)).toEqual([
      ["Mức độ", "Mã", "Ô", "Nội dung", "Ngày"],
      ["Lỗi", "REQUIRED", "Cá nhân!C3", "Thiếu họ tên ở dòng 0", 45658],
      ["Lỗi", "REQUIRED", "Cá nhân!C4", "Thiếu họ tên ở dòng 1", 45659],
      ["Lỗi", "REQUIRED", "Cá nhân!C5", "Thiếu họ tên ở dòng 2", 45660],
    ]);
    expect(s.cell(1, 2)?.formula).toBe(`=HYPERLINK("#'Cá nhân'!C3","Cá nhân!C3")`);
    expect(s.frozen).toEqual({ rows: 1, columns: 0 });
    expect(s.cell(0, 0)?.format).toMatchObject({ bold: true, fill: "#DDEBF7" });
    expect(s.numberFormatAt(1, 4)).toBe("dd/mm/yyyy");
    expect(s.numberFormatAt(0, 4)).toBe("General");
    expect(s.columnWidth(3)).toBeCloseTo((60 * 7 + 5) * 0.75);
    expect(host.sheetNames().indexOf(CHECK)).toBe(host.sheetNames().length - 1);
  });

  test("formula-looking and number-looking text from the clerk's data stays text, exactly", async () => {
    const host = clerkHost(5);
    const texts = [...TRICKY_TEXT, "-", "=", "+", "12.500", "85,5 %", "2025-01-02", "false", "#REF!", "Mar 2025"];
    await measure(host, () => writeOutputs([table(texts.length, (i) => texts[i])]));
    const s = host.sheet(CHECK);
    texts.forEach((t, i) => {
      expect(s.valueAt(i + 1, 3)).toBe(t);
      expect(s.formulaAt(i + 1, 3)).toBe(t);
      expect(s.cell(i + 1, 3)?.formula).toBeUndefined();
    });
  });

  test("rewriting replaces the sheet's content (values, formats, validation, conditional formats) and keeps its place", async () => {
    const host = clerkHost(5);
    await measure(host, () => writeOutputs([table(10)]));
    const s = host.sheet(CHECK);
    s.ensureCell(40, 8).value = "ghi chú cũ";
    s.ensureCell(40, 8).format.fill = "#FF0000";
    s.validations.push({ rect: { r0: 1, c0: 0, r1: 9, c1: 0 }, rule: { list: { source: "a,b" } }, errorAlert: null, prompt: null, ignoreBlanks: true });
    s.conditionalFormats.push({ id: "x", type: "Custom", ranges: [{ r0: 1, c0: 0, r1: 9, c1: 0 }], formula: "=TRUE", format: { fill: "#00FF00" }, stopIfTrue: false });
    host.workbook.sheets.splice(host.workbook.sheets.indexOf(s), 1);
    host.workbook.sheets.splice(1, 0, s);
    const { result } = await measure(host, () => writeOutputs([table(2)]));
    expect(result.sheets[0].added).toBe(false);
    expect(host.values(CHECK).length).toBe(3);
    expect(s.cell(40, 8)).toBeUndefined();
    expect(s.validations).toEqual([]);
    expect(s.conditionalFormats).toEqual([]);
    expect(host.sheetNames()[1]).toBe(CHECK);
  });

  test("a drop-down is set on exactly the data rows, again for the new row count on each rewrite, in no extra round trip", async () => {
    const PROPOSALS = "Đề nghị";
    const dropDown = { column: 1, values: ["Chờ rà soát", "Đồng ý", "Trả lại"], promptTitle: "Trạng thái rà soát", prompt: "Chọn trong danh sách.", errorTitle: "Ngoài danh sách", error: "Nên chọn trong danh sách." };
    const withList = (n: number): OutputTable => ({ ...table(n), sheet: PROPOSALS, dropDowns: [dropDown] });
    const host = clerkHost(20);
    const before = clerkSnapshots(host);
    const plain = await measure(clerkHost(20), () => writeOutputs([{ ...table(10), sheet: PROPOSALS }]));
    const first = await measure(host, () => writeOutputs([withList(10)]));
    expect(first.syncs.length).toBe(plain.syncs.length);
    const s = host.sheet(PROPOSALS);
    const expected = (rows: number) => [
      {
        rect: { r0: 1, c0: 1, r1: rows, c1: 1 },
        rule: { list: { inCellDropDown: true, source: "Chờ rà soát,Đồng ý,Trả lại" } },
        prompt: { showPrompt: true, title: "Trạng thái rà soát", message: "Chọn trong danh sách." },
        errorAlert: { showAlert: true, style: "Warning", title: "Ngoài danh sách", message: "Nên chọn trong danh sách." },
        ignoreBlanks: true,
      },
    ];
    expect(s.validations).toEqual(expected(10));
    // A reviewer may type another spelling: the alert is a warning, so nothing is refused.
    expect(s.validations[0].errorAlert).toMatchObject({ style: "Warning" });
    for (const rows of [3, 25]) {
      const again = await measure(host, () => writeOutputs([withList(rows)]));
      expect(again.syncs.length).toBe(plain.syncs.length);
      expect(s.validations).toEqual(expected(rows));
    }
    await measure(host, () => writeOutputs([withList(0)]));
    expect(s.validations).toEqual([]);
    expect(clerkSnapshots(host, [PROPOSALS])).toEqual(before);
  });

  test("refuses to write any sheet that is not the product's own", async () => {
    const host = clerkHost(5);
    const before = clerkSnapshots(host);
    for (const sheet of ["Cá nhân", "Ghi chú riêng", "Nhật ký", "DanhMuc"]) {
      await expect(measure(host, () => writeOutputs([{ ...table(1), sheet }]))).rejects.toBeInstanceOf(NotOwnSheetError);
    }
    expect(host.syncCount).toBe(0);
    expect(clerkSnapshots(host)).toEqual(before);
  });

  test("several sheets share the requests; the clerk's sheets stay byte-for-byte the same", async () => {
    const host = clerkHost(200);
    const before = clerkSnapshots(host);
    const { syncs } = await measure(host, () =>
      writeOutputs([table(200), { sheet: "KQ Xếp hạng", columns: COLUMNS, rows: [["a", "b", "c", "d", 1]] }, { sheet: "Đề nghị", columns: COLUMNS, rows: [] }]),
    );
    expect(syncs.length).toBe(2);
    expect(host.values("Đề nghị")).toEqual([["Mức độ", "Mã", "Ô", "Nội dung", "Ngày"]]);
    expect(clerkSnapshots(host, [CHECK, "KQ Xếp hạng", "Đề nghị"])).toEqual(before);
  });

  test("100 and 10,000 rows: the same round trips; a much larger output is written in ~4 MB requests, none over 5 MB", async () => {
    const small = await measure(clerkHost(5), () => writeOutputs([table(100)]));
    const big = await measure(clerkHost(5), () => writeOutputs([table(10_000)]));
    expect(big.syncs.length).toBe(small.syncs.length);
    expect(big.syncs[1].requestBytes).toBeGreaterThan(1_000_000);

    const host = clerkHost(5);
    const huge = await measure(host, () => writeOutputs([table(30_000, (i) => `Nội dung khá dài của vấn đề số ${i} `.repeat(4))]));
    const written = huge.syncs.slice(1);
    const total = written.reduce((n, s) => n + s.requestBytes, 0);
    expect(written.length).toBeGreaterThan(1);
    expect(huge.syncs.length).toBeLessThanOrEqual(4 + Math.ceil(total / CHUNK_BUDGET_BYTES));
    expect(written.every((s) => s.requestBytes < FIVE_MB && !s.failed && s.calculationSuspended)).toBe(true);
    for (const s of written.slice(0, -1)) expect(s.requestBytes).toBeGreaterThan(CHUNK_BUDGET_BYTES / 2);
    expect(host.values(CHECK).length).toBe(30_001);
    expect(host.sheet(CHECK).valueAt(30_000, 3)).toBe(`Nội dung khá dài của vấn đề số 29999 `.repeat(4));
  });
});
