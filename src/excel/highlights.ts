/**
 * Highlighting issue cells in the clerk's sheets — the one thing the product may add there — with conditional
 * formats that are all removable in one action. Each of our rules is a custom formula rule whose formula carries
 * a tag and is always true: =N("thidua:error")=0 (N of a text is 0). Removal deletes exactly the rules whose
 * formula has that form; the clerk's own rules are never touched.
 *
 * Round trips: (1) sheet names, (2) the types of every sheet's conditional formats, (3) the formulas of the custom
 * ones, (4) deleting ours and adding the new ones (more requests only when the rules exceed ~4 MB). Inside an
 * action (Kiểm tra) (2) joins the action's survey, (3) its first read, and (4) its write plan.
 * With ExcelApi 1.9 one rule covers many cells (RangeAreas); on 1.8 each vertical run of cells is one rule, at
 * most MAX_RULES_WITHOUT_RANGE_AREAS per sheet (the pane says so with a message).
 */
import { parseA1 } from "../core/grid";
import { columnLetters } from "../core/grid";
import type { Msg, Severity } from "../core/issues";
import { detectFeatures, type ExcelFeatures, MAX_RULES_WITHOUT_RANGE_AREAS } from "./features";
import { isOwnSheet } from "./own-sheets";
import { CHUNK_BUDGET_BYTES } from "./payload";
import { loadSheetNames } from "./sheet-names";
import { syncWithin } from "./sync";
import { WritePlan } from "./write-plan";

export const HIGHLIGHT_TAG = "thidua";

const STYLE: Record<Severity, { readonly fill: string; readonly font: string }> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
};

/** The always-true, tagged formula of our rules. */
export function highlightFormula(severity: Severity): string {
  return `=N("${HIGHLIGHT_TAG}:${severity}")=0`;
}

const OUR_FORMULA = new RegExp(`^=\\s*N\\(\\s*"${HIGHLIGHT_TAG}:(error|warning)"\\s*\\)\\s*=\\s*0\\s*$`, "i");

/** True for the formula of one of the product's highlight rules. */
export function isHighlightFormula(formula: string | null | undefined): boolean {
  return typeof formula === "string" && OUR_FORMULA.test(formula);
}

/** What is highlighted: an Issue fits (sheet as written, cell "B5" or null, severity). */
export interface HighlightTarget {
  readonly sheet: string;
  readonly cell: string | null;
  readonly severity: Severity;
}

export interface HighlightOptions {
  readonly features?: ExcelFeatures;
  readonly maxRulesPerSheet?: number;
  readonly budgetBytes?: number;
}

export interface HighlightReport {
  readonly removed: number;
  readonly rules: number;
  readonly cells: number;
  /** Sheets where not every issue cell could be highlighted (ExcelApi 1.8 cap). */
  readonly truncated: ReadonlyArray<{ readonly sheet: string; readonly shown: number; readonly total: number }>;
  readonly messages: ReadonlyArray<Msg>;
}

/** Vertical runs of cells ("B5:B9"), column by column, row order. */
export function cellRuns(cells: ReadonlyArray<string>): Array<{ address: string; cells: number }> {
  const byCol = new Map<number, number[]>();
  for (const a of cells) {
    const p = parseA1(a);
    if (!p) continue;
    byCol.set(p.col0, [...(byCol.get(p.col0) ?? []), p.row0]);
  }
  const runs: Array<{ address: string; cells: number }> = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rowsOf = [...new Set(byCol.get(col))].sort((a, b) => a - b);
    let start = 0;
    for (let i = 1; i <= rowsOf.length; i++) {
      if (i < rowsOf.length && rowsOf[i] === rowsOf[i - 1] + 1) continue;
      const a = `${columnLetters(col)}${rowsOf[start] + 1}`;
      const b = `${columnLetters(col)}${rowsOf[i - 1] + 1}`;
      runs.push({ address: a === b ? a : `${a}:${b}`, cells: i - start });
      start = i;
    }
  }
  return runs;
}

/** Longest address list given to one RangeAreas. */
const MAX_AREAS_ADDRESS = 1500;
/** Estimated request bytes of one rule besides its address. */
const RULE_OVERHEAD_BYTES = 600;

/** The conditional formats of every sheet, asked in an action's survey (round trip 2). */
export interface RuleSurvey {
  readonly collections: ReadonlyArray<Excel.ConditionalFormatCollection>;
}

export function queueRuleTypes(worksheets: ReadonlyArray<Excel.Worksheet>): RuleSurvey {
  return { collections: worksheets.map((ws) => ws.getRange().conditionalFormats.load("items/type")) };
}

/** After the survey: the formulas of the custom rules are asked (with the action's next request). */
export interface RuleFormulas {
  /** True when something was queued (the next sync must be made even if nothing else is asked). */
  readonly queued: boolean;
  /** After that sync: the product's own rules. */
  ours(): Excel.ConditionalFormat[];
}

export function queueRuleFormulas(survey: RuleSurvey): RuleFormulas {
  const custom = survey.collections.flatMap((c) => c.items.filter((cf) => cf.type === "Custom"));
  const rules = custom.map((cf) => cf.custom.rule.load("formula"));
  return { queued: custom.length > 0, ours: () => custom.filter((_, i) => isHighlightFormula(rules[i].formula)) };
}

/** Round trips 1–3 as a step of their own: finds our rules on every sheet (queues nothing else). */
async function findOwnRules(context: Excel.RequestContext): Promise<{ sheetNames: ReadonlyArray<string>; ours: ReadonlyArray<Excel.ConditionalFormat> }> {
  const names = await loadSheetNames(context);
  const survey = queueRuleTypes(names.worksheets);
  await syncWithin(context);
  const formulas = queueRuleFormulas(survey);
  if (formulas.queued) await syncWithin(context);
  return { sheetNames: names.names, ours: formulas.ours() };
}

/** Removes every highlight rule of the product from every sheet, and nothing else. */
export async function removeHighlights(context: Excel.RequestContext): Promise<{ removed: number }> {
  const { ours } = await findOwnRules(context);
  if (ours.length === 0) return { removed: 0 };
  for (const cf of ours) cf.delete();
  await syncWithin(context);
  return { removed: ours.length };
}

interface RulePlan {
  readonly sheet: string;
  readonly severity: Severity;
  readonly address: string;
  readonly areas: boolean;
  readonly bytes: number;
}

function planRules(
  targets: ReadonlyArray<HighlightTarget>,
  sheetNames: ReadonlyArray<string>,
  rangeAreas: boolean,
  maxRules: number,
): { rules: RulePlan[]; cells: number; truncated: Array<{ sheet: string; shown: number; total: number }> } {
  const bySheet = new Map<string, { error: Set<string>; warning: Set<string> }>();
  const exact = new Map(sheetNames.map((n) => [n.toLocaleLowerCase(), n]));
  for (const t of targets) {
    if (!t.cell) continue;
    const sheet = exact.get(t.sheet.toLocaleLowerCase());
    if (!sheet || isOwnSheet(sheet)) continue;
    const cell = t.cell.replace(/\$/g, "").toUpperCase();
    if (!parseA1(cell)) continue;
    let entry = bySheet.get(sheet);
    if (!entry) bySheet.set(sheet, (entry = { error: new Set(), warning: new Set() }));
    entry[t.severity].add(cell);
  }
  const rules: RulePlan[] = [];
  const truncated: Array<{ sheet: string; shown: number; total: number }> = [];
  let cells = 0;
  for (const [sheet, sets] of bySheet) {
    for (const c of sets.error) sets.warning.delete(c);
    let budgetLeft = maxRules;
    let shown = 0;
    const total = sets.error.size + sets.warning.size;
    for (const severity of ["error", "warning"] as const) {
      const runs = cellRuns([...sets[severity]]);
      if (rangeAreas) {
        let group: string[] = [];
        let length = 0;
        const flush = () => {
          if (group.length === 0) return;
          const address = group.join(",");
          rules.push({ sheet, severity, address, areas: true, bytes: address.length + RULE_OVERHEAD_BYTES });
          group = [];
          length = 0;
        };
        for (const run of runs) {
          if (length + run.address.length + 1 > MAX_AREAS_ADDRESS) flush();
          group.push(run.address);
          length += run.address.length + 1;
          shown += run.cells;
        }
        flush();
      } else {
        for (const run of runs) {
          if (budgetLeft === 0) break;
          rules.push({ sheet, severity, address: run.address, areas: false, bytes: run.address.length + RULE_OVERHEAD_BYTES });
          budgetLeft--;
          shown += run.cells;
        }
      }
    }
    cells += shown;
    if (shown < total) truncated.push({ sheet, shown, total });
  }
  return { rules, cells, truncated };
}

/** Request bytes of deleting one rule. */
const DELETE_BYTES = 200;

/**
 * Adds to an action's write plan: deleting the product's previous highlight rules (`ours`) and highlighting
 * the cells of the given issues (red for errors, yellow for warnings). Issues without a cell, on missing
 * sheets or on the product's own sheets are skipped.
 */
export function planHighlights(
  plan: WritePlan,
  context: Excel.RequestContext,
  targets: ReadonlyArray<HighlightTarget>,
  sheetNames: ReadonlyArray<string>,
  ours: ReadonlyArray<Excel.ConditionalFormat>,
  options: HighlightOptions = {},
): HighlightReport {
  const features = options.features ?? detectFeatures();
  const maxRules = options.maxRulesPerSheet ?? MAX_RULES_WITHOUT_RANGE_AREAS;
  const rules = planRules(targets, sheetNames, features.rangeAreas, maxRules);
  const messages: Msg[] = [];
  if (!features.rangeAreas && rules.rules.length > 0) messages.push({ key: "excel.degrade.rangeAreas", params: { max: maxRules } });
  for (const t of rules.truncated) messages.push({ key: "excel.highlight.truncated", params: { sheet: t.sheet, shown: t.shown, total: t.total } });

  for (const cf of ours) plan.op(DELETE_BYTES, () => cf.delete());
  const worksheets = context.workbook.worksheets;
  for (const rule of rules.rules) {
    plan.op(rule.bytes, () => {
      const ws = worksheets.getItem(rule.sheet);
      const area: Excel.Range | Excel.RangeAreas = rule.areas ? ws.getRanges(rule.address) : ws.getRange(rule.address);
      const cf = area.conditionalFormats.add("Custom");
      cf.custom.rule.formula = highlightFormula(rule.severity);
      cf.custom.format.fill.color = STYLE[rule.severity].fill;
      cf.custom.format.font.color = STYLE[rule.severity].font;
    });
  }
  return { removed: ours.length, rules: rules.rules.length, cells: rules.cells, truncated: rules.truncated, messages };
}

/**
 * Replaces the product's highlight rules, as a step of its own: finding ours (names, rule types, custom
 * formulas), then deleting them and adding the new ones (more requests only when the rules exceed ~4 MB).
 */
export async function highlightIssues(
  context: Excel.RequestContext,
  targets: ReadonlyArray<HighlightTarget>,
  options: HighlightOptions = {},
): Promise<HighlightReport> {
  const { sheetNames, ours } = await findOwnRules(context);
  const plan = new WritePlan(context, options.budgetBytes ?? CHUNK_BUDGET_BYTES);
  const report = planHighlights(plan, context, targets, sheetNames, ours, options);
  await plan.run();
  return report;
}
