import type { SheetGrid } from "../../src/core/grid";
import { translator } from "../../src/i18n";
import { buildLogSheet } from "../../src/output/log-sheet";
import { ranked } from "./fixture";

const t = translator("vi");
const SPEC = ["Thời gian", "Người thực hiện", "Thao tác", "Đối tượng", "Dấu dữ liệu", "Bộ quy tắc"];

function build(extra: SheetGrid[] = [], clientId = "cli_test01", now = "2026-01-20T10:15:00") {
  const r = ranked(undefined, extra);
  return {
    r,
    sheet: buildLogSheet({ grids: r.grids, result: r.rank.result, t, user: "tccb", now, clientId, summary: { proposals: 11, carried: 0, stale: 0 } }),
  };
}

describe("Nhật ký", () => {
  test("the spec's six columns, then the row id column (hidden)", () => {
    const { sheet } = build();
    expect(sheet.values[0].slice(0, 6)).toEqual(SPEC);
    expect(sheet.values[0][6]).toBe("Mã dòng");
    expect(sheet.hiddenColumns).toEqual([6]);
  });

  test("a ranking appends one row: time, user, action, stamp of the workbook, rule set, a client-made id", () => {
    const { sheet, r } = build();
    expect(sheet.values).toHaveLength(2);
    const row = sheet.values[1];
    expect(typeof row[0]).toBe("number"); // an Excel date-time serial
    expect(row.slice(1, 3)).toEqual(["tccb", "Xếp hạng"]);
    expect(String(row[3])).toContain("2025");
    expect(row[4]).toBe(r.rank.result.fingerprint);
    expect(row[5]).toBe(r.rank.result.ruleSet);
    expect(String(row[6])).toMatch(/^cli_test01-/);
  });

  test("append-only: the input's rows are kept as they were, in their order, and the new row follows", () => {
    const previous: SheetGrid = {
      name: "Nhật ký",
      values: [
        [...SPEC, "Mã dòng"],
        ["05/01/2026 08:00", "Nguyễn Văn A", "Xếp hạng", "Năm 2025", "sha256:aaa", "ND152-2025", "pane_1-0001"],
        ["06/01/2026 09:30", "Trần Thị B", "Rà soát: Đồng ý", "CB01 · CSTDCS", "sha256:bbb", "ND152-2025", "pane_2-0001"],
      ],
    };
    const { sheet } = build([previous], "cli_test02");
    expect(sheet.values).toHaveLength(4);
    expect(sheet.values.slice(1, 3).map((r) => r.slice(1))).toEqual(previous.values.slice(1).map((r) => r.slice(1)));
    expect(String(sheet.values[3][6])).toMatch(/^cli_test02-/);
    // writing the result again (its log is now the input) keeps all three and adds one
    const again = build([{ name: "Nhật ký", values: sheet.values }], "cli_test03");
    expect(again.sheet.values).toHaveLength(5);
    expect(again.sheet.values.slice(1, 4).map((r) => r[6])).toEqual(sheet.values.slice(1).map((r) => r[6]));
  });
});
