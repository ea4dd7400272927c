/**
 * The message catalogues are complete: every key exists in Vietnamese and English with the same {{parameters}},
 * every issue code has messages, every message key the source names (string literals, `t("…")` calls,
 * `key: "…"` messages, and template-literal families such as `issues.TYPE_DATE.${reason}`) exists in both
 * languages, and every issue that `check` produces on real workbooks renders with all its parameters.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { checkWorkbook } from "../../src/core/check";
import { ISSUE_CODES, type Msg } from "../../src/core/issues";
import { CATALOGUES } from "../../src/i18n";
import { AREAS } from "../../src/i18n/messages";
import { fuzzWorkbook, FUZZ_SIZES } from "../../src/tools/fuzz";
import { arbDataset, toGrids } from "../core/validate/fixtures/random-workbook";

const SRC = path.join(__dirname, "../../src");
const vi = CATALOGUES.vi;
const en = CATALOGUES.en;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) && !p.includes(`${path.sep}i18n${path.sep}messages${path.sep}`) ? [p] : [];
  });
}

const params = (template: string): string[] => [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe("catalogues", () => {
  test("every area has the same keys in vi and en", () => {
    for (const area of AREAS) {
      const missingEn = Object.keys(area.vi).filter((k) => !(k in area.en));
      const missingVi = Object.keys(area.en).filter((k) => !(k in area.vi));
      expect({ missingEn, missingVi }).toEqual({ missingEn: [], missingVi: [] });
    }
  });

  test("no key is defined by two areas with different texts", () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const area of AREAS) {
      for (const [k, v] of Object.entries(area.vi)) {
        if (seen.has(k) && seen.get(k) !== v) clashes.push(k);
        seen.set(k, v);
      }
    }
    expect(clashes).toEqual([]);
  });

  test("vi and en messages take the same {{parameters}} and are not empty", () => {
    const differ = Object.keys(vi).filter((k) => JSON.stringify(params(vi[k])) !== JSON.stringify(params(en[k] ?? "")));
    const empty = Object.keys(vi).filter((k) => vi[k].trim() === "" || (en[k] ?? "").trim() === "");
    expect({ differ, empty }).toEqual({ differ: [], empty: [] });
  });

  test("every issue code has messages and hints in both languages", () => {
    for (const code of ISSUE_CODES) {
      for (const cat of [vi, en]) {
        expect({ code, message: Object.keys(cat).some((k) => k === `issues.${code}` || k.startsWith(`issues.${code}.`)) }).toEqual({ code, message: true });
        expect({ code, hint: Object.keys(cat).some((k) => k === `hints.${code}` || k.startsWith(`hints.${code}.`)) }).toEqual({ code, hint: true });
      }
    }
  });
});

describe("every key the source names exists in both languages", () => {
  const files = sourceFiles(SRC);
  const literals = new Map<string, string>();
  const families = new Map<string, string>();
  const LITERAL = /["'`]((?:issues|hints)\.[A-Za-z0-9_.]+)["'`]/g;
  const CALL = /\bt\(\s*["'`]([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_-]+)+)["'`]/g;
  const KEY = /\bkey:\s*["'`]([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_-]+)+)["'`]/g;
  const FAMILIES = [/(?:\bt\(\s*|\bkey:\s*)`((?:[A-Za-z][A-Za-z0-9_]*\.)+[A-Za-z0-9_.]*\$\{[^`]*)`/g, /`((?:issues|hints)\.[A-Za-z0-9_.]*\$\{[^`]*)`/g];
  for (const f of files) {
    const text = readFileSync(f, "utf8");
    const rel = path.relative(SRC, f);
    for (const re of [LITERAL, CALL, KEY]) for (const m of text.matchAll(re)) if (!m[1].includes("${")) literals.set(m[1], rel);
    for (const re of FAMILIES) for (const m of text.matchAll(re)) families.set(m[1], rel);
  }

  test("the scan finds the keys (sanity)", () => {
    expect(literals.get("issues.DUPLICATE_KEY")).toBeDefined();
    expect([...families.keys()].some((f) => f.startsWith("issues.TYPE_DATE."))).toBe(true);
  });

  test("literal keys", () => {
    const missing = [...literals].filter(([k]) => !(k in vi) || !(k in en)).map(([k, file]) => `${k} (${file})`);
    expect(missing).toEqual([]);
  });

  test("template-literal families have at least one key in both languages", () => {
    const missing: string[] = [];
    for (const [family, file] of families) {
      const re = new RegExp(`^${family.split(/\$\{[^}]*\}/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[A-Za-z0-9_.-]+")}$`);
      if (!Object.keys(vi).some((k) => re.test(k)) || !Object.keys(en).some((k) => re.test(k))) missing.push(`${family} (${file})`);
    }
    expect(missing).toEqual([]);
  });
});

describe("every issue check produces renders in both languages", () => {
  const problems = (msg: Msg | null): string[] => {
    if (!msg) return [];
    const out: string[] = [];
    for (const [lang, cat] of [["vi", vi], ["en", en]] as const) {
      const template = cat[msg.key];
      if (template === undefined) out.push(`${lang}: no ${msg.key}`);
      else for (const p of params(template)) if (msg.params?.[p] === undefined) out.push(`${lang}: ${msg.key} needs {{${p}}}`);
    }
    return out;
  };

  test("on random realistic workbooks and fuzzed ones", () => {
    const found = new Set<string>();
    const workbooks = [
      ...fc.sample(arbDataset, { numRuns: 150, seed: 99 }).map((ds, i) => toGrids(ds, { layout: i })),
      ...Array.from({ length: 300 }, (_, i) => fuzzWorkbook(7000 + i, FUZZ_SIZES.small)),
    ];
    for (const g of workbooks) {
      for (const issue of checkWorkbook(g).issues) {
        for (const p of [...problems(issue.message), ...problems(issue.hint)]) found.add(p);
      }
    }
    expect([...found]).toEqual([]);
  });
});
