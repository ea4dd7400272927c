/**
 * Reads the text of a .docx the way a person sees it: paragraph by paragraph, joining the runs Word splits a
 * placeholder into when someone edits it (`{{ho_` + `ten}}` in two runs with different styles is `{{ho_ten}}`).
 * Deleted text of tracked changes (`w:delText`) is not text. Works in Node and in the browser (jszip, no DOM).
 */
import JSZip from "jszip";

export interface DocxParagraph {
  /** Part of the package ("word/document.xml", "word/header1.xml"). */
  readonly part: string;
  readonly text: string;
  /** Whether the paragraph is inside a table row. */
  readonly inTableRow: boolean;
}

export type DocxInput = Uint8Array | ArrayBuffer | Blob;

/** The parts that hold text a template may put placeholders in. */
export function isTextPart(name: string): boolean {
  return /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/.test(name);
}

const ENTITY: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeXmlText(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITY[e],
  );
}

const TOKEN = /<(\/?)([A-Za-z][\w.-]*:[\w.-]+|[A-Za-z][\w.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g;

/** Paragraph texts of one XML part, in document order (nested paragraphs, e.g. in text boxes, apart). */
export function paragraphsOfXml(part: string, xml: string): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  const open: Array<{ text: string; inTableRow: boolean }> = [];
  let rows = 0;
  let inText = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m !== null; m = TOKEN.exec(xml)) {
    const [, closing, name, , selfClosing, chars] = m;
    if (chars !== undefined) {
      if (inText > 0 && open.length > 0) open[open.length - 1].text += decodeXmlText(chars);
      continue;
    }
    if (name.startsWith("?") || name.startsWith("!")) continue;
    if (name === "w:p") {
      if (selfClosing) out.push({ part, text: "", inTableRow: rows > 0 });
      else if (closing) {
        const p = open.pop();
        if (p) out.push({ part, text: p.text, inTableRow: p.inTableRow });
      } else open.push({ text: "", inTableRow: rows > 0 });
    } else if (name === "w:tr" && !selfClosing) rows += closing ? -1 : 1;
    else if (name === "w:t" && !selfClosing) inText += closing ? -1 : 1;
  }
  return out;
}

export async function loadDocx(data: DocxInput): Promise<JSZip> {
  return JSZip.loadAsync(data);
}

/** Every paragraph of the parts that may hold placeholders. */
export async function docxParagraphs(zip: JSZip): Promise<DocxParagraph[]> {
  const names = Object.keys(zip.files).filter(isTextPart).sort((a, b) => (a === "word/document.xml" ? -1 : b === "word/document.xml" ? 1 : a.localeCompare(b)));
  const out: DocxParagraph[] = [];
  for (const name of names) out.push(...paragraphsOfXml(name, await zip.file(name)!.async("string")));
  return out;
}
