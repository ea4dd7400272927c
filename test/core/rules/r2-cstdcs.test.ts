import { render, translator } from "../../../src/i18n";
import { decision, reasons, workbook } from "./builders";

const vi = translator("vi");

/** A person rated `rating` in 2025 with a CSTDCS vote of votesFor/members. */
const voted = (votesFor: number, members: number | "", rating = "HTXSNV") =>
  workbook().person("CB001").rating(2025, "CB001", rating).vote(2025, "CB001", "CSTDCS", votesFor, members);

describe("R2 CSTDCS and its council vote (C2: share of ALL members)", () => {
  test.each([
    [8, 10, "eligible"],
    [7, 10, "not-eligible"],
    [9, 10, "eligible"],
    [12, 15, "eligible"], // exactly 80 %
    [11, 15, "not-eligible"], // 73.3 %
    [4, 5, "eligible"],
    [3, 5, "not-eligible"],
    [17, 21, "eligible"], // 80.95 %
    [16, 21, "not-eligible"], // 76.2 %
  ])("%d/%d votes → %s", (votesFor, members, status) => {
    expect(decision(voted(votesFor, members), "CB001", "CSTDCS").status).toBe(status);
  });

  test("absent members count in the denominator: 7 of 9 present voting for, of 10 members, is 70 %", () => {
    const b = workbook().person("CB001").rating(2025, "CB001", "HTXSNV");
    const d = decision(b.vote(2025, "CB001", "CSTDCS", 7, 10), "CB001", "CSTDCS");
    expect(d.status).toBe("not-eligible");
    const c2 = reasons(d, "C2")[0];
    expect(c2.outcome).toBe("fail");
    expect(render(vi, c2.text)).toBe("Hội đồng cơ sở: 7/10 phiếu đồng ý (70 %), dưới ngưỡng 80 % tổng số thành viên");
    expect(d.nearMiss.map((m) => render(vi, m))).toEqual(["cần ít nhất 8/10 phiếu đồng ý (ngưỡng 80 %), còn thiếu 1 phiếu"]);
    expect(c2.cells).toEqual(["Bình xét!C2", "Bình xét!D2", "Bình xét!E2", "Bình xét!F2"]);
  });

  test("the total falls back to Số thành viên Hội đồng, and that cell is listed", () => {
    const b = voted(8, "").setting("Số thành viên Hội đồng", 10);
    const d = decision(b, "CB001", "CSTDCS");
    expect(d.status).toBe("eligible");
    expect(reasons(d, "C2")[0].cells).toContain("Cấu hình!B3");
    expect(decision(voted(8, "").setting("Số thành viên Hội đồng", 11), "CB001", "CSTDCS").status).toBe("not-eligible");
  });

  test("no total at all → pending (missing data)", () => {
    const d = decision(voted(8, ""), "CB001", "CSTDCS");
    expect(d.status).toBe("pending");
    expect(reasons(d, "C2")[0].outcome).toBe("missing");
  });

  test("no vote row → pending with 'thiếu phiếu bình xét'; a vote row of another title or year does not count", () => {
    const b = workbook().person("CB001").rating(2025, "CB001", "HTXSNV").vote(2024, "CB001", "CSTDCS", 10, 10).vote(2025, "CB001", "LDTT", 10, 10);
    const d = decision(b, "CB001", "CSTDCS");
    expect(d.status).toBe("pending");
    expect(d.nearMiss.map((m) => render(vi, m))).toEqual(["thiếu phiếu bình xét của Hội đồng cho CSTĐCS năm 2025 (sheet Bình xét)"]);
  });

  test("a failing standard makes a missing vote not-eligible (fail beats missing)", () => {
    const b = workbook().person("CB001").rating(2025, "CB001", "HTTNV");
    const d = decision(b, "CB001", "CSTDCS");
    expect(d.status).toBe("not-eligible");
    expect(d.nearMiss.map((m) => render(vi, m))).toEqual([
      "cần xếp loại HTXSNV năm 2025 hoặc 1 sáng kiến/đề tài cấp cơ sở trở lên được công nhận năm 2025",
      "thiếu phiếu bình xét của Hội đồng cho CSTĐCS năm 2025 (sheet Bình xét)",
    ]);
  });

  test("the threshold is a parameter (Ngưỡng phiếu CSTĐCS)", () => {
    expect(decision(voted(7, 10).setting("Ngưỡng phiếu CSTĐCS", "70%"), "CB001", "CSTDCS").status).toBe("eligible");
    expect(decision(voted(8, 10).setting("Ngưỡng phiếu CSTĐCS", "85%"), "CB001", "CSTDCS").status).toBe("not-eligible");
  });

  test("HTTNV with an initiative (or research project) of scope ≥ CO_SO recognised in Y", () => {
    const b = voted(9, 10, "HTTNV");
    expect(decision(b, "CB001", "CSTDCS").status).toBe("not-eligible");
    expect(decision(voted(9, 10, "HTTNV").initiative("SK01", { authors: "CB002; cb001", year: 2025 }), "CB001", "CSTDCS").status).toBe("eligible");
    expect(decision(voted(9, 10, "HTTNV").initiative("DT01", { authors: "CB001", year: 2025, kind: "Đề tài", scope: "Bộ, ngành, tỉnh" }), "CB001", "CSTDCS").status).toBe("eligible");
    expect(decision(voted(9, 10, "HTTNV").initiative("SK01", { authors: "CB001", year: 2024 }), "CB001", "CSTDCS").status).toBe("not-eligible");
    expect(decision(voted(9, 10, "HTTNV").initiative("SK01", { authors: "CB002", year: 2025 }), "CB001", "CSTDCS").status).toBe("not-eligible");
  });

  test("LDTT not met → not-eligible; LDTT pending → pending with LDTT's missing fact", () => {
    expect(decision(voted(10, 10, "HTNV").initiative("SK01", { authors: "CB001", year: 2025 }), "CB001", "CSTDCS").status).toBe("not-eligible");
    const b = workbook().person("CB001").initiative("SK01", { authors: "CB001", year: 2025 }).vote(2025, "CB001", "CSTDCS", 10, 10);
    const d = decision(b, "CB001", "CSTDCS");
    expect(d.status).toBe("pending");
    expect(d.nearMiss.map((m) => render(vi, m))).toEqual(["cần nhập xếp loại năm 2025 (sheet Xếp loại)"]);
  });

  test("C3: a missing HTXSNV decision number or initiative decision number is a warning, never a status change", () => {
    const b = workbook().person("CB001").rating(2025, "CB001", "HTXSNV", "").vote(2025, "CB001", "CSTDCS", 10, 10);
    const d = decision(b, "CB001", "CSTDCS");
    expect(d.status).toBe("eligible");
    expect(d.reasons.flatMap((r) => r.warnings ?? []).map((w) => render(vi, w))).toEqual(["Thiếu số quyết định xếp loại HTXSNV năm 2025 (cần cho hồ sơ đề nghị)"]);
    const b2 = voted(10, 10, "HTTNV").initiative("SK01", { authors: "CB001", year: 2025, decisionNo: "" });
    const d2 = decision(b2, "CB001", "CSTDCS");
    expect(d2.status).toBe("eligible");
    expect(d2.reasons.flatMap((r) => r.warnings ?? []).map((w) => render(vi, w))).toEqual([
      "Thiếu số quyết định công nhận sáng kiến SK01 (cần cho hồ sơ đề nghị)",
    ]);
  });

  test("R13: an initiative already used for a form of commendation cannot back the title", () => {
    const b = voted(10, 10, "HTTNV").initiative("SK01", { authors: "CB001", year: 2025 }).award(2025, "CB001", "Giấy khen", { initiatives: "SK01" });
    const d = decision(b, "CB001", "CSTDCS");
    expect(d.status).toBe("not-eligible");
    const r13 = reasons(d, "R13")[0];
    expect(r13.outcome).toBe("fail");
    expect(r13.source).toBe("CV 5007/BNV-TĐKT mục III.5.c");
    expect(d.nearMiss.map((m) => render(vi, m))).toContain("cần sáng kiến khác thay cho SK01 (đã dùng cho Giấy khen năm 2025)");
  });

  test("R13: reuse title → title is allowed with a warning", () => {
    const b = voted(10, 10, "HTTNV").initiative("SK01", { authors: "CB001", year: 2025 }).award(2025, "CB001", "LĐTT", { initiatives: "SK01" });
    const d = decision(b, "CB001", "CSTDCS");
    expect(d.status).toBe("eligible");
    expect(reasons(d, "R13")[0].warnings?.map((w) => render(vi, w))).toEqual(["Sáng kiến SK01 đã dùng cho LĐTT năm 2025"]);
  });

  test("the same use recorded again (a re-run after the award was entered) is not a reuse", () => {
    const b = voted(10, 10, "HTTNV").initiative("SK01", { authors: "CB001", year: 2025 }).award(2025, "CB001", "CSTDCS", { initiatives: "SK01" });
    const d = decision(b, "CB001", "CSTDCS");
    expect(d.status).toBe("eligible");
    expect(reasons(d, "R13")[0].warnings).toBeUndefined();
  });

  test("R9: while LDTT is on hold, R2 says it is on hold — not that LDTT was not achieved", () => {
    const b = workbook().person("CB001").rating(2025, "CB001", "HTXSNV").vote(2025, "CB001", "CSTDCS", 10, 10).discipline("CB001", "Đang xem xét", "20/11/2025");
    const d = decision(b, "CB001", "CSTDCS");
    expect(d.status).toBe("hold");
    const texts = reasons(d, "R2").map((r) => render(vi, r.text));
    expect(texts).toContain("LĐTT năm 2025 đang tạm dừng xét (đang xem xét kỷ luật, thanh tra hoặc khiếu nại)");
    expect(texts).not.toContain("Không đạt LĐTT năm 2025");
  });
});
