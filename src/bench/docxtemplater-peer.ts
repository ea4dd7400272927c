/**
 * The peer for the documents benchmark: docxtemplater (dev dependency, used here only) filling templates
 * equivalent to ours with the same values.
 *
 * Equivalent template: our default template of the kind, its placeholders rewritten in docxtemplater's syntax
 * with the same `{{ }}` delimiters — text placeholders unchanged, a block placeholder (a whole paragraph)
 * becomes a raw-XML tag `{{@name}}`, and each table row holding `{{group.field}}` placeholders becomes a loop
 * over that row (`{{#group}}…{{/group}}`; a group title row followed by its item rows nests the item loop
 * inside the group loop, as Danh sách and Biên bản do).
 * Same values: our TemplateValues, with blocks turned into paragraph XML of the same text and formatting
 * (Times New Roman, NĐ 30 sizes, body paragraphs justified with a first-line indent) and rows into arrays.
 */
import Docxtemplater from "docxtemplater";
import PizZip from "pizzip";
import { BODY, FONT, SIZE } from "../docs/format";
import type { DocumentKind } from "../docs/kinds";
import { PLACEHOLDERS } from "../docs/placeholders";
import { isBlock, isRows, type BlockParagraph, type RowsValue, type TemplateValues } from "../docs/values";

const TEXT_PART = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;
const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_.]+)\s*\}\}/g;
const ROW = /<w:tr[ >][\s\S]*?<\/w:tr>/g;

/** The group path of a rows placeholder ("nhom.dong.ten" → ["nhom", "dong"]) and its field ("ten"). */
function splitField(name: string): { path: string[]; field: string } {
  const parts = name.split(".");
  return { path: parts.slice(0, -1), field: parts[parts.length - 1] };
}

/** Inserts `text` into the first (or last) `<w:t>` of a row's XML, at its start (or end). */
function insertInText(rowXml: string, text: string, where: "start" | "end"): string {
  if (where === "start") {
    const m = /<w:t(?: [^>]*)?>/.exec(rowXml);
    if (!m) throw new Error("row without text");
    const at = m.index + m[0].length;
    return rowXml.slice(0, at) + text + rowXml.slice(at);
  }
  const at = rowXml.lastIndexOf("</w:t>");
  if (at < 0) throw new Error("row without text");
  return rowXml.slice(0, at) + text + rowXml.slice(at);
}

/** Rewrites one XML part of our template into docxtemplater syntax (see the file comment). */
export function toDocxtemplaterXml(xml: string, blocks: ReadonlySet<string>): string {
  // Rows: find each row's group path; open the groups it starts, close those the next row does not continue.
  const rows: Array<{ start: number; end: number; path: string[] }> = [];
  for (const m of xml.matchAll(ROW)) {
    const names = [...m[0].matchAll(PLACEHOLDER)].map((p) => p[1]).filter((n) => n.includes("."));
    if (names.length > 0) rows.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, path: splitField(names[0]).path });
  }
  let out = "";
  let at = 0;
  let open: string[] = [];
  rows.forEach((r, i) => {
    let rowXml = xml.slice(r.start, r.end).replace(PLACEHOLDER, (whole, name: string) => (name.includes(".") ? `{{${splitField(name).field}}}` : whole));
    const opening = r.path.filter((seg, k) => open[k] !== seg);
    const next = rows[i + 1];
    const adjacent = next !== undefined && xml.slice(r.end, next.start).trim() === "";
    let keep = 0;
    while (adjacent && keep < r.path.length && keep < next.path.length && r.path[keep] === next.path[keep]) keep++;
    const closing = r.path.slice(keep).reverse();
    rowXml = insertInText(rowXml, opening.map((seg) => `{{#${seg}}}`).join(""), "start");
    rowXml = insertInText(rowXml, closing.map((seg) => `{{/${seg}}}`).join(""), "end");
    open = r.path.slice(0, keep);
    out += xml.slice(at, r.start) + rowXml;
    at = r.end;
  });
  out += xml.slice(at);
  // Blocks: a paragraph holding only the placeholder becomes a raw-XML tag.
  return out.replace(PLACEHOLDER, (whole, name: string) => (blocks.has(name) ? `{{@${name}}}` : whole));
}

/** Our template of a kind, rewritten as the equivalent docxtemplater template. */
export function docxtemplaterTemplate(kind: DocumentKind, ours: Uint8Array): Uint8Array {
  const blocks = new Set(PLACEHOLDERS[kind].filter((p) => p.mode === "block").map((p) => p.name));
  const zip = new PizZip(ours);
  for (const name of Object.keys(zip.files)) {
    if (!TEXT_PART.test(name)) continue;
    const xml = zip.file(name)?.asText();
    if (xml !== undefined) zip.file(name, toDocxtemplaterXml(xml, blocks));
  }
  return zip.generate({ type: "uint8array", compression: "DEFLATE" });
}

const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function runXml(text: string, p: BlockParagraph, size: number): string {
  const props = `<w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}"/>${p.bold ? "<w:b/>" : ""}${p.italics ? "<w:i/>" : ""}<w:sz w:val="${size * 2}"/><w:szCs w:val="${size * 2}"/></w:rPr>`;
  return text
    .split(/\r?\n/)
    .map((line, i) => `<w:r>${props}${i > 0 ? "<w:br/>" : ""}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`)
    .join("");
}

/** A block paragraph as WordprocessingML, formatted as our filler formats it (package/patches.ts). */
function paragraphXml(p: BlockParagraph): string {
  if (p.style === "item") return `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240"/><w:jc w:val="left"/></w:pPr>${runXml(p.text, p, SIZE.recipientsItem)}</w:p>`;
  if (p.style === "plain") return `<w:p><w:pPr><w:spacing w:before="60" w:after="0" w:line="240"/><w:jc w:val="both"/></w:pPr>${runXml(p.text, p, SIZE.body)}</w:p>`;
  return `<w:p><w:pPr><w:spacing w:before="${BODY.before}" w:after="${BODY.after}" w:line="${BODY.line}"/><w:ind w:firstLine="${BODY.firstLine}"/><w:jc w:val="both"/></w:pPr>${runXml(p.text, p, SIZE.body)}</w:p>`;
}

type Data = Record<string, unknown>;

/**
 * Rows as arrays of objects. A field a row leaves out is "" (as our filler leaves it empty): docxtemplater would
 * otherwise look the name up in the enclosing scope (a row without `nam` would print the document's `nam`).
 */
function rowsData(value: RowsValue, fields: ReadonlyArray<string>, path: string): Data[] {
  const own = fields.filter((f) => f.startsWith(`${path}.`)).map((f) => f.slice(path.length + 1).split(".")[0]);
  return value.rows.map((r) => {
    const row: Data = Object.fromEntries(own.map((f) => [f, ""]));
    for (const [k, v] of Object.entries(r)) row[k] = typeof v === "string" ? v : rowsData(v, fields, `${path}.${k}`);
    return row;
  });
}

/** Our values in docxtemplater's shape: text as is, blocks as paragraph XML, rows as arrays of objects. */
export function docxtemplaterData(kind: DocumentKind, values: TemplateValues): Data {
  const fields = PLACEHOLDERS[kind].filter((p) => p.mode === "rows").map((p) => p.name);
  const out: Data = {};
  for (const [k, v] of Object.entries(values)) {
    if (typeof v === "string") out[k] = v;
    else if (isBlock(v)) out[k] = v.block.map(paragraphXml).join("");
    else if (isRows(v)) out[k] = rowsData(v, fields, k);
  }
  return out;
}

/** Fills a docxtemplater template (as `docxtemplaterTemplate` made it) and packs the .docx. */
export function fillWithDocxtemplater(kind: DocumentKind, template: Uint8Array, values: TemplateValues): Uint8Array {
  const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true, delimiters: { start: "{{", end: "}}" } });
  doc.render(docxtemplaterData(kind, values));
  return doc.getZip().generate({ type: "uint8array", compression: "DEFLATE" });
}
