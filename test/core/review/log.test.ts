import {
  appendLog,
  contentId,
  idSource,
  logRow,
  logSheetValues,
  mergeLogs,
  readLogSheet,
  LOG_ACTION_LABELS,
  type LogRow,
} from "../../../src/core/review";
import type { SheetGrid } from "../../../src/core/grid";

const ids = idSource("clientA");
const row = (time: string, action: "rank" | "generate" | "approve", target: string): LogRow =>
  logRow({ id: ids.next(), time, actor: "Hà", action, target, stamp: "sha256:0011223344556677", ruleSet: "ND152-2025" });

describe("Nhật ký rows", () => {
  test("ids are the client id and a base-36 counter; a bad client id is refused", () => {
    const s = idSource("pane_7f3k");
    expect([s.next(), s.next()]).toEqual(["pane_7f3k-0001", "pane_7f3k-0002"]);
    expect(() => idSource("a b")).toThrow();
  });

  test("the sheet round-trips: header, time as a serial, hidden id column last", () => {
    const rows = [row("2025-11-20T09:30:00", "rank", "Năm 2025"), row("2025-11-20T10:00:05", "approve", "CB001 – CSTDCS")];
    const values = logSheetValues(rows);
    expect(values[0]).toEqual(["Thời gian", "Người thực hiện", "Thao tác", "Đối tượng", "Dấu dữ liệu", "Bộ quy tắc", "Mã dòng"]);
    expect(typeof values[1][0]).toBe("number");
    expect(values[2][2]).toBe(LOG_ACTION_LABELS.approve);
    expect(readLogSheet({ name: "Nhật ký", values })).toEqual(rows);
  });

  test("rows typed by hand (no id, text time, columns reordered) get a stable content id", () => {
    const grid: SheetGrid = {
      name: "Nhat ky",
      values: [
        ["Thao tác", "Thời gian", "Người thực hiện", "Đối tượng"],
        ["Họp Hội đồng", "21/11/2025 14:00", "Văn thư", "Biên bản số 3"],
        [],
      ],
    };
    const [r] = readLogSheet(grid);
    expect(r).toMatchObject({ time: "2025-11-21T14:00:00", actor: "Văn thư", action: "Họp Hội đồng", target: "Biên bản số 3", stamp: "" });
    expect(r.id).toMatch(/^h:[0-9a-f]{16}$/);
    expect(readLogSheet(grid)[0].id).toBe(r.id);
    const { id, ...body } = r;
    expect(contentId(body)).toBe(id);
    expect(contentId({ ...body, target: "Biên bản số 4" })).not.toBe(id);
  });

  test("a caller's time must be ISO", () => {
    expect(() => logRow({ id: "x-1", time: "20/11/2025", actor: "", action: "rank", target: "", stamp: "", ruleSet: "" })).toThrow(/ISO/);
    expect(logRow({ id: "x-1", time: "2025-11-20T09:30:00+07:00", actor: "", action: "rank", target: "", stamp: "", ruleSet: "" }).time).toBe("2025-11-20T09:30:00");
  });
});

describe("append-only", () => {
  test("appending keeps every existing row in place and adds only new ids", () => {
    const existing = [row("2025-11-21T08:00:00", "rank", "b"), row("2025-11-20T08:00:00", "rank", "a")]; // not in time order
    const fresh = [row("2025-11-22T08:00:00", "generate", "c"), existing[0]];
    const out = appendLog(existing, fresh);
    expect(out.slice(0, 2)).toEqual(existing);
    expect(out.map((r) => r.target)).toEqual(["b", "a", "c"]);
    expect(appendLog(out, fresh)).toEqual(out);
  });

  test("merging is a union by id in time order, whatever the order and repetition", () => {
    const a = [row("2025-11-20T08:00:00", "rank", "1"), row("2025-11-20T09:00:00", "approve", "2")];
    const b = [row("2025-11-20T08:30:00", "approve", "3")];
    const m = mergeLogs(a, b);
    expect(m.map((r) => r.target)).toEqual(["1", "3", "2"]);
    expect(mergeLogs(b, a, b, a)).toEqual(m);
    expect(mergeLogs(m, m)).toEqual(m);
  });
});
