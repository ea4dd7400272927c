/**
 * A comparison harness for behaviour-preserving work on the core: runs `checkWorkbook` + `rankWorkbook` on a
 * fixed set of workbooks and writes (or compares against) what they produce — the records, the issues, the
 * fingerprint, the rank result as data (messages with their parameters, cells, near-miss) and, except at national
 * scale, the `check --json` / `rank --json` reports rendered in Vietnamese and English.
 *
 *   node lib/bench/core-golden.js --write DIR [--no-national]     dumps every case into DIR
 *   node lib/bench/core-golden.js --compare DIR [--no-national]   re-runs and names the first difference per case
 *   add --ignore-fingerprint to compare everything but the fingerprint's value; --native-sha to hash with node:crypto
 *
 * The cases: the bundled sample (and two --year overrides), 500 random workbooks of the fuzzer (mostly reading and
 * validation), 80 generated workbooks of 2–14 units with random damage (cells changed, rows duplicated or removed,
 * parameters overridden in `Cấu hình`: every rule's paths, with issues) and the national benchmark workbook read
 * from its .xlsx as the CLI reads it (grids cached in DIR/national.grids).
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import * as v8 from "node:v8";
import { checkWorkbook } from "../core/check";
import type { CellValue, SheetGrid, WorkbookGrids } from "../core/grid";
import { rankWorkbook } from "../core/rank";
import { PARAMETERS } from "../core/rules/parameters";
import { translator } from "../i18n";
import { checkReport } from "../cli/commands/check";
import { rankReport } from "../cli/commands/rank";
import { useNativeSha256 } from "../node/native-sha256";
import { samplePath } from "../node/paths";
import { readXlsxGrids } from "../node/xlsx-reader";
import { FUZZ_SIZES, fuzzWorkbook, prng } from "../tools/fuzz";
import { generateTracking } from "../tools/sample/generate";
import { writeXlsx } from "../tools/sample/write-xlsx";
import { SIZES } from "./sizes";

type Rng = () => number;
const int = (r: Rng, min: number, max: number): number => min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: Rng, items: ReadonlyArray<T>): T => items[Math.floor(r() * items.length)];

interface Case {
  readonly name: string;
  readonly grids: () => Promise<WorkbookGrids>;
  readonly year?: number;
  /** Render the reports (too slow at national scale: the data dump is stricter anyway). */
  readonly render: boolean;
}

const ODD: ReadonlyArray<CellValue> = ["", " ", "#N/A", "abc", "31/02/2025", "05/01/25", "-3", "120%", "1.234,5", 0, -1, 2.5, 1e9, true, null, "Có", "Không", "x".repeat(300)];

/** A generated workbook with random damage, so that reading, validation and every rule path see odd data. */
function damaged(seed: number): WorkbookGrids {
  const r = prng(seed * 7919 + 13);
  const units = int(r, 2, 14);
  const generated = generateTracking({
    units,
    clusters: int(r, 1, Math.min(4, units)),
    people: int(r, units, 160),
    years: int(r, 1, 7),
    year: int(r, 2021, 2026),
    seed,
    councilSize: int(r, 0, 3) === 0 ? 0 : int(r, 5, 15),
    layout: r() < 0.3 ? { ratings: { textDates: true, banner: ["SỔ THEO DÕI"] }, awards: { textDates: true } } : undefined,
  });
  const sheets: SheetGrid[] = generated.sheets.map((s) => ({ name: s.name, values: s.values.map((row) => [...row]), rowOffset: s.rowOffset, colOffset: s.colOffset }));
  const damage = seed % 5 === 0 ? 0 : int(r, 1, 60);
  for (let k = 0; k < damage; k++) {
    const s = pick(r, sheets);
    const rows = s.values as CellValue[][];
    if (rows.length < 2) continue;
    const i = int(r, 1, rows.length - 1);
    const what = r();
    if (what < 0.55) {
      // A cell takes another row's value of the same column (codes, ratings, years swap), or an odd value.
      const row = rows[i];
      const c = int(r, 0, Math.max(0, row.length - 1));
      row[c] = r() < 0.6 ? (rows[int(r, 1, rows.length - 1)][c] ?? "") : pick(r, ODD);
    } else if (what < 0.75) rows.splice(i, 0, [...rows[i]]);
    else if (what < 0.9) rows.splice(i, 1);
    else rows[i] = rows[i].map(() => "");
  }
  // Parameters overridden in `Cấu hình` (every rule set's values, plus odd ones).
  const settings = sheets.find((s) => s.name === "Cấu hình");
  if (settings) {
    const rows = settings.values as CellValue[][];
    for (let k = int(r, 0, 6); k > 0; k--) {
      const p = pick(r, PARAMETERS);
      const values = Object.values(p.defaults);
      const v = r() < 0.7 ? pick(r, values) : pick(r, ODD);
      rows.push([p.label, typeof v === "boolean" ? (v ? "Có" : "Không") : v === null ? "" : (v as CellValue)]);
    }
  }
  return { sheets };
}

async function nationalGrids(dir: string): Promise<WorkbookGrids> {
  const cache = path.join(dir, "national.grids");
  try {
    return v8.deserialize(await fs.readFile(cache)) as WorkbookGrids;
  } catch {
    const file = path.join(dir, "national.xlsx");
    await writeXlsx(generateTracking(SIZES.national), file);
    const grids = await readXlsxGrids(file);
    await fs.writeFile(cache, v8.serialize(grids));
    return grids;
  }
}

function cases(dir: string, national: boolean): Case[] {
  const out: Case[] = [];
  out.push({ name: "sample", grids: () => readXlsxGrids(samplePath()), render: true });
  out.push({ name: "sample-2024", grids: () => readXlsxGrids(samplePath()), year: 2024, render: true });
  out.push({ name: "sample-2021", grids: () => readXlsxGrids(samplePath()), year: 2021, render: true });
  for (let s = 1; s <= 400; s++) out.push({ name: `fuzz-small-${s}`, grids: async () => fuzzWorkbook(s, FUZZ_SIZES.small), render: true });
  for (let s = 1; s <= 100; s++) out.push({ name: `fuzz-full-${s}`, grids: async () => fuzzWorkbook(1000 + s, FUZZ_SIZES.full), render: true });
  for (let s = 1; s <= 80; s++) out.push({ name: `damaged-${s}`, grids: async () => damaged(s), render: true });
  if (national) out.push({ name: "national", grids: () => nationalGrids(dir), render: false });
  return out;
}

const vi = translator("vi");
const en = translator("en");

/** The text of one case: sections separated by a line naming each. */
function dump(c: Case, grids: WorkbookGrids, ignoreFingerprint: boolean): Map<string, string> {
  const check = checkWorkbook(grids);
  const rank = rankWorkbook(check.data, check.fingerprint, c.year !== undefined ? { year: c.year } : {});
  const fp = ignoreFingerprint ? "(ignored)" : check.fingerprint;
  const parts = new Map<string, string>();
  parts.set("data", JSON.stringify(check.data));
  parts.set("check", JSON.stringify({ fingerprint: fp, summary: check.summary, issues: check.issues }));
  parts.set("rank", rank ? JSON.stringify({ ...rank.result, fingerprint: ignoreFingerprint ? "(ignored)" : rank.result.fingerprint }) : "null");
  if (c.render) {
    for (const [lang, t] of [["vi", vi], ["en", en]] as const) {
      parts.set(`check-${lang}`, JSON.stringify({ ...checkReport("x.xlsx", check, t), fingerprint: fp }));
      if (rank) parts.set(`rank-${lang}`, JSON.stringify({ ...(rankReport(rank.result, t) as object), fingerprint: fp }));
    }
  }
  return parts;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  const from = Math.max(0, i - 200);
  return `at ${i} (lengths ${a.length} / ${b.length}):\n  was: …${a.slice(from, i + 200)}…\n  now: …${b.slice(from, i + 200)}…`;
}

async function main(argv: ReadonlyArray<string>): Promise<void> {
  const mode = argv.includes("--write") ? "write" : argv.includes("--compare") ? "compare" : null;
  const dir = mode ? argv[argv.indexOf(`--${mode}`) + 1] : undefined;
  if (!mode || !dir) throw new Error("usage: core-golden --write DIR | --compare DIR [--no-national] [--ignore-fingerprint] [--only PREFIX]");
  const ignoreFingerprint = argv.includes("--ignore-fingerprint");
  // The fingerprint's SHA-256 as the command line computes it (node:crypto) instead of the core's JavaScript one.
  if (argv.includes("--native-sha")) useNativeSha256();
  const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : null;
  await fs.mkdir(dir, { recursive: true });
  let differ = 0;
  let compared = 0;
  for (const c of cases(dir, !argv.includes("--no-national"))) {
    if (only && !c.name.startsWith(only)) continue;
    const parts = dump(c, await c.grids(), ignoreFingerprint);
    const file = path.join(dir, `${c.name}.v8`);
    if (mode === "write") {
      await fs.writeFile(file, v8.serialize([...parts]));
      continue;
    }
    const before = new Map(v8.deserialize(await fs.readFile(file)) as Array<[string, string]>);
    compared++;
    const keys = new Set([...before.keys(), ...parts.keys()]);
    for (const k of keys) {
      let was = before.get(k) ?? "(absent)";
      let now = parts.get(k) ?? "(absent)";
      if (ignoreFingerprint) {
        was = was.replace(/sha256:[0-9a-f]{64}/g, "(ignored)");
        now = now.replace(/sha256:[0-9a-f]{64}/g, "(ignored)");
      }
      if (was === now) continue;
      differ++;
      console.log(`DIFF ${c.name} [${k}] ${firstDifference(was, now)}`);
      break;
    }
  }
  if (mode === "write") console.log(`written to ${dir}`);
  else {
    console.log(differ === 0 ? `same: ${compared} cases` : `${differ} of ${compared} cases differ`);
    if (differ > 0) process.exitCode = 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
