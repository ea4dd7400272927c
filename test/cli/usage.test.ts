/**
 * Usage errors (cli.md: exit 2, one clear sentence in Vietnamese, English with --lang en): commander's English
 * texts ("unknown option '--bogus'") are replaced by the catalogue's; `thidua` alone shows the help and says a
 * command is missing instead of printing nothing with exit 0.
 */
import { CATALOGUES, type Lang } from "../../src/i18n";
import { samplePath } from "../../src/node/paths";
import { thidua } from "./io";

const ENGLISH_COMMANDER = /unknown|missing required|not specified|too many arguments|argument missing|Did you mean/;

test.each([
  [["foo"], /^Lệnh không hợp lệ: không có lệnh "foo" \(các lệnh: check, rank, generate, init, demo\)\. Gõ thidua --help/],
  [["chek", "so.xlsx"], /không có lệnh "chek".*\(có phải là check\?\)/],
  [["check"], /thiếu tên tệp \.xlsx sau tên lệnh\./],
  [["check", "so.xlsx", "--bogus"], /không có tùy chọn "--bogus"\. Gõ/],
  [["check", "so.xlsx", "--jsn"], /không có tùy chọn "--jsn" \(có phải là --json\?\)/],
  [["generate", "so.xlsx"], /thiếu tùy chọn bắt buộc --out <dir>\./],
  [["check", "So", "theo", "doi.xlsx"], /lệnh "check" nhận nhiều tên tệp hơn cần thiết; nếu đường dẫn có dấu cách, hãy đặt nó trong ngoặc kép/],
  [["rank", "so.xlsx", "--year"], /tùy chọn --year <year> cần một giá trị\./],
])("thidua %j → exit 2, one Vietnamese sentence", async (argv, expected) => {
  const r = await thidua(...argv);
  expect(r.code).toBe(2);
  expect(r.out).toBe("");
  expect(r.err.trim().split("\n")).toHaveLength(1);
  expect(r.err).toMatch(expected);
  expect(r.err).not.toMatch(ENGLISH_COMMANDER);
  expect(r.err).not.toMatch(/\.\./);
});

test("--lang en gives the same sentences in English", async () => {
  const r = await thidua("--lang", "en", "check", samplePath(), "--jsn");
  expect(r.code).toBe(2);
  expect(r.err).toBe('Invalid command: there is no option "--jsn" (did you mean --json?). Type thidua --help for help.\n');
  const extra = await thidua("check", "a", "b", "--lang", "en");
  expect(extra.err).toMatch(/^Invalid command: command "check" got more file names than it takes; if a path has spaces, put it in double quotes/);
});

test("thidua alone prints the help and says that a command is missing: exit 2", async () => {
  const r = await thidua();
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/Cách dùng: thidua/);
  expect(r.err).toMatch(/check \[options\] <workbook> +kiểm tra sổ theo dõi/);
  expect(r.err.trim().split("\n").pop()).toBe("Chưa có lệnh. Gõ một trong các lệnh ở trên, ví dụ thidua check so-theo-doi.xlsx.");
});

test("--help is still exit 0 on stdout", async () => {
  const r = await thidua("--help");
  expect([r.code, r.err]).toEqual([0, ""]);
  expect(r.out).toMatch(/Cách dùng: thidua/);
});

/** cli.md's commands with their options (names exactly as the contract gives them), and the help text keys. */
const COMMANDS: ReadonlyArray<{ name: string; usage: string; description: string; items: ReadonlyArray<[string, string]> }> = [
  { name: "check", usage: "check [options] <workbook>", description: "check", items: [["workbook", "workbook"], ["--json", "checkJson"]] },
  {
    name: "rank",
    usage: "rank [options] <workbook>",
    description: "rank",
    items: [["workbook", "workbook"], ["--year <year>", "year"], ["--json", "rankJson"], ["--out <file>", "rankOut"]],
  },
  {
    name: "generate",
    usage: "generate [options] <workbook>",
    description: "generate",
    items: [
      ["workbook", "workbook"],
      ["--out <dir>", "generateOut"],
      ["--year <year>", "year"],
      ["--templates <dir>", "templates"],
      ["--force", "force"],
      ["--approved-only", "approvedOnly"],
    ],
  },
  { name: "init", usage: "init <file>", description: "init", items: [["file", "newWorkbook"]] },
  { name: "demo", usage: "demo [options]", description: "demo", items: [["--out <dir>", "demoOut"]] },
];

/** Commander's own English texts and the English option texts the help had before. */
const ENGLISH_HELP = /display help|JSON report|evaluation year|output folder|new \.xlsx|Usage:|Options:|Commands:|Arguments:|\(default: /;

describe.each<Lang>(["vi", "en"])("help in %s", (lang) => {
  const t = (key: string): string => CATALOGUES[lang][`cli.help.${key}`];
  // Commander wraps long descriptions onto indented lines: compare with the whitespace collapsed.
  const flat = (text: string): string => text.replace(/\s+/g, " ");
  const help = (...argv: string[]) => thidua(...(lang === "en" ? [...argv, "--lang", "en"] : argv));

  test("thidua --help lists every command of cli.md with its description from the catalogue", async () => {
    const r = await help("--help");
    expect([r.code, r.err]).toEqual([0, ""]);
    const out = flat(r.out);
    for (const c of COMMANDS) expect(out).toContain(` ${c.usage} ${t(c.description)} `);
    expect(out).toContain(` --lang <lang> ${t("lang")} `);
    expect(out).toContain(` -h, --help ${t("help")} `);
    expect(out).toContain(` help [command] ${t("helpCommand")}`);
    expect(out).toContain(`${t("title.usage")} thidua [options] [command]`);
    if (lang === "vi") expect(r.out).not.toMatch(ENGLISH_HELP);
  });

  test.each(COMMANDS.map((c) => [c.name, c] as const))("thidua %s --help: every argument and option described", async (_name, c) => {
    for (const argv of [[c.name, "--help"], ["help", c.name]]) {
      const r = await help(...argv);
      expect([argv, r.code, r.err]).toEqual([argv, 0, ""]);
      const out = flat(r.out);
      expect(out).toContain(`${t("title.usage")} thidua ${c.usage.replace(/^init /, "init [options] ")}`);
      expect(out).toContain(` ${t(c.description)} `);
      for (const [flag, key] of c.items) expect(out).toContain(` ${flag} ${t(key)} `);
      expect(out).toContain(` -h, --help ${t("help")} `);
      expect(out).toContain(` --lang <lang> ${t("lang")}`);
      // Every item line (two-space indent, name, then at least two spaces) has a description.
      for (const line of r.out.split("\n")) if (/^ {2}[-\w[<]/.test(line)) expect(line).toMatch(/^ {2}\S.*\S {2,}\S/);
      if (lang === "vi") expect(r.out).not.toMatch(ENGLISH_HELP);
    }
  });
});
