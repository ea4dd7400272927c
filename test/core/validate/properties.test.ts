/**
 * Property tests (fast-check) of the validator and the fingerprint over random tracking workbooks:
 * - random grids (and random realistic workbooks) never make `check` throw;
 * - shuffling the data rows changes no issue except addresses;
 * - the fingerprint does not change under cosmetic changes (sheet names and order, header spelling and aliases,
 *   column order, banner and empty rows, extra columns, text vs real dates, number and percent formats, enum
 *   spellings, code case, NFC/NFD) and changes when any value changes.
 */
import fc from "fast-check";
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, WorkbookGrids } from "../../../src/core/grid";
import type { Issue } from "../../../src/core/issues";
import { SHEETS } from "../../../src/core/schema/sheets";
import { matchKey } from "../../../src/core/text/fold";
import { arbDataset, mutate, mutationPoints, toGrids } from "./fixtures/random-workbook";

/** Message parameters that hold addresses (rows, cells), which shuffling rows may change. */
const ADDRESS_PARAMS = new Set(["row", "cell", "firstRow", "firstCell", "otherCell", "ratingCell", "maxCell", "fromCell", "source"]);

function signature(i: Issue): string {
  const params = (p: Readonly<Record<string, string | number>> | undefined): Record<string, string | number> =>
    Object.fromEntries(
      Object.entries(p ?? {})
        .filter(([k]) => !ADDRESS_PARAMS.has(k))
        // Codes compare ignoring case: "KV02" and "kv02" are one key, whichever row is reported.
        .map(([k, v]) => [k, typeof v === "string" ? matchKey(v) : v] as const)
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  // LEGACY_ENCODING is reported once per column, at its first legacy cell: only the column is stable.
  if (i.code === "LEGACY_ENCODING") return JSON.stringify([i.code, i.sheet, i.column]);
  const value = typeof i.value === "string" ? matchKey(i.value) : i.value;
  return JSON.stringify([i.severity, i.code, i.sheet, i.column, value, i.message.key, params(i.message.params), i.hint?.key ?? null, params(i.hint?.params)]);
}

const multiset = (issues: ReadonlyArray<Issue>): string[] => {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const i of issues) {
    const s = signature(i);
    // LEGACY_ENCODING is one issue per column however many legacy cells move around.
    if (i.code === "LEGACY_ENCODING") {
      if (seen.has(s)) continue;
      seen.add(s);
    }
    out.push(s);
  }
  return out.sort();
};

// ---------------------------------------------------------------------------------------------------------
// Raw random grids

const TRACKING_NAMES = SHEETS.flatMap((s) => [s.name, ...s.aliases]);
const HEADERS = SHEETS.flatMap((s) => s.columns.flatMap((c) => [c.header, ...(c.aliases ?? [])]));
const arbCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(""),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...HEADERS),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 60000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom("#N/A", "#REF!", "#DIV/0!", "#VALUE!", "NguyÔn V¨n An", "31/02/2025", "85,5 %", "1.234.567"),
);
const arbGrids: fc.Arbitrary<WorkbookGrids> = fc
  .array(
    fc.record({
      name: fc.oneof(fc.constantFrom(...TRACKING_NAMES), fc.string({ maxLength: 10 })),
      values: fc.array(fc.array(arbCell, { maxLength: 10 }), { maxLength: 14 }),
      rowOffset: fc.nat({ max: 5 }),
      colOffset: fc.nat({ max: 3 }),
    }),
    { maxLength: 14 },
  )
  .map((sheets) => ({ sheets }));

describe("the validator never throws", () => {
  test("on random grids", () => {
    fc.assert(
      fc.property(arbGrids, (g) => {
        const r = checkWorkbook(g);
        return r.summary.errors + r.summary.warnings === r.issues.length;
      }),
      { numRuns: 400, seed: 42 },
    );
  });

  test("on random realistic workbooks, and every issue has a message key and a sheet", () => {
    fc.assert(
      fc.property(arbDataset, fc.integer(), (ds, layout) => {
        const r = checkWorkbook(toGrids(ds, { layout }));
        return r.issues.every((i) => i.message.key.startsWith("issues.") && i.sheet !== "" && (i.hint === null || i.hint.key.startsWith("hints.")));
      }),
      { numRuns: 150, seed: 43 },
    );
  });
});

describe("shuffling rows changes no issue except addresses", () => {
  test("issues are the same multiset, addresses aside", () => {
    fc.assert(
      fc.property(arbDataset, fc.integer(), fc.integer(), (ds, layout, shuffle) => {
        const a = checkWorkbook(toGrids(ds, { layout, fixedRows: true }));
        const b = checkWorkbook(toGrids(ds, { layout, fixedRows: true, shuffleRows: shuffle }));
        expect(multiset(b.issues)).toEqual(multiset(a.issues));
        expect(b.fingerprint).toBe(a.fingerprint);
      }),
      { numRuns: 150, seed: 44 },
    );
  });
});

describe("fingerprint", () => {
  test("is invariant under cosmetic changes", () => {
    fc.assert(
      fc.property(arbDataset, fc.integer(), fc.integer(), (ds, layoutA, layoutB) => {
        const a = checkWorkbook(toGrids(ds, { layout: layoutA }));
        const b = checkWorkbook(toGrids(ds, { layout: layoutB }));
        expect(b.fingerprint).toBe(a.fingerprint);
      }),
      { numRuns: 200, seed: 45 },
    );
  });

  test("changes when any value changes", () => {
    fc.assert(
      fc.property(
        arbDataset.chain((ds) => {
          const points = mutationPoints(ds);
          return fc.tuple(fc.constant(ds), points.length === 0 ? fc.constant(null) : fc.constantFrom(...points), fc.integer(), fc.integer());
        }),
        ([ds, point, layoutA, layoutB]) => {
          if (point === null) return;
          const a = checkWorkbook(toGrids(ds, { layout: layoutA }));
          const b = checkWorkbook(toGrids(mutate(ds, point), { layout: layoutB }));
          expect({ point, fingerprint: b.fingerprint }).not.toEqual({ point, fingerprint: a.fingerprint });
        },
      ),
      { numRuns: 250, seed: 46 },
    );
  });
});
