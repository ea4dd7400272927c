/**
 * The pane's actions over the core and the adapter, on the fake Excel host in jest (faithful to batching), on the
 * sample workbook with its planted error: each action is ONE Excel.run with at most 4 round trips (the workbook
 * is far under 4 MB; issue 7: ≤ 4 + the extra ~4 MB chunks, see test/excel/acceptance.test.ts for 10,000 rows);
 * what it writes and what it leaves alone; a cancel stops before the next stage and writes nothing more; the pane's
 * own errors come out unwrapped.
 */
import { LOG_ACTION_LABELS, LOG_COLUMNS, readProposalSheet, REVIEW_STATUS_LABELS } from "../../src/core/review";
import { DATE_TIME_FORMAT } from "../../src/core/review";
import { translator } from "../../src/i18n";
import { runCheck } from "../../src/taskpane/actions/check";
import { runGenerate } from "../../src/taskpane/actions/generate";
import { runClearHighlights } from "../../src/taskpane/actions/highlights";
import { runInit } from "../../src/taskpane/actions/init";
import { runRank } from "../../src/taskpane/actions/rank";
import { runLoadReviews, runReview } from "../../src/taskpane/actions/review";
import { runAction } from "../../src/taskpane/actions/run-action";
import { createSession } from "../../src/taskpane/actions/session";
import { reviewerNameStore } from "../../src/excel/review-identity";
import { PaneError } from "../../src/taskpane/task/pane-error";
import { CancelledError, createTask, type TaskControl } from "../../src/taskpane/task/task";
import { installFakeOffice, type FakeOfficeHost } from "../fake-office";
import { DROPPED_SHEET, testWorkbook, type TestWorkbook } from "./workbook";

const t = translator("vi");
const noPause = () => Promise.resolve();
const task = (): TaskControl => createTask(8, () => undefined, noPause).control;
/** A task whose clerk clicks "Hủy" when the given stage is announced. */
function cancelAt(stageKey: string): TaskControl {
  const created = createTask(8, (p) => {
    if (p.stage.key === stageKey) created.cancel();
  }, noPause);
  return created.control;
}

let host: FakeOfficeHost;
let wb: TestWorkbook;
let runs = 0;
/** Round trips of the last action run through `once`. */
let syncs = 0;
const session = createSession(reviewerNameStore(null));

beforeAll(async () => {
  wb = await testWorkbook();
  host = installFakeOffice(wb.init);
  const excel = host.Excel as { run: (...args: unknown[]) => Promise<unknown> };
  const original = excel.run;
  excel.run = (...args: unknown[]) => {
    runs++;
    return original(...args);
  };
});

afterAll(() => host.uninstall());

async function once<T>(action: () => Promise<T>): Promise<T> {
  const before = runs;
  const syncsBefore = host.syncCount;
  const value = await action();
  expect(runs - before).toBe(1);
  syncs = host.syncCount - syncsBefore;
  expect(host.syncs.slice(syncsBefore).filter((s) => s.failed || s.requestBytes >= 5_000_000 || s.responseBytes >= 5_000_000)).toEqual([]);
  return value;
}

/** `Đề nghị` carries one drop-down: on `Trạng thái rà soát`, exactly its `rows` data rows, warning alert. */
function expectStatusDropDown(rows: number): void {
  const sheet = host.sheet("Đề nghị");
  const column = host.values("Đề nghị")[0].indexOf("Trạng thái rà soát");
  expect(sheet.validations).toEqual([
    {
      rect: { r0: 1, c0: column, r1: rows, c1: column },
      rule: { list: { inCellDropDown: true, source: "Chờ rà soát,Đồng ý,Trả lại" } },
      prompt: { showPrompt: true, title: t("review.dropDown.promptTitle"), message: expect.stringContaining("Chờ rà soát / Đồng ý / Trả lại") },
      errorAlert: { showAlert: true, style: "Warning", title: t("review.dropDown.errorTitle"), message: expect.stringContaining("Duyệt") },
      ignoreBlanks: true,
    },
  ]);
}

const logRows = () => (host.sheetNames().includes("Nhật ký") ? host.values("Nhật ký").length - 1 : 0);

describe("pane actions on the fake host", () => {
  test("Khởi tạo adds the missing sheet (and the hidden lists), in one Excel.run", async () => {
    const report = await once(() => runInit(task(), t));
    expect(syncs).toBe(2); // the sheet names; everything added
    expect(report.added).toContain(DROPPED_SHEET);
    expect(host.sheetNames()).toContain(DROPPED_SHEET);
    expect((await once(() => runInit(task(), t))).added).toEqual([]);
    expect(syncs).toBe(1);
  });

  test("Kiểm tra: KQ Kiểm tra with a link per issue and one highlight rule, the clerk's values untouched", async () => {
    const notOurs = { excludeConditionalFormat: (cf: { formula?: string }) => /thidua:/.test(cf.formula ?? "") };
    const before = host.snapshot(wb.planted.sheet, notOurs);
    const outcome = await once(() => runCheck(task(), t));
    expect(syncs).toBe(4); // names; survey (used ranges, first rows, conditional formats); rows (+ custom rules' formulas); writes
    expect(outcome.result.summary).toEqual({ errors: 1, warnings: 0 });
    const sheet = host.values("KQ Kiểm tra");
    expect(sheet).toHaveLength(2);
    expect(sheet[1][1]).toBe("UNKNOWN_REF");
    expect(host.sheet("KQ Kiểm tra").cell(1, 3)?.formula).toBe(`=HYPERLINK("#'${wb.planted.sheet}'!${wb.planted.cell}","${wb.planted.cell}")`);
    expect(outcome.highlight?.cells).toBe(1);
    const ours = host.sheet(wb.planted.sheet).conditionalFormats.filter((cf) => /thidua:error/.test(cf.formula ?? ""));
    expect(ours).toHaveLength(1);
    expect(host.snapshot(wb.planted.sheet, notOurs)).toBe(before);
    const cleared = await once(() => runClearHighlights(task()));
    expect(syncs).toBe(4); // names; rule types; custom rules' formulas; delete ours
    expect(cleared.removed).toBe(1);
    expect(host.sheet(wb.planted.sheet).conditionalFormats.filter((cf) => /thidua:/.test(cf.formula ?? ""))).toHaveLength(0);
  });

  test("a cancel stops the check before it writes: the previous KQ Kiểm tra stays, no highlight is added", async () => {
    const previous = host.values("KQ Kiểm tra");
    const error = await runCheck(cancelAt("taskpane.stage.writeCheck"), t).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CancelledError);
    expect(host.values("KQ Kiểm tra")).toEqual(previous);
    expect(host.sheet(wb.planted.sheet).conditionalFormats.filter((cf) => /thidua:/.test(cf.formula ?? ""))).toHaveLength(0);
  });

  test("Tạo hồ sơ is refused while an error remains: nothing written, not even the log", async () => {
    const outcome = await once(() => runGenerate(task(), t, session, "Văn thư", { approvedOnly: false }));
    expect(syncs).toBe(3); // names; survey; rows — then refused, nothing written
    expect(outcome.refused).toBe(true);
    expect(outcome.check.summary.errors).toBe(1);
    expect(host.sheetNames()).not.toContain("Nhật ký");
  });

  test("Xếp hạng (after the fix): KQ Xếp hạng, Đề nghị, the hidden facts and one log row, in one Excel.run", async () => {
    await (globalThis as unknown as { Excel: typeof Excel }).Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(wb.planted.sheet).getRange(wb.planted.cell).values = [[wb.planted.original]];
      await ctx.sync();
    });
    const outcome = await once(() => runRank(task(), t, session, "Văn thư"));
    expect(syncs).toBe(4); // names; survey (+ the log's header); rows; the four sheets' writes together
    expect(outcome.summary.errors).toBe(0);
    expect(outcome.proposals).toBeGreaterThan(100);
    const proposals = readProposalSheet({ name: "Đề nghị", values: host.values("Đề nghị") });
    expect(proposals.rows).toHaveLength(outcome.proposals);
    expect(proposals.rows.every((r) => r.review.statusText === REVIEW_STATUS_LABELS.PENDING && r.stamp !== "")).toBe(true);
    expectStatusDropDown(outcome.proposals);
    expect(host.values("KQ Xếp hạng").length).toBeGreaterThan(outcome.proposals);
    expect(host.sheet("Dữ kiện rà soát").visibility).toBe("Hidden");
    const log = host.values("Nhật ký");
    expect(log).toHaveLength(2);
    expect(log[0]).toEqual(LOG_COLUMNS.map((c) => c.header));
    expect(log[1][1]).toBe("Văn thư");
    expect(log[1][2]).toBe(LOG_ACTION_LABELS.rank);
    expect(typeof log[1][0]).toBe("number");
    expect(host.sheet("Nhật ký").cell(1, 0)?.format.numberFormat).toBe(DATE_TIME_FORMAT);
    expect(host.sheet("Nhật ký").hiddenColumns.has(LOG_COLUMNS.findIndex((c) => c.field === "id"))).toBe(true);
  });

  test("a cancel during the documents stops before the zip and the log", async () => {
    const before = logRows();
    const created = createTask(8, () => undefined, noPause);
    const control: TaskControl = {
      stage: (s) => created.control.stage(s),
      step: (done, total) => {
        if (done === 3) created.cancel();
        created.control.step(done, total);
      },
      get cancelled() {
        return created.control.cancelled;
      },
    };
    const error = await runGenerate(control, t, session, "Văn thư", { approvedOnly: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CancelledError);
    expect(logRows()).toBe(before);
  });

  test("Tạo hồ sơ: the whole dossier as one .zip, one log row, one Excel.run", async () => {
    const before = logRows();
    const outcome = await once(() => runGenerate(task(), t, session, "Văn thư", { approvedOnly: false }));
    expect(syncs).toBe(4); // names; survey (+ the log's header); rows; the log row
    if (outcome.refused) throw new Error("refused");
    expect(outcome.zip.size).toBeGreaterThan(10_000);
    expect(outcome.fileName).toBe(`ho-so-khen-thuong-${outcome.set.year}.zip`);
    expect(outcome.manifest.files.length).toBeGreaterThan(40);
    expect(logRows()).toBe(before + 1);
    expect(host.values("Nhật ký")[before + 1][2]).toBe(LOG_ACTION_LABELS.generate);
  });

  test("Rà soát: approve writes the row and a log row; a return without a note is refused and writes nothing", async () => {
    const list = await once(() => runLoadReviews(task(), t));
    expect(syncs).toBe(3); // names; survey; rows
    expect(list.found).toBe(true);
    const target = list.rows.find((r) => r.title === "BK_BO")!;
    const before = logRows();
    const approved = await once(() => runReview(task(), t, session, list, { subject: target.subject, title: target.title, action: "approve", comment: "", reviewer: "Trưởng phòng" }));
    expect(syncs).toBe(4); // names; survey (+ the proposal's row, the log's header); the writes with the rows; the log row's id read back
    expect(approved.ok).toBe(true);
    if (!approved.ok) return;
    expect(approved.list.counts.approved).toBe(1);
    expect(logRows()).toBe(before + 1);
    const row = readProposalSheet({ name: "Đề nghị", values: host.values("Đề nghị") }).rows.find((r) => r.subject === target.subject && r.title === target.title)!;
    expect(row.review.statusText).toBe(REVIEW_STATUS_LABELS.APPROVED);
    expect(row.review.reviewer).toBe("Trưởng phòng");

    const other = approved.list.rows.find((r) => r.title === "BK_BO" && r.subject !== target.subject)!;
    const refused = await runReview(task(), t, session, approved.list, { subject: other.subject, title: other.title, action: "return", comment: "  ", reviewer: "Trưởng phòng" });
    expect(refused).toEqual({ ok: false, error: { key: "review.error.commentRequired", params: { subject: other.subject, title: other.title } } });
    expect(logRows()).toBe(before + 1);

    // Ranking again keeps the review; generating approved-only proposes exactly that one.
    const again = await once(() => runRank(task(), t, session, "Văn thư"));
    expect(syncs).toBe(4);
    expect(again.carry.carried).toBe(1);
    expectStatusDropDown(again.proposals);
    const only = await runGenerate(task(), t, session, "Văn thư", { approvedOnly: true });
    if (only.refused) throw new Error("refused");
    expect([...only.set.upward, ...only.set.own].map((p) => `${p.subject}|${p.title}`)).toEqual([`${target.subject}|${target.title}`]);
    expect(only.manifest.files.map((f) => f.path)).toContain(`bao-cao/${target.subject}.docx`);
  });

  test("Rà soát when the proposal moved since the list was loaded: found in the sheet as read, written there (one more round trip)", async () => {
    const list = await once(() => runLoadReviews(task(), t));
    const rows = readProposalSheet({ name: "Đề nghị", values: host.values("Đề nghị") }).rows;
    const [a, b] = [rows[rows.length - 2], rows[rows.length - 1]];
    // Another reviewer's ranking swapped the two rows after this pane listed them.
    const sheet = host.sheet("Đề nghị");
    const width = host.values("Đề nghị")[0].length;
    const rowA = host.values("Đề nghị")[a.row! - 1];
    const rowB = host.values("Đề nghị")[b.row! - 1];
    rowB.forEach((v, c) => (sheet.ensureCell(a.row! - 1, c).value = v));
    rowA.forEach((v, c) => (sheet.ensureCell(b.row! - 1, c).value = v));
    expect(rowA).toHaveLength(width);
    const before = logRows();
    const outcome = await once(() => runReview(task(), t, session, list, { subject: a.subject, title: a.title, action: "return", comment: "Bổ sung minh chứng", reviewer: "Trưởng phòng" }));
    expect(syncs).toBe(5); // names; survey; rows; the writes with Đề nghị read again; the log row's id read back
    expect(outcome.ok).toBe(true);
    const after = readProposalSheet({ name: "Đề nghị", values: host.values("Đề nghị") }).rows;
    expect(after.find((r) => r.subject === a.subject && r.title === a.title)).toMatchObject({ row: b.row, review: { status: "RETURNED", comment: "Bổ sung minh chứng" } });
    expect(after.find((r) => r.subject === b.subject && r.title === b.title)).toMatchObject({ row: a.row, review: b.review });
    expect(logRows()).toBe(before + 1);
    if (outcome.ok) expect(outcome.list.rows.find((r) => r.subject === a.subject && r.title === a.title)?.review.status).toBe("RETURNED");
  });

  test("Nhật ký is append-only while the documents are written: a row another client appends meanwhile is kept, ours goes below", async () => {
    const before = host.values("Nhật ký");
    const other = ["Lê Minh", "Rà soát: Đồng ý", "KV01 – TTLDTT", "sha256:11", "ND152-2025", "pane_other-0001"];
    const created = createTask(8, () => undefined, noPause);
    let appended = false;
    const control: TaskControl = {
      stage: (st) => created.control.stage(st),
      step: (done, total) => {
        if (!appended) {
          const s = host.sheet("Nhật ký");
          other.forEach((v, j) => (s.ensureCell(before.length, j + 1).value = v));
          appended = true;
        }
        created.control.step(done, total);
      },
      get cancelled() {
        return created.control.cancelled;
      },
    };
    const outcome = await once(() => runGenerate(control, t, session, "Văn thư", { approvedOnly: false }));
    expect(outcome.refused).toBe(false);
    expect(appended).toBe(true);
    const after = host.values("Nhật ký");
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after[before.length].slice(1)).toEqual(other);
    expect(after).toHaveLength(before.length + 2);
    expect(after[before.length + 1][2]).toBe(LOG_ACTION_LABELS.generate);
  });

  test("the pane's own errors leave the Excel.run as they are", async () => {
    const refusal = new PaneError({ key: "taskpane.error.noYear" });
    await expect(runAction(async () => Promise.reject(refusal))).rejects.toBe(refusal);
    const cancel = new CancelledError();
    await expect(runAction(async () => Promise.reject(cancel))).rejects.toBe(cancel);
  });
});
