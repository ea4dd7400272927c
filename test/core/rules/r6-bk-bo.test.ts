import { render, translator } from "../../../src/i18n";
import { decision, reasons, workbook } from "./builders";

const vi = translator("vi");

describe("R6 BK_BO person (ground d)", () => {
  test("ground 1: CSTDCS recorded Y−1 and eligible Y", () => {
    const b = workbook().person("CB001").rating(2025, "CB001", "HTXSNV").award(2024, "CB001", "CSTDCS").vote(2025, "CB001", "CSTDCS", 8, 10);
    const d = decision(b, "CB001", "BK_BO");
    expect(d.status).toBe("eligible");
    expect(render(vi, reasons(d, "R6")[0].text)).toBe("CSTĐCS liên tục các năm 2024–2025");
    expect(reasons(d, "R6")[0].source).toBe("Luật TĐKT 2022 Điều 74.1.d");
  });

  test("ground 1 with Y's CSTDCS pending → pending (no other ground)", () => {
    const b = workbook().person("CB001").rating(2025, "CB001", "HTTNV").initiative("SK01", { authors: "CB001", year: 2025 }).award(2024, "CB001", "CSTDCS");
    expect(decision(b, "CB001", "BK_BO").status).toBe("pending");
  });

  const htxsnv = () => workbook().person("CB001").ratings("CB001", [2024, 2025], "HTXSNV");

  test("ground 2: HTXSNV 2024–2025 and 2 initiatives in different years", () => {
    const b = htxsnv().initiative("SK01", { authors: "CB001", year: 2024 }).initiative("SK02", { authors: "CB001", year: 2025 });
    const d = decision(b, "CB001", "BK_BO");
    expect(d.status).toBe("eligible");
    expect(render(vi, reasons(d, "R6")[0].text)).toBe("HTXSNV liên tục các năm 2024–2025 và có sáng kiến/đề tài SK01, SK02");
  });

  test("ground 2 with one initiative: the near-miss is the shorter list", () => {
    const d = decision(htxsnv().initiative("SK01", { authors: "CB001", year: 2024 }), "CB001", "BK_BO");
    expect(d.status).toBe("not-eligible");
    expect(d.nearMiss.map((m) => render(vi, m))).toEqual([
      "cần thêm 1 sáng kiến cấp cơ sở trở lên trong 2024–2025 (hoặc đủ số đề tài; không tính lẫn sáng kiến với đề tài)",
    ]);
  });

  test("ground 2 counts initiatives over the whole run of HTXSNV years ending in Y", () => {
    const b = workbook().person("CB001").ratings("CB001", [2022, 2023, 2024, 2025], "HTXSNV").initiative("SK01", { authors: "CB001", year: 2022 }).initiative("SK02", { authors: "CB001", year: 2023 });
    expect(decision(b, "CB001", "BK_BO").status).toBe("eligible");
    const broken = workbook()
      .person("CB001")
      .ratings("CB001", [2022, 2024, 2025], "HTXSNV")
      .rating(2023, "CB001", "HTTNV")
      .initiative("SK01", { authors: "CB001", year: 2022 })
      .initiative("SK02", { authors: "CB001", year: 2025 });
    expect(decision(broken, "CB001", "BK_BO").status).toBe("not-eligible");
  });

  test("ground 2 needs HTXSNV in both years; a missing rating for Y−1 is missing data", () => {
    const two = (b: ReturnType<typeof workbook>) => b.initiative("SK01", { authors: "CB001", year: 2025 }).initiative("SK02", { authors: "CB001", year: 2025 });
    const low = two(workbook().person("CB001").rating(2024, "CB001", "HTTNV").rating(2025, "CB001", "HTXSNV"));
    const d = decision(low, "CB001", "BK_BO");
    expect(d.status).toBe("not-eligible");
    expect(d.nearMiss.map((m) => render(vi, m))).toContain("cần xếp loại từ HTXSNV năm 2024");
    const missing = two(workbook().person("CB001").rating(2025, "CB001", "HTXSNV"));
    expect(decision(missing, "CB001", "BK_BO").status).toBe("pending");
    const notYetRecruited = two(workbook().person("CB001", { recruited: "01/02/2025" }).rating(2025, "CB001", "HTXSNV"));
    expect(decision(notYetRecruited, "CB001", "BK_BO").status).toBe("not-eligible");
  });

  test("mixing an initiative and a research project: not allowed by default, allowed by the parameter", () => {
    const mixed = () => htxsnv().initiative("SK01", { authors: "CB001", year: 2024 }).initiative("DT01", { authors: "CB001", year: 2025, kind: "Đề tài" });
    expect(decision(mixed(), "CB001", "BK_BO").status).toBe("not-eligible");
    expect(decision(mixed().setting("Bằng khen cấp Bộ, tỉnh: cho phép kết hợp sáng kiến và đề tài", "Có"), "CB001", "BK_BO").status).toBe("eligible");
    const research = htxsnv().initiative("DT01", { authors: "CB001", year: 2024, kind: "Đề tài" }).initiative("DT02", { authors: "CB001", year: 2025, kind: "Đề tài" });
    expect(decision(research, "CB001", "BK_BO").status).toBe("eligible");
  });

  test("R13: an initiative already used for a title cannot back the BK_BO", () => {
    const b = htxsnv()
      .initiative("SK01", { authors: "CB001", year: 2024 })
      .initiative("SK02", { authors: "CB001", year: 2025 })
      .award(2024, "CB001", "LĐTT", { initiatives: "SK01" });
    const d = decision(b, "CB001", "BK_BO");
    expect(d.status).toBe("not-eligible");
    expect(reasons(d, "R13")[0].outcome).toBe("fail");
  });

  test("R13: the initiative backing this run's CSTD_BO is not counted again for BK_BO", () => {
    const b = workbook()
      .person("CB001")
      .ratings("CB001", [2023, 2024, 2025], "HTXSNV")
      .award(2023, "CB001", "CSTDCS")
      .award(2024, "CB001", "CSTDCS", { kind: "Đột xuất" })
      .vote(2025, "CB001", "CSTDCS", 6, 10)
      .initiative("SK01", { authors: "CB001", year: 2024, scope: "Bộ, ngành, tỉnh" })
      .initiative("SK02", { authors: "CB001", year: 2025 })
      .vote(2025, "CB001", "CSTD_BO", 10, 10);
    // CSTDCS 2025 fails its vote, so CSTD_BO fails too and SK01 stays free for the BK_BO.
    expect(decision(b, "CB001", "BK_BO").status).toBe("eligible");
  });

  test("R8 resets ground 1 and ground 2; R11 đột xuất CSTDCS does not count", () => {
    const b = workbook().person("CB001").rating(2025, "CB001", "HTXSNV").award(2024, "CB001", "CSTDCS").vote(2025, "CB001", "CSTDCS", 8, 10);
    expect(decision(b.discipline("CB001", "Khiển trách", "15/01/2024", "14/07/2024"), "CB001", "BK_BO").status).toBe("not-eligible");
    const dx = workbook().person("CB001").rating(2025, "CB001", "HTXSNV").award(2024, "CB001", "CSTDCS", { kind: "Đột xuất" }).vote(2025, "CB001", "CSTDCS", 8, 10);
    const d = decision(dx, "CB001", "BK_BO");
    expect(d.status).toBe("not-eligible");
    expect(reasons(d, "R11")[0].outcome).toBe("fail");
  });

  test("R8: when the reset covers the required years, the near-miss does not ask for initiatives that could not count", () => {
    // Cảnh cáo 15/04/2025–14/04/2026: 2024 and 2025 never count in 2025, whatever the initiatives.
    const b = workbook().person("CB001").ratings("CB001", [2024, 2025], "HTTNV").discipline("CB001", "Cảnh cáo", "15/04/2025", "14/04/2026");
    const d = decision(b, "CB001", "BK_BO");
    expect(d.status).toBe("not-eligible");
    expect(d.nearMiss.map((m) => render(vi, m))).toEqual(["các năm đến 2026 không được tính do kỷ luật; sớm nhất đủ chuỗi vào năm 2028"]);
  });
});
