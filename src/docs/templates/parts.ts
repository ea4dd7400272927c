/** Pieces the default templates share: document type and subject lines, headings, field lines, row tables. */
import { AlignmentType, Paragraph, Table } from "docx";
import { BODY, SIZE, TEXT_WIDTH } from "../format";
import { rule } from "../layout/header-block";
import { dataTable, row, type CellSpec } from "../layout/tables";
import { bodyPara, centred, para, run } from "../layout/text";

/** Document type (bold caps, centred) and subject lines (bold), with a short rule under the subject. */
export function titleBlock(docType: string, subject: ReadonlyArray<string>, width: number = TEXT_WIDTH.portrait): Paragraph[] {
  return [
    centred([run(docType, { size: SIZE.docType, bold: true })], { before: 360 }),
    ...subject.map((s) => centred([run(s, { size: SIZE.subject, bold: true })])),
    ...(subject.length > 0 ? [rule(1800, width + 114)] : []),
    para([], { after: 120 }),
  ];
}

/** A section heading ("I. SƠ LƯỢC LÝ LỊCH"): bold, indented like the body. */
export function heading(text: string): Paragraph {
  return bodyPara([run(text, { bold: true })], { before: 160, keepNext: true });
}

/** A body line made of fixed text and placeholders. */
export function line(text: string): Paragraph {
  return bodyPara([run(text)]);
}

/** A paragraph holding only a block placeholder (replaced by whole paragraphs). */
export function blockPlaceholder(name: string): Paragraph {
  return bodyPara([run(`{{${name}}}`)]);
}

export interface Column {
  readonly header: string;
  readonly width: number;
  /** Field of the repeated row ("stt" → `{{group.stt}}`). */
  readonly field: string;
  readonly align?: (typeof AlignmentType)[keyof typeof AlignmentType];
}

/** A table with a header row and one repeated row `{{group.field}}` per column. */
export function rowsTable(group: string, columns: ReadonlyArray<Column>): Table {
  const widths = columns.map((c) => c.width);
  const header: CellSpec[] = columns.map((c) => ({ text: c.header }));
  const body = row(
    columns.map((c) => ({ text: `{{${group}.${c.field}}}`, align: c.align })),
    widths,
  );
  return dataTable(widths, [header], [body]);
}

/**
 * A grouped table: a heading row `{{group.tieu_de}}` across all columns, then the items' row
 * `{{group.inner.field}}`; both rows repeat per group, the item row per item (nested repeated rows).
 */
export function groupedTable(group: string, inner: string, columns: ReadonlyArray<Column>): Table {
  const widths = columns.map((c) => c.width);
  const header: CellSpec[] = columns.map((c) => ({ text: c.header }));
  const groupRow = row([{ text: `{{${group}.tieu_de}}`, span: columns.length, style: { bold: true }, keepNext: true }], widths);
  const itemRow = row(
    columns.map((c) => ({ text: `{{${group}.${inner}.${c.field}}}`, align: c.align })),
    widths,
  );
  return dataTable(widths, [header], [groupRow, itemRow]);
}

/** Scales column widths to a total width (the last column takes the rounding). */
export function fit(widths: ReadonlyArray<number>, total: number): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  const out = widths.map((w) => Math.floor((w * total) / sum));
  out[out.length - 1] += total - out.reduce((a, b) => a + b, 0);
  return out;
}

export const CENTER = AlignmentType.CENTER;
export const FIRST_LINE = BODY.firstLine;
