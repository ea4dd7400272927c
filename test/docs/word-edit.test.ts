/**
 * A clerk edits the Tờ trình template in Word: a placeholder ends up split across differently styled runs
 * (with Word's proofing marks and a bookmark between them), one is moved to another paragraph, one is deleted.
 * The edited template is also round-tripped through LibreOffice (which rewrites the runs its own way).
 * The output must follow the edit, and the preflight must name the deleted placeholder.
 */
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { MissingPlaceholderError } from "../../src/docs/errors";
import { preflightTemplate } from "../../src/docs/preflight";
import { fillTemplate } from "../../src/docs/package/fill";
import { toTrinhValues } from "../../src/docs/fill/to-trinh";
import { fixture, NAMES } from "./fixture";
import { docxPart, pdfText, replacePart, soffice, squash, tempDir, xmlText } from "./helpers";

const TEMPLATE = readFileSync(path.join(__dirname, "../../templates/to-trinh.docx"));
const SIGNER = "Đỗ Văn Khánh";
const RECIPIENT = "Bộ trưởng Bộ Tư pháp";

/** Replaces the run whose text is `text` by runs of the given pieces, each with extra run properties. */
function splitRun(xml: string, text: string, pieces: ReadonlyArray<{ text: string; rPr: string }>): string {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`<w:r>(<w:rPr>(?:(?!</w:r>).)*?</w:rPr>)?<w:t[^>]*>${escaped}</w:t></w:r>`, "s");
  const m = re.exec(xml);
  if (!m) throw new Error(`run "${text}" not found`);
  const rPr = (m[1] ?? "<w:rPr></w:rPr>").replace("<w:rPr>", "");
  // Extra properties go after w:rFonts, in the schema's order, as Word writes them.
  const withExtra = (extra: string) => rPr.replace(/^(<w:rFonts[^>]*\/>)?/, (f) => `${f}${extra}`);
  const runs = pieces.map(
    (p, i) =>
      `${i === 1 ? '<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="901" w:name="_GoBack"/>' : ""}` +
      `<w:r w:rsidR="00A1B2C${i}" w:rsidRPr="00D4E5F${i}"><w:rPr>${withExtra(p.rPr)}<w:t xml:space="preserve">${p.text}</w:t></w:r>` +
      `${i === 1 ? '<w:bookmarkEnd w:id="901"/><w:proofErr w:type="spellEnd"/>' : ""}`,
  );
  return xml.replace(re, runs.join(""));
}

/** The clerk's edits; `deleteCounts` also deletes {{so_luong}}. */
function edit(xml: string, deleteCounts: boolean): string {
  let out = splitRun(xml, "Kính gửi: {{kinh_gui}}", [
    { text: "Kính gửi: ", rPr: "" },
    { text: "{{kinh_", rPr: "<w:b/>" },
    { text: "gui}}", rPr: "<w:i/><w:u w:val=\"single\"/>" },
  ]);
  // Move {{nguoi_ky}} from the signature block to a new paragraph right after "Kính gửi".
  out = out.replace(/(<w:t[^>]*>)\{\{nguoi_ky\}\}(<\/w:t>)/, "$1$2");
  const kinhGui = out.indexOf("gui}}");
  const endOfParagraph = out.indexOf("</w:p>", kinhGui) + "</w:p>".length;
  out = `${out.slice(0, endOfParagraph)}<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">Người trình: {{nguoi_ky}}</w:t></w:r></w:p>${out.slice(endOfParagraph)}`;
  if (deleteCounts) out = out.replace(/(<w:t[^>]*>)\{\{so_luong\}\}(<\/w:t>)/, "$1$2");
  return out;
}

describe("a template edited the way Word edits it", () => {
  const dir = tempDir("word-edit");
  const { set } = fixture();
  let edited: Uint8Array;
  let deleted: Uint8Array;
  let roundTripped: Uint8Array;
  let roundTrippedDeleted: Uint8Array;

  beforeAll(async () => {
    edited = await replacePart(TEMPLATE, "word/document.xml", (x) => edit(x, false));
    deleted = await replacePart(TEMPLATE, "word/document.xml", (x) => edit(x, true));
    writeFileSync(path.join(dir, "edited.docx"), edited);
    writeFileSync(path.join(dir, "deleted.docx"), deleted);
    const rt = path.join(dir, "rt");
    soffice([path.join(dir, "edited.docx"), path.join(dir, "deleted.docx")], "docx:MS Word 2007 XML", rt);
    roundTripped = new Uint8Array(readFileSync(path.join(rt, "edited.docx")));
    roundTrippedDeleted = new Uint8Array(readFileSync(path.join(rt, "deleted.docx")));
  });

  test("the edit really split the placeholder across styled runs", async () => {
    const xml = await docxPart(edited);
    expect(xml).not.toContain("Kính gửi: {{kinh_gui}}");
    expect(xml).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*\{\{kinh_<\/w:t>/s);
    expect(xml).toMatch(/<w:i\/>(?:(?!<\/w:r>).)*>gui\}\}<\/w:t>/s);
  });

  test("the preflight names the deleted placeholder and nothing else, before and after LibreOffice", async () => {
    for (const data of [deleted, roundTrippedDeleted]) {
      const r = await preflightTemplate("to-trinh", data, "to-trinh.docx");
      expect(r.problems.map((p) => p.constructor.name)).toEqual(["MissingPlaceholderError"]);
      expect((r.problems[0] as MissingPlaceholderError).placeholder).toBe("so_luong");
    }
    for (const data of [edited, roundTripped]) expect((await preflightTemplate("to-trinh", data, "x")).problems).toEqual([]);
  });

  test("the output follows the edit: split placeholder filled with the style of its first run, moved one where it went", async () => {
    for (const [label, data] of [["Word-style edit", edited], ["after LibreOffice", roundTripped]] as const) {
      const out = await fillTemplate(data, toTrinhValues(set), { file: `${label}.docx` });
      const xml = await docxPart(out);
      const text = xmlText(xml);
      expect([label, text.includes("{{")]).toEqual([label, false]);
      expect([label, text]).toEqual([label, expect.stringContaining(`Kính gửi: ${RECIPIENT}`)]);
      expect([label, text]).toEqual([label, expect.stringContaining(`Người trình: ${SIGNER}`)]);
      expect(text.split(SIGNER).length - 1).toBe(1);
      expect(text.indexOf(`Người trình: ${SIGNER}`)).toBeLessThan(text.indexOf("Căn cứ Luật Thi đua"));
      const recipientRun = new RegExp(`<w:r>(?:(?!</w:r>).)*?<w:t[^>]*>${RECIPIENT}</w:t></w:r>`, "s").exec(xml)?.[0] ?? "";
      expect([label, /<w:b(?: w:val="(?:true|1)")?\/>/.test(recipientRun), /<w:i\/>/.test(recipientRun)]).toEqual([label, true, false]);
    }
  });

  test("LibreOffice renders the filled edited template with the values in place", async () => {
    const out = await fillTemplate(roundTripped, toTrinhValues(set), { file: "rt.docx" });
    writeFileSync(path.join(dir, "filled.docx"), out);
    soffice([path.join(dir, "filled.docx")], "pdf", dir);
    const text = squash(pdfText(path.join(dir, "filled.pdf")));
    expect(text).toContain(squash(`Người trình: ${SIGNER}`));
    expect(text).toContain(squash(`Kính gửi: ${RECIPIENT}`));
    expect(text).toContain(squash("Danh hiệu “Chiến sĩ thi đua cấp Bộ, ngành, tỉnh”: 01 cá nhân;"));
    expect(text).not.toContain(squash(NAMES.CB001));
  });
});
