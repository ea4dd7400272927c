import { resolveContext } from "../../../src/core/rules/context";
import { contextOf, workbook } from "./builders";

describe("rule context", () => {
  test.each([
    [2023, "ND91-2017"],
    [2024, "ND98-2023"],
    [2025, "ND152-2025"],
  ])("year %d → rule set %s by default", (year, rs) => {
    const ctx = contextOf(workbook(year).data());
    expect(ctx.ruleSet).toBe(rs);
    expect(ctx.ruleSetSource).toBe("default");
    expect(ctx.evaluationDate).toBe(`${year}-12-31`);
    expect(ctx.paramSources.cstdcsVote).toBe(`default:${rs}`);
  });

  test("--year wins over Năm thi đua", () => {
    expect(contextOf(workbook(2025).data(), 2023).ruleSet).toBe("ND91-2017");
  });

  test("Bộ quy tắc overrides the year's rule set and its defaults", () => {
    const ctx = contextOf(workbook(2025).setting("Bộ quy tắc", "ND91-2017").data());
    expect(ctx.ruleSet).toBe("ND91-2017");
    expect(ctx.ruleSetSource).toBe("Cấu hình!B3");
    expect(ctx.params.cstdcsQuota).toBe(0.15);
    expect(ctx.paramSources.cstdcsQuota).toBe("default:ND91-2017");
  });

  test("an unknown Bộ quy tắc keeps the year's rule set", () => {
    expect(contextOf(workbook(2025).setting("Bộ quy tắc", "ND200-2030").data()).ruleSet).toBe("ND152-2025");
  });

  test("a parameter is overridden by its Vietnamese label in Cấu hình (any case, no diacritics), with its cell", () => {
    const ctx = contextOf(workbook(2025).setting("NGUONG PHIEU CSTDCS", "75%").setting("Tỷ lệ tối đa CSTĐCS", 0.2).data());
    expect(ctx.params.cstdcsVote).toBe(0.75);
    expect(ctx.paramSources.cstdcsVote).toBe("Cấu hình!B3");
    expect(ctx.params.cstdcsQuota).toBe(0.2);
    expect(ctx.paramSources.cstdcsQuota).toBe("Cấu hình!B4");
    expect(ctx.paramSources.cstdBoVote).toBe("default:ND152-2025");
  });

  test("an unreadable value is ignored (the validator reports it); the first readable row wins", () => {
    const ctx = contextOf(
      workbook(2025).setting("Ngưỡng phiếu CSTĐCS", "nhiều").setting("Ngưỡng phiếu CSTĐCS", "70%").setting("Ngưỡng phiếu CSTĐCS", "60%").data(),
    );
    expect(ctx.params.cstdcsVote).toBe(0.7);
    expect(ctx.paramSources.cstdcsVote).toBe("Cấu hình!B4");
  });

  test("Ngày xét sets the evaluation date; Số thành viên Hội đồng the council size with its cell", () => {
    const ctx = contextOf(workbook(2025).setting("Ngày xét", "17/01/2026").setting("Số thành viên Hội đồng", 11).data());
    expect(ctx.evaluationDate).toBe("2026-01-17");
    expect(ctx.councilSize).toBe(11);
    expect(ctx.councilSizeCell).toBe("Cấu hình!B4");
  });

  test("no year → no context", () => {
    expect(resolveContext(workbook(null).data()).ctx).toBeNull();
  });
});
