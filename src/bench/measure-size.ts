/**
 * Everything measured on one workbook size, in one process (a child of run.ts, so that its peak RSS is its own):
 *  - core_check_rank_ms: grids already in memory (as the exceljs adapter reads the file) → issues + decisions
 *    (checkWorkbook, then rankWorkbook), and the same split into stages;
 *  - cli_check_ms (`thidua check <file>`, in process) and exceljs_load_ms (exceljs reading the same file);
 *  - docs_per_s of our generator and of docxtemplater on equivalent templates with the same values.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { run as runCli } from "../cli/cli";
import { checkWorkbook } from "../core/check";
import { fingerprint } from "../core/fingerprint";
import { sortIssues } from "../core/issues";
import { buildProposalSet, defaultDocumentDate } from "../core/proposals";
import type { ProposalSet } from "../core/proposals/types";
import { rankWorkbook } from "../core/rank";
import { sheetOrder } from "../core/read/find-sheet";
import { readWorkbook } from "../core/read/read-workbook";
import { validate } from "../core/validate";
import { defaultTemplateSet, planDossier, type TemplateSet } from "../docs";
import type { DocumentKind } from "../docs/kinds";
import { docxParagraphs } from "../docs/package/read-text";
import { fillTemplate } from "../docs/package/fill";
import { danhSachValues } from "../docs/fill/danh-sach";
import type { TemplateValues } from "../docs/values";
import { useNativeSha256 } from "../node/native-sha256";
import { readXlsxGrids } from "../node/xlsx-reader";
import { generateTracking } from "../tools/sample/generate";
import { writeXlsx } from "../tools/sample/write-xlsx";
import JSZip from "jszip";
import { docxtemplaterTemplate, fillWithDocxtemplater } from "./docxtemplater-peer";
import { SIZES, planFor, type SizeName } from "./sizes";
import { median, peakRssMb, round, timed } from "./stats";

export interface SizeResult {
  readonly units: number;
  readonly clusters: number;
  readonly people: number;
  readonly years: number;
  readonly seed: number;
  /** Data rows of all tracking sheets (headers excluded). */
  readonly data_rows: number;
  readonly file_bytes: number;
  readonly runs: { readonly core: number; readonly file: number; readonly docs: number };
  readonly issues: number;
  readonly decisions: number;
  readonly core_check_rank_ms: number;
  readonly core_check_rank_cpu_ms: number;
  readonly core_check_rank_min_ms: number;
  /** Medians of each stage, measured in separate runs. */
  readonly core_stages_ms: { readonly read: number; readonly validate: number; readonly fingerprint: number; readonly rank: number };
  readonly cli_check_ms: number;
  readonly exceljs_load_ms: number;
  readonly ratio_check_vs_load: number;
  readonly documents: { readonly sample: number; readonly in_dossier: number; readonly kinds: Readonly<Record<string, number>>; readonly same_text: boolean };
  readonly docs_per_s: number;
  readonly docxtemplater_docs_per_s: number;
  readonly ratio_docs_vs_docxtemplater: number;
  /** One Danh sách of `rows` nominees, filled once by each (full runs at national scale only). */
  readonly list_document: { readonly rows: number; readonly ours_ms: number; readonly docxtemplater_ms: number } | null;
  readonly peak_rss_mb: number;
}

type Log = (line: string) => void;

interface Doc {
  readonly kind: DocumentKind;
  readonly path: string;
  readonly title: string;
  readonly values: TemplateValues;
}

/** Proposals above which the list documents are not in the timed sample. */
const LONG_LIST = 600;

/** The documents timed: the dossier's collective documents and up to `perKind` reports of each kind, spread evenly. */
function docsSample(set: ProposalSet, perKind: number): { sample: Doc[]; total: number; kinds: Record<string, number> } {
  const plan = planDossier(set);
  const kinds: Record<string, number> = {};
  for (const p of plan) kinds[p.kind] = (kinds[p.kind] ?? 0) + 1;
  const byKind = new Map<DocumentKind, typeof plan>();
  for (const p of plan) byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), p]);
  const picked = new Set<(typeof plan)[number]>();
  // The list documents (Danh sách, Biên bản) of a national dossier hold thousands of rows: they are left out of
  // the sample there and timed once at a fixed size instead (`list_document`).
  const longLists = set.upward.length + set.own.length > LONG_LIST;
  for (const [kind, list] of byKind) {
    const isList = kind === "danh-sach" || kind === "bien-ban";
    const limit = kind === "to-trinh" ? list.length : isList ? (longLists ? 0 : list.length) : perKind;
    const step = list.length / Math.min(limit, list.length);
    for (let i = 0; i < Math.min(limit, list.length); i++) picked.add(list[Math.floor(i * step)]);
  }
  const sample = plan.filter((p) => picked.has(p)).map((p) => ({ kind: p.kind, path: p.path, title: p.title, values: p.values() }));
  return { sample, total: plan.length, kinds };
}

async function textOf(docx: Uint8Array): Promise<string> {
  return (await docxParagraphs(await JSZip.loadAsync(docx))).map((p) => p.text).join("\n");
}

async function benchDocs(set: ProposalSet, runs: number, perKind: number, listRows: number, log: Log) {
  const ours: TemplateSet = await defaultTemplateSet();
  const peer = Object.fromEntries(Object.entries(ours).map(([kind, t]) => [kind, docxtemplaterTemplate(kind as DocumentKind, t.data as Uint8Array)])) as Record<DocumentKind, Uint8Array>;
  const { sample, total, kinds } = docsSample(set, perKind);
  // Equivalence, once, outside the timing: both generators write the same text.
  let sameText = true;
  for (const d of sample) {
    const a = await textOf(await fillTemplate(ours[d.kind].data, d.values, { file: d.path, title: d.title }));
    const b = await textOf(fillWithDocxtemplater(d.kind, peer[d.kind], d.values));
    if (a !== b) {
      sameText = false;
      log(`  warning: ${d.path}: docxtemplater's text differs from ours`);
    }
  }
  const oursRate: number[] = [];
  const peerRate: number[] = [];
  for (let r = 0; r < runs; r++) {
    const a = await timed(async () => {
      for (const d of sample) await fillTemplate(ours[d.kind].data, d.values, { file: d.path, title: d.title });
    });
    const b = await timed(() => {
      for (const d of sample) fillWithDocxtemplater(d.kind, peer[d.kind], d.values);
    });
    oursRate.push((sample.length / a.ms) * 1000);
    peerRate.push((sample.length / b.ms) * 1000);
    log(`  documents run ${r + 1}: ours ${oursRate[r].toFixed(1)}/s, docxtemplater ${peerRate[r].toFixed(1)}/s (${sample.length} documents)`);
  }
  let list: SizeResult["list_document"] = null;
  if (listRows > 0 && set.upward.length > 0) {
    const rows = Math.min(listRows, set.upward.length);
    const values = danhSachValues({ ...set, upward: set.upward.slice(0, rows) }, "upward");
    const a = await timed(() => fillTemplate(ours["danh-sach"].data, values, { file: "danh-sach.docx" }));
    const b = await timed(() => fillWithDocxtemplater("danh-sach", peer["danh-sach"], values));
    list = { rows, ours_ms: round(a.ms), docxtemplater_ms: round(b.ms) };
    log(`  Danh sách of ${rows} nominees: ours ${a.ms.toFixed(0)} ms, docxtemplater ${b.ms.toFixed(0)} ms`);
  }
  return {
    documents: { sample: sample.length, in_dossier: total, kinds, same_text: sameText },
    docs_per_s: round(median(oursRate)),
    docxtemplater_docs_per_s: round(median(peerRate)),
    list,
  };
}

const silent = { out: () => undefined, err: () => undefined };

export async function benchSize(size: SizeName, quick: boolean, dir: string, log: Log): Promise<SizeResult> {
  // As the command line runs the core: the fingerprint's SHA-256 natively (src/node/native-sha256.ts).
  useNativeSha256();
  const spec = SIZES[size];
  const plan = planFor(size, quick);
  const file = path.join(dir, `${size}.xlsx`);
  const generated = generateTracking(spec);
  await writeXlsx(generated, file);
  const dataRows = generated.sheets.reduce((n, s) => n + s.values.length - s.headerIndex - 1, 0);
  const fileBytes = (await fs.stat(file)).size;
  log(`${size}: ${spec.units} units, ${spec.people} people, ${dataRows} data rows, ${(fileBytes / 1e6).toFixed(1)} MB`);

  // Core: the grids the CLI would get from this file, already in memory.
  const grids = await readXlsxGrids(file);
  const core = () => {
    const c = checkWorkbook(grids);
    const r = rankWorkbook(c.data, c.fingerprint);
    return { c, r };
  };
  for (let i = 0; i < plan.coreWarmup; i++) core();
  const coreMs: number[] = [];
  const coreCpu: number[] = [];
  let last = core();
  for (let i = 0; i < plan.coreRuns; i++) {
    const t = await timed(core);
    coreMs.push(t.ms);
    coreCpu.push(t.cpuMs);
    last = t.result;
  }
  log(`  core check + rank: median ${median(coreMs).toFixed(0)} ms (${coreMs.map((m) => m.toFixed(0)).join(" ")})`);
  const stages = { read: [] as number[], validate: [] as number[], fingerprint: [] as number[], rank: [] as number[] };
  for (let i = 0; i < plan.stageRuns; i++) {
    const read = await timed(() => readWorkbook(grids));
    const val = await timed(() => sortIssues([...read.result.issues, ...validate(read.result.data)], { sheetOrder: sheetOrder(grids) }));
    const fp = await timed(() => fingerprint(read.result.data));
    const rk = await timed(() => rankWorkbook(read.result.data, fp.result));
    stages.read.push(read.ms);
    stages.validate.push(val.ms);
    stages.fingerprint.push(fp.ms);
    stages.rank.push(rk.ms);
  }

  // The command line against the bare exceljs read of the same file, interleaved.
  const cli = async () => runCli(["check", file], silent);
  const load = async () => new ExcelJS.Workbook().xlsx.readFile(file);
  for (let i = 0; i < plan.fileWarmup; i++) {
    await load();
    await cli();
  }
  const cliMs: number[] = [];
  const loadMs: number[] = [];
  for (let i = 0; i < plan.fileRuns; i++) {
    loadMs.push((await timed(load)).ms);
    cliMs.push((await timed(cli)).ms);
    log(`  run ${i + 1}: exceljs load ${loadMs[i].toFixed(0)} ms, thidua check ${cliMs[i].toFixed(0)} ms`);
  }

  // Documents, from this workbook's proposal set.
  const rank = last.r;
  if (!rank) throw new Error(`${size}: the generated workbook has no evaluation year`);
  const set = buildProposalSet({ data: last.c.data, rank: rank.result, documentDate: defaultDocumentDate(last.c.data, rank.result.year) });
  const docs = await benchDocs(set, plan.docRuns, plan.reportsPerKind, plan.listRows, log);

  const cliCheck = median(cliMs);
  const excel = median(loadMs);
  return {
    units: spec.units,
    clusters: spec.clusters,
    people: spec.people,
    years: spec.years,
    seed: spec.seed,
    data_rows: dataRows,
    file_bytes: fileBytes,
    runs: { core: plan.coreRuns, file: plan.fileRuns, docs: plan.docRuns },
    issues: last.c.issues.length,
    decisions: rank.result.people.reduce((n, p) => n + p.decisions.length, 0) + rank.result.units.reduce((n, u) => n + u.decisions.length, 0),
    core_check_rank_ms: round(median(coreMs)),
    core_check_rank_cpu_ms: round(median(coreCpu)),
    core_check_rank_min_ms: round(Math.min(...coreMs)),
    core_stages_ms: {
      read: round(median(stages.read)),
      validate: round(median(stages.validate)),
      fingerprint: round(median(stages.fingerprint)),
      rank: round(median(stages.rank)),
    },
    cli_check_ms: round(cliCheck),
    exceljs_load_ms: round(excel),
    ratio_check_vs_load: round(cliCheck / excel, 2),
    documents: docs.documents,
    docs_per_s: docs.docs_per_s,
    docxtemplater_docs_per_s: docs.docxtemplater_docs_per_s,
    ratio_docs_vs_docxtemplater: round(docs.docs_per_s / docs.docxtemplater_docs_per_s, 2),
    list_document: docs.list,
    peak_rss_mb: round(peakRssMb(), 0),
  };
}
