import { render, translator } from "../../../src/i18n";
import { quotaLimit } from "../../../src/core/rules/people/r3-quota";
import { decideAll, decisionOf, reasons, workbook, type WorkbookBuilder } from "./builders";

const vi = translator("vi");

/**
 * `ldtt` people rated HTTNV (LDTT only) plus four CSTDCS candidates:
 * A: HTTNV + initiative, 10/10 · B: HTXSNV 9/10 (man) · C: HTXSNV 10/10 · D: HTXSNV 9/10 (woman).
 */
function agency(year: number, ldtt: number): WorkbookBuilder {
  const b = workbook(year);
  for (let i = 1; i <= ldtt - 4; i++) {
    const code = `X${String(i).padStart(2, "0")}`;
    b.person(code).rating(year, code, "HTTNV");
  }
  b.person("A").rating(year, "A", "HTTNV").initiative("SK-A", { authors: "A", year }).vote(year, "A", "CSTDCS", 10, 10);
  b.person("B", { gender: "Nam" }).rating(year, "B", "HTXSNV").vote(year, "B", "CSTDCS", 9, 10);
  b.person("C").rating(year, "C", "HTXSNV").vote(year, "C", "CSTDCS", 10, 10);
  b.person("D", { gender: "Nữ" }).rating(year, "D", "HTXSNV").vote(year, "D", "CSTDCS", 9, 10);
  return b;
}

const statuses = (b: WorkbookBuilder, year?: number) => {
  const people = decideAll(b, year);
  return Object.fromEntries(["A", "B", "C", "D"].map((c) => [c, decisionOf(people, c, "CSTDCS").status]));
};

describe("R3 CSTDCS quota", () => {
  test("limit = floor(q × LDTT count)", () => {
    expect(quotaLimit(0.15, 20)).toBe(3);
    expect(quotaLimit(0.15, 19)).toBe(2);
    expect(quotaLimit(0.15, 14)).toBe(2);
    expect(quotaLimit(0.15, 6)).toBe(0);
  });

  test("none under ND152-2025 and ND98-2023 by default: every candidate stays eligible, no R3 reason", () => {
    expect(statuses(agency(2025, 14))).toEqual({ A: "eligible", B: "eligible", C: "eligible", D: "eligible" });
    expect(statuses(agency(2024, 14))).toEqual({ A: "eligible", B: "eligible", C: "eligible", D: "eligible" });
    expect(reasons(decisionOf(decideAll(agency(2025, 14)), "A", "CSTDCS"), "R3")).toEqual([]);
  });

  test("ND91-2017 preset 15 %: 20 LDTT → 3 places; the HTTNV candidate is the overflow (rating first)", () => {
    expect(statuses(agency(2023, 20))).toEqual({ A: "not-eligible", B: "eligible", C: "eligible", D: "eligible" });
  });

  test("19 LDTT → 2 places: HTXSNV first, then vote share, then R20 (a woman first) decides B vs D", () => {
    const people = decideAll(agency(2023, 19));
    expect(Object.fromEntries(["A", "B", "C", "D"].map((c) => [c, decisionOf(people, c, "CSTDCS").status]))).toEqual({
      A: "not-eligible",
      B: "not-eligible",
      C: "eligible",
      D: "eligible",
    });
    const b = decisionOf(people, "B", "CSTDCS");
    const r3 = reasons(b, "R3")[0];
    expect(r3.outcome).toBe("fail");
    expect(render(vi, r3.text)).toBe("Xếp thứ 3/4, vượt hạn mức 2 CSTĐCS (15 % của 19 LĐTT)");
    expect(render(vi, reasons(b, "R20")[0].text)).toBe("Xếp sau D theo tiêu chí ưu tiên: ưu tiên cá nhân nữ (tập thể có tỷ lệ nữ cao)");
    expect(reasons(decisionOf(people, "D", "CSTDCS"), "R20")[0].outcome).toBe("pass");
    expect(render(vi, reasons(decisionOf(people, "C", "CSTDCS"), "R3")[0].text)).toBe("Xếp thứ 1/4, trong hạn mức 2 CSTĐCS (15 % của 19 LĐTT)");
    expect(b.nearMiss.map((m) => render(vi, m))).toEqual(["vượt hạn mức CSTĐCS: xếp thứ 3, hạn mức 2 người"]);
    // A lost on rating, not on the tie-break: no R20 reason.
    expect(reasons(decisionOf(people, "A", "CSTDCS"), "R20")).toEqual([]);
  });

  test("more votes beat fewer before R20 applies", () => {
    // D (woman, 9/10) and C (10/10): C first because of the share, whatever the gender.
    const people = decideAll(agency(2023, 7)); // floor(1.05) = 1 place
    expect(decisionOf(people, "C", "CSTDCS").status).toBe("eligible");
    expect(decisionOf(people, "D", "CSTDCS").status).toBe("not-eligible");
  });

  test("a pending candidate is not counted against the quota", () => {
    const b = agency(2023, 19).person("E").rating(2023, "E", "HTXSNV"); // no vote → pending
    const people = decideAll(b);
    expect(decisionOf(people, "E", "CSTDCS").status).toBe("pending");
    expect(decisionOf(people, "D", "CSTDCS").status).toBe("eligible");
  });

  test("Bộ quy tắc ND91-2017 brings the 15 % quota to a 2025 evaluation; ND152-2025 removes it from a 2023 one", () => {
    expect(statuses(agency(2025, 19).setting("Bộ quy tắc", "ND91-2017"))).toEqual({ A: "not-eligible", B: "not-eligible", C: "eligible", D: "eligible" });
    expect(statuses(agency(2023, 19).setting("Bộ quy tắc", "ND152-2025"))).toEqual({ A: "eligible", B: "eligible", C: "eligible", D: "eligible" });
  });

  test("the quota can be set in Cấu hình under any rule set, and emptied under ND91-2017", () => {
    expect(statuses(agency(2025, 19).setting("Tỷ lệ tối đa CSTĐCS", "15%"))).toEqual({ A: "not-eligible", B: "not-eligible", C: "eligible", D: "eligible" });
    expect(statuses(agency(2023, 19).setting("Tỷ lệ tối đa CSTĐCS", "Không"))).toEqual({ A: "eligible", B: "eligible", C: "eligible", D: "eligible" });
  });

  test("the quota's overflow carries into the higher titles that count Y's CSTDCS", () => {
    const b = agency(2023, 19).awards("B", "CSTDCS", [2022]);
    const people = decideAll(b);
    const bk = decisionOf(people, "B", "BK_BO");
    expect(bk.status).toBe("not-eligible");
    expect(render(vi, reasons(bk, "R6")[0].text)).toContain("Không có CSTĐCS liên tục 2022–2023");
  });
});
