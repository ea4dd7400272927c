import { filterReviewRows, needsReview, reviewsOfWorkbook } from "../../../src/core/review";
import type { WorkbookGrids } from "../../../src/core/grid";
import { load, workbook, type Variant } from "./fixture";
import { rankInto, renderVi, typeInto } from "./helpers";

function reviewedWorkbook(edit: Variant = {}): { grids: WorkbookGrids; v: Variant } {
  const first = load();
  const out = rankInto(first.data, first.rank);
  let p = out.proposals;
  p = typeInto(p, "CB001", "CSTDCS", { status: "Đồng ý", reviewer: "Hà", reviewedAt: "20/11/2025 09:30" });
  p = typeInto(p, "CB002", "LDTT", { status: "Đồng ý", reviewer: "Hà", reviewedAt: "20/11/2025 09:35" });
  p = typeInto(p, "CB003", "CSTDCS", { status: "Trả lại", reviewer: "Minh", reviewedAt: "20/11/2025 10:00", comment: "Thiếu biên bản" });
  const grids = workbook(edit);
  return { grids: { sheets: [...grids.sheets, p, out.facts] }, v: edit };
}

describe("reviews of a workbook, checked against its current data", () => {
  test("unchanged data: the approvals count", () => {
    const { grids } = reviewedWorkbook();
    const { data, rank } = load();
    const r = reviewsOfWorkbook(grids, data, rank, renderVi);
    expect(r.found).toBe(true);
    expect([...r.approved].sort()).toEqual(["CB001|CSTDCS", "CB002|LDTT"]);
    expect(r.counts).toEqual({ rows: 6, approved: 2, returned: 1, waiting: 3, stale: 0 });
  });

  test("a fact edited after the approval (in the same workbook, without re-ranking) drops exactly that approval", () => {
    const edit: Variant = { edits: [["Xếp loại", 3, "Xếp loại", "HTNV"]] }; // CB002's 2025 rating
    const { grids } = reviewedWorkbook(edit);
    const { data, rank } = load(edit);
    const r = reviewsOfWorkbook(grids, data, rank, renderVi);
    expect([...r.approved]).toEqual(["CB001|CSTDCS"]);
    expect(r.rows.filter((x) => x.stale).map((x) => x.subject)).toEqual(["CB002"]);
    expect(r.rows.find((x) => x.subject === "CB002")!.systemNote).toContain("HTTNV → HTNV");
  });

  test("no Đề nghị sheet: nothing approved, and it says so", () => {
    const { data, rank } = load();
    const r = reviewsOfWorkbook(workbook(), data, rank, renderVi);
    expect(r.found).toBe(false);
    expect(r.approved.size).toBe(0);
  });

  test("filters of the Rà soát list", () => {
    const edit: Variant = { edits: [["Xếp loại", 3, "Xếp loại", "HTNV"]] };
    const { grids } = reviewedWorkbook(edit);
    const { data, rank } = load(edit);
    const rows = reviewsOfWorkbook(grids, data, rank, renderVi).rows;
    expect(filterReviewRows(rows, { statuses: ["RETURNED"] }).map((r) => r.subject)).toEqual(["CB003"]);
    expect(filterReviewRows(rows, { titles: ["TTLDTT"] }).map((r) => r.subject)).toEqual(["KV01", "KV02"]);
    expect(filterReviewRows(rows, { staleOnly: true }).map((r) => r.subject)).toEqual(["CB002"]);
    expect(filterReviewRows(rows, { text: "bien ban" }).map((r) => r.subject)).toEqual(["CB003"]);
    expect(filterReviewRows(rows, { text: "nguyen an" }).map((r) => `${r.subject}|${r.title}`)).toEqual(["CB001|CSTDCS", "CB001|LDTT"]);
    expect(needsReview(rows).map((r) => `${r.subject}|${r.title}`)).toEqual(["CB001|LDTT", "CB002|LDTT", "KV01|TTLDTT", "KV02|TTLDTT"]);
  });
});
