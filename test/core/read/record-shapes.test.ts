/**
 * The record shapes written out per sheet (src/core/read/record-shapes.ts) are the objects the reader would
 * otherwise build field by field: every field of the sheet in schema order (values: then `src`), each taking the
 * row list's entry at its column's index.
 */
import { RECORD_SHAPES } from "../../../src/core/read/record-shapes";
import { SHEETS } from "../../../src/core/schema/sheets";

describe("record shapes", () => {
  test.each(SHEETS.map((s) => [s.id, s] as const))("%s: values, cells and raw have the sheet's fields in schema order", (_id, spec) => {
    const fields = spec.columns.map((c) => c.field);
    const shapes = RECORD_SHAPES[spec.id];
    const list = fields.map((_, i) => `v${i}`);
    const expected = Object.fromEntries(fields.map((f, i) => [f, `v${i}`]));
    const values = shapes.values(list);
    expect(Object.keys(values)).toEqual([...fields, "src"]);
    expect({ ...values, src: "s" }).toEqual({ ...expected, src: "s" });
    expect(Object.keys(shapes.cells(list))).toEqual(fields);
    expect(shapes.cells(list)).toEqual(expected);
    expect(Object.keys(shapes.raw(list))).toEqual(fields);
    expect(shapes.raw(list)).toEqual(expected);
  });

  test("each call makes a new object", () => {
    const shapes = RECORD_SHAPES.people;
    expect(shapes.values([])).not.toBe(shapes.values([]));
    expect(shapes.cells([])).not.toBe(shapes.cells([]));
  });
});
