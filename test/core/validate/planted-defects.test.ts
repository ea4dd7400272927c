/**
 * The planted-defect workbook: every plant at once in one workbook, on the bundled sample
 * `templates/so-theo-doi-mau.xlsx` and on the clean fixture. Every planted defect must be
 * reported at its exact cell with its severity, and NO other error may appear. The base itself must report
 * 0 errors.
 */
import { existsSync } from "node:fs";
import * as path from "node:path";
import type { Issue } from "../../../src/core/issues";
import type { TrackingData } from "../../../src/core/model";
import { render, translator } from "../../../src/i18n";
import { cleanWorkbook } from "./fixtures/clean-workbook";
import { PLANTS, plantInto, type Expected } from "./fixtures/plants";
import { checkFile, tempDir, writeFixture } from "./fixtures/xlsx";

const SAMPLE = path.join(__dirname, "../../../templates/so-theo-doi-mau.xlsx");
const key = (i: { code: string; sheet: string; cell: string | null }): string => `${i.code} ${i.sheet}!${i.cell ?? "-"}`;
const describeIssues = (issues: ReadonlyArray<Issue>): string[] => {
  const t = translator("vi");
  return issues.map((i) => `${i.severity} ${key(i)}: ${render(t, i.message)}`);
};

let tmp: { dir: string; cleanup: () => void };
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

async function plantAll(base: string, data: TrackingData, name: string): Promise<{ expected: Expected[]; issues: ReadonlyArray<Issue> }> {
  const out = path.join(tmp.dir, name);
  const expected = await plantInto(base, out, data, PLANTS);
  return { expected, issues: (await checkFile(out)).issues };
}

function assertExactlyPlanted(expected: ReadonlyArray<Expected>, issues: ReadonlyArray<Issue>): void {
  for (const e of expected) {
    const found = issues.find((i) => key(i) === key(e));
    expect({ planted: key(e), severity: found?.severity }).toEqual({ planted: key(e), severity: e.severity });
  }
  const plantedErrors = new Set(expected.filter((e) => e.severity === "error").map(key));
  const unexpected = issues.filter((i) => i.severity === "error" && !plantedErrors.has(key(i)));
  expect(describeIssues(unexpected)).toEqual([]);
}

describe("planted-defect workbook", () => {
  test("on the clean fixture: every planted defect at its cell, no other error", async () => {
    const base = await writeFixture(cleanWorkbook(), path.join(tmp.dir, "clean.xlsx"));
    const clean = await checkFile(base);
    expect(describeIssues(clean.issues)).toEqual([]);
    const { expected, issues } = await plantAll(base, clean.data, "planted-clean.xlsx");
    expect(expected.length).toBe(PLANTS.length);
    assertExactlyPlanted(expected, issues);
  });

  test("the bundled sample exists (npm run sample makes it)", () => {
    expect(existsSync(SAMPLE)).toBe(true);
  });

  test("the bundled sample reports 0 errors", async () => {
    const r = await checkFile(SAMPLE);
    expect(describeIssues(r.issues.filter((i) => i.severity === "error"))).toEqual([]);
  });

  test("on the bundled sample: every planted defect at its cell, no other error", async () => {
    const sample = await checkFile(SAMPLE);
    const { expected, issues } = await plantAll(SAMPLE, sample.data, "planted-sample.xlsx");
    assertExactlyPlanted(expected, issues);
  });
});
