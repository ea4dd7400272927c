import { render, translator } from "../../../src/i18n";
import { addMonths } from "../../../src/core/rules/people/r1-ldtt";
import { decision, reasons, workbook } from "./builders";

const vi = translator("vi");

describe("R1 LDTT", () => {
  test.each([
    ["HTXSNV", "eligible"],
    ["HTTNV", "eligible"],
    ["HTNV", "not-eligible"],
    ["KHTNV", "not-eligible"],
    ["Hoàn thành tốt nhiệm vụ", "eligible"],
  ])("rating %s → %s", (rating, status) => {
    const d = decision(workbook().person("CB001").rating(2025, "CB001", rating), "CB001", "LDTT");
    expect(d.status).toBe(status);
    const r1 = reasons(d, "R1")[0];
    expect(r1.cells).toEqual(["Xếp loại!C2"]);
    expect(r1.source).toBe("Luật TĐKT 2022 Điều 24.1");
  });

  test("a rating of another year does not count; no rating for Y → pending with the missing fact", () => {
    const d = decision(workbook().person("CB001").rating(2024, "CB001", "HTXSNV"), "CB001", "LDTT");
    expect(d.status).toBe("pending");
    expect(reasons(d, "R1")[0].outcome).toBe("missing");
    expect(d.nearMiss.map((m) => render(vi, m))).toEqual(["cần nhập xếp loại năm 2025 (sheet Xếp loại)"]);
  });

  test("a low rating's near-miss names the rating needed", () => {
    const d = decision(workbook().person("CB001").rating(2025, "CB001", "HTNV"), "CB001", "LDTT");
    expect(d.nearMiss.map((m) => render(vi, m))).toEqual(["cần xếp loại từ HTTNV năm 2025"]);
  });

  test("codes match ignoring case and spaces", () => {
    expect(decision(workbook().person("CB001").rating(2025, " cb001 ", "HTTNV"), "CB001", "LDTT").status).toBe("eligible");
  });

  describe("optional exclusions (off by default)", () => {
    const base = () => workbook().person("CB001", { recruited: "02/03/2025" }).rating(2025, "CB001", "HTTNV");

    test("off: a recent recruit, a discipline in Y and leave change nothing, and no exclusion reason is listed", () => {
      const d = decision(base().discipline("CB001", "Khiển trách", "01/02/2025", "01/08/2025"), "CB001", "LDTT");
      expect(d.status).toBe("eligible");
      expect(reasons(d, "R1")).toHaveLength(1);
    });

    test("recruited < 10 months before the end of Y: 01/03 is exactly 10 months, 02/03 is not", () => {
      const on = (date: string) =>
        decision(workbook().setting("Không xét LĐTT người mới tuyển dụng", "Có").person("CB001", { recruited: date }).rating(2025, "CB001", "HTTNV"), "CB001", "LDTT");
      expect(on("01/03/2025").status).toBe("eligible");
      expect(on("02/03/2025").status).toBe("not-eligible");
      expect(on("15/06/2020").status).toBe("eligible");
      const d = on("02/03/2025");
      expect(reasons(d, "R1")[1].cells).toEqual(["Cá nhân!G2"]);
      expect(render(vi, d.nearMiss[0])).toContain("chưa đủ 10 tháng");
    });

    test("the number of months is a parameter; a missing recruitment date is missing data", () => {
      const b = workbook().setting("Không xét LĐTT người mới tuyển dụng", "Có").setting("Số tháng công tác tối thiểu để xét LĐTT", 6);
      expect(decision(b.person("CB001", { recruited: "01/07/2025" }).rating(2025, "CB001", "HTTNV"), "CB001", "LDTT").status).toBe("eligible");
      const b2 = workbook().setting("Không xét LĐTT người mới tuyển dụng", "Có").person("CB002").rating(2025, "CB002", "HTTNV");
      expect(decision(b2, "CB002", "LDTT").status).toBe("pending");
    });

    test("disciplined (khiển trách or above) in a period overlapping Y", () => {
      const on = (from: string, to: string) =>
        decision(
          workbook().setting("Không xét LĐTT người bị kỷ luật trong năm", "Có").person("CB001").rating(2025, "CB001", "HTTNV").discipline("CB001", "Khiển trách", from, to),
          "CB001",
          "LDTT",
        );
      expect(on("01/06/2024", "31/12/2024").status).toBe("eligible");
      expect(on("01/06/2024", "01/01/2025").status).toBe("not-eligible");
      expect(on("01/01/2026", "30/06/2026").status).toBe("eligible");
      expect(on("31/12/2025", "30/06/2026").status).toBe("not-eligible");
    });

    test("a closed review is not a discipline for the exclusion", () => {
      const d = decision(
        workbook().setting("Không xét LĐTT người bị kỷ luật trong năm", "Có").person("CB001").rating(2025, "CB001", "HTTNV").discipline("CB001", "Đang xem xét", "01/03/2025", "01/05/2025"),
        "CB001",
        "LDTT",
      );
      expect(d.status).toBe("eligible");
    });

    test("long leave: no leave column, so a warning asks for a manual check and the status does not change", () => {
      const d = decision(workbook().setting("Không xét LĐTT người nghỉ dài ngày", "Có").person("CB001").rating(2025, "CB001", "HTTNV"), "CB001", "LDTT");
      expect(d.status).toBe("eligible");
      const leave = reasons(d, "R1").find((r) => r.text.key === "rules.R1.leaveUnchecked");
      expect(leave?.warnings?.map((w) => render(vi, w))).toEqual([
        "Kiểm tra thủ công: nghỉ từ 40 ngày làm việc trở lên thì không xét LĐTT (không tính nghỉ thai sản)",
      ]);
    });
  });

  test("addMonths clamps to the month's last day", () => {
    expect(addMonths("2025-03-01", 10)).toBe("2026-01-01");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2025-12-15", 2)).toBe("2026-02-15");
  });
});
