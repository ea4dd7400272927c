/**
 * `Cấu hình`: `Năm thi đua` is required (REQUIRED, at its value cell or where the row should go); a key that is
 * neither a known setting nor a rule-set parameter label is a TYPE_ENUM *warning* with the closest label; a key
 * given twice is DUPLICATE_KEY (the first row wins, as everywhere); typed values are checked — years, whole
 * numbers, dates, `Bộ quy tắc`, and parameter overrides (percent, number, whole number, yes/no, options).
 */
import type { CellValue } from "../grid";
import { a1, isBlank, isErrorValue } from "../grid";
import type { Issue, IssueCode, Msg, Severity } from "../issues";
import { defaultSeverity, issueValue } from "../issues";
import type { SettingEntry } from "../model";
import { MAX_YEAR, MIN_YEAR, cellText } from "../read/read-cell";
import { paramByLabel, parseParamValue, PARAMETER_LABELS, RULE_SETS, ruleSetByName, type ParamDef } from "../rules/parameters";
import { SETTING_KEYS, settingKeyOf, type SettingKey } from "../settings";
import { closest } from "../text/fold";
import { parseDate, parseNumber, parsePercent } from "../text/parse-values";
import { columnHeader, sheetName, type ValidationContext } from "./context";

const ALL_LABELS: ReadonlyArray<string> = [...SETTING_KEYS.map((k) => k.label), ...PARAMETER_LABELS];

const closestLabels = new Map<string, string>();

/** The known setting or parameter label closest to an unknown key (memoised: the labels never change). */
function closestLabel(label: string): string {
  let best = closestLabels.get(label);
  if (best === undefined) {
    best = closest(label, ALL_LABELS, 1)[0] ?? "";
    if (closestLabels.size < 1000) closestLabels.set(label, best);
  }
  return best;
}

export function checkSettings(ctx: ValidationContext): Issue[] {
  const { data } = ctx;
  const info = data.sheets.settings;
  if (!info || info.columns.key === undefined) return [];
  const sheet = info.name;
  const keyHeader = columnHeader(data, "settings", "key");
  const valueHeader = columnHeader(data, "settings", "value");
  const issues: Issue[] = [];

  const at = (e: SettingEntry, onKey: boolean, code: IssueCode, message: Msg, hint: Msg | null, severity: Severity = defaultSeverity(code)): void => {
    issues.push({
      severity,
      code,
      sheet,
      cell: onKey ? e.keyCell : e.valueCell,
      row: e.row,
      column: onKey ? keyHeader : valueHeader,
      value: onKey ? issueValue(e.label) : issueValue(e.value),
      message,
      hint,
    });
  };

  const first = new Map<string, SettingEntry>();
  for (const e of data.settings.entries) {
    const known = settingKeyOf(e.label);
    const param = known ? undefined : paramByLabel(e.label);
    if (!known && !param) {
      const best = closestLabel(e.label);
      at(e, true, "TYPE_ENUM", { key: "issues.TYPE_ENUM.settingKey", params: { value: e.label } }, { key: "hints.TYPE_ENUM.settingKey", params: { closest: best } }, "warning");
      continue;
    }
    const id = known ? known.id : `param:${(param as ParamDef).id}`;
    const earlier = first.get(id);
    if (earlier) {
      at(
        e,
        true,
        "DUPLICATE_KEY",
        { key: "issues.DUPLICATE_KEY", params: { key: e.label, firstRow: earlier.row } },
        { key: "hints.DUPLICATE_KEY", params: { sheet, keyColumns: keyHeader, firstRow: earlier.row, firstCell: earlier.keyCell } },
      );
      continue;
    }
    first.set(id, e);
    if (isErrorValue(e.value)) continue; // FORMULA_ERROR comes from the reader
    const problem = known ? knownValueProblem(known, e.value) : paramValueProblem(param as ParamDef, e.value);
    if (problem) at(e, false, problem.code, { key: problem.message, params: { key: e.label, value: cellText(e.value), ...problem.params } }, { key: problem.hint, params: { key: e.label, ...problem.params } });
  }

  const year = first.get("year");
  if (!year) {
    issues.push(missingYear(ctx, sheet, keyHeader, valueHeader));
  } else if (isBlank(year.value)) {
    at(year, false, "REQUIRED", { key: "issues.REQUIRED.yearValue", params: { key: year.label } }, { key: "hints.REQUIRED.yearValue", params: { key: year.label } });
  }
  return issues;
}

interface Problem {
  readonly code: IssueCode;
  readonly message: string;
  readonly hint: string;
  readonly params: Record<string, string | number>;
}

const problem = (code: IssueCode, name: string, params: Record<string, string | number> = {}): Problem => ({
  code,
  message: `issues.${code}.${name}`,
  hint: `hints.${code}.${name}`,
  params,
});

function knownValueProblem(key: SettingKey, value: CellValue): Problem | null {
  if (isBlank(value)) return null;
  switch (key.type) {
    case "year": {
      const n = parseNumber(value);
      if (!n.ok || !Number.isInteger(n.value)) return problem("TYPE_NUMBER", "settingYear");
      if (n.value < MIN_YEAR || n.value > MAX_YEAR) return problem("RANGE", "settingYear", { min: MIN_YEAR, max: MAX_YEAR });
      return null;
    }
    case "int": {
      const n = parseNumber(value);
      if (!n.ok || !Number.isInteger(n.value)) return problem("TYPE_NUMBER", "settingInt");
      if (n.value < 0) return problem("RANGE", "settingNegative");
      if (key.id === "councilSize" && n.value === 0) return problem("RANGE", "settingCouncil");
      return null;
    }
    case "date":
      return parseDate(value).ok ? null : problem("TYPE_DATE", "setting");
    case "text":
      if (key.id === "ruleSet" && !ruleSetByName(cellText(value))) {
        return problem("TYPE_ENUM", "ruleSet", { closest: closest(cellText(value), RULE_SETS, 1)[0] ?? RULE_SETS[0], options: RULE_SETS.join("; ") });
      }
      return null;
    case "lines":
      return null;
  }
}

function paramValueProblem(def: ParamDef, value: CellValue): Problem | null {
  if (isBlank(value) || parseParamValue(def, value).ok) return null;
  switch (def.type) {
    case "percent": {
      const p = parsePercent(value);
      return !p.ok && p.reason === "range" ? problem("RANGE", "settingPercent") : problem("TYPE_NUMBER", "settingPercent");
    }
    case "number": {
      const n = parseNumber(value);
      return n.ok ? problem("RANGE", "settingNegative") : problem("TYPE_NUMBER", "settingNumber");
    }
    case "int": {
      const n = parseNumber(value);
      return n.ok && Number.isInteger(n.value) ? problem("RANGE", "settingNegative") : problem("TYPE_NUMBER", "settingInt");
    }
    case "bool":
      return problem("TYPE_ENUM", "settingBool");
    case "enum":
      return problem("TYPE_ENUM", "settingOption", { options: (def.options ?? []).join("; "), closest: closest(cellText(value), def.options ?? [], 1)[0] ?? "" });
  }
}

/** `Năm thi đua` has no row: point at the first free cell of `Tham số` under the entries. */
function missingYear(ctx: ValidationContext, sheet: string, keyHeader: string, valueHeader: string): Issue {
  const { data } = ctx;
  const info = data.sheets.settings;
  const keyCol = info?.columns.key?.col ?? 0;
  const lastRow = Math.max(info?.headerRow ?? 0, ...data.settings.entries.map((e) => e.row));
  const cell = a1(lastRow, keyCol); // row index lastRow (0-based) is the Excel row after lastRow
  const label = SETTING_KEYS.find((k) => k.id === "year")?.label ?? "Năm thi đua";
  return {
    severity: "error",
    code: "REQUIRED",
    sheet,
    cell,
    row: lastRow + 1,
    column: keyHeader,
    value: null,
    message: { key: "issues.REQUIRED.year", params: { sheet: sheetName(data, "settings"), key: label } },
    hint: { key: "hints.REQUIRED.year", params: { key: label, keyColumn: keyHeader, valueColumn: valueHeader, cell } },
  };
}
