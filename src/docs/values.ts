/**
 * What fills a template: for each placeholder, text (inline), a block of paragraphs, or repeated rows.
 * Built per kind from the proposal set (fill/*.ts), written into a template by package/fill.ts.
 */

export type BlockStyle = "body" | "item" | "plain";

export interface BlockParagraph {
  readonly text: string;
  readonly style: BlockStyle;
  readonly bold?: boolean;
  readonly italics?: boolean;
}

export interface BlockValue {
  readonly block: ReadonlyArray<BlockParagraph>;
}

export interface RowsValue {
  readonly rows: ReadonlyArray<Readonly<Record<string, string | RowsValue>>>;
}

export type TemplateValue = string | BlockValue | RowsValue;

export type TemplateValues = Readonly<Record<string, TemplateValue>>;

export function isBlock(v: TemplateValue): v is BlockValue {
  return typeof v === "object" && "block" in v;
}

export function isRows(v: TemplateValue | undefined): v is RowsValue {
  return typeof v === "object" && v !== null && "rows" in v;
}
