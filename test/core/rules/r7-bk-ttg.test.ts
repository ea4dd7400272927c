import { render, translator } from "../../../src/i18n";
import { decision, reasons, workbook } from "./builders";

const vi = translator("vi");

/** BK_BO 2020, HTTNV+ 2021–2025, CSTDCS recorded 2021 and 2023, eligible 2025. */
const candidate = () =>
  workbook()
    .person("CB001")
    .award(2020, "CB001", "Bằng khen của Bộ trưởng Bộ Tư pháp")
    .ratings("CB001", [2021, 2022, 2023, 2024], "HTTNV")
    .rating(2025, "CB001", "HTXSNV")
    .awards("CB001", "CSTDCS", [2021, 2023])
    .vote(2025, "CB001", "CSTDCS", 9, 10);

describe("R7 BK_TTG person (ground b)", () => {
  test("BK_BO before Y + HTTNV or better 5 years + 3 CSTDCS including Y's own → eligible", () => {
    const d = decision(candidate(), "CB001", "BK_TTG");
    expect(d.status).toBe("eligible");
    expect(reasons(d, "R7").map((r) => render(vi, r.text))).toEqual([
      "Đã được tặng Bằng khen cấp Bộ, tỉnh năm 2020",
      "Xếp loại từ HTTNV trở lên trong mọi năm 2021–2025",
      "3 lần CSTĐCS trong 2021–2025 (cần 3)",
    ]);
  });

  test("only 2 CSTDCS when Y's own fails → not eligible, needs 1 more", () => {
    const d = decision(candidate().vote(2025, "CB001", "CSTDCS", 5, 10), "CB001", "BK_TTG");
    expect(d.status).toBe("not-eligible");
    expect(d.nearMiss.map((m) => render(vi, m))).toEqual(["cần thêm 1 lần CSTĐCS trong 2021–2025"]);
  });

  test("Y's own CSTDCS pending and needed → pending", () => {
    const b = workbook()
      .person("CB001")
      .award(2020, "CB001", "BK_BO")
      .ratings("CB001", [2021, 2022, 2023, 2024, 2025], "HTXSNV")
      .awards("CB001", "CSTDCS", [2021, 2023]);
    expect(decision(b, "CB001", "BK_TTG").status).toBe("pending");
  });

  test("no BK_BO, or a BK_BO recorded for Y itself, or an đột xuất BK_BO → not eligible", () => {
    const noBk = workbook()
      .person("CB001")
      .ratings("CB001", [2021, 2022, 2023, 2024, 2025], "HTXSNV")
      .awards("CB001", "CSTDCS", [2021, 2023, 2025]);
    const d = decision(noBk, "CB001", "BK_TTG");
    expect(d.status).toBe("not-eligible");
    expect(d.nearMiss.map((m) => render(vi, m))).toEqual(["cần Bằng khen cấp Bộ, tỉnh (công trạng) trước năm 2025"]);
    expect(decision(noBk.award(2025, "CB001", "BK_BO"), "CB001", "BK_TTG").status).toBe("not-eligible");
    const dx = workbook()
      .person("CB001")
      .award(2019, "CB001", "BK_BO", { kind: "Đột xuất" })
      .ratings("CB001", [2021, 2022, 2023, 2024, 2025], "HTXSNV")
      .awards("CB001", "CSTDCS", [2021, 2023, 2025]);
    const d2 = decision(dx, "CB001", "BK_TTG");
    expect(d2.status).toBe("not-eligible");
    expect(reasons(d2, "R11")[0].outcome).toBe("fail");
  });

  test("a rating below HTTNV in the window fails; a missing one is missing data", () => {
    const low = candidate().rating(2022, "CB001", "HTNV");
    // The duplicate (2022) keeps the worse rating, whatever the row order.
    const d = decision(low, "CB001", "BK_TTG");
    expect(d.status).toBe("not-eligible");
    expect(d.nearMiss.map((m) => render(vi, m))).toEqual(["cần xếp loại từ HTTNV năm 2022"]);
    const missing = workbook()
      .person("CB001")
      .award(2020, "CB001", "BK_BO")
      .ratings("CB001", [2022, 2023, 2024, 2025], "HTXSNV")
      .awards("CB001", "CSTDCS", [2021, 2023, 2025]);
    const d2 = decision(missing, "CB001", "BK_TTG");
    expect(d2.status).toBe("pending");
    expect(d2.nearMiss.map((m) => render(vi, m))).toEqual(["cần nhập xếp loại năm 2021 (sheet Xếp loại)"]);
  });

  test("whether the BK_BO must precede the 5-year window is a parameter (default no)", () => {
    const b = () =>
      workbook()
        .person("CB001")
        .award(2022, "CB001", "BK_BO")
        .ratings("CB001", [2021, 2022, 2023, 2024, 2025], "HTXSNV")
        .awards("CB001", "CSTDCS", [2021, 2023, 2025]);
    expect(decision(b(), "CB001", "BK_TTG").status).toBe("eligible");
    expect(decision(b().setting("Bằng khen Thủ tướng: Bằng khen cấp Bộ, tỉnh phải trước thời gian xét", "Có"), "CB001", "BK_TTG").status).toBe("not-eligible");
  });

  test("R8: a discipline inside the window breaks it", () => {
    expect(decision(candidate().discipline("CB001", "Khiển trách", "01/03/2022", "31/08/2022"), "CB001", "BK_TTG").status).toBe("not-eligible");
  });

  test("R8: no near-miss asking for CSTDCS in years the discipline resets (they cannot count)", () => {
    // Khiển trách ending 09/09/2023: 2021–2023 never count; only 2024 and 2025 remain in 2021–2025, so no third
    // CSTDCS is possible in this window — the R8 near-miss (earliest year) is the fix, not "1 more CSTDCS".
    const b = workbook()
      .person("CB001")
      .award(2022, "CB001", "BK_BO")
      .ratings("CB001", [2021, 2022, 2023, 2024, 2025], "HTXSNV")
      .awards("CB001", "CSTDCS", [2021, 2022, 2024])
      .vote(2025, "CB001", "CSTDCS", 10, 10)
      .discipline("CB001", "Khiển trách", "10/03/2023", "09/09/2023");
    const d = decision(b, "CB001", "BK_TTG");
    expect(d.status).toBe("not-eligible");
    expect(d.nearMiss.map((m) => render(vi, m))).toEqual(["các năm đến 2023 không được tính do kỷ luật; sớm nhất đủ chuỗi vào năm 2028"]);
  });

  test("R8: a CSTDCS near-miss stays when the years left after the reset can still make the count", () => {
    const b = workbook()
      .person("CB001")
      .award(2020, "CB001", "BK_BO")
      .ratings("CB001", [2021, 2022, 2023, 2024, 2025], "HTXSNV")
      .awards("CB001", "CSTDCS", [2023])
      .vote(2025, "CB001", "CSTDCS", 10, 10)
      .discipline("CB001", "Khiển trách", "10/03/2021", "09/09/2021");
    const d = decision(b, "CB001", "BK_TTG");
    expect(d.status).toBe("not-eligible");
    expect(d.nearMiss.map((m) => render(vi, m))).toContain("cần thêm 1 lần CSTĐCS trong 2021–2025");
  });
});
