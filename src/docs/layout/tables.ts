/**
 * Tables with explicit widths (DXA) and a fixed layout, so that LibreOffice lays them out as Word does.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type ParagraphChild,
} from "docx";
import { CELL_MARGIN, SIZE, TABLE_BORDER } from "../format";
import { para, runs, type RunStyle } from "./text";

const LINE = { style: BorderStyle.SINGLE, size: TABLE_BORDER.size, color: TABLE_BORDER.color } as const;
export const GRID_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE } as const;

export type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface CellSpec {
  readonly text?: string;
  readonly children?: ReadonlyArray<ParagraphChild>;
  readonly paragraphs?: ReadonlyArray<Paragraph | Table>;
  readonly align?: Align;
  readonly span?: number;
  readonly style?: RunStyle;
  /** Keep this row on the same page as the next one (group headings). */
  readonly keepNext?: boolean;
}

/** A cell of a data table: one paragraph in the table font size, vertically centred. */
export function cell(spec: CellSpec, width: number): TableCell {
  const style: RunStyle = { size: SIZE.table, ...spec.style };
  const children =
    spec.paragraphs ?? [para(spec.children ?? runs(spec.text ?? "", style), { ...style, align: spec.align ?? AlignmentType.LEFT, before: 20, after: 20, keepNext: spec.keepNext })];
  return new TableCell({
    children: [...children],
    width: { size: width, type: WidthType.DXA },
    columnSpan: spec.span,
    verticalAlign: VerticalAlignTable.CENTER,
  });
}

/** Sums the widths of the columns a cell spans, from column `from`. */
function spanWidth(widths: ReadonlyArray<number>, from: number, span: number): number {
  return widths.slice(from, from + span).reduce((a, b) => a + b, 0);
}

export function row(cells: ReadonlyArray<CellSpec>, widths: ReadonlyArray<number>, options: { header?: boolean } = {}): TableRow {
  let col = 0;
  const out = cells.map((c) => {
    const w = spanWidth(widths, col, c.span ?? 1);
    col += c.span ?? 1;
    return cell(c, w);
  });
  return new TableRow({ children: out, tableHeader: options.header, cantSplit: true });
}

/** A bordered data table: fixed layout, DXA widths; the header rows repeat on every page. */
export function dataTable(widths: ReadonlyArray<number>, header: ReadonlyArray<ReadonlyArray<CellSpec>>, body: ReadonlyArray<TableRow>): Table {
  const width = widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: GRID_BORDERS,
    margins: { ...CELL_MARGIN, marginUnitType: WidthType.DXA },
    rows: [...header.map((h) => row(h.map((c) => ({ align: AlignmentType.CENTER, ...c, style: { bold: true, ...c.style } })), widths, { header: true })), ...body],
  });
}

/** A borderless layout table (header block, signature block): fixed layout, DXA widths. */
export function layoutTable(widths: ReadonlyArray<number>, rows: ReadonlyArray<ReadonlyArray<ReadonlyArray<Paragraph | Table>>>): Table {
  const width = widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 57, right: 57, marginUnitType: WidthType.DXA },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map((children, i) => new TableCell({ children: [...children], width: { size: widths[i], type: WidthType.DXA } })),
        }),
    ),
  });
}
