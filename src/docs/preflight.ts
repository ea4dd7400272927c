/**
 * Preflight of a template before anything is generated: reads its text with runs joined, then reports
 * required placeholders that are missing, unknown ones (with the closest known name), broken braces, fields
 * of repeated rows outside a table row, and block placeholders that share their paragraph with other text.
 */
import { closest, editDistance } from "../core/text/fold";
import {
  BlockNotAloneError,
  MalformedPlaceholderError,
  MissingPlaceholderError,
  ReservedCharacterError,
  RowFieldOutsideTableError,
  TemplateUnreadableError,
  UnknownPlaceholderError,
  type TemplateProblem,
} from "./errors";
import type { DocumentKind } from "./kinds";
import { hasStandIns } from "./package/literal";
import { docxParagraphs, loadDocx, type DocxInput, type DocxParagraph } from "./package/read-text";
import { PLACEHOLDERS, placeholderSpec } from "./placeholders";

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

export interface FoundPlaceholder {
  readonly name: string;
  readonly paragraph: DocxParagraph;
}

/** Placeholders of a text, names trimmed ("{{ ho_ten }}" → "ho_ten"). */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1].trim());
}

/** What is left of a paragraph's text once its placeholders are taken out (to find stray braces). */
function withoutPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, "");
}

export async function templateParagraphs(data: DocxInput): Promise<DocxParagraph[] | null> {
  try {
    const zip = await loadDocx(data);
    if (!zip.file("word/document.xml")) return null;
    return await docxParagraphs(zip);
  } catch {
    return null;
  }
}

export interface PreflightResult {
  readonly kind: DocumentKind;
  readonly file: string;
  readonly found: ReadonlyArray<FoundPlaceholder>;
  readonly problems: ReadonlyArray<TemplateProblem>;
}

/** Checks one template; `file` names it in messages (the clerk's file name, or "mặc định"). */
export async function preflightTemplate(kind: DocumentKind, data: DocxInput, file: string): Promise<PreflightResult> {
  const paragraphs = await templateParagraphs(data);
  if (!paragraphs) return { kind, file, found: [], problems: [new TemplateUnreadableError(kind, file)] };
  const problems: TemplateProblem[] = [];
  const found: FoundPlaceholder[] = [];
  const known = PLACEHOLDERS[kind].map((p) => p.name);
  const reported = new Set<string>();
  for (const paragraph of paragraphs) {
    if (hasStandIns(paragraph.text) && !reported.has("\u0000reserved")) {
      reported.add("\u0000reserved");
      problems.push(new ReservedCharacterError(kind, file));
    }
    const rest = withoutPlaceholders(paragraph.text);
    if (rest.includes("{{") || rest.includes("}}")) {
      problems.push(new MalformedPlaceholderError(kind, file, snippet(paragraph.text)));
    }
    for (const name of placeholdersIn(paragraph.text)) {
      found.push({ name, paragraph });
      const spec = placeholderSpec(kind, name);
      if (!spec) {
        if (!reported.has(`unknown:${name}`)) {
          reported.add(`unknown:${name}`);
          const near = closest(name, known, 1)[0] ?? null;
          problems.push(new UnknownPlaceholderError(kind, file, name, near && similar(name, near) ? near : null));
        }
        continue;
      }
      if (spec.mode === "rows" && !paragraph.inTableRow && !reported.has(`row:${name}`)) {
        reported.add(`row:${name}`);
        problems.push(new RowFieldOutsideTableError(kind, file, name));
      }
      if (spec.mode === "block" && paragraph.text.replace(PLACEHOLDER, "").trim() !== "" && !reported.has(`block:${name}`)) {
        reported.add(`block:${name}`);
        problems.push(new BlockNotAloneError(kind, file, name));
      }
    }
  }
  const names = new Set(found.map((f) => f.name));
  for (const spec of PLACEHOLDERS[kind]) {
    if (spec.required && !names.has(spec.name)) problems.push(new MissingPlaceholderError(kind, file, spec.name));
  }
  return { kind, file, found, problems };
}

/** A short excerpt of a paragraph for messages. */
function snippet(text: string): string {
  const t = text.trim().replace(/\s+/g, " ");
  const i = Math.max(0, t.indexOf("{{") >= 0 ? t.indexOf("{{") - 20 : t.indexOf("}}") - 20);
  const s = t.slice(i, i + 60);
  return `${i > 0 ? "…" : ""}${s}${i + 60 < t.length ? "…" : ""}`;
}

/** Only suggest a name that is reasonably close (a typo, not a different word). */
function similar(a: string, b: string): boolean {
  return editDistance(a.toLowerCase(), b) <= Math.max(2, Math.floor(b.length / 3));
}
