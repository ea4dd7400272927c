/**
 * Fills one template with its values (docx `patchDocument`), then makes sure no placeholder is left and puts
 * the literal braces of the data back. Input and output are bytes, so it runs in Node and in the browser.
 */
import JSZip from "jszip";
import { patchDocument } from "docx";
import { UnfilledPlaceholderError } from "../errors";
import { placeholdersIn } from "../preflight";
import type { TemplateValues } from "../values";
import { toPatches } from "./patches";
import { literal, restoreLiterals } from "./literal";
import { docxParagraphs, isTextPart, type DocxInput } from "./read-text";

export interface FillOptions {
  /** Name of the output file, for messages. */
  readonly file: string;
  /** Document title (File › Info in Word). */
  readonly title?: string;
}

export async function fillTemplate(template: DocxInput, values: TemplateValues, options: FillOptions): Promise<Uint8Array> {
  const patched = await patchDocument({
    outputType: "uint8array",
    data: template,
    patches: toPatches(values),
    keepOriginalStyles: true,
    trimPlaceholders: true,
    properties: options.title ? { title: literal(options.title).replace(/[\uE000\uE001]/g, "") } : undefined,
  });
  const zip = await JSZip.loadAsync(patched);
  const left = new Set<string>();
  for (const p of await docxParagraphs(zip)) for (const name of placeholdersIn(p.text)) left.add(name);
  if (left.size > 0) throw new UnfilledPlaceholderError(options.file, [...left].sort());
  for (const name of Object.keys(zip.files).filter(isTextPart)) {
    const xml = await zip.file(name)!.async("string");
    const restored = restoreLiterals(xml);
    if (restored !== xml) zip.file(name, restored);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
