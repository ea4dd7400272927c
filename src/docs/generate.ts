/**
 * The dossier: which documents a proposal set needs, their templates checked first (preflight), then each
 * filled. Pure bytes in and out — Node writes the files (src/node/write-dossier.ts), the task pane zips them.
 *
 *   01-to-trinh.docx            to-trinh          upward proposals (counts per title)
 *   02-danh-sach-de-nghi.docx   danh-sach         upward nominees, grouped
 *   03-bien-ban.docx            bien-ban          council votes
 *   04-danh-sach-co-so.docx     danh-sach         the agency's own titles
 *   bao-cao/<code>.docx         bao-cao-ca-nhan / bao-cao-tap-the (upward nominees and CSTDCS)
 *   dot-xuat/<nn>-<code>.docx   bao-cao-dot-xuat  Thành tích rows with a form proposed
 */
import type { Proposal, ProposalSet } from "../core/proposals/types";
import { TemplatePreflightError, type TemplateProblem } from "./errors";
import { DOCUMENT_KINDS, type DocumentKind } from "./kinds";
import type { DocxInput } from "./package/read-text";
import { fillTemplate } from "./package/fill";
import { preflightTemplate } from "./preflight";
import type { TemplateValues } from "./values";
import { bienBanValues } from "./fill/bien-ban";
import { danhSachValues } from "./fill/danh-sach";
import { dotXuatValues } from "./fill/dot-xuat";
import { baoCaoCaNhanValues, baoCaoTapTheValues } from "./fill/reports";
import { toTrinhValues } from "./fill/to-trinh";

export interface ManifestFile {
  readonly path: string;
  readonly kind: DocumentKind;
  readonly subjects: ReadonlyArray<string>;
}

/** `manifest.json` (cli.md `generate`). */
export interface Manifest {
  readonly year: number;
  readonly ruleSet: string;
  readonly fingerprint: string;
  readonly files: ReadonlyArray<ManifestFile>;
}

export interface DossierFile extends ManifestFile {
  readonly data: Uint8Array;
}

export interface Dossier {
  readonly manifest: Manifest;
  readonly files: ReadonlyArray<DossierFile>;
}

/** A template to use for a kind, and the name messages call it by (the clerk's file, or the default). */
export interface TemplateSource {
  readonly data: DocxInput;
  readonly file: string;
}

export type TemplateSet = Readonly<Record<DocumentKind, TemplateSource>>;

/** One document to write: its kind, path, subjects, values and title. */
export interface PlannedDocument extends ManifestFile {
  readonly title: string;
  readonly values: () => TemplateValues;
}

/** A file name from a code: letters, digits, "-", "_" and "." kept, anything else "_". */
export function safeName(code: string): string {
  const s = code.trim().replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^\.+/, "_");
  return s === "" ? "_" : s;
}

const unique = (list: ReadonlyArray<string>): string[] => [...new Set(list)];

/** The documents the set needs, in manifest order. */
export function planDossier(set: ProposalSet): PlannedDocument[] {
  const out: PlannedDocument[] = [];
  const subjectsOf = (ps: ReadonlyArray<{ subject: string }>) => unique(ps.map((p) => p.subject));
  if (set.upward.length > 0) {
    out.push({ path: "01-to-trinh.docx", kind: "to-trinh", subjects: subjectsOf(set.upward), title: `Tờ trình đề nghị khen thưởng năm ${set.year}`, values: () => toTrinhValues(set) });
    out.push({ path: "02-danh-sach-de-nghi.docx", kind: "danh-sach", subjects: subjectsOf(set.upward), title: `Danh sách đề nghị khen thưởng năm ${set.year}`, values: () => danhSachValues(set, "upward") });
  }
  if (set.council.candidates.length > 0 || set.own.length > 0) {
    out.push({
      path: "03-bien-ban.docx",
      kind: "bien-ban",
      subjects: unique([...set.council.candidates.map((c) => c.subject), ...set.own.map((p) => p.subject)]),
      title: `Biên bản họp Hội đồng Thi đua - Khen thưởng năm ${set.year}`,
      values: () => bienBanValues(set),
    });
  }
  if (set.own.length > 0) {
    out.push({ path: "04-danh-sach-co-so.docx", kind: "danh-sach", subjects: subjectsOf(set.own), title: `Danh sách công nhận danh hiệu thi đua năm ${set.year}`, values: () => danhSachValues(set, "own") });
  }
  const reported = [...set.upward, ...set.own.filter((p) => p.title === "CSTDCS")];
  const bySubject = new Map<string, Proposal[]>();
  for (const p of reported) bySubject.set(p.subject, [...(bySubject.get(p.subject) ?? []), p]);
  const used = new Set<string>();
  for (const subject of [...bySubject.keys()].sort((a, b) => a.localeCompare(b))) {
    const ps = bySubject.get(subject)!;
    const person = ps[0].subjectKind === "person";
    let name = safeName(subject);
    while (used.has(name.toLowerCase())) name = `${name}_`;
    used.add(name.toLowerCase());
    out.push({
      path: `bao-cao/${name}.docx`,
      kind: person ? "bao-cao-ca-nhan" : "bao-cao-tap-the",
      subjects: [subject],
      title: `Báo cáo thành tích ${set.subjects[subject]?.name ?? subject}`,
      values: () => (person ? baoCaoCaNhanValues(set, subject, ps) : baoCaoTapTheValues(set, subject, ps)),
    });
  }
  set.adHoc.forEach((p, i) => {
    out.push({
      path: `dot-xuat/${String(i + 1).padStart(2, "0")}-${safeName(p.subject)}.docx`,
      kind: "bao-cao-dot-xuat",
      subjects: [p.subject],
      title: `Báo cáo thành tích đột xuất ${set.subjects[p.subject]?.name ?? p.subject}`,
      values: () => dotXuatValues(set, p),
    });
  });
  return out;
}

/** Checks every template the plan uses; throws `TemplatePreflightError` listing all problems. */
export async function preflightTemplates(kinds: ReadonlyArray<DocumentKind>, templates: TemplateSet): Promise<void> {
  const problems: TemplateProblem[] = [];
  for (const kind of DOCUMENT_KINDS.filter((k) => kinds.includes(k))) {
    const t = templates[kind];
    problems.push(...(await preflightTemplate(kind, t.data, t.file)).problems);
  }
  if (problems.length > 0) throw new TemplatePreflightError(problems);
}

export interface GenerateOptions {
  /** Called after each document (progress in the task pane). */
  readonly onProgress?: (done: number, total: number, path: string) => void;
}

/** The whole dossier: preflight, then every document filled. Nothing is returned when a template fails. */
export async function generateDossier(set: ProposalSet, templates: TemplateSet, options: GenerateOptions = {}): Promise<Dossier> {
  const plan = planDossier(set);
  await preflightTemplates(unique(plan.map((p) => p.kind)) as DocumentKind[], templates);
  const files: DossierFile[] = [];
  for (const doc of plan) {
    const data = await fillTemplate(templates[doc.kind].data, doc.values(), { file: doc.path, title: doc.title });
    files.push({ path: doc.path, kind: doc.kind, subjects: doc.subjects, data });
    options.onProgress?.(files.length, plan.length, doc.path);
  }
  return {
    manifest: { year: set.year, ruleSet: set.ruleSet, fingerprint: set.fingerprint, files: files.map(({ path, kind, subjects }) => ({ path, kind, subjects })) },
    files,
  };
}

/** manifest.json text: exactly the cli.md shape, two-space indented, newline at the end. */
export function manifestJson(manifest: Manifest): string {
  const m = {
    year: manifest.year,
    ruleSet: manifest.ruleSet,
    fingerprint: manifest.fingerprint,
    files: manifest.files.map((f) => ({ path: f.path, kind: f.kind, subjects: [...f.subjects] })),
  };
  return `${JSON.stringify(m, null, 2)}\n`;
}
