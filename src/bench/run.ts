/**
 * `npm run bench [-- --quick] [-- --out FILE]`: generates the provincial and national workbooks (fixed seed) as
 * .xlsx in a temporary folder, measures each size in its own child process (medians over several runs; its own
 * peak RSS), then the task-pane actions on the fake Excel host at 100 and 10,000 rows; prints the tables and
 * writes bench/results.json. `--quick` takes fewer runs and a smaller documents sample (under a minute);
 * the full run takes a few minutes on 2 cores.
 */
import { fork } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { benchSize, type SizeResult } from "./measure-size";
import { benchOffice, type OfficeResults } from "./office";
import { SIZE_NAMES, type SizeName } from "./sizes";
import { peakRssMb, round } from "./stats";
import { officeTable, sizesTable, targetsTable } from "./table";
import { evaluateTargets, type Results } from "./targets";

export const OFFICE_ROWS = [100, 10_000] as const;

interface Args {
  readonly quick: boolean;
  readonly out: string;
  readonly child: string | null;
  readonly dir: string | null;
}

function parseArgs(argv: ReadonlyArray<string>): Args {
  const value = (name: string): string | null => {
    const i = argv.indexOf(name);
    return i >= 0 && i + 1 < argv.length ? argv[i + 1] : null;
  };
  return {
    quick: argv.includes("--quick"),
    out: value("--out") ?? path.resolve(__dirname, "..", "..", "bench", "results.json"),
    child: value("--child"),
    dir: value("--dir"),
  };
}

const t0 = performance.now();
/** Progress on stderr, with the seconds elapsed in this process. */
const log = (line: string): void => {
  process.stderr.write(`${((performance.now() - t0) / 1000).toFixed(1).padStart(6)}s ${line}\n`);
};

/** Runs one part in a child process and returns what it sends back. */
function inChild<T>(part: string, args: Args, dir: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ["--child", part, "--dir", dir, ...(args.quick ? ["--quick"] : [])], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    let result: T | undefined;
    child.on("message", (m) => {
      result = m as T;
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 && result !== undefined ? resolve(result) : reject(new Error(`bench part ${part} exited with ${code}`))));
  });
}

async function child(args: Args): Promise<void> {
  const dir = args.dir ?? os.tmpdir();
  let result: unknown;
  if (args.child === "office") {
    const office = await benchOffice(OFFICE_ROWS, { full: !args.quick, log });
    result = { ...office, peak_rss_mb: round(peakRssMb(), 0) };
  } else if ((SIZE_NAMES as ReadonlyArray<string>).includes(args.child ?? "")) {
    result = await benchSize(args.child as SizeName, args.quick, dir, log);
  } else throw new Error(`unknown bench part ${args.child}`);
  await new Promise<void>((resolve) => process.send?.(result, () => resolve()));
}

function machine(): Record<string, unknown> {
  const cpus = os.cpus();
  return {
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.platform()} ${os.release()}`,
    arch: os.arch(),
    cpus: cpus.length,
    cpu_model: cpus[0]?.model ?? "?",
    memory_gb: round(os.totalmem() / 2 ** 30, 1),
    load_average_at_start: os.loadavg().map((l) => round(l, 2)),
  };
}

async function main(args: Args): Promise<void> {
  const started = performance.now();
  const info = machine();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "thidua-bench-"));
  log(`thidua bench (${args.quick ? "quick" : "full"}) — ${info.cpus} × ${info.cpu_model}, Node ${info.node}; workbooks in ${dir}`);
  try {
    const sizes: Record<string, SizeResult> = {};
    for (const size of SIZE_NAMES) sizes[size] = await inChild<SizeResult>(size, args, dir);
    const office = await inChild<OfficeResults & { peak_rss_mb: number }>("office", args, dir);
    const results: Results = {
      schema: 1,
      mode: args.quick ? "quick" : "full",
      date: new Date().toISOString(),
      machine: { ...info, load_average_at_end: os.loadavg().map((l) => round(l, 2)) },
      sizes,
      office,
      peak_rss_mb: Math.max(office.peak_rss_mb, ...Object.values(sizes).map((s) => s.peak_rss_mb)),
      total_s: round((performance.now() - started) / 1000, 1),
    };
    results.targets = evaluateTargets(results);
    await fs.mkdir(path.dirname(args.out), { recursive: true });
    await fs.writeFile(args.out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\n${sizesTable(results)}\n\n${officeTable(results)}\n\n${targetsTable(results.targets)}\n`);
    console.log(`peak RSS ${results.peak_rss_mb} MB · ${results.total_s} s · written ${path.relative(process.cwd(), args.out)}`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const args = parseArgs(process.argv.slice(2));
  (args.child ? child(args) : main(args)).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
