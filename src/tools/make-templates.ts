/**
 * Writes the default document templates to `templates/<kind>.docx` (`npm run templates`). The files are
 * committed: a clerk opens them in Word, edits the fixed text and styles, and passes the folder with
 * `thidua generate --templates DIR`.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { DOCUMENT_KINDS, templateFileName } from "../docs/kinds";
import { buildDefaultTemplate } from "../docs/templates";
import { templatesDir } from "../node/paths";

async function main(): Promise<void> {
  const dir = process.argv[2] ? path.resolve(process.argv[2]) : templatesDir();
  await fs.mkdir(dir, { recursive: true });
  for (const kind of DOCUMENT_KINDS) {
    const file = path.join(dir, templateFileName(kind));
    await fs.writeFile(file, await buildDefaultTemplate(kind));
    process.stdout.write(`${file}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
