/**
 * Independent readers for the generated documents: LibreOffice headless (one call for many files, a private
 * profile per call), pdftotext, pdfinfo; and plain XML access to a .docx with jszip.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `thidua-${prefix}-`));
}

/** Converts files with ONE soffice call and a private profile; returns the output folder. */
export function soffice(files: ReadonlyArray<string>, to: string, outDir: string): string {
  const profile = tempDir("lo-profile");
  try {
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", to, "--outdir", outDir, ...files], {
      stdio: "pipe",
      timeout: 240_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return outDir;
}

/**
 * Text of a PDF (or of one page) in pdftotext's reading order, which keeps the lines of a table cell together
 * (`-layout` would interleave the wrapped lines of neighbouring cells).
 */
export function pdfText(pdf: string, page?: number): string {
  const range = page === undefined ? [] : ["-f", String(page), "-l", String(page)];
  return execFileSync("pdftotext", [...range, pdf, "-"], { encoding: "utf8" });
}

/** The rows of the tables of a document.xml, each as its cells' texts joined with "|". */
export function tableRows(xml: string): string[] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
    [...tr[0].matchAll(/<w:tc[ >][\s\S]*?<\/w:tc>/g)].map((tc) => xmlText(tc[0]).replace(/\n+/g, " ").trim()).join("|"),
  );
}

export interface PdfInfo {
  readonly pages: number;
  readonly width: number;
  readonly height: number;
}

export function pdfInfo(pdf: string): PdfInfo {
  const out = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(out)?.[1]);
  const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
  return { pages, width: Number(m?.[1]), height: Number(m?.[2]) };
}

/** Text without any whitespace: pdftotext splits justified words and wraps lines anywhere. */
export function squash(text: string): string {
  return text.replace(/\s+/g, "");
}

export async function docxPart(data: Uint8Array | Buffer, part = "word/document.xml"): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const f = zip.file(part);
  if (!f) throw new Error(`no ${part}`);
  return f.async("string");
}

export async function replacePart(data: Uint8Array | Buffer, part: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const xml = await zip.file(part)!.async("string");
  zip.file(part, edit(xml));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Plain text of an XML part: the text of w:t elements, paragraphs on their own lines. */
export function xmlText(xml: string): string {
  return xml
    .replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => `${p}\n`)
    .replace(/<w:delText[^>]*>[\s\S]*?<\/w:delText>/g, "")
    .replace(/<(?!\/?w:t[ >])[^>]+>/g, "")
    .replace(/<\/?w:t[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

export function writeFiles(dir: string, files: ReadonlyArray<{ path: string; data: Uint8Array }>): string[] {
  return files.map((f) => {
    const p = path.join(dir, f.path);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, f.data);
    return p;
  });
}

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name), path.join(rel, e.name));
      else out.push(path.join(rel, e.name));
    }
  };
  walk(dir, "");
  return out.sort();
}

export function xmllintOk(xml: string): boolean {
  const dir = tempDir("xml");
  const f = path.join(dir, "part.xml");
  writeFileSync(f, xml);
  try {
    execFileSync("xmllint", ["--noout", f], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
