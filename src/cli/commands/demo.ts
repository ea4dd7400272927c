/**
 * `thidua demo [--out DIR]`: check → rank → generate on the bundled sample; DIR (default out/demo) is
 * replaced on each run.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { checkWorkbook } from "../../core/check";
import { readXlsxGrids } from "../../node/xlsx-reader";
import { samplePath } from "../../node/paths";
import { EXIT, type CliContext } from "../context";
import { checkReport, humanReport } from "./check";

export interface DemoOptions {
  readonly out?: string;
}

export async function demoCommand(options: DemoOptions, ctx: CliContext): Promise<number> {
  const outDir = path.resolve(options.out ?? path.join("out", "demo"));
  await fs.rm(outDir, { recursive: true, force: true });
  await fs.mkdir(outDir, { recursive: true });
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
  await fs.writeFile(path.join(outDir, "check.json"), JSON.stringify(checkReport(sample, result, ctx.t), null, 2) + "\n");
  await fs.writeFile(path.join(outDir, "check.txt"), `${summary}\n${humanReport(result, ctx.t)}\n`);
  ctx.io.out(summary);
  ctx.io.out(ctx.t("cli.check.summary", result.summary));
  ctx.io.out(ctx.t("cli.demo.done", { dir: outDir }));
  return EXIT.ok;
}
