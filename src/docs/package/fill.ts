/**
 * Fills one template with its values at the XML level: each part that holds text (document, headers, footers,
 * notes) is compiled once into literal pieces and value slots (package/compile.ts) and written in one pass
 * (package/render.ts); the other parts of the package are copied as they are, still compressed. A placeholder
 * left without a value stops the document (UnfilledPlaceholderError). Bytes in, bytes out: Node and browser alike.
 *
 * The cost is the size of the output. docx's `patchDocument` (used before) searched the whole document again for
 * every placeholder and every repeated row, so a list's cost grew with the square of its rows.
 */
import JSZip from "jszip";
import { UnfilledPlaceholderError } from "../errors";
import type { TemplateValues } from "../values";
import { compilePart, type Program } from "./compile";
import { xmlText } from "./literal";
import { isTextPart, type DocxInput } from "./read-text";
import { render, type RenderState } from "./render";

export interface FillOptions {
  /** Name of the output file, for messages. */
  readonly file: string;
  /** Document title (File › Info in Word). */
  readonly title?: string;
}

/** Compiled parts by their XML text: a dossier fills the same few templates hundreds of times. */
const compiled = new Map<string, Program>();
const COMPILED_MAX = 64;

function programOf(xml: string): Program {
  let program = compiled.get(xml);
  if (program === undefined) {
    program = compilePart(xml);
    if (compiled.size >= COMPILED_MAX) compiled.delete(compiled.keys().next().value!);
    compiled.set(xml, program);
  }
  return program;
}

const DRAWING_ID = /<(?:wp:docPr|wps:cNvPr|wpg:cNvPr)\b(?:[^>"']|"[^"]*"|'[^']*')*?\sid="(\d+)"/g;

/** The first drawing id no part uses (copies of repeated rows number their drawings from it). */
function firstFreeDrawingId(parts: ReadonlyArray<string>): number {
  let max = 0;
  for (const xml of parts) if (xml.includes("Pr ")) for (const m of xml.matchAll(DRAWING_ID)) max = Math.max(max, Number(m[1]));
  return max + 1;
}

export async function fillTemplate(template: DocxInput, values: TemplateValues, options: FillOptions): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(template);
  const names = Object.keys(zip.files).filter(isTextPart);
  const parts = await Promise.all(names.map((name) => zip.file(name)!.async("string")));
  const state: RenderState = { values, unfilled: new Set(), nextDrawingId: firstFreeDrawingId(parts) };
  names.forEach((name, i) => {
    if (!parts[i].includes("{")) return;
    const out: string[] = [];
    render(programOf(parts[i]), state, out);
    zip.file(name, out.join(""));
  });
  if (state.unfilled.size > 0) throw new UnfilledPlaceholderError(options.file, [...state.unfilled].sort());
  if (options.title !== undefined) await setTitle(zip, options.title);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const DC = "http://purl.org/dc/elements/1.1/";

/** Sets the document title in the core properties (when the package has them, as Word's and LibreOffice's do). */
async function setTitle(zip: JSZip, title: string): Promise<void> {
  const rels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => /Type="[^"]*\/core-properties"/.test(r));
  const path = (rel ? /Target="([^"]*)"/.exec(rel)?.[1] : undefined)?.replace(/^\//, "") ?? "docProps/core.xml";
  const file = zip.file(path);
  if (!file) return;
  let xml = await file.async("string");
  const text = xmlText(title);
  let prefix = new RegExp(`xmlns:([\\w.-]+)="${DC.replace(/[./]/g, "\\$&")}"`).exec(xml)?.[1];
  if (prefix === undefined) {
    prefix = "dc";
    xml = xml.replace(/<([\w.-]+:)?coreProperties\b/, (m) => `${m} xmlns:dc="${DC}"`);
  }
  const element = new RegExp(`<${prefix}:title(?:\\s[^>]*)?(?:/>|>[\\s\\S]*?</${prefix}:title>)`);
  const written = `<${prefix}:title>${text}</${prefix}:title>`;
  xml = element.test(xml) ? xml.replace(element, () => written) : xml.replace(/<\/([\w.-]+:)?coreProperties>\s*$/, (end) => `${written}${end}`);
  zip.file(path, xml);
}
