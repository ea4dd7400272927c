import { readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { documents } from "../../src/i18n/messages/documents";
import { CATALOGUES, translator } from "../../src/i18n";
import { MalformedPlaceholderError, MissingPlaceholderError, UnknownPlaceholderError } from "../../src/docs/errors";

const ROOT = path.join(__dirname, "../..");
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));

test("vi and en have the same keys", () => {
  expect(Object.keys(documents.en).sort()).toEqual(Object.keys(documents.vi).sort());
});

test("every docs.* key the code uses exists in both languages, and every key is used", () => {
  const sources = [
    ...files(path.join(ROOT, "src/docs")),
    ...files(path.join(ROOT, "src/core/proposals")),
    ...["src/cli/commands/generate.ts", "src/node/write-dossier.ts", "src/node/dossier-templates.ts"].map((f) => path.join(ROOT, f)),
  ];
  const used = new Set<string>();
  for (const f of sources) for (const m of readFileSync(f, "utf8").matchAll(/"(docs\.[A-Za-z0-9_.]+)"/g)) used.add(m[1]);
  for (const k of used) for (const lang of ["vi", "en"] as const) expect([lang, k, CATALOGUES[lang][k] !== undefined]).toEqual([lang, k, true]);
  for (const k of Object.keys(documents.vi)) expect([k, used.has(k)]).toEqual([k, true]);
});

test("template problems render with the field in braces and no raw key or stray placeholder", () => {
  for (const lang of ["vi", "en"] as const) {
    const t = translator(lang);
    const missing = new MissingPlaceholderError("bien-ban", "mau/bien-ban.docx", "co_mat");
    expect(t(missing.key, missing.params)).toContain("{{co_mat}}");
    const unknown = new UnknownPlaceholderError("bien-ban", "mau/bien-ban.docx", "co_mat_", "co_mat");
    const text = t(unknown.key, unknown.params);
    expect(text).toContain("{{co_mat_}}");
    expect(text).toContain("{{co_mat}}");
    const broken = new MalformedPlaceholderError("to-trinh", "x.docx", "Người ký: {{nguoi_ky");
    expect(t(broken.key, broken.params)).toContain("{{ho_ten}}");
    for (const s of [text, t("docs.generate.countLine", { title: "BK_BO", units: 1, persons: 2 })]) expect(s).not.toMatch(/docs\.|\$t\(/);
  }
});
