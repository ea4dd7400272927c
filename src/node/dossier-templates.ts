/**
 * The templates `thidua generate` uses: a clerk's edited copies from `--templates DIR` (`<kind>.docx`), the
 * bundled `templates/<kind>.docx` for the kinds the folder lacks, or — when even those are absent — the
 * defaults built in memory.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { DOCUMENT_KINDS, templateFileName, type DocumentKind } from "../docs/kinds";
import type { TemplateSet, TemplateSource } from "../docs/generate";
import { buildDefaultTemplate } from "../docs/templates";
import { UsageError } from "./file-errors";
import { templatesDir } from "./paths";

export interface LoadedTemplates {
  readonly templates: TemplateSet;
  /** Kinds taken from the clerk's folder. */
  readonly custom: ReadonlyArray<DocumentKind>;
  /** Kinds the clerk's folder lacks (the bundled template is used). */
  readonly fallback: ReadonlyArray<DocumentKind>;
}

async function readIfFile(file: string): Promise<Uint8Array | null> {
  try {
    const st = await fs.stat(file);
    return st.isFile() ? new Uint8Array(await fs.readFile(file)) : null;
  } catch {
    return null;
  }
}

export async function loadTemplates(customDir?: string): Promise<LoadedTemplates> {
  if (customDir !== undefined) {
    const st = await fs.stat(customDir).catch(() => null);
    if (!st) throw new UsageError("docs.templates.notDir", { dir: customDir });
    if (!st.isDirectory()) throw new UsageError("docs.templates.isFile", { dir: customDir });
  }
  const entries: Array<[DocumentKind, TemplateSource]> = [];
  const custom: DocumentKind[] = [];
  const fallback: DocumentKind[] = [];
  for (const kind of DOCUMENT_KINDS) {
    const name = templateFileName(kind);
    if (customDir !== undefined) {
      const file = path.join(customDir, name);
      const data = await readIfFile(file);
      if (data) {
        entries.push([kind, { data, file }]);
        custom.push(kind);
        continue;
      }
      fallback.push(kind);
    }
    const bundled = path.join(templatesDir(), name);
    const data = (await readIfFile(bundled)) ?? (await buildDefaultTemplate(kind));
    entries.push([kind, { data, file: path.join("templates", name) }]);
  }
  return { templates: Object.fromEntries(entries) as TemplateSet, custom, fallback };
}
