/**
 * README.md lists every parameter with its id, Vietnamese label, defaults per rule set and source.
 * The table between the markers is generated from the parameter table: run
 * `THIDUA_UPDATE_DOCS=1 npx jest test/core/rules/docs.test.ts` after changing parameters.ts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { PARAMETERS, RULE_SETS, type ParamDef, type ParamValue } from "../../../src/core/rules/parameters";

const DOC = path.join(__dirname, "../../../README.md");
const START = "<!-- parameters:start (generated from src/core/rules/parameters.ts) -->";
const END = "<!-- parameters:end -->";

function show(p: ParamDef, v: ParamValue): string {
  if (v === null) return "— (none)";
  if (typeof v === "boolean") return v ? "Có" : "Không";
  if (p.type === "percent" && typeof v === "number") return `${Math.round(v * 1000) / 10} %`;
  if (typeof v === "number") return v.toLocaleString("en-US");
  return `\`${v}\``;
}

export function parameterTable(): string {
  const head = ["id", "Tham số (Cấu hình)", "meaning", ...RULE_SETS, "rules", "source", "conf."];
  const lines = [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`];
  for (const p of PARAMETERS) {
    const meaning = p.note ? `${p.labelEn} — ${p.note}` : p.labelEn;
    const defaults = RULE_SETS.map((rs) => show(p, p.defaults[rs]));
    lines.push(`| \`${p.id}\` | ${p.label} | ${meaning} | ${defaults.join(" | ")} | ${p.rules.join(", ")} | ${p.source} | ${p.confidence} |`);
  }
  return lines.join("\n");
}

test("the README's parameter table is generated from the parameter table", () => {
  const doc = readFileSync(DOC, "utf8");
  const s = doc.indexOf(START);
  const e = doc.indexOf(END);
  expect(s).toBeGreaterThanOrEqual(0);
  expect(e).toBeGreaterThan(s);
  const expected = `${START}\n${parameterTable()}\n${END}`;
  if (process.env.THIDUA_UPDATE_DOCS) writeFileSync(DOC, doc.slice(0, s) + expected + doc.slice(e + END.length));
  const current = readFileSync(DOC, "utf8");
  expect(current.slice(current.indexOf(START), current.indexOf(END) + END.length)).toBe(expected);
});

test("every parameter id and label appears in the README", () => {
  const doc = readFileSync(DOC, "utf8");
  for (const p of PARAMETERS) {
    expect([p.id, doc.includes(`\`${p.id}\``)]).toEqual([p.id, true]);
    expect([p.label, doc.includes(p.label)]).toEqual([p.label, true]);
  }
});

test("every people's rule has a row in the rule table", () => {
  const doc = readFileSync(DOC, "utf8");
  for (const id of ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R11", "R12", "R13", "R20", "C2", "C3"]) expect([id, doc.includes(`| ${id} |`)]).toEqual([id, true]);
});
