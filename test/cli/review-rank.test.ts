/**
 * `thidua rank --out` with a reviewed `Đề nghị` in the input workbook: reviews are carried over for the same
 * subject and title, an edit of a fact a decision used marks exactly that row stale, a cosmetic edit marks none,
 * and `Nhật ký` keeps the input's rows and appends one.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { readLogSheet, readProposalSheet, type ProposalRow } from "../../src/core/review";
import { readXlsxGrids } from "../../src/node/xlsx-reader";
import { samplePath } from "../../src/node/paths";
import { mkdir, reviewedWorkbook, thidua, type Typing } from "./review-helpers";

let dir: string;
let first: string;
const TYPING: Typing = [
  { subject: "CB001", title: "Chiến sĩ thi đua cơ sở", status: "Đồng ý", reviewer: "Nguyễn Thị Hà", time: "20/11/2025 09:30" },
  { subject: "CB002", title: "Lao động tiên tiến", status: "Đồng ý", reviewer: "Nguyễn Thị Hà", time: "20/11/2025 09:31" },
  { subject: "CB003", title: "Lao động tiên tiến", status: "Trả lại", reviewer: "Lê Minh", time: "21/11/2025 14:00", comment: "Thiếu bản tự nhận xét" },
  { subject: "CB014", title: "Chiến sĩ thi đua cơ sở", status: "dong y", reviewer: "Lê Minh" },
];

beforeAll(async () => {
  dir = await mkdir("thidua-review-rank-");
  first = path.join(dir, "ket-qua-1.xlsx");
  const r = await thidua("rank", samplePath(), "--out", first);
  expect(r.code).toBe(0);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function proposalsOf(file: string): Promise<Map<string, ProposalRow>> {
  const grids = await readXlsxGrids(file);
  const read = readProposalSheet(grids.sheets.find((s) => s.name === "Đề nghị")!);
  expect(read.issues).toEqual([]);
  return new Map(read.rows.map((r) => [`${r.subject}|${r.title}`, r]));
}

async function rankAgain(name: string, edit?: (wb: ExcelJS.Workbook) => void) {
  const input = await reviewedWorkbook(first, path.join(dir, `${name}-in.xlsx`), TYPING, edit);
  const out = path.join(dir, `${name}-out.xlsx`);
  const r = await thidua("rank", input, "--out", out);
  expect(r.code).toBe(0);
  return { input, out, rows: await proposalsOf(out), err: r.err };
}

const stale = (rows: Map<string, ProposalRow>) => [...rows.values()].filter((r) => r.systemNote !== "").map((r) => `${r.subject}|${r.title}`).sort();

test("the first ranking writes every proposal waiting for review", async () => {
  const rows = await proposalsOf(first);
  expect(rows.size).toBeGreaterThan(20);
  expect([...rows.values()].every((r) => r.review.statusText === "Chờ rà soát" && /^sha256:[0-9a-f]{16}$/.test(r.stamp))).toBe(true);
});

test("reviews are carried over, nothing stale, and the log grows by one row", async () => {
  const { rows, out, err } = await rankAgain("same");
  expect(rows.get("CB001|CSTDCS")!.review).toMatchObject({ status: "APPROVED", reviewer: "Nguyễn Thị Hà", reviewedAt: "2025-11-20T09:30:00" });
  expect(rows.get("CB002|LDTT")!.review.status).toBe("APPROVED");
  expect(rows.get("CB003|LDTT")!.review).toMatchObject({ status: "RETURNED", comment: "Thiếu bản tự nhận xét", reviewer: "Lê Minh" });
  expect(rows.get("CB014|CSTDCS")!.review).toMatchObject({ status: "APPROVED", statusText: "Đồng ý" });
  expect(rows.get("CB004|LDTT")!.review.status).toBe("PENDING");
  expect(stale(rows)).toEqual([]);
  expect(err).toContain("Đã giữ 4 ý kiến rà soát từ sheet Đề nghị cũ; 0 đề nghị cần rà soát lại");

  const before = readLogSheet((await readXlsxGrids(first)).sheets.find((s) => s.name === "Nhật ký")!);
  const after = readLogSheet((await readXlsxGrids(out)).sheets.find((s) => s.name === "Nhật ký")!);
  expect(before).toHaveLength(1);
  expect(after.slice(0, 1)).toEqual(before);
  expect(after).toHaveLength(2);
  expect(after[1]).toMatchObject({ action: "Xếp hạng" });
  expect(after[1].target).toContain("giữ 4 ý kiến rà soát, 0 cần rà soát lại");
  expect(after[1].id).not.toBe(after[0].id);
});

test("editing a fact CB002's LDTT used marks exactly the reviewed rows that read it", async () => {
  // Find the cell the CB002 LDTT decision cites: its 2025 rating.
  const json = JSON.parse((await thidua("rank", samplePath(), "--json")).out) as { people: Array<{ code: string; decisions: Array<{ title: string; reasons: Array<{ cells: string[] }> }> }> };
  const cb2 = json.people.find((p) => p.code === "CB002")!.decisions.find((d) => d.title === "LDTT")!;
  const cell = cb2.reasons.flatMap((r) => r.cells).find((c) => c.startsWith("Xếp loại!"))!;
  const address = cell.split("!")[1];
  let old = "";
  const { rows } = await rankAgain("edited", (wb) => {
    const c = wb.getWorksheet("Xếp loại")!.getCell(address);
    old = String(c.value);
    c.value = old === "HTXSNV" || old.startsWith("Hoàn thành xuất sắc") ? "HTTNV" : "HTXSNV";
  });
  expect(stale(rows)).toEqual(["CB002|LDTT"]);
  const note = rows.get("CB002|LDTT")!.systemNote;
  expect(note).toMatch(new RegExp(`^Dữ liệu đã thay đổi sau khi rà soát: Xếp loại!${address} \\(2025, CB002 · Xếp loại\\): `));
  expect(rows.get("CB002|LDTT")!.review.status).toBe("APPROVED");
  expect(rows.get("CB001|CSTDCS")!.systemNote).toBe("");
});

test("a stale approval with the command line only: retyping Đồng ý keeps it stale; Chờ rà soát, rank, then Đồng ý clears it (QA)", async () => {
  const json = JSON.parse((await thidua("rank", samplePath(), "--json")).out) as { people: Array<{ code: string; decisions: Array<{ title: string; reasons: Array<{ cells: string[] }> }> }> };
  const cb2 = json.people.find((p) => p.code === "CB002")!.decisions.find((d) => d.title === "LDTT")!;
  const address = cb2.reasons.flatMap((r) => r.cells).find((c) => c.startsWith("Xếp loại!"))!.split("!")[1];
  const edit = (wb: ExcelJS.Workbook) => {
    const c = wb.getWorksheet("Xếp loại")!.getCell(address);
    c.value = String(c.value) === "HTXSNV" || String(c.value).startsWith("Hoàn thành xuất sắc") ? "HTTNV" : "HTXSNV";
  };
  const cycle = async (name: string, from: string, typing: Typing) => {
    const input = await reviewedWorkbook(from, path.join(dir, `${name}-in.xlsx`), typing, edit);
    const out = path.join(dir, `${name}-out.xlsx`);
    const r = await thidua("rank", input, "--out", out);
    expect(r.code).toBe(0);
    return { out, err: r.err, rows: await proposalsOf(out) };
  };
  const staleRun = await cycle("again-1", first, TYPING);
  expect(stale(staleRun.rows)).toEqual(["CB002|LDTT"]);
  // rank says how to review such a row again without the pane.
  expect(staleRun.err).toContain("Để rà soát lại các dòng đó bằng dòng lệnh: đặt Trạng thái rà soát về Chờ rà soát, chạy lại thidua rank --out");
  const retyped = await cycle("again-2", staleRun.out, [{ subject: "CB002", title: "Lao động tiên tiến", status: "Đồng ý", time: "25/11/2025 08:00" }]);
  expect(stale(retyped.rows)).toEqual(["CB002|LDTT"]);
  const reset = await cycle("again-3", staleRun.out, [{ subject: "CB002", title: "Lao động tiên tiến", status: "Chờ rà soát" }]);
  expect(stale(reset.rows)).toEqual([]);
  expect(reset.err).not.toContain("Để rà soát lại các dòng đó");
  const approved = await cycle("again-4", reset.out, [{ subject: "CB002", title: "Lao động tiên tiến", status: "Đồng ý", time: "25/11/2025 08:10" }]);
  expect(stale(approved.rows)).toEqual([]);
  expect(approved.rows.get("CB002|LDTT")!.review).toMatchObject({ status: "APPROVED", reviewedAt: "2025-11-25T08:10:00" });
});

test("a state typed that the product does not know, and a return without Ý kiến: kept, reported with the cell and the fix", async () => {
  const input = await reviewedWorkbook(first, path.join(dir, "typos-in.xlsx"), [
    { subject: "CB001", title: "Chiến sĩ thi đua cơ sở", status: "Xem xét sau", reviewer: "Hà" },
    { subject: "CB002", title: "Lao động tiên tiến", status: "Trả lại", reviewer: "Hà" },
  ]);
  const out = path.join(dir, "typos-out.xlsx");
  const r = await thidua("rank", input, "--out", out);
  expect(r.code).toBe(0);
  expect(r.err).toMatch(/Đề nghị!H\d+ TYPE_ENUM: Trạng thái rà soát "Xem xét sau" không hợp lệ.* → Chọn một trong: Chờ rà soát; Đồng ý; Trả lại\./);
  expect(r.err).toMatch(/Đề nghị!K\d+ REQUIRED: Đề nghị CB002 – Lao động tiên tiến bị trả lại nhưng chưa có Ý kiến\. → Ghi rõ lý do/);
  // Carried as typed: the new sheet still shows (and would again report) the same two cells.
  const grids = await readXlsxGrids(out);
  const read = readProposalSheet(grids.sheets.find((s) => s.name === "Đề nghị")!);
  expect(read.issues.map((i) => i.code).sort()).toEqual(["REQUIRED", "TYPE_ENUM"]);
  const cb1 = read.rows.find((x) => x.subject === "CB001" && x.title === "CSTDCS")!;
  expect(cb1.review).toMatchObject({ status: null, statusText: "Xem xét sau", reviewer: "Hà" });
});

test("cosmetic edits of the tracking sheets (formats, text vs real dates, swapped columns) mark nothing stale", async () => {
  let converted = 0;
  const { rows } = await rankAgain("cosmetic", (wb) => {
    const ratings = wb.getWorksheet("Xếp loại")!;
    ratings.getColumn(3).font = { bold: true, color: { argb: "FFFF0000" } };
    ratings.getColumn(3).width = 40;
    // Swap the first two columns of Bình xét (values and headers).
    const votes = wb.getWorksheet("Bình xét")!;
    votes.eachRow((row) => {
      const a = row.getCell(1).value;
      row.getCell(1).value = row.getCell(2).value;
      row.getCell(2).value = a;
    });
    // Real dates typed as text in Xếp loại's decision dates.
    ratings.eachRow((row, r) => {
      if (r === 1) return;
      row.eachCell((cell) => {
        if (cell.value instanceof Date) {
          const d = cell.value;
          cell.value = `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
          converted++;
        }
      });
    });
  });
  expect(converted).toBeGreaterThan(100);
  expect(stale(rows)).toEqual([]);
  expect(rows.get("CB001|CSTDCS")!.review.status).toBe("APPROVED");
});
