/**
 * Template values → docx patches: text → PatchType.PARAGRAPH (the placeholder's own run style is kept),
 * blocks → PatchType.DOCUMENT (whole paragraphs with NĐ 30 formatting), rows → PatchType.TABLE_ROWS
 * (nested for grouped tables). Every text goes through `literal` first.
 */
import { AlignmentType, PatchType, TextRun, type IPatch, type Paragraph, type TableRowsPatch } from "docx";
import { SIZE } from "../format";
import { bodyPara, para, runs } from "../layout/text";
import { isBlock, isRows, type BlockParagraph, type RowsValue, type TemplateValue, type TemplateValues } from "../values";
import { literal } from "./literal";

/** Plain runs (no run properties, so the placeholder's style applies); `\n` → line break. */
export function plainRuns(text: string): TextRun[] {
  return literal(text)
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ text: line, break: i === 0 ? undefined : 1 }));
}

function textPatch(text: string): IPatch {
  return { type: PatchType.PARAGRAPH, children: plainRuns(text) };
}

function blockParagraph(p: BlockParagraph): Paragraph {
  const text = literal(p.text);
  const style = { bold: p.bold, italics: p.italics };
  switch (p.style) {
    case "item":
      return para(runs(text, { ...style, size: SIZE.recipientsItem }), { align: AlignmentType.LEFT });
    case "plain":
      return para(runs(text, style), { align: AlignmentType.JUSTIFIED, before: 60 });
    case "body":
    default:
      return bodyPara(runs(text, style));
  }
}

function rowsPatch(value: RowsValue): TableRowsPatch {
  return {
    type: PatchType.TABLE_ROWS,
    rows: value.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "string" ? textPatch(v) : rowsPatch(v)]))),
  };
}

export function toPatch(value: TemplateValue): IPatch | TableRowsPatch {
  if (typeof value === "string") return textPatch(value);
  if (isBlock(value)) return { type: PatchType.DOCUMENT, children: value.block.map(blockParagraph) };
  if (isRows(value)) return rowsPatch(value);
  throw new Error("unknown template value");
}

export function toPatches(values: TemplateValues): Record<string, IPatch | TableRowsPatch> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, toPatch(v)]));
}
