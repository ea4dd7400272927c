/**
 * Task-pane actions on the fake Excel host (test/fake-office: Office.js batching, a sync count and the JSON size
 * of every request and response), on generated tracking workbooks of 100 and 10,000 people. For each action:
 * the `context.sync()` round trips, the ~4 MB chunks of data it moves, and the largest request and response.
 *
 * Two kinds of action are measured: the task pane's own actions, each one Excel.run that chains several steps
 * (Kiểm tra, Xếp hạng, Xóa tô màu, Khởi tạo; in the full run also Rà soát and Tạo hồ sơ, whose core work at
 * national scale would take the quick run over its minute), on a fresh workbook at each size; and, in the full
 * run, the adapter's steps the brief lists, each in its own Excel.run.
 *
 * Chunks: the data an action moves is cut into ~4 MB pieces in each direction (a read's response cannot share a
 * request with the write that depends on it), so an action's extra chunks are (⌈received / 4 MB⌉ − 1) +
 * (⌈sent / 4 MB⌉ − 1), each at least 0 — never more than ⌈(received + sent) / 4 MB⌉ − 1. The target is
 * syncs ≤ 4 + extra chunks, with syncs − extra chunks the same at every size.
 * The Office.js code is TypeScript outside the CLI build; it is loaded through ts-hook.ts.
 */
import { createRequire } from "node:module";
import * as path from "node:path";
import type { CellValue, WorkbookGrids } from "../core/grid";
import type { Issue } from "../core/issues";
import { generateTracking } from "../tools/sample/generate";
import { registerTypeScript } from "./ts-hook";

/** The budget the adapter cuts data into (src/excel/payload.ts CHUNK_BUDGET_BYTES). */
export const CHUNK_BYTES = 4_000_000;
/** Excel on the web refuses a request or a response above this. */
export const REQUEST_LIMIT_BYTES = 5_000_000;
/** Round trips allowed besides the data chunks. */
export const BASE_SYNCS = 4;

interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly failed?: string;
}

interface FakeHost {
  readonly syncs: ReadonlyArray<SyncRecord>;
  readonly Excel: unknown;
  install(): unknown;
  uninstall(): void;
}

/** The part of the fake `Excel` global the bench uses directly (the bench is built without Office.js types). */
interface FakeExcel {
  run(batch: (ctx: {
    workbook: { worksheets: { getItem(name: string): { getRangeByIndexes(r: number, c: number, rows: number, cols: number): { values: unknown } } } };
    sync(): Promise<void>;
  }) => Promise<void>): Promise<void>;
}

interface FakeOffice {
  createFakeOffice(init: { sheets: ReadonlyArray<{ name: string; rows: ReadonlyArray<ReadonlyArray<CellValue>> }> }, options?: { apiVersion?: string }): FakeHost;
}

type Translate = (key: string, params?: Record<string, unknown>) => string;
interface OutputSheet {
  readonly name: string;
  readonly values: CellValue[][];
}
interface TaskControl {
  stage(stage: unknown): Promise<void>;
  step(done: number, total: number): void;
  readonly cancelled: boolean;
}

/** What the bench takes from the sources it loads at run time (typed here, checked by `npm run typecheck`). */
interface Modules {
  readonly fake: FakeOffice;
  readonly excel: {
    readWorkbook(options?: { timeoutMs?: number }): Promise<{ grids: WorkbookGrids }>;
    writeOutputs(tables: ReadonlyArray<unknown>, options?: { timeoutMs?: number }): Promise<unknown>;
    appendLog(columns: ReadonlyArray<{ header: string; width?: number }>, rows: ReadonlyArray<ReadonlyArray<CellValue>>, options?: { timeoutMs?: number }): Promise<unknown>;
    initWorkbook(options?: { timeoutMs?: number }): Promise<unknown>;
    highlight(targets: ReadonlyArray<Issue>, options?: { timeoutMs?: number }): Promise<unknown>;
    clearHighlights(options?: { timeoutMs?: number }): Promise<unknown>;
  };
  readonly check: { checkWorkbook(grids: WorkbookGrids): { issues: ReadonlyArray<Issue>; data: unknown; fingerprint: string } };
  readonly rank: { rankWorkbook(data: unknown, fingerprint: string): { result: unknown } | null };
  readonly i18n: { translator(lang: "vi" | "en"): Translate };
  readonly checkSheet: { buildCheckSheet(result: { issues: ReadonlyArray<Issue> }, t: Translate): unknown };
  readonly rankingSheet: { buildRankingSheet(result: unknown, t: Translate): OutputSheet };
  readonly proposalsSheet: { buildProposalsSheet(input: { result: unknown; data: unknown; grids: WorkbookGrids; t: Translate }): { sheet: OutputSheet } };
  readonly outputTable: { outputTable(sheet: OutputSheet): unknown };
  readonly review: { LOG_COLUMNS: ReadonlyArray<{ header: string; width: number }> };
  readonly task: { createTask(stages: number, onProgress: () => void, pause: () => Promise<void>): { control: TaskControl } };
  readonly paneCheck: { runCheck(task: TaskControl, t: Translate): Promise<{ result: { issues: ReadonlyArray<Issue> } }> };
  readonly paneRank: { runRank(task: TaskControl, t: Translate, session: unknown, user: string): Promise<unknown> };
  readonly paneInit: { runInit(task: TaskControl, t: Translate): Promise<unknown> };
  readonly paneHighlights: { runClearHighlights(task: TaskControl): Promise<unknown> };
  readonly paneReview: {
    runLoadReviews(task: TaskControl, t: Translate): Promise<{ rows: ReadonlyArray<{ subject: string; title: string }> }>;
    runReview(task: TaskControl, t: Translate, session: unknown, list: unknown, input: { subject: string; title: string; action: "approve"; comment: string; reviewer: string }): Promise<{ ok: boolean }>;
  };
  readonly paneGenerate: { runGenerate(task: TaskControl, t: Translate, session: unknown, user: string, options: { approvedOnly: boolean }): Promise<{ refused: boolean }> };
}

function loadModules(): Modules {
  registerTypeScript();
  const root = path.resolve(__dirname, "..", "..");
  const load = createRequire(__filename);
  const req = (p: string): never => load(path.join(root, p)) as never;
  return {
    fake: req("test/fake-office/index.ts"),
    excel: req("src/excel/index.ts"),
    check: req("src/core/check.ts"),
    rank: req("src/core/rank.ts"),
    i18n: req("src/i18n/index.ts"),
    checkSheet: req("src/output/check-sheet.ts"),
    rankingSheet: req("src/output/ranking-sheet.ts"),
    proposalsSheet: req("src/output/proposals-sheet.ts"),
    outputTable: req("src/taskpane/actions/output-table.ts"),
    review: req("src/core/review/index.ts"),
    task: req("src/taskpane/task/task.ts"),
    paneCheck: req("src/taskpane/actions/check.ts"),
    paneRank: req("src/taskpane/actions/rank.ts"),
    paneInit: req("src/taskpane/actions/init.ts"),
    paneHighlights: req("src/taskpane/actions/highlights.ts"),
    paneReview: req("src/taskpane/actions/review.ts"),
    paneGenerate: req("src/taskpane/actions/generate.ts"),
  };
}

export interface ActionAtSize {
  readonly syncs: number;
  /** Extra ~4 MB chunks of the data moved: (⌈received / 4 MB⌉ − 1) + (⌈sent / 4 MB⌉ − 1), each at least 0. */
  readonly chunks: number;
  /** Σ max(request, response) bytes. */
  readonly moved_bytes: number;
  /** Σ response bytes and Σ request bytes. */
  readonly received_bytes?: number;
  readonly sent_bytes?: number;
  readonly max_request_bytes: number;
  readonly max_response_bytes: number;
  /** 4 + extra chunks. */
  readonly limit: number;
  readonly failed: number;
}

export interface ActionResult {
  readonly action: string;
  /** "step": one adapter step in its own Excel.run; "pane": a task-pane action (several steps, one Excel.run). */
  readonly kind: "step" | "pane";
  readonly at: Record<string, ActionAtSize>;
  /** Round trips at each size, by rows ("100", "10000"). */
  readonly syncs_per_action: Record<string, number>;
  readonly max_request_bytes: number;
  /** Round trips besides the extra data chunks (syncs − chunks) at each size. */
  readonly beyond_chunks: Record<string, number>;
  /** syncs ≤ 4 + extra chunks at every size and nothing over 5 MB. */
  readonly pass: boolean;
  /** syncs − chunks is the same at every size. */
  readonly constant_beyond_chunks: boolean;
}

export interface OfficeResults {
  readonly rows: ReadonlyArray<number>;
  readonly workbooks: Record<string, { readonly people: number; readonly units: number; readonly data_rows: number; readonly issues: number }>;
  readonly actions: ReadonlyArray<ActionResult>;
  readonly ms: number;
}

/** Extra ~4 MB chunks of `bytes` moved in one direction (0 up to 4 MB). */
function extra(bytes: number): number {
  return Math.max(0, Math.ceil(bytes / CHUNK_BYTES) - 1);
}

export function summarise(syncs: ReadonlyArray<SyncRecord>): ActionAtSize {
  const moved = syncs.reduce((n, s) => n + Math.max(s.requestBytes, s.responseBytes), 0);
  const received = syncs.reduce((n, s) => n + s.responseBytes, 0);
  const sent = syncs.reduce((n, s) => n + s.requestBytes, 0);
  const chunks = extra(received) + extra(sent);
  return {
    syncs: syncs.length,
    chunks,
    moved_bytes: moved,
    received_bytes: received,
    sent_bytes: sent,
    max_request_bytes: Math.max(0, ...syncs.map((s) => s.requestBytes)),
    max_response_bytes: Math.max(0, ...syncs.map((s) => s.responseBytes)),
    limit: BASE_SYNCS + chunks,
    failed: syncs.filter((s) => s.failed).length,
  };
}

type Sheets = Array<{ name: string; rows: CellValue[][] }>;

/**
 * The tracking workbook a clerk of that size keeps (generated, fixed seed), with one planted defect per person
 * (an unknown `Giới tính` or an impossible `Ngày sinh`, row by row) so that KQ Kiểm tra and the highlights grow
 * with the rows too; `clean` is the same workbook without the defects.
 */
function clerkWorkbook(people: number): { planted: Sheets; clean: Sheets; units: number; dataRows: number } {
  const units = Math.max(10, Math.round(people * 0.07));
  const wb = generateTracking({ units, clusters: Math.max(2, Math.round(units / 20)), people, years: 5, seed: 20251126 });
  const clean = wb.sheets.map((s) => ({ name: s.name, rows: s.values.map((r) => [...r]) }));
  const planted = wb.sheets.map((s, k) => {
    if (s.id !== "people") return clean[k];
    const rows = clean[k].rows.map((r) => [...r]);
    // Alternating columns, so the highlighted cells are scattered, not one long run.
    const gender = rows[s.headerIndex].indexOf("Giới tính");
    const birth = rows[s.headerIndex].indexOf("Ngày sinh");
    for (let i = s.headerIndex + 1; i < rows.length; i++) {
      if (i % 2 === 1) rows[i][gender] = "Khác";
      else rows[i][birth] = "31/02/1980";
    }
    return { name: s.name, rows };
  });
  return { planted, clean, units, dataRows: clean.reduce((n, s) => n + s.rows.length - 1, 0) };
}

/** Runs the office benchmark at each size (people = rows of `Cá nhân`); Rà soát, Tạo hồ sơ and the steps only when `full`. */
export async function benchOffice(sizes: ReadonlyArray<number>, options: { full: boolean; log?: (line: string) => void }): Promise<OfficeResults> {
  const started = performance.now();
  const m = loadModules();
  const t = m.i18n.translator("vi");
  const long = { timeoutMs: 600_000 };
  const results = new Map<string, { kind: "step" | "pane"; at: Record<string, ActionAtSize> }>();
  const workbooks: OfficeResults["workbooks"] = {};
  const task = (): TaskControl => m.task.createTask(5, () => undefined, () => Promise.resolve()).control;
  let ids = 0;
  const session = { ids: { next: () => `bench-${String(++ids).padStart(4, "0")}` }, clientId: () => "bench_client", names: { get: () => null, set: () => undefined }, now: () => "2026-01-15T09:00:00" };

  for (const people of sizes) {
    const key = String(people);
    const record = (name: string, kind: "step" | "pane", at: ActionAtSize): void => {
      const r = results.get(name) ?? { kind, at: {} };
      r.at[key] = at;
      results.set(name, r);
      options.log?.(`  office ${key.padStart(6)} rows  ${name.padEnd(34)} ${String(at.syncs).padStart(3)} syncs, ${at.chunks} extra chunks, max request ${(at.max_request_bytes / 1e6).toFixed(2)} MB`);
    };
    const on = (host: FakeHost) => async (name: string, kind: "step" | "pane", fn: () => Promise<unknown>): Promise<void> => {
      const before = host.syncs.length;
      await fn();
      record(name, kind, summarise(host.syncs.slice(before)));
    };

    // The pane's actions, in the order a clerk clicks them, on a fresh workbook.
    const wb = clerkWorkbook(people);
    const paneHost = m.fake.createFakeOffice({ sheets: wb.planted }, { apiVersion: "1.12" });
    paneHost.install();
    try {
      const measure = on(paneHost);
      await measure("Kiểm tra (button)", "pane", async () => {
        const { result } = await m.paneCheck.runCheck(task(), t);
        workbooks[key] = { people, units: wb.units, data_rows: wb.dataRows, issues: result.issues.length };
      });
      await measure("Xếp hạng (button)", "pane", () => m.paneRank.runRank(task(), t, session, "Nguyễn Thị Hà"));
      await measure("Xóa tô màu (button)", "pane", () => m.paneHighlights.runClearHighlights(task()));
      if (options.full) {
        let list: Awaited<ReturnType<Modules["paneReview"]["runLoadReviews"]>> | null = null;
        await measure("Rà soát: load the list", "pane", async () => {
          list = await m.paneReview.runLoadReviews(task(), t);
        });
        const listed = list as unknown as Awaited<ReturnType<Modules["paneReview"]["runLoadReviews"]>>;
        const first = listed.rows[0];
        if (!first) throw new Error("bench workbook without proposals");
        await measure("Rà soát: approve one", "pane", async () => {
          const done = await m.paneReview.runReview(task(), t, session, listed, { subject: first.subject, title: first.title, action: "approve", comment: "", reviewer: "Trưởng phòng" });
          if (!done.ok) throw new Error("bench review refused");
        });
        // The clerk fixes the planted defects (not measured), then generates the approved proposal's dossier.
        const clean = wb.clean.find((c) => c.name === "Cá nhân");
        if (!clean) throw new Error("bench workbook without Cá nhân");
        await (paneHost.Excel as FakeExcel).run(async (ctx) => {
          ctx.workbook.worksheets.getItem(clean.name).getRangeByIndexes(0, 0, clean.rows.length, clean.rows[0].length).values = clean.rows;
          await ctx.sync();
        });
        await measure("Tạo hồ sơ (approved only)", "pane", async () => {
          const done = await m.paneGenerate.runGenerate(task(), t, session, "Nguyễn Thị Hà", { approvedOnly: true });
          if (done.refused) throw new Error("bench generation refused");
        });
      }
    } finally {
      paneHost.uninstall();
    }
    // Khởi tạo on a workbook that has only the first four tracking sheets (it adds the others).
    const partial = wb.planted.filter((s) => ["Cấu hình", "Đơn vị", "Cá nhân", "Xếp loại"].includes(s.name));
    const initHost = m.fake.createFakeOffice({ sheets: partial }, { apiVersion: "1.12" });
    initHost.install();
    try {
      await on(initHost)("Khởi tạo (button)", "pane", () => m.paneInit.runInit(task(), t));
    } finally {
      initHost.uninstall();
    }

    if (!options.full) continue;
    // The adapter's steps, each in its own Excel.run, on another fresh workbook.
    const host = m.fake.createFakeOffice({ sheets: wb.planted }, { apiVersion: "1.12" });
    host.install();
    try {
      const measure = on(host);
      let grids: WorkbookGrids | null = null;
      await measure("read the tracking sheets", "step", async () => {
        grids = (await m.excel.readWorkbook(long)).grids;
      });
      const read = grids as unknown as WorkbookGrids;
      const check = m.check.checkWorkbook(read);
      const ranked = m.rank.rankWorkbook(check.data, check.fingerprint);
      if (!ranked) throw new Error("bench workbook without an evaluation year");
      await measure("write KQ Kiểm tra", "step", () => m.excel.writeOutputs([m.checkSheet.buildCheckSheet(check, t)], long));
      const ranking = m.rankingSheet.buildRankingSheet(ranked.result, t);
      const proposals = m.proposalsSheet.buildProposalsSheet({ result: ranked.result, data: check.data, grids: read, t });
      await measure("write KQ Xếp hạng + Đề nghị", "step", () => m.excel.writeOutputs([m.outputTable.outputTable(ranking), m.outputTable.outputTable(proposals.sheet)], long));
      const logRows = Array.from({ length: people }, (_, i) => [46037.375, "Nguyễn Thị Hà", "Rà soát: Đồng ý", `CB${String(i + 1).padStart(5, "0")} – CSTDCS`, `sha256:${String(i).padStart(16, "0")}`, "ND152-2025", `bench-${i}`]);
      await measure("append rows to Nhật ký", "step", () => m.excel.appendLog(m.review.LOG_COLUMNS, logRows, long));
      await measure("highlight issue cells", "step", () => m.excel.highlight(check.issues, long));
      await measure("remove the highlight rules", "step", () => m.excel.clearHighlights(long));
    } finally {
      host.uninstall();
    }
  }

  const keys = sizes.map(String);
  const actions: ActionResult[] = [...results].map(([action, r]) => {
    const all = keys.map((k) => r.at[k]).filter((a): a is ActionAtSize => a !== undefined);
    const base = new Set(all.map((a) => a.syncs - a.chunks));
    const pass = all.every((a) => a.syncs <= a.limit && a.max_request_bytes < REQUEST_LIMIT_BYTES && a.max_response_bytes < REQUEST_LIMIT_BYTES && a.failed === 0);
    return {
      action,
      kind: r.kind,
      at: r.at,
      syncs_per_action: Object.fromEntries(keys.map((k) => [k, r.at[k]?.syncs ?? 0])),
      max_request_bytes: Math.max(0, ...all.map((a) => a.max_request_bytes)),
      beyond_chunks: Object.fromEntries(keys.filter((k) => r.at[k]).map((k) => [k, r.at[k].syncs - r.at[k].chunks])),
      pass,
      constant_beyond_chunks: base.size <= 1,
    };
  });
  return { rows: sizes, workbooks, actions, ms: performance.now() - started };
}
