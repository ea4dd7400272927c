/** The whole dossier as one .zip (the task pane offers it as a single download), manifest.json included. */
import JSZip from "jszip";
import { buildDefaultTemplate } from "./templates";
import { DOCUMENT_KINDS, templateFileName, type DocumentKind } from "./kinds";
import { generateDossier, manifestJson, type Dossier, type GenerateOptions, type TemplateSet } from "./generate";
import type { ProposalSet } from "../core/proposals/types";

function zipOf(dossier: Dossier): JSZip {
  const zip = new JSZip();
  for (const f of dossier.files) zip.file(f.path, f.data, { date: new Date(0), createFolders: false });
  zip.file("manifest.json", manifestJson(dossier.manifest), { date: new Date(0) });
  return zip;
}

export async function dossierZip(dossier: Dossier): Promise<Uint8Array> {
  return zipOf(dossier).generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export async function dossierZipBlob(dossier: Dossier): Promise<Blob> {
  return zipOf(dossier).generateAsync({ type: "blob", compression: "DEFLATE", mimeType: "application/zip" });
}

/** The default templates built in memory (no file access), optionally replaced by a clerk's copies. */
export async function defaultTemplateSet(overrides: Partial<Record<DocumentKind, { data: Uint8Array | ArrayBuffer | Blob; file: string }>> = {}): Promise<TemplateSet> {
  const entries = await Promise.all(
    DOCUMENT_KINDS.map(async (kind) => [kind, overrides[kind] ?? { data: await buildDefaultTemplate(kind), file: templateFileName(kind) }] as const),
  );
  return Object.fromEntries(entries) as TemplateSet;
}

/** Browser-friendly: proposal set → one .zip of the dossier (default templates unless overridden). */
export async function generateDossierZip(
  set: ProposalSet,
  overrides: Partial<Record<DocumentKind, { data: Uint8Array | ArrayBuffer | Blob; file: string }>> = {},
  options: GenerateOptions = {},
): Promise<Uint8Array> {
  return dossierZip(await generateDossier(set, await defaultTemplateSet(overrides), options));
}
