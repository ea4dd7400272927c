/**
 * The Rà soát tab's write on the fake Excel host: one review = one row of `Đề nghị` + one appended `Nhật ký` row,
 * in a small, constant number of round trips; refusals write nothing; the clerk's sheets are untouched; the
 * result is what the core carries over on the next ranking.
 */
import type { CellValue } from "../../src/core/grid";
import {
  carryOverReviews,
  currentStamps,
  readFactsSheet,
  readLogSheet,
  readProposalSheet,
  type NewProposalRow,
} from "../../src/core/review";
import { reviewProposal, type ReviewRequest } from "../../src/excel/review-write";
import { reviewListOf, reviewTarget } from "../../src/excel/review-list";
import { createFakeOffice, type FakeOfficeHost, type FakeSheetInit } from "../fake-office";
import { FakeRequestContext } from "../fake-office/client-object";
import { checkWorkbook } from "../../src/core/check";
import { rankWorkbook } from "../../src/core/rank";
import { workbook, type Variant } from "../core/review/fixture";
import { nextRows, rankInto, renderVi } from "../core/review/helpers";
import { clerkSnapshots, measure } from "./helpers";

const LOG = "Nhật ký";
const PROPOSALS = "Đề nghị";
const FACTS = "Dữ kiện rà soát";

/** The core fixture's tracking data, ranked by the real rules. */
function ranked(variant?: Variant) {
  const check = checkWorkbook(workbook(variant));
  return { data: check.data, rank: rankWorkbook(check.data, check.fingerprint)!.result };
}

/** The tracking workbook of the core fixture, with the product's sheets as a ranking wrote them (before `variant`). */
function host(options: { variant?: Variant; log?: boolean; proposals?: (values: CellValue[][]) => CellValue[][]; facts?: boolean } = {}): FakeOfficeHost {
  const { data, rank } = ranked();
  const written = rankInto(data, rank);
  const sheets: FakeSheetInit[] = workbook(options.variant).sheets.map((s) => ({ name: s.name, rows: s.values }));
  sheets.push({ name: PROPOSALS, rows: (options.proposals ?? ((v) => v))(written.proposals.values.map((r) => [...r])) });
  if (options.log !== false) {
    sheets.push({
      name: LOG,
      rows: [
        ["Thời gian", "Người thực hiện", "Thao tác", "Đối tượng", "Dấu dữ liệu", "Bộ quy tắc", "Mã dòng"],
        [46000.5, "Văn thư", "Xếp hạng", "Năm 2025", "sha256:ff", "ND152-2025", "cli_0000-0001"],
      ],
    });
  }
  if (options.facts !== false) sheets.push({ name: FACTS, rows: written.facts.values, visibility: "Hidden" });
  return createFakeOffice({ sheets });
}

function request(over: Partial<ReviewRequest> = {}): ReviewRequest {
  return { id: "pane_abc-0001", subject: "CB001", title: "CSTDCS", action: "approve", reviewer: "Nguyễn Thị Hà", time: "2025-11-20T09:30:00", comment: "", stamp: "", ruleSet: "ND152-2025", ...over };
}

const rowOf = (h: FakeOfficeHost, subject: string, title: string) => readProposalSheet({ name: PROPOSALS, values: h.values(PROPOSALS) }).rows.find((r) => r.subject === subject && r.title === title)!;

describe("one review on the fake host", () => {
  test("approve: the row's six review cells and one log row, in four round trips", async () => {
    const h = host();
    const before = h.values(PROPOSALS);
    const clerk = clerkSnapshots(h, [PROPOSALS, LOG, FACTS]);
    const { result, syncs } = await measure(h, () => reviewProposal(request(), renderVi));
    const i = before.findIndex((r) => r[1] === "CB001" && r[4] === "Chiến sĩ thi đua cơ sở");
    expect(i).toBeGreaterThan(0);
    expect(result).toEqual({ ok: true, row: i + 1, logRow: 3, attempts: 1 });
    expect(syncs).toHaveLength(4);

    const after = h.values(PROPOSALS);
    expect(after[i].slice(0, 7)).toEqual(before[i].slice(0, 7));
    expect(after[i].slice(7)).toEqual(["Đồng ý", "Nguyễn Thị Hà", expect.any(Number), "", before[i][11], ""]);
    expect(h.sheet(PROPOSALS).cell(i, 9)?.format.numberFormat).toBe("dd/mm/yyyy hh:mm:ss");
    expect(after.filter((_, k) => k !== i)).toEqual(before.filter((_, k) => k !== i));
    expect(rowOf(h, "CB001", "CSTDCS").review).toMatchObject({ status: "APPROVED", reviewer: "Nguyễn Thị Hà", reviewedAt: "2025-11-20T09:30:00" });

    const log = readLogSheet({ name: LOG, values: h.values(LOG) });
    expect(log).toHaveLength(2);
    expect(log[1]).toMatchObject({ id: "pane_abc-0001", time: "2025-11-20T09:30:00", actor: "Nguyễn Thị Hà", action: "Rà soát: Đồng ý", target: "CB001 – CSTDCS" });
    expect(clerkSnapshots(h, [PROPOSALS, LOG, FACTS])).toEqual(clerk);
  });

  test("the number of round trips does not grow with the sheets", async () => {
    const big = host({
      proposals: (v) => {
        const extra: CellValue[][] = [];
        for (let i = 0; i < 3000; i++) extra.push([v.length + i, `X${i}`, `Người ${i}`, "KV01", "Lao động tiên tiến", "Đủ điều kiện", "R1", "Chờ rà soát", "", "", "", "sha256:00", ""]);
        return [...v, ...extra];
      },
    });
    const small = host();
    const a = await measure(small, () => reviewProposal(request(), renderVi));
    const b = await measure(big, () => reviewProposal(request({ subject: "X2999", title: "LDTT" }), renderVi));
    expect(b.result.ok).toBe(true);
    expect(b.syncs.length).toBe(a.syncs.length);
    expect(b.syncs.every((s) => s.requestBytes < 20_000)).toBe(true);
  });

  test("return needs Ý kiến: refused before any round trip, nothing written", async () => {
    const h = host();
    const before = [h.snapshot(PROPOSALS), h.snapshot(LOG)];
    const { result, syncs } = await measure(h, () => reviewProposal(request({ action: "return", comment: " " }), renderVi));
    expect(result).toEqual({ ok: false, error: { key: "review.error.commentRequired", params: { subject: "CB001", title: "CSTDCS" } } });
    expect(syncs).toHaveLength(0);
    expect([h.snapshot(PROPOSALS), h.snapshot(LOG)]).toEqual(before);
  });

  test("return with a note; the note goes to Ý kiến and to the log", async () => {
    const h = host();
    const { result } = await measure(h, () => reviewProposal(request({ action: "return", comment: "=Thiếu biên bản" }), renderVi));
    expect(result.ok).toBe(true);
    expect(rowOf(h, "CB001", "CSTDCS").review).toMatchObject({ status: "RETURNED", comment: "=Thiếu biên bản" });
    expect(h.values(PROPOSALS).some((r) => r[10] === "=Thiếu biên bản")).toBe(true);
    expect(readLogSheet({ name: LOG, values: h.values(LOG) })[1].target).toBe("CB001 – CSTDCS; ý kiến: =Thiếu biên bản");
  });

  test("a proposal that is not in the sheet, or no Đề nghị at all: a message, nothing written", async () => {
    const h = host();
    const before = h.snapshot(PROPOSALS);
    const missing = await measure(h, () => reviewProposal(request({ subject: "CB999" }), renderVi));
    expect(missing.result).toEqual({ ok: false, error: { key: "review.error.rowNotFound", params: { subject: "CB999", title: "CSTDCS", sheet: PROPOSALS } } });
    expect(h.snapshot(PROPOSALS)).toBe(before);
    expect(readLogSheet({ name: LOG, values: h.values(LOG) })).toHaveLength(1);

    const none = createFakeOffice({ sheets: [{ name: "Cấu hình", rows: [["Tham số", "Giá trị"]] }] });
    const r = await measure(none, () => reviewProposal(request(), renderVi));
    expect(r.result).toEqual({ ok: false, error: { key: "review.error.noSheet", params: { sheet: PROPOSALS } } });
    expect(none.sheetNames()).toEqual(["Cấu hình"]);
  });

  test("no Nhật ký yet: it is added with its header and the id column hidden", async () => {
    const h = host({ log: false });
    const { result } = await measure(h, () => reviewProposal(request(), renderVi));
    expect(result).toMatchObject({ ok: true, logRow: 2 });
    const values = h.values(LOG);
    expect(values[0]).toEqual(["Thời gian", "Người thực hiện", "Thao tác", "Đối tượng", "Dấu dữ liệu", "Bộ quy tắc", "Mã dòng"]);
    expect(values[1][6]).toBe("pane_abc-0001");
    expect(h.sheet(LOG).hiddenColumns.has(6)).toBe(true);
    expect(h.sheet(LOG).frozen.rows).toBe(1);
  });

  test("columns of Đề nghị moved by a person: the review lands in the right cells", async () => {
    const order = [1, 4, 7, 10, 0, 2, 3, 5, 6, 8, 9, 11, 12];
    const h = host({ proposals: (v) => v.map((r) => order.map((c) => r[c])) });
    const { result } = await measure(h, () => reviewProposal(request({ action: "return", comment: "Bổ sung" }), renderVi));
    expect(result.ok).toBe(true);
    const values = h.values(PROPOSALS);
    const i = values.findIndex((r) => r[0] === "CB001" && r[1] === "Chiến sĩ thi đua cơ sở");
    expect(values[i][2]).toBe("Trả lại");
    expect(values[i][3]).toBe("Bổ sung");
    expect(values[i][9]).toBe("Nguyễn Thị Hà");
    expect(rowOf(h, "CB001", "CSTDCS").review).toMatchObject({ status: "RETURNED", reviewer: "Nguyễn Thị Hà", comment: "Bổ sung", reviewedAt: "2025-11-20T09:30:00" });
  });

  test("another client appends into the same log row at the same moment: the row is appended again below, both kept", async () => {
    const h = host();
    const real = FakeRequestContext.prototype.sync;
    let n = 0;
    const spy = jest.spyOn(FakeRequestContext.prototype, "sync").mockImplementation(async function (this: FakeRequestContext) {
      await real.call(this);
      if (++n === 3) {
        const s = h.sheet(LOG);
        ["Lê Minh", "Rà soát: Đồng ý", "KV01 – TTLDTT", "sha256:11", "ND152-2025", "pane_other-0001"].forEach((v, j) => (s.ensureCell(2, j + 1).value = v));
      }
    });
    try {
      const { result, syncs } = await measure(h, () => reviewProposal(request(), renderVi));
      expect(result).toMatchObject({ ok: true, logRow: 4, attempts: 2 });
      // 4, then: write again below the log's end as Excel finds it when the request runs, read back.
      expect(syncs).toHaveLength(6);
    } finally {
      spy.mockRestore();
    }
    const log = readLogSheet({ name: LOG, values: h.values(LOG) });
    expect(log.map((r) => r.id)).toEqual(["cli_0000-0001", "pane_other-0001", "pane_abc-0001"]);
  });
});

describe("a pane review, then a ranking", () => {
  test("the review is carried over; after a fact it used changes it is stale, and re-approving with the current stamp clears it", async () => {
    // CB001's 2025 rating: read by the real CSTDCS decision.
    const { data, rank } = ranked();
    const cited = rank.people.find((p) => p.code === "CB001")!.decisions.find((d) => d.title === "CSTDCS")!.reasons.flatMap((r) => r.cells);
    const rating = data.ratings.find((r) => r.subject === "CB001" && r.year === 2025)!;
    expect(cited).toContain(`Xếp loại!${rating.src.cells.rating}`);
    const edit: Variant = { edits: [["Xếp loại", 2, "Xếp loại", "HTTNV"]] };
    const h = host({ variant: edit });
    // The pane lists reviews against the current (edited) data: nothing reviewed yet, so nothing stale.
    const grids = () => ({ sheets: h.sheetNames().map((name) => ({ name, values: h.values(name) })) });
    const list = reviewListOf(grids(), renderVi);
    expect(list.counts).toMatchObject({ stale: 0, approved: 0 });

    // Approve on the facts shown when the sheet was written (before the edit): the row's own stamp.
    await measure(h, () => reviewProposal(request(), renderVi));
    const after = reviewListOf(grids(), renderVi);
    expect(after.rows.filter((r) => r.stale).map((r) => `${r.subject}|${r.title}`)).toEqual(["CB001|CSTDCS"]);
    expect(after.rows.find((r) => r.stale)!.systemNote).toContain(`Xếp loại!${rating.src.cells.rating} (2025, CB001 · Xếp loại): HTXSNV → HTTNV`);
    expect(after.approved.has("CB001|CSTDCS")).toBe(false);

    // Re-approve on what the pane shows now: the current stamp and its facts go with the review.
    const target = reviewTarget(after, "CB001", "CSTDCS");
    const again = await measure(h, () => reviewProposal(request({ id: "pane_abc-0002", time: "2025-11-21T08:00:00", ...target }), renderVi));
    expect(again.result.ok).toBe(true);
    expect(readFactsSheet({ name: FACTS, values: h.values(FACTS) }).has(target.stamp)).toBe(true);
    const final = reviewListOf(grids(), renderVi);
    expect(final.counts.stale).toBe(0);
    expect(final.approved.has("CB001|CSTDCS")).toBe(true);

    // A ranking from the pane's sheets keeps it.
    const now = ranked(edit);
    const carried = carryOverReviews({
      next: nextRows(now.data, now.rank) as NewProposalRow[],
      previous: readProposalSheet({ name: PROPOSALS, values: h.values(PROPOSALS) }).rows,
      store: readFactsSheet({ name: FACTS, values: h.values(FACTS) }),
      current: currentStamps(now.data, now.rank),
      render: renderVi,
    });
    expect(carried.rows.find((r) => r.subject === "CB001" && r.title === "CSTDCS")).toMatchObject({ stale: false, review: { status: "APPROVED", reviewedAt: "2025-11-21T08:00:00" } });
  });
});
