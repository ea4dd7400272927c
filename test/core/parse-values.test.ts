import { parseDate, parseNumber, parsePercent, serialToIso, isoToSerial } from "../../src/core/text/parse-values";

describe("Vietnamese numbers", () => {
  test.each([
    ["1.234.567", 1234567],
    ["12.500", 12500],
    ["85,5", 85.5],
    ["12.5", 12.5],
    ["1.234,5", 1234.5],
    ["0.855", 0.855],
    [" 42 ", 42],
  ])("%s → %d", (text, value) => {
    expect(parseNumber(text)).toMatchObject({ ok: true, value });
  });
  test.each(["1,234,567", "abc", "12.34.5", ""])("%s is not a number", (text) => {
    expect(parseNumber(text).ok).toBe(false);
  });
});

describe("percent columns", () => {
  test.each([
    ["85,5 %", 0.855],
    ["85.5%", 0.855],
    [0.855, 0.855],
    [85.5, 0.855],
    [1, 1],
    ["82,5%", 0.825],
  ])("%s → %d", (value, fraction) => {
    expect(parsePercent(value)).toMatchObject({ ok: true, value: fraction });
  });
  test("above 100 % is a range failure", () => {
    expect(parsePercent("120%")).toEqual({ ok: false, reason: "range" });
  });
});

describe("dates", () => {
  test.each([
    ["05/01/2025", "2025-01-05"],
    ["5/1/2025", "2025-01-05"],
    ["05-01-2025", "2025-01-05"],
    ["2025-01-05", "2025-01-05"],
    [45662, "2025-01-05"],
  ])("%s → %s", (value, iso) => {
    expect(parseDate(value)).toMatchObject({ ok: true, value: iso });
  });
  test("two-digit year and impossible dates fail", () => {
    expect(parseDate("05/01/25")).toEqual({ ok: false, reason: "date-two-digit-year" });
    expect(parseDate("31/02/2025")).toEqual({ ok: false, reason: "date-impossible" });
  });
  test("serial round trip", () => {
    for (const s of [1, 59, 61, 25569, 45662, 50000]) expect(isoToSerial(serialToIso(s)!)).toBe(s);
  });
});
