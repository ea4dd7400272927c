/**
 * 10 000 fuzzed workbooks (random cell types, missing and duplicated sheets, mutated headers, ragged rows,
 * huge strings, error values) with a fixed seed: `check`, the fingerprint, the rendered messages and the
 * `KQ Kiểm tra` rows never throw. A larger run: `npm run fuzz`.
 */
import { checkWorkbook } from "../../../src/core/check";
import { FUZZ_SIZES, fuzzWorkbook, runFuzz } from "../../../src/tools/fuzz";

test("the fuzzer is deterministic and varied", () => {
  expect(JSON.stringify(fuzzWorkbook(123))).toBe(JSON.stringify(fuzzWorkbook(123)));
  const sizes = new Set(Array.from({ length: 50 }, (_, i) => fuzzWorkbook(i).sheets.length));
  expect(fuzzWorkbook(5, FUZZ_SIZES.small).sheets.length).toBeLessThanOrEqual(FUZZ_SIZES.small.maxSheets);
  expect(sizes.size).toBeGreaterThan(5);
  const withIssues = Array.from({ length: 50 }, (_, i) => checkWorkbook(fuzzWorkbook(i)).issues.length).filter((n) => n > 0);
  expect(withIssues.length).toBeGreaterThan(40);
});

test("10 000 fuzzed workbooks complete with no exception", () => {
  const t0 = Date.now();
  const report = runFuzz(10_000, 20251231, FUZZ_SIZES.small);
  expect(report.failures.slice(0, 3)).toEqual([]);
  expect(report.runs).toBe(10_000);
  expect(report.issues).toBeGreaterThan(100_000);
  // ~10 s on an idle 2-core machine; the bound only catches a pathological slowdown (e.g. quadratic hints).
  expect(Date.now() - t0).toBeLessThan(90_000);
}, 120_000);
