/**
 * The reference filler for the differential tests: the filling the product did before it filled the XML itself —
 * docx's `patchDocument` (PatchType.PARAGRAPH for text in the placeholder's style, DOCUMENT for blocks, nested
 * TABLE_ROWS for repeated rows), braces of the data as private-use stand-ins while patching. It costs the square
 * of the rows, so the tests give it small documents only.
 */
import JSZip from "jszip";
import { AlignmentType, PatchType, TextRun, patchDocument, type IPatch, type Paragraph, type TableRowsPatch } from "docx";
import { SIZE } from "../../src/docs/format";
import { bodyPara, para, runs } from "../../src/docs/layout/text";
import { literal, restoreLiterals } from "../../src/docs/package/literal";
import { isTextPart } from "../../src/docs/package/read-text";
import { isBlock, isRows, type BlockParagraph, type RowsValue, type TemplateValue, type TemplateValues } from "../../src/docs/values";

function plainRuns(text: string): TextRun[] {
  return literal(text)
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ text: line, break: i === 0 ? undefined : 1 }));
}

const textPatch = (text: string): IPatch => ({ type: PatchType.PARAGRAPH, children: plainRuns(text) });

function blockParagraph(p: BlockParagraph): Paragraph {
  const text = literal(p.text);
  const style = { bold: p.bold, italics: p.italics };
  if (p.style === "item") return para(runs(text, { ...style, size: SIZE.recipientsItem }), { align: AlignmentType.LEFT });
  if (p.style === "plain") return para(runs(text, style), { align: AlignmentType.JUSTIFIED, before: 60 });
  return bodyPara(runs(text, style));
}

function rowsPatch(value: RowsValue): TableRowsPatch {
  return {
    type: PatchType.TABLE_ROWS,
    rows: value.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "string" ? textPatch(v) : rowsPatch(v)]))),
  };
}

function toPatch(value: TemplateValue): IPatch | TableRowsPatch {
  if (typeof value === "string") return textPatch(value);
  if (isBlock(value)) return { type: PatchType.DOCUMENT, children: value.block.map(blockParagraph) };
  if (isRows(value)) return rowsPatch(value);
  throw new Error("unknown template value");
}

/** The text parts of a template filled by docx, by part name. */
export async function fillWithDocx(template: Uint8Array, values: TemplateValues): Promise<Record<string, string>> {
  const patched = await patchDocument({
    outputType: "uint8array",
    data: template,
    patches: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, toPatch(v)])),
    keepOriginalStyles: true,
    trimPlaceholders: true,
  });
  const zip = await JSZip.loadAsync(patched);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter(isTextPart)) out[name] = restoreLiterals(await zip.file(name)!.async("string"));
  return out;
}

/**
 * What docx writes differently without changing the document: the namespaces it declares on the part's root
 * element, and the `xml:space` it adds to the text element after a placeholder.
 */
export function comparable(xml: string): string {
  return xml.replace(/<(w:document|w:hdr|w:ftr|w:footnotes|w:endnotes)\b[^>]*>/, "<$1>").replace(/<w:t xml:space="preserve">/g, "<w:t>");
}
