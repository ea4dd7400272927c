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
    // The message says which row's review the product used (here the later one, row 8), not just "the newer".
    expect(render(t, read.issues[0].message)).toBe(
      "Đề nghị CB001 – Chiến sĩ thi đua cơ sở xuất hiện lần nữa (lần đầu ở dòng 2); phần mềm dùng ý kiến rà soát ở dòng 8 (thời gian rà soát muộn hơn; dòng không ghi thời gian được coi là cũ hơn).",
    );
  });

  test("a duplicate without a time loses to the first row with one, and the message names the row used (QA)", () => {
    const g = typeInto(written(), "CB001", "CSTDCS", { status: "Đồng ý", reviewedAt: "01/12/2025 08:00" });
    const dup = [...g.values[1]];
    dup[7] = "Trả lại";
    dup[9] = "";
    dup[10] = "thiếu minh chứng";
    const third = [...dup];
    third[10] = "thiếu minh chứng (2)";
    const read = readProposalSheet({ ...g, values: [...g.values, dup, third] });
    expect(read.rows[0].review.status).toBe("APPROVED");
    const messages = read.issues.map((i) => render(t, i.message));
    // Both later rows point back at the real first row (2), and at the row whose review counts (also 2).
    expect(messages).toEqual([expect.stringContaining("(lần đầu ở dòng 2); phần mềm dùng ý kiến rà soát ở dòng 2 "), expect.stringContaining("(lần đầu ở dòng 2); phần mềm dùng ý kiến rà soát ở dòng 2 ")]);
  });

  test("an approval whose Dấu dữ liệu cell was deleted is reported on that cell, with how to review it again (QA)", () => {
    let g = typeInto(written(), "CB001", "CSTDCS", { status: "Đồng ý", reviewer: "Hà", stamp: "" });
    g = typeInto(g, "CB001", "LDTT", { status: "Trả lại", reviewer: "Hà", comment: "thiếu QĐ", stamp: "" });
    const read = readProposalSheet(g);
    // Only the approval: a return without a stamp approves nothing either way.
    expect(read.issues).toEqual([expect.objectContaining({ code: "REQUIRED", severity: "warning", sheet: "Đề nghị", cell: "L2", row: 2, column: "Dấu dữ liệu" })]);
    expect(render(t, read.issues[0].message)).toContain("Đề nghị CB001 – Chiến sĩ thi đua cơ sở đã được Đồng ý nhưng ô Dấu dữ liệu trống");
    expect(render(t, read.issues[0].hint)).toContain("đặt Trạng thái rà soát về Chờ rà soát, chạy thidua rank --out");
  });

  test("without the Dấu dữ liệu column, one warning on the header row counts the approvals that cannot count (QA)", () => {
    let g = typeInto(written(), "CB001", "CSTDCS", { status: "Đồng ý" });
    g = typeInto(g, "CB002", "LDTT", { status: "Duyệt" });
    const cut: SheetGrid = { ...g, values: g.values.map((r) => r.filter((_, c) => c !== 11)) };
    const read = readProposalSheet(cut);
    expect(read.rows).toHaveLength(6);
    expect(read.issues).toEqual([expect.objectContaining({ code: "REQUIRED", cell: null, row: 1, column: "Dấu dữ liệu" })]);
    expect(render(t, read.issues[0].message)).toBe("Sheet \"Đề nghị\" không có cột \"Dấu dữ liệu\" ở dòng tiêu đề (dòng 1), nên 2 ý kiến Đồng ý trong sheet không đối chiếu được với dữ liệu và chưa được tính.");
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
