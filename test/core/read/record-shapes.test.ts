/**
 * The record shapes written out per sheet (src/core/read/record-shapes.ts) are the objects the reader would
 * otherwise build field by field: every field of the sheet in schema order (values: then `src`).
 */
import { RECORD_SHAPES } from "../../../src/core/read/record-shapes";
import { SHEETS } from "../../../src/core/schema/sheets";

describe("record shapes", () => {
  test.each(SHEETS.map((s) => [s.id, s] as const))("%s: values, cells and raw have the sheet's fields in schema order", (_id, spec) => {
    const fields = spec.columns.map((c) => c.field);
    const shapes = RECORD_SHAPES[spec.id];
    expect(Object.keys(shapes.values())).toEqual([...fields, "src"]);
    expect(Object.keys(shapes.cells())).toEqual(fields);
    expect(Object.keys(shapes.raw())).toEqual(fields);
  });

  test("each call makes a new object", () => {
    const shapes = RECORD_SHAPES.people;
    expect(shapes.values()).not.toBe(shapes.values());
    expect(shapes.cells()).not.toBe(shapes.cells());
  });
});
