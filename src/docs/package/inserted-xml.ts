/**
 * The WordprocessingML the filler inserts: the runs of a text value (in the placeholder's run properties, `\n` →
 * a line break) and the paragraphs of a block value (NĐ 30 formatting: Times New Roman, body paragraphs justified
 * with a first-line indent, "Nơi nhận" items 11 pt). Written as the docx package writes the same paragraphs
 * (src/docs/layout/text.ts), attribute for attribute, so a block reads and renders as one built with docx.
 */
import { BODY, FONT, SIZE } from "../format";
import type { BlockParagraph } from "../values";
import { xmlText } from "./literal";

const FONTS = `<w:rFonts w:ascii="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}" w:hAnsi="${FONT}"/>`;

/** Runs of a text value with the given run properties (`<w:rPr>…</w:rPr>` or ""); each line after the first starts with a break. */
export function valueRunsXml(runProperties: string, value: string): string {
  const lines = xmlText(value).split(/\r?\n/);
  let out = "";
  for (let i = 0; i < lines.length; i++) out += `<w:r>${runProperties}${i > 0 ? "<w:br/>" : ""}<w:t xml:space="preserve">${lines[i]}</w:t></w:r>`;
  return out;
}

function paragraphProperties(p: BlockParagraph): { pPr: string; size: number } {
  switch (p.style) {
    case "item":
      return { pPr: `<w:spacing w:after="0" w:before="0" w:line="240"/><w:jc w:val="left"/>`, size: SIZE.recipientsItem };
    case "plain":
      return { pPr: `<w:spacing w:after="0" w:before="60" w:line="240"/><w:jc w:val="both"/>`, size: SIZE.body };
    case "body":
    default:
      return {
        pPr: `<w:spacing w:after="${BODY.after}" w:before="${BODY.before}" w:line="${BODY.line}"/><w:ind w:firstLine="${BODY.firstLine}"/><w:jc w:val="both"/>`,
        size: SIZE.body,
      };
  }
}

/** One block paragraph. */
export function blockParagraphXml(p: BlockParagraph): string {
  const { pPr, size } = paragraphProperties(p);
  const rPr = `<w:rPr>${FONTS}${p.bold ? "<w:b/><w:bCs/>" : ""}${p.italics ? "<w:i/><w:iCs/>" : ""}<w:sz w:val="${size * 2}"/><w:szCs w:val="${size * 2}"/></w:rPr>`;
  return `<w:p><w:pPr>${pPr}</w:pPr>${valueRunsXml(rPr, p.text)}</w:p>`;
}
