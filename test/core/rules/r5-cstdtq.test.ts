import { render, translator } from "../../../src/i18n";
import { decision, reasons, workbook } from "./builders";

const vi = translator("vi");

/** CSTD_BO recorded 2022, and eligible 2025; a national initiative in 2024; CSTDTQ vote. */
const candidate = (votes = 9) =>
  workbook()
    .person("CB001")
    .award(2022, "CB001", "CSTD_BO")
    .ratings("CB001", [2023, 2024, 2025], "HTXSNV")
    .awards("CB001", "CSTDCS", [2023, 2024])
    .vote(2025, "CB001", "CSTDCS", 10, 10)
    .initiative("SK01", { authors: "CB001", year: 2024, scope: "Toàn quốc" })
    .vote(2025, "CB001", "CSTD_BO", 10, 10)
    .vote(2025, "CB001", "CSTDTQ", votes, 10);

describe("R5 CSTDTQ (extra title)", () => {
  test("two consecutive CSTD_BO rounds (2022 recorded, 2025 eligible) + national initiative + 90 % → eligible", () => {
    const d = decision(candidate(), "CB001", "CSTDTQ");
    expect(d.status).toBe("eligible");
    expect(render(vi, reasons(d, "R5")[0].text)).toBe("CSTĐ cấp Bộ, tỉnh các năm 2022, 2025");
  });

  test("8/10 → not eligible", () => {
    expect(decision(candidate(8), "CB001", "CSTDTQ").status).toBe("not-eligible");
  });

  test("the previous round missing → not eligible, naming the year", () => {
    const b = workbook()
      .person("CB001")
      .award(2021, "CB001", "CSTD_BO")
      .ratings("CB001", [2023, 2024, 2025], "HTXSNV")
      .awards("CB001", "CSTDCS", [2023, 2024])
      .vote(2025, "CB001", "CSTDCS", 10, 10)
      .initiative("SK01", { authors: "CB001", year: 2024, scope: "Toàn quốc" })
      .vote(2025, "CB001", "CSTD_BO", 10, 10)
      .vote(2025, "CB001", "CSTDTQ", 10, 10);
    const d = decision(b, "CB001", "CSTDTQ");
    expect(d.status).toBe("not-eligible");
    expect(d.nearMiss.map((m) => render(vi, m))).toEqual(["cần CSTĐ cấp Bộ, tỉnh năm 2022"]);
  });

  test("CSTD_BO of Y pending → CSTDTQ pending", () => {
    const b = workbook()
      .person("CB001")
      .award(2022, "CB001", "CSTD_BO")
      .ratings("CB001", [2023, 2024, 2025], "HTXSNV")
      .awards("CB001", "CSTDCS", [2023, 2024])
      .vote(2025, "CB001", "CSTDCS", 10, 10)
      .initiative("SK01", { authors: "CB001", year: 2024, scope: "Toàn quốc" })
      .vote(2025, "CB001", "CSTDTQ", 10, 10);
    expect(decision(b, "CB001", "CSTDTQ").status).toBe("pending");
  });

  test("an initiative of ministry scope is not enough", () => {
    const d = decision(
      workbook()
        .person("CB001")
        .award(2022, "CB001", "CSTD_BO")
        .ratings("CB001", [2023, 2024, 2025], "HTXSNV")
        .awards("CB001", "CSTDCS", [2023, 2024])
        .vote(2025, "CB001", "CSTDCS", 10, 10)
        .initiative("SK01", { authors: "CB001", year: 2024, scope: "Bộ, ngành, tỉnh" })
        .vote(2025, "CB001", "CSTD_BO", 10, 10)
        .vote(2025, "CB001", "CSTDTQ", 10, 10),
      "CB001",
      "CSTDTQ",
    );
    expect(d.status).toBe("not-eligible");
    expect(d.nearMiss.map((m) => render(vi, m))).toEqual(["cần thêm 1 sáng kiến (hoặc đề tài) phạm vi toàn quốc trong 2020–2025"]);
  });
});
