/**
 * `thidua demo [--out DIR]`: check → rank → generate on the bundled sample (templates/so-theo-doi-mau.xlsx),
 * writing the reports and the dossier (DIR/ho-so) into DIR (default out/demo). DIR is replaced on each run; a folder that holds anything the
 * demo did not write (no marker file) is never deleted.
 */
import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import { checkWorkbook } from "../../core/check";
import { rankWorkbook } from "../../core/rank";
import { UsageError } from "../../node/file-errors";
import { samplePath } from "../../node/paths";
import { writeRankWorkbook } from "../../node/rank-output";
import { readXlsxGrids } from "../../node/xlsx-reader";
import { EXIT, type CliContext } from "../context";
import { checkReport, humanReport } from "./check";
import { generateCommand } from "./generate";
import { rankHuman, rankReport } from "./rank";

export interface DemoOptions {
  readonly out?: string;
}

/** The file that marks a folder as the demo's own (and so safe to replace). */
export const DEMO_MARKER = ".thidua-demo";

/** What the first versions of the demo wrote, before the marker existed. */
const FIRST_DEMO_FILES: ReadonlyArray<string> = ["check.json", "check.txt"];

/** Empties `dir` if the demo made it (or it is empty / absent); refuses a folder holding other things. */
async function replaceDir(dir: string): Promise<void> {
  if (existsSync(dir)) {
    const stat = await fs.stat(dir);
    const entries = stat.isDirectory() ? await fs.readdir(dir) : ["?"];
    const ours = entries.includes(DEMO_MARKER) || entries.every((e) => FIRST_DEMO_FILES.includes(e));
    if (!ours) throw new UsageError("cli.demo.notDemoDir", { dir });
    await fs.rm(dir, { recursive: true, force: true });
  }
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, DEMO_MARKER), "thidua demo output: this folder is replaced on each run\n");
}

/** Local time "YYYY-MM-DDTHH:MM:SS" for the log sheet of the rank workbook. */
function localTimestamp(d: Date = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

export async function demoCommand(options: DemoOptions, ctx: CliContext): Promise<number> {
  const outDir = path.resolve(options.out ?? path.join("out", "demo"));
  await replaceDir(outDir);
  const sample = samplePath();
  const grids = await readXlsxGrids(sample);
  const result = checkWorkbook(grids);
  const d = result.data;
  const summary = ctx.t("read.summary", {
    units: d.units.length,
    people: d.people.length,
    ratings: d.ratings.length,
    initiatives: d.initiatives.length,
    discipline: d.discipline.length,
    awards: d.awards.length,
    results: d.results.length,
    scores: d.scores.length,
    votes: d.votes.length,
    achievements: d.achievements.length,
  });
  const written: string[] = [];
  const write = async (name: string, text: string): Promise<void> => {
    await fs.writeFile(path.join(outDir, name), text.endsWith("\n") ? text : `${text}\n`);
    written.push(name);
  };
  await write("check.json", JSON.stringify(checkReport(sample, result, ctx.t), null, 2));
  await write("check.txt", `${summary}\n${humanReport(result, ctx.t)}`);
  ctx.io.out(summary);
  ctx.io.out(ctx.t("cli.check.summary", result.summary));

  const rank = rankWorkbook(result.data, result.fingerprint);
  if (rank) {
    await write("rank.json", JSON.stringify(rankReport(rank.result, ctx.t), null, 2));
    await write("rank.txt", rankHuman(rank.result, ctx.t));
    const book = "ket-qua-xep-hang.xlsx";
    await writeRankWorkbook(path.join(outDir, book), { grids, check: result, rank, t: ctx.t, user: "thidua demo", now: localTimestamp(), inputFile: sample });
    written.push(book);
  }
  const dossier = "ho-so";
  const generated = await generateCommand(sample, { out: path.join(outDir, dossier) }, ctx);
  if (generated !== EXIT.ok) return generated;
  written.push(`${dossier}/`);
  ctx.io.out(ctx.t("cli.demo.files", { files: written.join(", ") }));
  ctx.io.out(ctx.t("cli.demo.done", { dir: outDir }));
  return EXIT.ok;
}
