import { render, translator } from "../../../src/i18n";
import { PERSON_TITLES } from "../../../src/core/rules/people";
import { decideAll, decision, decisionOf, reasons, workbook } from "./builders";

const vi = translator("vi");

const eligibleEverywhere = () =>
  workbook()
    .person("CB001")
    .award(2020, "CB001", "BK_BO")
    .ratings("CB001", [2021, 2022, 2023, 2024, 2025], "HTXSNV")
    .awards("CB001", "CSTDCS", [2021, 2023, 2024])
    .vote(2025, "CB001", "CSTDCS", 10, 10)
    .initiative("SK01", { authors: "CB001", year: 2024, scope: "Bộ, ngành, tỉnh" })
    .vote(2025, "CB001", "CSTD_BO", 10, 10);

describe("R9 hold", () => {
  test("the baseline is eligible for LDTT, CSTDCS, CSTD_BO, BK_BO, BK_TTG", () => {
    const people = decideAll(eligibleEverywhere());
    for (const t of ["LDTT", "CSTDCS", "CSTD_BO", "BK_BO", "BK_TTG"] as const) expect(decisionOf(people, "CB001", t).status).toBe("eligible");
  });

  test("an open review (Đến ngày empty) puts every title on hold, even the failing ones", () => {
    const people = decideAll(eligibleEverywhere().discipline("CB001", "Đang xem xét", "01/12/2025"));
    for (const t of PERSON_TITLES) {
      const d = decisionOf(people, "CB001", t);
      expect(d.status).toBe("hold");
      expect(reasons(d, "R9")[0].outcome).toBe("fail");
    }
    const d = decisionOf(people, "CB001", "LDTT");
    expect(render(vi, reasons(d, "R9")[0].text)).toBe("Đang xem xét kỷ luật, thanh tra hoặc khiếu nại từ ngày 01/12/2025: tạm dừng xét");
    expect(reasons(d, "R9")[0].cells).toEqual(["Kỷ luật!B2", "Kỷ luật!C2", "Kỷ luật!D2"]);
    expect(d.nearMiss.map((m) => render(vi, m))).toEqual(["chờ kết thúc việc xem xét (từ ngày 01/12/2025); khi kết thúc, ghi Đến ngày trong sheet Kỷ luật"]);
  });

  test("Đến ngày after the evaluation date is still a hold; on or before it, the review is closed", () => {
    expect(decision(eligibleEverywhere().discipline("CB001", "Đang xem xét", "01/10/2025", "15/01/2026"), "CB001", "CSTDCS").status).toBe("hold");
    const closed = decision(eligibleEverywhere().discipline("CB001", "Đang xem xét", "01/10/2025", "31/12/2025"), "CB001", "CSTDCS");
    expect(closed.status).toBe("eligible");
    expect(render(vi, reasons(closed, "R9")[0].text)).toBe("Việc xem xét đã kết thúc ngày 31/12/2025: không phải kỷ luật, không tạm dừng xét");
  });

  test("Ngày xét moves the evaluation date", () => {
    const b = eligibleEverywhere().setting("Ngày xét", "20/01/2026").discipline("CB001", "Đang xem xét", "01/10/2025", "15/01/2026");
    expect(decision(b, "CB001", "CSTDCS").status).toBe("eligible");
  });

  test("a closed review is not a discipline: streaks are not reset", () => {
    const d = decision(eligibleEverywhere().discipline("CB001", "Đang xem xét", "01/03/2024", "01/06/2024"), "CB001", "CSTD_BO");
    expect(d.status).toBe("eligible");
    expect(reasons(d, "R8")[0].outcome).toBe("pass");
  });

  test("another person's review does not hold this one", () => {
    expect(decision(eligibleEverywhere().person("CB002").discipline("CB002", "Đang xem xét", "01/12/2025"), "CB001", "LDTT").status).toBe("eligible");
  });
});
