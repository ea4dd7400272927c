import {
  approvedKeys,
  carryOverReviews,
  currentStamps,
  readProposalSheet,
  reconcileReviews,
  readFactsSheet,
  prepareReview,
  applyReview,
  type CarriedRow,
  type FactValue,
  staleNote,
} from "../../../src/core/review";
import { load, type Variant } from "./fixture";
import { nextRows, rankInto, renderVi, shuffleColumns, typeInto } from "./helpers";

/** First ranking, then three people review: CB001 CSTDCS and KV01 approved, CB003 returned, CB002 commented only. */
function reviewed() {
  const first = load();
  const out = rankInto(first.data, first.rank);
  let p = out.proposals;
  p = typeInto(p, "CB001", "CSTDCS", { status: "Đồng ý", reviewer: "Trưởng phòng Hà", reviewedAt: "20/11/2025 09:30", comment: "" });
  p = typeInto(p, "CB001", "LDTT", { status: "dong y", reviewer: "Hà", reviewedAt: "20/11/2025 09:31" });
  p = typeInto(p, "CB002", "LDTT", { comment: "Xem lại minh chứng" });
  p = typeInto(p, "CB003", "CSTDCS", { status: "Trả lại", reviewer: "Ủy viên Minh", reviewedAt: "21/11/2025 14:00", comment: "Thiếu biên bản bình xét" });
  p = typeInto(p, "KV01", "TTLDTT", { status: "Đồng ý", reviewer: "Hà", reviewedAt: "21/11/2025 15:00" });
  return { proposals: p, facts: out.facts };
}

const byKey = (rows: ReadonlyArray<CarriedRow>) => new Map(rows.map((r) => [`${r.subject}|${r.title}`, r]));
const staleKeys = (rows: ReadonlyArray<CarriedRow>) => rows.filter((r) => r.stale).map((r) => `${r.subject}|${r.title}`).sort();

describe("reviews survive re-ranking", () => {
  test("same data: every review is carried, nothing is stale, approvals count", () => {
    const sheets = reviewed();
    const again = load();
    const { result } = rankInto(again.data, again.rank, sheets);
    const rows = byKey(result.rows);
    expect(rows.get("CB001|CSTDCS")!.review).toMatchObject({ status: "APPROVED", statusText: "Đồng ý", reviewer: "Trưởng phòng Hà", reviewedAt: "2025-11-20T09:30:00" });
    expect(rows.get("CB001|LDTT")!.review.statusText).toBe("Đồng ý");
    expect(rows.get("CB002|LDTT")!.review).toMatchObject({ status: "PENDING", comment: "Xem lại minh chứng" });
    expect(rows.get("CB003|CSTDCS")!.review).toMatchObject({ status: "RETURNED", comment: "Thiếu biên bản bình xét" });
    expect(staleKeys(result.rows)).toEqual([]);
    expect(result.summary).toEqual({ carried: 5, stale: 0, orphans: 0 });
    expect([...approvedKeys(result.rows)].sort()).toEqual(["CB001|CSTDCS", "CB001|LDTT", "KV01|TTLDTT"]);
  });

  test("the previous sheet may have its columns reordered and an extra column", () => {
    const sheets = reviewed();
    const shuffled = shuffleColumns(sheets.proposals, [12, 7, 1, 4, 0, 2, 3, 5, 6, 8, 9, 10, 11]);
    const again = load();
    const { result } = rankInto(again.data, again.rank, { ...sheets, proposals: shuffled });
    expect([...approvedKeys(result.rows)].sort()).toEqual(["CB001|CSTDCS", "CB001|LDTT", "KV01|TTLDTT"]);
    expect(staleKeys(result.rows)).toEqual([]);
  });

  test("a cosmetic change of the tracking data marks no row stale", () => {
    const sheets = reviewed();
    const variant: Variant = { reverseColumns: true, serialDates: true, fractionPercents: true, plainHeaders: true, reverseRows: true, extraColumn: true };
    const again = load(variant);
    const { result } = rankInto(again.data, again.rank, sheets);
    expect(staleKeys(result.rows)).toEqual([]);
    expect(result.rows.every((r) => r.systemNote === "")).toBe(true);
    expect(approvedKeys(result.rows).size).toBe(3);
  });
});

describe("stale after an edit", () => {
  test("CB001's 2023 rating changed: exactly CB001 CSTDCS is stale, and the note names the cell and the values", () => {
    const sheets = reviewed();
    const edited = load({ edits: [["Xếp loại", 0, "Xếp loại", "HTTNV"]] });
    const { result } = rankInto(edited.data, edited.rank, sheets);
    expect(staleKeys(result.rows)).toEqual(["CB001|CSTDCS"]);
    const row = byKey(result.rows).get("CB001|CSTDCS")!;
    expect(row.systemNote).toBe("Dữ liệu đã thay đổi sau khi rà soát: Xếp loại!C2 (2023, CB001 · Xếp loại): HTXSNV → HTTNV. Cần rà soát lại; ý kiến cũ chưa được tính.");
    expect(row.review.status).toBe("APPROVED"); // the review is kept …
    expect(approvedKeys(result.rows).has("CB001|CSTDCS")).toBe(false); // … but does not count
    expect([...approvedKeys(result.rows)].sort()).toEqual(["CB001|LDTT", "KV01|TTLDTT"]);
  });

  test("a changed value in a moved column is named at its new address", () => {
    const sheets = reviewed();
    const edited = load({ reverseColumns: true, edits: [["Bình xét", 1, "Số phiếu đồng ý", 10]] });
    const { result } = rankInto(edited.data, edited.rank, sheets);
    expect(staleKeys(result.rows)).toEqual(["CB003|CSTDCS"]);
    // The record's key in plain words (QA: it read "CSTDCS, CO_SO", the product's internal codes).
    expect(byKey(result.rows).get("CB003|CSTDCS")!.systemNote).toContain("Bình xét!B3 (2025, CB003, Chiến sĩ thi đua cơ sở, Cơ sở · Số phiếu đồng ý): 7 → 10");
  });

  test("enum codes in a note are shown as the sheet shows them; ratings stay codes, dates are dd/mm/yyyy (QA)", () => {
    const at = (id: string, from: FactValue, to: FactValue) => staleNote([{ kind: "fact-changed", id, cell: "X!A1", from, to }], renderVi);
    expect(at("initiatives|SK2025-01|scope", "BO_TINH", "CO_SO")).toContain("X!A1 (SK2025-01 · Phạm vi): Bộ, ngành, tỉnh → Cơ sở");
    expect(at("initiatives|SK2025-01|kind", "SANG_KIEN", "DE_TAI")).toContain("(SK2025-01 · Loại): Sáng kiến → Đề tài");
    expect(at("awards|2024|CB001|CSTDCS|CONG_TRANG|title", "CSTDCS", "LDTT")).toContain("(2024, CB001, Chiến sĩ thi đua cơ sở, Công trạng · Danh hiệu/Hình thức): Chiến sĩ thi đua cơ sở → Lao động tiên tiến");
    expect(at("discipline|CB007|2025-03-01|CANH_CAO|to", "2025-09-01", null)).toContain("(CB007, 01/03/2025, Cảnh cáo · Đến ngày): 01/09/2025 → ∅");
    expect(at("ratings|2023|CB001|rating", "HTXSNV", "HTNV")).toContain("(2023, CB001 · Xếp loại): HTXSNV → HTNV");
    expect(at("ratings|2025|CB001#2|rating", "HTXSNV", "HTNV")).toContain("(2025, CB001#2 · Xếp loại)");
  });

  test("a row nobody reviewed is never stale; it just gets the new stamp", () => {
    const sheets = reviewed();
    const edited = load({ edits: [["Xếp loại", 3, "Xếp loại", "HTXSNV"]] }); // CB002 had only a comment
    const { result } = rankInto(edited.data, edited.rank, sheets);
    expect(staleKeys(result.rows)).toEqual([]);
    const before = readProposalSheet(sheets.proposals).rows.find((r) => r.subject === "CB002")!;
    const after = byKey(result.rows).get("CB002|LDTT")!;
    expect(after.stamp).not.toBe(before.stamp);
    expect(after.review.comment).toBe("Xem lại minh chứng");
  });

  test("staleness survives a further ranking, and a new review clears it", () => {
    const sheets = reviewed();
    const edited = load({ edits: [["Sáng kiến", 0, "Ngày quyết định", "01/07/2025"]] });
    const second = rankInto(edited.data, edited.rank, sheets);
    expect(staleKeys(second.result.rows)).toEqual(["CB001|CSTDCS"]);
    const third = rankInto(edited.data, edited.rank, second);
    expect(staleKeys(third.result.rows)).toEqual(["CB001|CSTDCS"]);
    expect(byKey(third.result.rows).get("CB001|CSTDCS")!.systemNote).toContain("20/06/2025 → 01/07/2025");

    // The head of office approves again, seeing the current data.
    const row = byKey(third.result.rows).get("CB001|CSTDCS")!;
    const prep = prepareReview({ id: "clientA-0001", subject: "CB001", title: "CSTDCS", action: "approve", reviewer: "Hà", time: "2025-11-25T08:00:00", comment: "", stamp: row.currentStamp!, ruleSet: "ND152-2025" }, renderVi);
    if (!prep.ok) throw new Error("refused");
    const state = applyReview({ proposals: third.result.rows, log: [] }, prep.value);
    const reRows = state.proposals.map((c) => ({ ...third.result.rows.find((r) => r.subject === c.subject && r.title === c.title)!, ...c }));
    const fourth = carryOverReviews({ next: nextRows(edited.data, edited.rank), previous: reRows.map((r) => ({ ...r, row: null })), store: third.result.store, render: renderVi });
    expect(staleKeys(fourth.rows)).toEqual([]);
    expect(approvedKeys(fourth.rows).has("CB001|CSTDCS")).toBe(true);
  });

  test("a status change and several facts are named; beyond five the rest are counted", () => {
    const sheets = reviewed();
    const edited = load({
      edits: [
        ["Xếp loại", 0, "Xếp loại", "HTNV"],
        ["Xếp loại", 1, "Xếp loại", "HTNV"],
        ["Xếp loại", 2, "Xếp loại", "HTNV"],
        ["Bình xét", 0, "Số phiếu đồng ý", 5],
        ["Bình xét", 0, "Tổng số thành viên", 12],
        ["Sáng kiến", 0, "Phạm vi", "Toàn quốc"],
      ],
    });
    const { result } = rankInto(edited.data, edited.rank, sheets);
    const note = byKey(result.rows).get("CB001|CSTDCS")!.systemNote;
    expect(note).toMatch(/^Dữ liệu đã thay đổi sau khi rà soát: /);
    expect(note).toContain("Xếp loại!C2 (2023, CB001 · Xếp loại): HTXSNV → HTNV");
    expect(note).toMatch(/và \d+ thay đổi khác/);
    const changes = byKey(result.rows).get("CB001|CSTDCS")!.changes;
    expect(changes.some((c) => c.kind === "status")).toBe(true);
  });

  test("without the remembered facts the row is still stale, and says the facts are unknown", () => {
    const sheets = reviewed();
    const edited = load({ edits: [["Xếp loại", 0, "Xếp loại", "HTTNV"]] });
    const { result } = rankInto(edited.data, edited.rank, { ...sheets, facts: { name: "Dữ kiện rà soát", values: [] } });
    expect(staleKeys(result.rows)).toEqual(["CB001|CSTDCS"]);
    expect(byKey(result.rows).get("CB001|CSTDCS")!.systemNote).toContain("không còn lưu dữ kiện lúc rà soát");
  });

  test("a hand-edited facts row is not trusted (its record no longer hashes to its stamp)", () => {
    const sheets = reviewed();
    const stamp = readProposalSheet(sheets.proposals).rows.find((r) => r.subject === "CB001" && r.title === "CSTDCS")!.stamp;
    const tampered = { ...sheets.facts, values: sheets.facts.values.map((r) => (r[0] === stamp ? [r[0], String(r[1]).replace("HTXSNV", "HTTNV")] : r)) };
    expect(tampered.values).not.toEqual(sheets.facts.values);
    const store = readFactsSheet(tampered);
    expect(store.has(stamp)).toBe(false);
    expect(store.size).toBe(readFactsSheet(sheets.facts).size - 1);
    const edited = load({ edits: [["Xếp loại", 0, "Xếp loại", "HTTNV"]] });
    const { result } = rankInto(edited.data, edited.rank, { ...sheets, facts: tampered });
    expect(staleKeys(result.rows)).toEqual(["CB001|CSTDCS"]);
    expect(byKey(result.rows).get("CB001|CSTDCS")!.systemNote).toContain("không còn lưu dữ kiện lúc rà soát");
  });
});

describe("proposals that leave the list", () => {
  test("a reviewed proposal no longer proposed is kept at the end, marked, never approved", () => {
    const sheets = reviewed();
    const again = load();
    const next = nextRows(again.data, again.rank).filter((n) => !(n.subject === "KV01"));
    const prev = readProposalSheet(sheets.proposals).rows;
    const result = carryOverReviews({ next, previous: prev, store: readFactsSheet(sheets.facts), current: currentStamps(again.data, again.rank), render: renderVi });
    const last = result.rows[result.rows.length - 1];
    expect(last).toMatchObject({ subject: "KV01", title: "TTLDTT", orphan: true, stale: true });
    expect(last.systemNote).toBe("Không còn trong danh sách đề nghị ở lần xếp hạng này; ý kiến rà soát được giữ lại để đối chiếu.");
    expect(approvedKeys(result.rows).has("KV01|TTLDTT")).toBe(false);
    expect(result.summary.orphans).toBe(1);
  });

  test("unreviewed rows that left the list are dropped", () => {
    const sheets = reviewed();
    const again = load();
    const next = nextRows(again.data, again.rank).filter((n) => n.subject !== "KV02");
    const result = carryOverReviews({ next, previous: readProposalSheet(sheets.proposals).rows, store: new Map(), render: renderVi });
    expect(result.rows.some((r) => r.subject === "KV02")).toBe(false);
  });
});

describe("reconcile (generate --approved-only)", () => {
  test("an existing Đề nghị checked against edited data: approvals of changed facts drop out", () => {
    const sheets = reviewed();
    const edited = load({ edits: [["Xếp loại", 5, "Xếp loại", "HTTNV"]] }); // KV01's rating
    const result = reconcileReviews(readProposalSheet(sheets.proposals).rows, readFactsSheet(sheets.facts), currentStamps(edited.data, edited.rank), renderVi);
    expect([...approvedKeys(result.rows)].sort()).toEqual(["CB001|CSTDCS", "CB001|LDTT"]);
    expect(staleKeys(result.rows)).toEqual(["KV01|TTLDTT"]);
  });
});
