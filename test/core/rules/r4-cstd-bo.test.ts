import { render, translator } from "../../../src/i18n";
import { decideAll, decision, decisionOf, reasons, workbook } from "./builders";

const vi = translator("vi");

/** CSTDCS recorded 2023 and 2024, eligible for 2025 (HTXSNV, 10/10), a BO_TINH initiative in 2024, CSTD_BO vote. */
const candidate = (cstdBoVotes = 9, members = 10) =>
  workbook()
    .person("CB001")
    .ratings("CB001", [2023, 2024, 2025], "HTXSNV")
    .awards("CB001", "CSTDCS", [2023, 2024])
    .vote(2025, "CB001", "CSTDCS", 10, 10)
    .initiative("SK01", { authors: "CB001", year: 2024, scope: "Bộ, ngành, tỉnh" })
    .vote(2025, "CB001", "CSTD_BO", cstdBoVotes, members);

describe("R4 CSTD_BO", () => {
  test("CSTDCS 2023 and 2024 recorded + CSTDCS eligible 2025 + BO_TINH initiative + 9/10 → eligible", () => {
    const d = decision(candidate(), "CB001", "CSTD_BO");
    expect(d.status).toBe("eligible");
    expect(render(vi, reasons(d, "R4")[0].text)).toBe("CSTĐCS 3 năm liên tục 2023–2025");
    expect(reasons(d, "R4")[0].source).toBe("Luật TĐKT 2022 Điều 22");
    expect(d.nearMiss).toEqual([]);
  });

  test.each([
    [9, 10, "eligible"],
    [8, 10, "not-eligible"],
    [10, 10, "eligible"],
    [18, 20, "eligible"],
    [17, 20, "not-eligible"],
  ])("vote %d/%d → %s (90 %% of all members)", (v, m, status) => {
    expect(decision(candidate(v, m), "CB001", "CSTD_BO").status).toBe(status);
  });

  test("CSTDCS recorded for Y itself counts even without this run's vote", () => {
    const b = workbook()
      .person("CB001")
      .ratings("CB001", [2023, 2024, 2025], "HTXSNV")
      .awards("CB001", "CSTDCS", [2023, 2024, 2025])
      .initiative("SK01", { authors: "CB001", year: 2023, scope: "Bộ, ngành, tỉnh" })
      .vote(2025, "CB001", "CSTD_BO", 9, 10);
    expect(decision(b, "CB001", "CSTD_BO").status).toBe("eligible");
  });

  test("a gap breaks the streak; the near-miss names the year", () => {
    const b = workbook()
      .person("CB001")
      .ratings("CB001", [2023, 2024, 2025], "HTXSNV")
      .awards("CB001", "CSTDCS", [2022, 2024])
      .vote(2025, "CB001", "CSTDCS", 10, 10)
      .initiative("SK01", { authors: "CB001", year: 2024, scope: "Bộ, ngành, tỉnh" })
      .vote(2025, "CB001", "CSTD_BO", 9, 10);
    const d = decision(b, "CB001", "CSTD_BO");
    expect(d.status).toBe("not-eligible");
    expect(d.nearMiss.map((m) => render(vi, m))).toEqual(["cần CSTĐCS năm 2023"]);
  });

  test("Y's own CSTDCS pending (no vote row) → CSTD_BO pending, with what CSTDCS lacks", () => {
    const b = workbook()
      .person("CB001")
      .ratings("CB001", [2023, 2024, 2025], "HTXSNV")
      .awards("CB001", "CSTDCS", [2023, 2024])
      .initiative("SK01", { authors: "CB001", year: 2024, scope: "Bộ, ngành, tỉnh" })
      .vote(2025, "CB001", "CSTD_BO", 9, 10);
    const d = decision(b, "CB001", "CSTD_BO");
    expect(d.status).toBe("pending");
    expect(d.nearMiss.map((m) => render(vi, m))).toEqual(["thiếu phiếu bình xét của Hội đồng cho CSTĐCS năm 2025 (sheet Bình xét)"]);
  });

  test("Y's own CSTDCS not eligible → CSTD_BO not eligible", () => {
    const d = decision(candidate().vote(2025, "CB001", "CSTDCS", 7, 10), "CB001", "CSTD_BO");
    // The lower vote row (7/10) of the duplicate key decides, whatever the row order.
    expect(d.status).toBe("not-eligible");
  });

  test("R11: an đột xuất CSTDCS does not count towards the streak", () => {
    const b = workbook()
      .person("CB001")
      .ratings("CB001", [2023, 2024, 2025], "HTXSNV")
      .award(2023, "CB001", "CSTDCS")
      .award(2024, "CB001", "CSTDCS", { kind: "Đột xuất" })
      .vote(2025, "CB001", "CSTDCS", 10, 10)
      .initiative("SK01", { authors: "CB001", year: 2024, scope: "Bộ, ngành, tỉnh" })
      .vote(2025, "CB001", "CSTD_BO", 9, 10);
    const d = decision(b, "CB001", "CSTD_BO");
    expect(d.status).toBe("not-eligible");
    const r11 = reasons(d, "R11")[0];
    expect(r11.outcome).toBe("fail");
    expect(render(vi, r11.text)).toBe("CSTĐCS năm 2024 là khen đột xuất: không tính vào danh hiệu công trạng");
    expect(r11.cells).toEqual(["Khen thưởng!C3", "Khen thưởng!D3", "Khen thưởng!F3"]);
  });

  test("R12: a revoked CSTDCS counts nowhere", () => {
    const b = workbook()
      .person("CB001")
      .ratings("CB001", [2023, 2024, 2025], "HTXSNV")
      .award(2023, "CB001", "CSTDCS", { status: "Bị hủy" })
      .award(2024, "CB001", "CSTDCS")
      .vote(2025, "CB001", "CSTDCS", 10, 10)
      .initiative("SK01", { authors: "CB001", year: 2024, scope: "Bộ, ngành, tỉnh" })
      .vote(2025, "CB001", "CSTD_BO", 9, 10);
    const d = decision(b, "CB001", "CSTD_BO");
    expect(d.status).toBe("not-eligible");
    expect(reasons(d, "R12")[0].outcome).toBe("fail");
    expect(d.nearMiss.map((m) => render(vi, m))).toEqual(["cần CSTĐCS năm 2023"]);
  });

  test("a revoked duplicate next to a valid record does not break anything (R12 reported as pass)", () => {
    const d = decision(candidate().award(2023, "CB001", "CSTDCS", { status: "Bị hủy", kind: "Công trạng" }), "CB001", "CSTD_BO");
    expect(d.status).toBe("eligible");
    expect(reasons(d, "R12")[0].outcome).toBe("pass");
  });

  test("R8: khiển trách 15/01/2024–14/07/2024 → 2024 and earlier do not count (domain.md example)", () => {
    const d = decision(candidate().discipline("CB001", "Khiển trách", "15/01/2024", "14/07/2024"), "CB001", "CSTD_BO");
    expect(d.status).toBe("not-eligible");
    const r8 = reasons(d, "R8")[0];
    expect(r8.outcome).toBe("fail");
    expect(render(vi, r8.text)).toBe("Kỷ luật khiển trách đến ngày 14/07/2024: các năm đến 2024 không được tính");
    expect(r8.cells).toEqual(["Kỷ luật!B2", "Kỷ luật!C2", "Kỷ luật!D2"]);
    expect(d.nearMiss.map((m) => render(vi, m))).toContain("các năm đến 2024 không được tính do kỷ luật; sớm nhất đủ chuỗi vào năm 2027");
    // The streak lists 2023 and 2024 as not counted, without asking for titles that could never count.
    expect(d.nearMiss.map((m) => render(vi, m))).not.toContain("cần CSTĐCS năm 2023, 2024");
  });

  test("R8: a discipline that ended before the window does not reset it", () => {
    const d = decision(candidate().discipline("CB001", "Cảnh cáo", "01/03/2021", "28/02/2022"), "CB001", "CSTD_BO");
    expect(d.status).toBe("eligible");
    expect(reasons(d, "R8")[0].outcome).toBe("pass");
  });

  test("R8: a discipline ending in the first year of the window resets it; a closed review does not", () => {
    expect(decision(candidate().discipline("CB001", "Khiển trách", "01/03/2022", "01/01/2023"), "CB001", "CSTD_BO").status).toBe("not-eligible");
    expect(decision(candidate().discipline("CB001", "Khiển trách", "01/03/2022", "31/12/2022"), "CB001", "CSTD_BO").status).toBe("eligible");
    expect(decision(candidate().discipline("CB001", "Đang xem xét", "01/03/2024", "30/06/2024"), "CB001", "CSTD_BO").status).toBe("eligible");
  });

  test("the initiative must be of scope ≥ BO_TINH and fall within Y−2 … Y", () => {
    const base = () =>
      workbook()
        .person("CB001")
        .ratings("CB001", [2023, 2024, 2025], "HTXSNV")
        .awards("CB001", "CSTDCS", [2023, 2024])
        .vote(2025, "CB001", "CSTDCS", 10, 10)
        .vote(2025, "CB001", "CSTD_BO", 10, 10);
    expect(decision(base().initiative("SK01", { authors: "CB001", year: 2025, scope: "Cơ sở" }), "CB001", "CSTD_BO").status).toBe("not-eligible");
    expect(decision(base().initiative("SK01", { authors: "CB001", year: 2022, scope: "Bộ, ngành, tỉnh" }), "CB001", "CSTD_BO").status).toBe("not-eligible");
    expect(decision(base().initiative("SK01", { authors: "CB001", year: 2023, scope: "Toàn quốc" }), "CB001", "CSTD_BO").status).toBe("eligible");
    const d = decision(base(), "CB001", "CSTD_BO");
    expect(d.nearMiss.map((m) => render(vi, m))).toEqual(["cần thêm 1 sáng kiến (hoặc đề tài) cấp Bộ, ngành, tỉnh trở lên trong 2023–2025"]);
  });

  describe("votes: the Bộ, tỉnh row when present, else the Cơ sở row, with the title's threshold", () => {
    test("a Bộ, tỉnh row decides over the agency's row, both ways", () => {
      expect(decision(candidate(10, 10).vote(2025, "CB001", "CSTD_BO", 8, 10, "Bộ, tỉnh"), "CB001", "CSTD_BO").status).toBe("not-eligible");
      const d = decision(candidate(8, 10).vote(2025, "CB001", "CSTD_BO", 27, 30, "Bộ, tỉnh"), "CB001", "CSTD_BO");
      expect(d.status).toBe("eligible");
      expect(render(vi, reasons(d, "C2")[0].text)).toBe("Hội đồng cấp Bộ, tỉnh: 27/30 phiếu đồng ý (90 %), đạt ngưỡng 90 % tổng số thành viên");
    });

    test("proposalThresholds lowers the agency's proposing threshold only", () => {
      const p = (b: ReturnType<typeof candidate>) => b.setting("Ngưỡng phiếu đề nghị cấp trên tại Hội đồng cơ sở", "80%");
      expect(decision(p(candidate(8, 10)), "CB001", "CSTD_BO").status).toBe("eligible");
      expect(decision(p(candidate(8, 10)).vote(2025, "CB001", "CSTD_BO", 8, 10, "Bộ, tỉnh"), "CB001", "CSTD_BO").status).toBe("not-eligible");
    });

    test("no CSTD_BO vote row → pending", () => {
      const b = workbook()
        .person("CB001")
        .ratings("CB001", [2023, 2024, 2025], "HTXSNV")
        .awards("CB001", "CSTDCS", [2023, 2024])
        .vote(2025, "CB001", "CSTDCS", 10, 10)
        .initiative("SK01", { authors: "CB001", year: 2024, scope: "Bộ, ngành, tỉnh" });
      expect(decision(b, "CB001", "CSTD_BO").status).toBe("pending");
    });
  });

  test("the streak length is a parameter", () => {
    const people = decideAll(candidate().setting("Số năm CSTĐCS liên tục để xét CSTĐ cấp Bộ, tỉnh", 4));
    const d = decisionOf(people, "CB001", "CSTD_BO");
    expect(d.status).toBe("not-eligible");
    expect(d.nearMiss.map((m) => render(vi, m))).toEqual(["cần CSTĐCS năm 2022"]);
  });

  test("R8: a reset year in the window — no near-miss asking for CSTDCS in the other years (they cannot complete it)", () => {
    const b = workbook()
      .person("CB001")
      .ratings("CB001", [2023, 2024, 2025], "HTXSNV")
      .initiative("SK01", { authors: "CB001", year: 2024, scope: "Bộ, ngành, tỉnh" })
      .vote(2025, "CB001", "CSTDCS", 10, 10)
      .vote(2025, "CB001", "CSTD_BO", 10, 10)
      .discipline("CB001", "Khiển trách", "10/03/2023", "09/09/2023");
    const d = decision(b, "CB001", "CSTD_BO");
    expect(d.status).toBe("not-eligible");
    expect(d.nearMiss.map((m) => render(vi, m))).toEqual(["các năm đến 2023 không được tính do kỷ luật; sớm nhất đủ chuỗi vào năm 2026"]);
  });
});
