/**
 * Writes the default document templates to `templates/<kind>.docx` (`npm run templates`). The files are
 * committed: a clerk opens them in Word, edits the fixed text and styles, and passes the folder with
 * `thidua generate --templates DIR`.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { DOCUMENT_KINDS, templateFileName } from "../docs/kinds";
import { buildDefaultTemplate } from "../docs/templates";
import { templatesDir } from "../node/paths";

/** Fixed timestamps in the package, so that rebuilding an unchanged template gives the same bytes. */
const STAMP = "2025-01-01T00:00:00Z";

async function stable(docx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const core = zip.file("docProps/core.xml");
  if (core) {
    const xml = (await core.async("string")).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${STAMP}$2`);
    zip.file("docProps/core.xml", xml);
  }
  const date = new Date(STAMP);
  for (const f of Object.values(zip.files)) f.date = date;
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function main(): Promise<void> {
  const dir = process.argv[2] ? path.resolve(process.argv[2]) : templatesDir();
  await fs.mkdir(dir, { recursive: true });
  for (const kind of DOCUMENT_KINDS) {
    const file = path.join(dir, templateFileName(kind));
    await fs.writeFile(file, await stable(await buildDefaultTemplate(kind)));
    process.stdout.write(`${file}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
