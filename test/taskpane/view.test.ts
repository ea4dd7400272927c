/**
 * What the pane lists: issues grouped by sheet with errors first; the decisions table and its filters; the Rà
 * soát views. Checked on the sample workbook's real results against counts computed directly from them.
 */
import { checkWorkbook } from "../../src/core/check";
import type { Issue } from "../../src/core/issues";
import { rankWorkbook } from "../../src/core/rank";
import type { CarriedRow } from "../../src/core/review";
import { NO_REVIEW } from "../../src/core/review";
import type { RankResult } from "../../src/core/rules/types";
import { matchKey } from "../../src/core/text/fold";
import { readXlsxGrids } from "../../src/node/xlsx-reader";
import { decisionRows, filterChoices, filterDecisions, statusCounts } from "../../src/taskpane/view/decision-rows";
import { errorsFirst, groupIssues } from "../../src/taskpane/view/issue-groups";
import { reviewRows, reviewTitles } from "../../src/taskpane/view/review-rows";
import { SAMPLE } from "./workbook";

function issue(sheet: string, severity: Issue["severity"], row: number): Issue {
  return { severity, code: severity === "error" ? "REQUIRED" : "DOMAIN", sheet, cell: `B${row}`, row, column: "B", value: null, message: { key: "m" }, hint: null };
}

describe("issues grouped by sheet", () => {
  test("sheet order kept, errors before warnings within a sheet, sheets with errors first", () => {
    const issues = [issue("Đơn vị", "warning", 3), issue("Cá nhân", "warning", 2), issue("Cá nhân", "error", 9), issue("Xếp loại", "error", 4), issue("Cá nhân", "error", 5)];
    const groups = groupIssues(issues);
    expect(groups.map((g) => [g.sheet, g.errors, g.warnings])).toEqual([
      ["Đơn vị", 0, 1],
      ["Cá nhân", 2, 1],
      ["Xếp loại", 1, 0],
    ]);
    expect(groups[1].issues.map((i) => i.row)).toEqual([9, 5, 2]);
    expect(errorsFirst(groups).map((g) => g.sheet)).toEqual(["Cá nhân", "Xếp loại", "Đơn vị"]);
  });
});

describe("decisions of the sample workbook", () => {
  let result: RankResult;
  beforeAll(async () => {
    const check = checkWorkbook(await readXlsxGrids(SAMPLE));
    result = rankWorkbook(check.data, check.fingerprint)!.result;
  });

  test("one row per subject and title, units first", () => {
    const rows = decisionRows(result);
    const total = result.units.reduce((n, u) => n + u.decisions.length, 0) + result.people.reduce((n, p) => n + p.decisions.length, 0);
    expect(rows).toHaveLength(total);
    expect(rows.slice(0, result.units.reduce((n, u) => n + u.decisions.length, 0)).every((r) => r.kind === "unit")).toBe(true);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    const counts = statusCounts(rows);
    expect(counts.eligible + counts["not-eligible"] + counts.pending + counts.hold).toBe(total);
  });

  test("filters by unit, title, status and text keep exactly the matching rows", () => {
    const rows = decisionRows(result);
    for (const u of result.units) {
      const want = u.decisions.length + result.people.filter((p) => p.unit.toUpperCase() === u.code.toUpperCase()).reduce((n, p) => n + p.decisions.length, 0);
      expect(filterDecisions(rows, { unit: u.code })).toHaveLength(want);
      expect(filterDecisions(rows, { unit: u.code.toLowerCase() })).toHaveLength(want);
    }
    const eligibleCstdcs = result.people.filter((p) => p.decisions.some((d) => d.title === "CSTDCS" && d.status === "eligible")).length;
    expect(filterDecisions(rows, { title: "CSTDCS", status: "eligible" })).toHaveLength(eligibleCstdcs);
    const person = result.people[7];
    // Without diacritics, lower case: still found; every row found carries all the words.
    const typed = person.name.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
    const byName = filterDecisions(rows, { text: typed });
    expect(byName.filter((r) => r.code === person.code)).toHaveLength(person.decisions.length);
    const words = person.name.split(/\s+/).map(matchKey);
    expect(byName.every((r) => words.every((w) => matchKey(r.name).includes(w)))).toBe(true);
    expect(filterDecisions(rows, { text: person.code })).toHaveLength(person.decisions.length);
  });

  test("the unit filter offers every unit; the title filter every title decided", () => {
    const choices = filterChoices(result);
    expect(choices.units.map((u) => u.code)).toEqual(result.units.map((u) => u.code));
    const titles = new Set([...result.units, ...result.people].flatMap((s) => s.decisions.map((d) => d.title)));
    expect(new Set(choices.titles)).toEqual(titles);
  });
});

function row(subject: string, title: string, status: CarriedRow["review"]["status"], stale = false, orphan = false): CarriedRow {
  return {
    subject,
    name: `Người ${subject}`,
    unit: "KV01",
    title,
    result: "Đủ điều kiện",
    basis: "",
    review: { ...NO_REVIEW, status, statusText: String(status) },
    stamp: "s",
    currentStamp: orphan ? null : "s",
    systemNote: stale ? "Dữ liệu đã thay đổi" : "",
    stale,
    changes: [],
    orphan,
  };
}

describe("Rà soát views", () => {
  const rows = [row("CB1", "BK_BO", "PENDING"), row("CB2", "BK_BO", "APPROVED"), row("CB3", "CSTDCS", "RETURNED"), row("CB4", "BK_BO", "APPROVED", true), row("CB5", "LDTT", "APPROVED", false, true)];

  test("'to review' = waiting, or decided on data that changed since; never orphans", () => {
    expect(reviewRows(rows, { view: "waiting" }).map((r) => r.subject)).toEqual(["CB1", "CB4"]);
    expect(reviewRows(rows, { view: "stale" }).map((r) => r.subject)).toEqual(["CB4"]);
    expect(reviewRows(rows, { view: "approved" }).map((r) => r.subject)).toEqual(["CB2", "CB4", "CB5"]);
    expect(reviewRows(rows, { view: "returned" }).map((r) => r.subject)).toEqual(["CB3"]);
    expect(reviewRows(rows, { view: "all" })).toHaveLength(5);
  });

  test("title and text narrow any view", () => {
    expect(reviewRows(rows, { view: "all", title: "BK_BO" }).map((r) => r.subject)).toEqual(["CB1", "CB2", "CB4"]);
    expect(reviewRows(rows, { view: "all", text: "cb3" }).map((r) => r.subject)).toEqual(["CB3"]);
    expect(reviewTitles(rows)).toEqual(["BK_BO", "CSTDCS", "LDTT"]);
  });
});
