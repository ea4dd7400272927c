/**
 * Issue 7 acceptance, every action in one table — the adapter's steps and the task pane's actions (each one
 * Excel.run chaining several steps) — on a clerk's workbook of 100 and of 10,000 people:
 *  - round trips (`context.sync()`) ≤ 4 + the action's extra ~4 MB chunks, and the same at both sizes except chunks
 *    (extra chunks per direction: ⌈received / 4 MB⌉ − 1 plus ⌈sent / 4 MB⌉ − 1, a response cannot share a request
 *    with the write that depends on it);
 *  - no request or response over 5 MB;
 *  - the clerk's sheets byte-for-byte unchanged (highlight rules aside, and fully after removing them);
 *  - formula-looking text from the clerk's data comes back as the same text from an output sheet.
 */
import { checkWorkbook } from "../../src/core/check";
import type { CellValue } from "../../src/core/grid";
import type { Issue } from "../../src/core/issues";
import { SHEETS } from "../../src/core/schema/sheets";
import {
  appendLog,
  clearHighlights,
  goToCell,
  highlight,
  type HighlightTarget,
  initWorkbook,
  isHighlightFormula,
  readWorkbook,
  writeOutputs,
} from "../../src/excel";
import { CHUNK_BUDGET_BYTES } from "../../src/excel/payload";
import type { ReviewList } from "../../src/excel/review-list";
import { translator } from "../../src/i18n";
import { runCheck } from "../../src/taskpane/actions/check";
import { runGenerate } from "../../src/taskpane/actions/generate";
import { runClearHighlights } from "../../src/taskpane/actions/highlights";
import { runInit } from "../../src/taskpane/actions/init";
import { runRank } from "../../src/taskpane/actions/rank";
import { runLoadReviews, runReview } from "../../src/taskpane/actions/review";
import { createSession } from "../../src/taskpane/actions/session";
import { reviewerNameStore } from "../../src/excel/review-identity";
import { createTask, type TaskControl } from "../../src/taskpane/task/task";
import type { SyncRecord } from "../fake-office";
import { FIVE_MB, TRICKY_TEXT, clerkHost, clerkSnapshots, measure } from "./helpers";

const OUTPUT = ["KQ Kiểm tra", "KQ Xếp hạng", "Đề nghị", "Nhật ký", "Dữ kiện rà soát"];
const RANK_OWNS = ["KQ Xếp hạng", "Đề nghị", "Dữ kiện rà soát", "Nhật ký"];
const NEW_TRACKING = SHEETS.map((s) => s.name).filter((n) => !["Cấu hình", "Đơn vị", "Cá nhân", "Xếp loại"].includes(n));
const ours = { excludeConditionalFormat: (cf: { formula?: string }) => isHighlightFormula(cf.formula) };

interface Action {
  readonly name: string;
  /** Work before the measured action (reading, checking), on the same host. */
  prepare?(people: number): Promise<unknown>;
  /** The measured action. */
  run(people: number, prepared: unknown): Promise<unknown>;
  /** Sheets the action may add or change besides highlight rules. */
  readonly owns: ReadonlyArray<string>;
  /** Every sheet the action does not own is compared with what it was after `prepare` (which changes them, as a clerk would). */
  readonly afterPrepare?: boolean;
}

const t = translator("vi");
const task = (): TaskControl => createTask(8, () => undefined, () => Promise.resolve()).control;
const session = createSession(reviewerNameStore(null));

/** What a clerk does before Tạo hồ sơ or a review: fixes the one error (a #N/A name), ranks, lists the proposals. */
async function rankedList(): Promise<ReviewList> {
  await (globalThis as unknown as { Excel: typeof Excel }).Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Cá nhân").getRange("C10").values = [["Nguyễn Văn Tám"]];
    await ctx.sync();
  });
  await runRank(task(), t, session, "Văn thư");
  return runLoadReviews(task(), t);
}

async function approveFirst(list: ReviewList): Promise<void> {
  const first = list.rows[0];
  const done = await runReview(task(), t, session, list, { subject: first.subject, title: first.title, action: "approve", comment: "", reviewer: "Trưởng phòng" });
  if (!done.ok) throw new Error("review refused");
}

async function issuesOf(): Promise<Issue[]> {
  return [...checkWorkbook((await readWorkbook()).grids).issues];
}

async function checkRows(people: number): Promise<CellValue[][]> {
  const rows = (await issuesOf()).map((i) => [i.severity, i.code, i.sheet, i.cell ?? "", i.value ?? ""] as CellValue[]);
  return rows.length >= people ? rows : [...rows, ...Array.from({ length: people - rows.length }, (_, k) => ["info", "X", "Cá nhân", `C${k + 3}`, `=giá trị ${k}`])];
}

async function highlightTargets(people: number): Promise<HighlightTarget[]> {
  const extra = Array.from({ length: Math.floor(people / 2) }, (_, i) => ({ sheet: "Cá nhân", cell: `F${3 + 2 * i}`, severity: "warning" as const }));
  return [...(await issuesOf()), ...extra];
}

const ACTIONS: ReadonlyArray<Action> = [
  { name: "Kiểm tra: read the tracking sheets", run: () => readWorkbook(), owns: [] },
  {
    name: "write KQ Kiểm tra, KQ Xếp hạng, Đề nghị",
    prepare: (people) => checkRows(people),
    run: (people, prepared) => {
      const rows = prepared as CellValue[][];
      const cols = ["Mức độ", "Mã", "Sheet", "Ô", "Giá trị"].map((header) => ({ header }));
      return writeOutputs([
        { sheet: "KQ Kiểm tra", columns: cols, rows },
        { sheet: "KQ Xếp hạng", columns: cols, rows: rows.slice(0, 50) },
        { sheet: "Đề nghị", columns: cols, rows: rows.slice(0, people) },
      ]);
    },
    owns: ["KQ Kiểm tra", "KQ Xếp hạng", "Đề nghị"],
  },
  {
    name: "append to Nhật ký",
    run: (people) =>
      appendLog(
        ["Thời gian", "Người thực hiện", "Thao tác", "Đối tượng", "Dấu dữ liệu", "Bộ quy tắc"].map((header) => ({ header })),
        Array.from({ length: people }, (_, i) => ["2025-11-26T08:00", "Văn thư", "Xếp hạng", `CB${i}`, `+${i}`, "ND152-2025"]),
      ),
    owns: ["Nhật ký"],
  },
  { name: "Khởi tạo", run: () => initWorkbook(), owns: [...NEW_TRACKING, "DanhMuc"] },
  { name: "select an issue's cell", run: () => goToCell("'Cá nhân'!C9"), owns: [] },
  { name: "highlight issue cells", prepare: (people) => highlightTargets(people), run: (_people, prepared) => highlight(prepared as HighlightTarget[]), owns: [] },
  {
    name: "remove the highlight rules",
    prepare: async (people) => highlight(await highlightTargets(people)),
    run: () => clearHighlights(),
    owns: [],
  },
  { name: "pane: Kiểm tra (read, KQ Kiểm tra, highlights)", run: () => runCheck(task(), t), owns: ["KQ Kiểm tra"] },
  { name: "pane: Xóa tô màu", prepare: () => runCheck(task(), t), run: () => runClearHighlights(task()), owns: ["KQ Kiểm tra"] },
  { name: "pane: Xếp hạng (read, KQ Xếp hạng, Đề nghị, facts, Nhật ký)", run: () => runRank(task(), t, session, "Văn thư"), owns: RANK_OWNS },
  { name: "pane: Khởi tạo", run: () => runInit(task(), t), owns: [...NEW_TRACKING, "DanhMuc"] },
  { name: "pane: Rà soát, load the list", prepare: () => runRank(task(), t, session, "Văn thư"), run: () => runLoadReviews(task(), t), owns: RANK_OWNS },
  {
    name: "pane: Rà soát, approve (Đề nghị row, Nhật ký, facts, the list read again)",
    prepare: () => rankedList(),
    run: async (_people, list) => {
      const first = (list as ReviewList).rows[0];
      const done = await runReview(task(), t, session, list as ReviewList, { subject: first.subject, title: first.title, action: "approve", comment: "", reviewer: "Trưởng phòng" });
      if (!done.ok) throw new Error("review refused");
    },
    owns: RANK_OWNS,
    afterPrepare: true,
  },
  {
    name: "pane: Tạo hồ sơ (read, documents, Nhật ký)",
    prepare: async () => approveFirst(await rankedList()),
    run: async () => {
      const done = await runGenerate(task(), t, session, "Văn thư", { approvedOnly: true });
      if (done.refused || done.manifest.files.length === 0) throw new Error("generation refused");
    },
    owns: ["Nhật ký"],
    afterPrepare: true,
  },
];

async function runMeasured(action: Action, people: number) {
  const host = clerkHost(people, { apiVersion: "1.9" });
  let before = clerkSnapshots(host);
  const prepared = action.prepare ? (await measure(host, () => action.prepare?.(people) ?? Promise.resolve())).result : undefined;
  if (action.afterPrepare) before = clerkSnapshots(host, action.owns, ours);
  const { syncs } = await measure(host, () => action.run(people, prepared));
  return { host, before, syncs };
}

/**
 * Extra ~4 MB chunks beyond the first in each direction, from what the action actually received and sent: never
 * more than ⌈(received + sent) / 4 MB⌉ − 1.
 */
function extraChunks(syncs: ReadonlyArray<SyncRecord>): number {
  const extra = (bytes: number) => Math.max(0, Math.ceil(bytes / CHUNK_BUDGET_BYTES) - 1);
  return extra(syncs.reduce((n, s) => n + s.responseBytes, 0)) + extra(syncs.reduce((n, s) => n + s.requestBytes, 0));
}

describe.each(ACTIONS)("$name", (action) => {
  let small: Awaited<ReturnType<typeof runMeasured>>;
  let big: Awaited<ReturnType<typeof runMeasured>>;

  beforeAll(async () => {
    small = await runMeasured(action, 100);
    big = await runMeasured(action, 10_000);
  }, 300_000);

  test("at most 4 round trips plus its extra ~4 MB chunks; the same at 100 and 10,000 rows except for chunks", () => {
    for (const m of [small, big]) expect(m.syncs.length).toBeLessThanOrEqual(4 + extraChunks(m.syncs));
    expect(big.syncs.length - extraChunks(big.syncs)).toBe(small.syncs.length - extraChunks(small.syncs));
  });

  test("no request or response over 5 MB", () => {
    for (const m of [small, big]) expect(m.syncs.filter((s) => s.requestBytes >= FIVE_MB || s.responseBytes >= FIVE_MB || s.failed)).toEqual([]);
  });

  test("the clerk's sheets are unchanged (highlight rules aside)", () => {
    if (action.name.startsWith("remove") || action.name === "pane: Xóa tô màu") {
      // After removal nothing of ours is left: fully unchanged, without excluding any rule.
      for (const m of [small, big]) expect(clerkSnapshots(m.host, OUTPUT)).toEqual(m.before);
    }
    for (const m of [small, big]) {
      const after = clerkSnapshots(m.host, action.owns, ours);
      expect([...after.keys()]).toEqual([...m.before.keys()]);
      for (const [name, snap] of m.before) expect(after.get(name)).toBe(snap);
      for (const name of m.host.sheetNames()) if (!m.before.has(name)) expect([...action.owns, ...OUTPUT]).toContain(name);
    }
  });
});

describe("an action moving more than 4 MB", () => {
  test("Kiểm tra on 30,000 people: 4 round trips plus one per extra ~4 MB read, every read but the last nearly full", async () => {
    const host = clerkHost(30_000, { apiVersion: "1.9" });
    const { result, syncs } = await measure(host, () => runCheck(task(), t));
    const received = syncs.reduce((n, s) => n + s.responseBytes, 0);
    expect(received).toBeGreaterThan(CHUNK_BUDGET_BYTES);
    expect(extraChunks(syncs)).toBeGreaterThanOrEqual(1);
    expect(syncs).toHaveLength(4 + extraChunks(syncs));
    const reads = syncs.slice(2, -1);
    expect(reads).toHaveLength(1 + extraChunks(syncs));
    for (const s of reads.slice(0, -1)) expect(s.responseBytes).toBeGreaterThan(CHUNK_BUDGET_BYTES * 0.85);
    expect(syncs.every((s) => s.requestBytes < FIVE_MB && s.responseBytes < FIVE_MB && !s.failed)).toBe(true);
    expect(result.result.issues.length).toBeGreaterThan(0);
  }, 120_000);
});

describe("end to end", () => {
  test("highlight then remove leaves the clerk's sheets byte-for-byte as they were", async () => {
    const host = clerkHost(300, { apiVersion: "1.9" });
    const before = clerkSnapshots(host);
    await measure(host, async () => highlight(checkWorkbook((await readWorkbook()).grids).issues));
    expect(clerkSnapshots(host)).not.toEqual(before);
    await measure(host, () => clearHighlights());
    expect(clerkSnapshots(host)).toEqual(before);
  });

  test("formula-looking text read from the clerk's sheet is written to an output sheet and reads back as the same text", async () => {
    const host = clerkHost(20);
    await measure(host, async () => {
      const { grids } = await readWorkbook();
      const people = grids.sheets.find((s) => s.name === "Cá nhân");
      const names = (people?.values ?? []).slice(2).map((r) => [r[2]]);
      await writeOutputs([{ sheet: "Đề nghị", columns: [{ header: "Tên" }], rows: names }]);
      const back = await readWorkbook({ include: ["Đề nghị"] });
      const written = back.grids.sheets.find((s) => s.name === "Đề nghị")?.values.slice(1);
      expect(written).toEqual(names);
    });
    for (const t of TRICKY_TEXT) {
      if (t === "#N/A") continue; // an error value in the clerk's sheet, read as "#N/A" and written as that text
      expect(host.values("Đề nghị").flat()).toContain(t);
    }
    expect(host.sheet("Đề nghị").existingCells({ r0: 0, c0: 0, r1: 100, c1: 0 }).every(({ cell }) => cell.formula === undefined)).toBe(true);
  });
});
