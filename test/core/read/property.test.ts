/**
 * Property (issue 2 acceptance): permuting the data rows of any sheet, or adding fully empty rows among them,
 * changes nothing in the parsed records or the reading issues except the cell addresses.
 */
import fc from "fast-check";
import { canonicalJson, fingerprint } from "../../../src/core/fingerprint";
import type { CellValue, SheetGrid, WorkbookGrids } from "../../../src/core/grid";
import type { Issue } from "../../../src/core/issues";
import type { TrackingData } from "../../../src/core/model";
import { readWorkbook } from "../../../src/core/read/read-workbook";
import { generateTracking } from "../../../src/tools/sample/generate";

const generated = generateTracking({ units: 4, clusters: 2, people: 24, years: 2, seed: 7 });

/** The generated workbook with a few unreadable cells, so that issues take part in the comparison. */
function withFaults(): Array<{ grid: SheetGrid; header: number }> {
  return generated.sheets.map((s) => {
    const values = s.values.map((r) => [...r]);
    const h = s.headerIndex;
    const set = (header: string, row: number, v: CellValue): void => {
      const col = values[h].indexOf(header);
      if (col >= 0 && values[h + row]) values[h + row][col] = v;
    };
    if (s.id === "people") {
      set("Ngày sinh", 3, "31/02/1990");
      set("Giới tính", 5, "không rõ");
      set("Họ và tên", 7, "#N/A");
    }
    if (s.id === "ratings") {
      set("Xếp loại", 2, "Xuất sắc");
      set("Năm", 4, "năm ngoái");
    }
    if (s.id === "results") set("Chỉ tiêu việc", 1, "120%");
    return { grid: { name: s.name, values, rowOffset: 0, colOffset: 0 }, header: h };
  });
}

const BASE = withFaults();

/** Records without their addresses, as sorted canonical JSON per sheet. */
function recordsWithoutAddresses(data: TrackingData): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  out.settings = data.settings.entries.map((e) => canonicalJson({ label: e.label, value: e.value })).sort();
  for (const [key, value] of Object.entries(data)) {
    if (key === "settings" || key === "sheets" || !Array.isArray(value)) continue;
    out[key] = value.map((r: Record<string, unknown>) => {
      const { src, ...rest } = r;
      return canonicalJson({ ...rest, raw: (src as { raw: unknown }).raw });
    }).sort();
  }
  return out;
}

function issuesWithoutAddresses(issues: ReadonlyArray<Issue>): string[] {
  return issues.map((i) => canonicalJson({ ...i, cell: null, row: null })).sort();
}

const emptyRow = (width: number): CellValue[] => new Array<CellValue>(width).fill("");

const sheetChange = (n: number) =>
  fc.record({
    order: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
    blanks: fc.array(fc.integer({ min: 0, max: n }), { maxLength: 4 }),
  });

describe("reading does not depend on row order or empty rows", () => {
  const before = readWorkbook({ sheets: BASE.map((b) => b.grid) });

  test("the base workbook reads with the planted issues only", () => {
    expect(before.issues.map((i) => i.code).sort()).toEqual(["FORMULA_ERROR", "RANGE", "TYPE_DATE", "TYPE_ENUM", "TYPE_ENUM", "TYPE_NUMBER"]);
    expect(before.data.people).toHaveLength(24);
  });

  test("permuting data rows and inserting empty rows changes only addresses", () => {
    const arb = fc.tuple(...BASE.map((b) => sheetChange(b.grid.values.length - b.header - 1)));
    fc.assert(
      fc.property(arb, (changes) => {
        const sheets: SheetGrid[] = BASE.map((b, k) => {
          const head = b.grid.values.slice(0, b.header + 1);
          const data = b.grid.values.slice(b.header + 1);
          const width = b.grid.values[b.header].length;
          const rows: CellValue[][] = changes[k].order.map((i) => [...data[i]]);
          for (const at of [...changes[k].blanks].sort((x, y) => y - x)) rows.splice(at, 0, emptyRow(width));
          return { ...b.grid, values: [...head, ...rows] };
        });
        const after = readWorkbook({ sheets } as WorkbookGrids);
        expect(recordsWithoutAddresses(after.data)).toEqual(recordsWithoutAddresses(before.data));
        expect(issuesWithoutAddresses(after.issues)).toEqual(issuesWithoutAddresses(before.issues));
        expect(fingerprint(after.data)).toBe(fingerprint(before.data));
      }),
      { numRuns: 40, seed: 20250117 },
    );
  });

  test("a changed value is seen (the comparison is not blind)", () => {
    const sheets = BASE.map((b) => (b.grid.name === "Cá nhân" ? { ...b.grid, values: b.grid.values.map((r, i) => (i === b.header + 1 ? ["CB999", ...r.slice(1)] : r)) } : b.grid));
    const after = readWorkbook({ sheets });
    expect(recordsWithoutAddresses(after.data)).not.toEqual(recordsWithoutAddresses(before.data));
    expect(fingerprint(after.data)).not.toBe(fingerprint(before.data));
  });
});
