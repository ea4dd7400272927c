/**
 * `npm run bench:check [-- FILE] [-- --markdown]`: reads bench/results.json (written by `npm run bench`) and
 * prints pass/fail for each target (with --markdown: every table as Markdown, for the README). Exit code 0 when
 * every target holds, 1 when one is missed, 2 when there are no results.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { officeTable, sizesTable, targetsTable } from "./table";
import { evaluateTargets, type Results } from "./targets";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const markdown = args.includes("--markdown");
  const named = args.find((a) => !a.startsWith("--"));
  const file = named ? path.resolve(named) : path.resolve(__dirname, "..", "..", "bench", "results.json");
  let results: Results;
  try {
    results = JSON.parse(await fs.readFile(file, "utf8")) as Results;
  } catch {
    console.error(`No benchmark results at ${file}: run \`npm run bench\` (or \`npm run bench -- --quick\`) first.`);
    return 2;
  }
  const targets = evaluateTargets(results);
  if (markdown) {
    console.log(`${sizesTable(results, true)}\n\n${officeTable(results, true)}\n\n${targetsTable(targets, true)}`);
    return targets.some((t) => !t.pass) ? 1 : 0;
  }
  console.log(`${path.relative(process.cwd(), file)} — ${results.mode} run of ${results.date} (${String(results.machine.cpus)} × ${String(results.machine.cpu_model)})\n`);
  console.log(targetsTable(targets));
  const failed = targets.filter((t) => !t.pass).length;
  console.log(`\n${targets.length - failed} of ${targets.length} targets hold${failed > 0 ? `; ${failed} missed (the README's Performance section says by how much and why)` : ""}.`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 2;
  },
);
