import { readProposalSheet, proposalSheetValues, REVIEW_STATUS_LABELS, parseReviewStatus } from "../../../src/core/review";
import type { SheetGrid } from "../../../src/core/grid";
import { load } from "./fixture";
import { rankInto, t, typeInto } from "./helpers";
import { render } from "../../../src/i18n";

function written(): SheetGrid {
  const { data, rank } = load();
  return rankInto(data, rank).proposals;
}

describe("reading back Đề nghị", () => {
  test("the product's own sheet reads back to the same rows, waiting for review", () => {
    const read = readProposalSheet(written());
    expect(read.issues).toEqual([]);
    expect(read.rows.map((r) => `${r.subject}|${r.title}`)).toEqual(["CB001|CSTDCS", "CB001|LDTT", "CB002|LDTT", "CB003|CSTDCS", "KV01|TTLDTT", "KV02|TTLDTT"]);
    expect(read.rows.every((r) => r.review.status === "PENDING" && r.review.statusText === REVIEW_STATUS_LABELS.PENDING)).toBe(true);
    expect(read.rows[0].row).toBe(2);
    expect(read.layout?.columns.status).toBe(7);
  });

  test("header written without diacritics, a title banner above, an offset used range", () => {
    const g = written();
    const header = g.values[0].map((h) => String(h).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toUpperCase());
    const grid: SheetGrid = { name: "De nghi", values: [["DANH SÁCH ĐỀ NGHỊ"], header, ...g.values.slice(1)], rowOffset: 2, colOffset: 1 };
    const read = readProposalSheet(grid);
    expect(read.rows).toHaveLength(6);
    expect(read.rows[0].row).toBe(5);
    expect(read.layout?.columns.subject).toBe(2);
  });

  test("states are read with any spelling; an unknown one is kept as typed and reported", () => {
    let g = written();
    g = typeInto(g, "CB001", "CSTDCS", { status: "ĐỒNG Ý" });
    g = typeInto(g, "CB001", "LDTT", { status: "tra lai", comment: "thiếu QĐ" });
    g = typeInto(g, "CB002", "LDTT", { status: "Xem xét sau" });
    const read = readProposalSheet(g);
    expect(read.rows.map((r) => r.review.status)).toEqual(["APPROVED", "RETURNED", null, "PENDING", "PENDING", "PENDING"]);
    expect(read.rows[2].review.statusText).toBe("Xem xét sau");
    expect(read.issues).toHaveLength(1);
    expect(read.issues[0]).toMatchObject({ code: "TYPE_ENUM", severity: "warning", sheet: "Đề nghị", cell: "H4", row: 4, column: "Trạng thái rà soát", value: "Xem xét sau" });
    expect(render(t, read.issues[0].hint)).toContain("Chờ rà soát; Đồng ý; Trả lại");
  });

  test("returning without Ý kiến is reported on the Ý kiến cell", () => {
    const g = typeInto(written(), "CB003", "CSTDCS", { status: "Trả lại", reviewer: "Minh" });
    const read = readProposalSheet(g);
    expect(read.issues).toEqual([expect.objectContaining({ code: "REQUIRED", cell: "K5", row: 5, column: "Ý kiến" })]);
    expect(render(t, read.issues[0].message)).toBe("Đề nghị CB003 – Chiến sĩ thi đua cơ sở bị trả lại nhưng chưa có Ý kiến.");
  });

  test("time as text or as an Excel serial; unreadable time reported", () => {
    let g = written();
    g = typeInto(g, "CB001", "CSTDCS", { status: "Đồng ý", reviewedAt: "05/12/2025 7:05" });
    g = typeInto(g, "CB001", "LDTT", { status: "Đồng ý", reviewedAt: 46000.5 });
    g = typeInto(g, "CB002", "LDTT", { status: "Đồng ý", reviewedAt: "hôm qua" });
    const read = readProposalSheet(g);
    expect(read.rows[0].review.reviewedAt).toBe("2025-12-05T07:05:00");
    expect(read.rows[1].review.reviewedAt).toBe("2025-12-09T12:00:00");
    expect(read.rows[2].review).toMatchObject({ reviewedAt: null, reviewedAtText: "hôm qua" });
    expect(read.issues.map((i) => i.code)).toEqual(["TYPE_DATE"]);
  });

  test("a duplicated row is reported and the more recent review wins", () => {
    const g = typeInto(written(), "CB001", "CSTDCS", { status: "Trả lại", comment: "cũ", reviewedAt: "01/12/2025 08:00" });
    const dup = [...g.values[1]];
    dup[7] = "Đồng ý";
    dup[9] = "02/12/2025 08:00";
    dup[10] = "";
    const read = readProposalSheet({ ...g, values: [...g.values, dup] });
    expect(read.rows).toHaveLength(6);
    expect(read.rows[0].review.status).toBe("APPROVED");
    expect(read.issues.map((i) => [i.code, i.row])).toEqual([["DUPLICATE_KEY", 8]]);
  });

  test("a sheet without the review status column gives one warning and no rows", () => {
    const g = written();
    const cut: SheetGrid = { ...g, values: g.values.map((r) => r.filter((_, c) => c !== 7)) };
    const read = readProposalSheet(cut);
    expect(read.rows).toEqual([]);
    expect(read.issues).toEqual([expect.objectContaining({ code: "COLUMN_MISSING", column: "Trạng thái rà soát", row: 1 })]);
  });

  test("notes typed below the table are not proposals", () => {
    const g = written();
    const read = readProposalSheet({ ...g, values: [...g.values, [], ["", "", "Ghi chú: họp ngày 20/11"]] });
    expect(read.rows).toHaveLength(6);
    expect(read.issues).toEqual([]);
  });

  test("writing then reading is the identity on the review part", () => {
    let g = written();
    g = typeInto(g, "KV02", "TTLDTT", { status: "Trả lại", reviewer: "Hà", reviewedAt: "2025-11-30T16:45:10", comment: "Bổ sung báo cáo" });
    const rows = readProposalSheet(g).rows;
    const again = readProposalSheet({ name: "Đề nghị", values: proposalSheetValues(rows.map((r) => ({ ...r, currentStamp: r.stamp, stale: false, changes: [], orphan: false }))) }).rows;
    expect(again.map((r) => ({ ...r.review }))).toEqual(rows.map((r) => ({ ...r.review })));
    expect(again[5].review.reviewedAt).toBe("2025-11-30T16:45:10");
  });
});

describe("review states", () => {
  test.each([
    ["", "PENDING"],
    ["Chờ rà soát", "PENDING"],
    ["cho ra soat", "PENDING"],
    ["Đồng ý", "APPROVED"],
    ["DONG Y.", "APPROVED"],
    ["Approved", "APPROVED"],
    ["Trả lại", "RETURNED"],
    ["Không đồng ý", "RETURNED"],
    ["có lẽ", null],
  ])("%s → %s", (text, code) => {
    expect(parseReviewStatus(text)).toBe(code);
  });
});
