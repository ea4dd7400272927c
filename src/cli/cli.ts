/**
 * Argument wiring for `thidua` (commander). Handlers live in commands/; this file maps options to them and
 * turns every failure into an exit code with one clear sentence (cli.md): 0 ok, 1 validation errors, 2 usage
 * or unreadable file.
 */
import { Command, CommanderError } from "commander";
import { isLang, type Lang, type Translate } from "../i18n";
import { FileError, UsageError } from "../node/file-errors";
import { useNativeSha256 } from "../node/native-sha256";
import { checkCommand } from "./commands/check";
import { demoCommand } from "./commands/demo";
import { generateCommand } from "./commands/generate";
import { initCommand } from "./commands/init";
import { rankCommand } from "./commands/rank";
import { EXIT, makeContext, processIO, type CliContext, type CliIO } from "./context";
import { parseYear } from "./year";

/** The language asked for with --lang (before commander parses, so usage errors are translated too). */
function langOf(argv: ReadonlyArray<string>): Lang | string {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return "vi";
  const v = argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
  return v ?? "vi";
}

/** Commander's help headings, as `styleTitle` receives them → catalogue keys. */
const HELP_TITLES: Readonly<Record<string, string>> = {
  "Usage:": "cli.help.title.usage",
  "Arguments:": "cli.help.title.arguments",
  "Options:": "cli.help.title.options",
  "Commands:": "cli.help.title.commands",
  "Global Options:": "cli.help.title.globalOptions",
};

function program(ctx: CliContext, setExit: (code: number) => void): Command {
  // Every help text comes from the catalogue in the language chosen before parsing (langOf), Vietnamese by default.
  const h = (key: string): string => ctx.t(`cli.help.${key}`);
  const p = new Command("thidua");
  // Help option, help command and help layout are set before the commands are added, which inherit them.
  p.description(ctx.t("cli.description"))
    // No commander default for --lang: the language is read before parsing (langOf, Vietnamese by default) and the
    // catalogue text names the default in the user's language (commander would add an English "(default: …)").
    .option("--lang <lang>", h("lang"))
    .helpOption("-h, --help", h("help"))
    .helpCommand("help [command]", h("helpCommand"))
    // showGlobalOptions: a command's help also lists --lang, which every command takes.
    .configureHelp({ showGlobalOptions: true, styleTitle: (title) => (HELP_TITLES[title] ? ctx.t(HELP_TITLES[title]) : title) })
    .exitOverride()
    // Commander's own error lines are replaced by translated ones (reportError); the help it prints on stderr when
    // no command is given is kept.
    .configureOutput({ writeOut: (s) => ctx.io.out(s), writeErr: (s) => ctx.io.err(s), outputError: () => undefined })
    .showHelpAfterError(false);

  p.command("check")
    .description(h("check"))
    .argument("<workbook>", h("workbook"))
    .option("--json", h("checkJson"))
    .action(async (file: string, o: { json?: boolean }) => setExit(await checkCommand(file, o, ctx)));

  p.command("rank")
    .description(h("rank"))
    .argument("<workbook>", h("workbook"))
    .option("--year <year>", h("year"))
    .option("--json", h("rankJson"))
    .option("--out <file>", h("rankOut"))
    .action(async (file: string, o: { year?: string; json?: boolean; out?: string }) =>
      setExit(await rankCommand(file, { year: parseYear(o.year), json: o.json, out: o.out }, ctx)),
    );

  p.command("generate")
    .description(h("generate"))
    .argument("<workbook>", h("workbook"))
    .requiredOption("--out <dir>", h("generateOut"))
    .option("--year <year>", h("year"))
    .option("--templates <dir>", h("templates"))
    .option("--force", h("force"))
    .option("--approved-only", h("approvedOnly"))
    .action(async (file: string, o: { out: string; year?: string; templates?: string; force?: boolean; approvedOnly?: boolean }) =>
      setExit(await generateCommand(file, { ...o, year: parseYear(o.year) }, ctx)),
    );

  p.command("init")
    .description(h("init"))
    .argument("<file>", h("newWorkbook"))
    .action(async (file: string) => setExit(await initCommand(file, ctx)));

  p.command("demo")
    .description(h("demo"))
    .option("--out <dir>", h("demoOut"))
    .action(async (o: { out?: string }) => setExit(await demoCommand(o, ctx)));

  return p;
}

/** Runs the CLI; returns the exit code instead of exiting (tests call this directly). */
export async function run(argv: ReadonlyArray<string>, io: CliIO = processIO): Promise<number> {
  // The fingerprint's SHA-256 natively (same values as the core's JavaScript one).
  useNativeSha256();
  const langArg = langOf(argv);
  const lang: Lang = isLang(langArg) ? langArg : "vi";
  const ctx = makeContext(lang, io);
  if (!isLang(langArg)) {
    io.err(ctx.t("usage.lang", { value: langArg }));
    return EXIT.usage;
  }
  let code: number = EXIT.ok;
  try {
    await program(ctx, (c) => (code = c)).parseAsync([...argv], { from: "user" });
    return code;
  } catch (e) {
    return reportError(e, ctx);
  }
}

/** Commander's usage errors → catalogue keys; each takes the name the English message quotes ('--out <dir>'…). */
const USAGE_KEYS: Readonly<Record<string, string>> = {
  "commander.unknownCommand": "usage.unknownCommand",
  "commander.unknownOption": "usage.unknownOption",
  "commander.missingArgument": "usage.missingArgument",
  "commander.optionMissingArgument": "usage.optionMissingArgument",
  "commander.missingMandatoryOptionValue": "usage.missingOption",
  "commander.excessArguments": "usage.excessArguments",
};

/** One sentence in the user's language for a commander usage error (its English text only for a code not listed). */
export function usageMessage(e: CommanderError, t: Translate): string {
  const key = USAGE_KEYS[e.code];
  const name = /'([^']*)'/.exec(e.message)?.[1];
  const suggestion = /\(Did you mean (?:one of )?([^?]*)\?\)/.exec(e.message)?.[1];
  const reason =
    key !== undefined && name !== undefined
      ? t(key, { name })
      : e.message
          .replace(/^error:\s*/i, "")
          .replace(/\s*\(Did you mean[^)]*\)/, "")
          .replace(/\.$/, "");
  return suggestion ? t("usage.errorDidYouMean", { reason, suggestion }) : t("usage.error", { reason });
}

/** System calls whose failure means the output could not be written. */
const WRITE_SYSCALLS: ReadonlySet<string> = new Set(["write", "mkdir", "mkdtemp", "rename", "unlink", "copyfile", "link", "rmdir", "rm", "ftruncate", "fsync", "utime"]);

function reportError(e: unknown, ctx: CliContext): number {
  if (e instanceof FileError || e instanceof UsageError) {
    ctx.io.err(ctx.t(e.key, e.params));
    return EXIT.usage;
  }
  if (e instanceof CommanderError) {
    if (e.code === "commander.helpDisplayed" || e.code === "commander.version") return EXIT.ok;
    if (e.code === "commander.help") {
      // `thidua` alone: commander printed the help on stderr; say what is missing and treat it as a usage error.
      if (e.exitCode === 0) return EXIT.ok;
      ctx.io.err(ctx.t("usage.noCommand"));
      return EXIT.usage;
    }
    ctx.io.err(usageMessage(e, ctx.t));
    return EXIT.usage;
  }
  const err = e as NodeJS.ErrnoException;
  if (err && typeof err.code === "string" && /^E[A-Z]+$/.test(err.code)) {
    // A failed write (output folder read-only, disk full, the file open in Excel on Windows) is not a read error.
    const key = WRITE_SYSCALLS.has(err.syscall ?? "") ? "file.unwritable" : "file.unreadable";
    ctx.io.err(ctx.t(key, { file: err.path ?? "?", reason: err.code }));
    return EXIT.usage;
  }
  ctx.io.err(ctx.t("cli.internalError", { reason: err instanceof Error ? err.message : String(e) }));
  if (process.env.THIDUA_DEBUG) ctx.io.err(String(err?.stack ?? ""));
  return 3;
}
