/**
 * Usage errors (cli.md: exit 2, one clear sentence in Vietnamese, English with --lang en): commander's English
 * texts ("unknown option '--bogus'") are replaced by the catalogue's; `thidua` alone shows the help and says a
 * command is missing instead of printing nothing with exit 0.
 */
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
  expect(r.err).toMatch(/Usage: thidua/);
  expect(r.err).toMatch(/check \[options\] <workbook>/);
  expect(r.err.trim().split("\n").pop()).toBe("Chưa có lệnh. Gõ một trong các lệnh ở trên, ví dụ thidua check so-theo-doi.xlsx.");
});

test("--help is still exit 0 on stdout", async () => {
  const r = await thidua("--help");
  expect([r.code, r.err]).toEqual([0, ""]);
  expect(r.out).toMatch(/Usage: thidua/);
});
