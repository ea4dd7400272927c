/**
 * Fuzzing `check`: random workbooks — random cell types, missing and duplicated sheets, mutated and shuffled
 * headers, ragged rows, huge strings, error values, NaN/Infinity, legacy-encoded and odd Unicode text — go
 * through reading, validation, the fingerprint, the rendered messages (vi, en) and the `KQ Kiểm tra` rows.
 * Nothing may throw. The same seed gives the same workbooks.
 *
 *   npm run fuzz                       50 000 workbooks, seed 1
 *   node lib/tools/fuzz.js --count 5000 --seed 7 [--size small]
 *
 * The jest suite runs 10 000 of them with a fixed seed (test/core/validate/fuzz.test.ts).
 */
import { checkWorkbook } from "../core/check";
import type { CellValue, SheetGrid, WorkbookGrids } from "../core/grid";
import { DOMAINS, type EnumDomain } from "../core/schema/enums";
import { SHEETS } from "../core/schema/sheets";
import { SETTING_KEYS } from "../core/settings";
import { PARAMETERS } from "../core/rules/parameters";
import type { Msg } from "../core/issues";
import { CATALOGUES, LANGUAGES, render, translator } from "../i18n";
import { checkSheetValues } from "../output/check-sheet";

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (r: Rng, min: number, max: number): number => min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: Rng, items: ReadonlyArray<T>): T => items[Math.floor(r() * items.length)];
const chance = (r: Rng, p: number): boolean => r() < p;

const ERRORS = ["#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"];
const ODD = [
  "NguyÔn V¨n An", "Nguyeãn Vaên An", "Céng hßa", "ñy", "=SUM(A1:A9)", "+84 912", "@user", "-", "—", "\u0000", "\u200b", "\ufeff",
  "مرحبا", "😀👍", "a\u0301\u0301\u0301", "NaN", "Infinity", "1e308", "0x1F", "  ", "\n\n", "\t", "31/02/2025", "29/02/2024",
  "05/01/25", "2025-13-01", "1.234.567,89", "85,5 %", "120%", "-5", "1,2,3", "12.34.56", "TRUE", "Có", "Không",
];
const CODES = ["KV01", "KV02", "kv01", "VP", "CB001", "CB002", "cb001", "CB1", "SK01", "TC01", "ZZ99", "CB001; CB002", "SK01,SK02", ""];

const ALL_SPELLINGS: ReadonlyArray<string> = Object.values(DOMAINS).flatMap((d) => {
  const e = d as EnumDomain;
  return [...e.codes, ...e.codes.map((c) => e.labels[c as keyof typeof e.labels])];
});

/** A random string; sometimes huge. */
function junk(r: Rng): string {
  if (chance(r, 0.01)) return "Nguyễn Văn An ".repeat(int(r, 100, 2000));
  if (chance(r, 0.005)) return "x".repeat(int(r, 10_000, 40_000));
  const n = int(r, 0, 16);
  let s = "";
  for (let i = 0; i < n; i++) s += String.fromCharCode(chance(r, 0.8) ? int(r, 32, 126) : int(r, 0xa0, 0x1eff));
  return s;
}

function cell(r: Rng): CellValue {
  const k = r();
  if (k < 0.12) return "";
  if (k < 0.25) return pick(r, CODES);
  if (k < 0.35) return int(r, -10, 3000);
  if (k < 0.42) return r() * 1e6 - 1e3;
  if (k < 0.5) return int(r, 1, 60000); // looks like a date serial
  if (k < 0.58) return pick(r, ALL_SPELLINGS);
  if (k < 0.64) return pick(r, ERRORS);
  if (k < 0.72) return pick(r, ODD);
  if (k < 0.76) return pick(r, [true, false, null, undefined, Number.NaN, Number.POSITIVE_INFINITY, -0, Number.MAX_VALUE, -1e-300]);
  if (k < 0.8) return `${int(r, 1, 31)}/${int(r, 1, 13)}/${int(r, 1900, 2100)}`;
  return junk(r);
}

function mutateHeader(r: Rng, h: string): string {
  const k = r();
  if (k < 0.55) return h;
  if (k < 0.65) return h.toUpperCase();
  if (k < 0.7) return h.normalize("NFD");
  if (k < 0.78) return h.slice(0, Math.max(1, int(r, 1, h.length)));
  if (k < 0.85) return `${h}${pick(r, ["*", ":", " (1)", "x", "  "])}`;
  if (k < 0.9) return "";
  return junk(r);
}

function sheetName(r: Rng): string {
  const spec = pick(r, SHEETS);
  const k = r();
  if (k < 0.6) return spec.name;
  if (k < 0.8) return pick(r, spec.aliases);
  if (k < 0.9) return mutateHeader(r, spec.name) || spec.name;
  return junk(r).slice(0, 31) || "Sheet1";
}

/** How big the workbooks get: `small` keeps the 10 000-workbook jest run short, `full` is `npm run fuzz`. */
export interface FuzzSize {
  readonly maxSheets: number;
  readonly maxRows: number;
  /** Chance that a sheet has 50–300 rows. */
  readonly bigSheet: number;
}

export const FUZZ_SIZES = {
  small: { maxSheets: 6, maxRows: 5, bigSheet: 0.002 },
  full: { maxSheets: 16, maxRows: 14, bigSheet: 0.02 },
} as const satisfies Record<string, FuzzSize>;

function grid(r: Rng, size: FuzzSize): SheetGrid {
  const name = sheetName(r);
  const spec = SHEETS.find((s) => s.name === name || s.aliases.includes(name)) ?? pick(r, SHEETS);
  const values: CellValue[][] = [];
  for (let i = int(r, 0, chance(r, 0.05) ? 12 : 2); i > 0; i--) values.push([junk(r)]);
  let headers: CellValue[] = spec.columns.map((c) => mutateHeader(r, chance(r, 0.2) && c.aliases?.length ? pick(r, c.aliases) : c.header));
  if (chance(r, 0.3)) headers = headers.sort(() => r() - 0.5);
  if (chance(r, 0.15)) headers.push(pick(r, headers) ?? "", junk(r));
  if (chance(r, 0.1)) headers = headers.slice(0, int(r, 0, headers.length));
  if (!chance(r, 0.05)) values.push(headers);
  if (spec.id === "settings") {
    for (const k of SETTING_KEYS) if (chance(r, 0.5)) values.push([mutateHeader(r, k.label), cell(r)]);
    for (const p of PARAMETERS) if (chance(r, 0.08)) values.push([mutateHeader(r, p.label), cell(r)]);
  }
  const rows = chance(r, size.bigSheet) ? int(r, 50, 300) : int(r, 0, size.maxRows);
  for (let i = 0; i < rows; i++) {
    const width = chance(r, 0.1) ? int(r, 0, headers.length + 3) : headers.length;
    const row: CellValue[] = [];
    for (let c = 0; c < width; c++) row.push(cell(r));
    values.push(row);
  }
  return { name, values, rowOffset: chance(r, 0.1) ? int(r, 0, 1_000_000) : int(r, 0, 3), colOffset: chance(r, 0.05) ? int(r, 0, 16_000) : int(r, 0, 3) };
}

/** One random workbook (tracking sheets often, in any order, sometimes twice, and other sheets). */
export function fuzzWorkbook(seed: number, size: FuzzSize = FUZZ_SIZES.full): WorkbookGrids {
  const r = prng(seed);
  const sheets: SheetGrid[] = [];
  for (let i = int(r, 0, size.maxSheets); i > 0; i--) sheets.push(grid(r, size));
  return { sheets };
}

export interface FuzzFailure {
  readonly seed: number;
  readonly error: string;
}

export interface FuzzReport {
  readonly runs: number;
  readonly issues: number;
  /** Characters of the messages rendered (vi and en) for a sample of issues. */
  readonly renderedChars: number;
  readonly slowestMs: number;
  readonly failures: ReadonlyArray<FuzzFailure>;
}

const vi = translator("vi");
const en = translator("en");

/** The message exists in both catalogues and every {{parameter}} of its templates is given. */
function assertRenderable(msg: Msg): void {
  for (const lang of LANGUAGES) {
    const template = CATALOGUES[lang][msg.key];
    if (template === undefined) throw new Error(`no ${lang} message ${msg.key}`);
    for (const m of template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
      if (msg.params?.[m[1]] === undefined) throw new Error(`${lang} message ${msg.key} needs {{${m[1]}}}`);
    }
  }
}

/** Checks `count` workbooks from seeds seed, seed+1, …; collects every exception. */
export function runFuzz(count: number, seed: number, size: FuzzSize = FUZZ_SIZES.full, onProgress?: (done: number) => void): FuzzReport {
  let issues = 0;
  let rendered = 0;
  let slowestMs = 0;
  const failures: FuzzFailure[] = [];
  for (let i = 0; i < count; i++) {
    const s = seed + i;
    const t0 = performance.now();
    try {
      const result = checkWorkbook(fuzzWorkbook(s, size));
      issues += result.issues.length;
      for (const issue of result.issues) {
        assertRenderable(issue.message);
        if (issue.hint) assertRenderable(issue.hint);
      }
      // Rendering is the slow part: every issue's template was checked above; render a few, and the sheet at times.
      for (const issue of result.issues.slice(0, 3)) for (const t of [vi, en]) rendered += render(t, issue.message).length + render(t, issue.hint).length;
      if (i % 25 === 0) checkSheetValues(result, vi);
    } catch (e) {
      failures.push({ seed: s, error: e instanceof Error ? `${e.message}\n${e.stack ?? ""}` : String(e) });
    }
    slowestMs = Math.max(slowestMs, performance.now() - t0);
    if (onProgress && (i + 1) % 1000 === 0) onProgress(i + 1);
  }
  return { runs: count, issues, renderedChars: rendered, slowestMs, failures };
}

function argValue(argv: ReadonlyArray<string>, name: string, fallback: number): number {
  const i = argv.indexOf(name);
  const v = i >= 0 ? Number(argv[i + 1]) : fallback;
  return Number.isFinite(v) ? v : fallback;
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const count = argValue(argv, "--count", 50_000);
  const seed = argValue(argv, "--seed", 1);
  const t0 = Date.now();
  const sizeArg = argv.includes("--size") ? argv[argv.indexOf("--size") + 1] : "full";
  const size = sizeArg === "small" ? FUZZ_SIZES.small : FUZZ_SIZES.full;
  const report = runFuzz(count, seed, size, (done) => process.stdout.write(`\r${done}/${count}`));
  process.stdout.write("\n");
  console.log(
    `fuzz: ${report.runs} workbooks (seeds ${seed}…${seed + count - 1}), ${report.issues} issues, ` +
      `slowest ${report.slowestMs.toFixed(1)} ms, ${((Date.now() - t0) / 1000).toFixed(1)} s, ${report.failures.length} failures`,
  );
  for (const f of report.failures.slice(0, 10)) console.error(`seed ${f.seed}: ${f.error}`);
  process.exitCode = report.failures.length === 0 ? 0 : 1;
}
