import { readFileSync } from "node:fs";
import * as path from "node:path";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, Header } from "docx";
import {
  BlockNotAloneError,
  MalformedPlaceholderError,
  MissingPlaceholderError,
  RowFieldOutsideTableError,
  TemplateUnreadableError,
  UnknownPlaceholderError,
  TemplatePreflightError,
  UnfilledPlaceholderError,
} from "../../src/docs/errors";
import { DOCUMENT_KINDS } from "../../src/docs/kinds";
import { PLACEHOLDERS, requiredPlaceholders } from "../../src/docs/placeholders";
import { preflightTemplate } from "../../src/docs/preflight";
import { buildDefaultTemplate } from "../../src/docs/templates";
import { defaultTemplateSet, generateDossier } from "../../src/docs";
import { fillTemplate } from "../../src/docs/package/fill";
import { paragraphsOfXml } from "../../src/docs/package/read-text";
import { docxPart } from "./helpers";
import { fixture } from "./fixture";

const TEMPLATES = path.join(__dirname, "../../templates");

async function docOf(children: Array<Paragraph | Table>, header?: string): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{ headers: header ? { default: new Header({ children: [new Paragraph(header)] }) } : undefined, children }],
  });
  return Packer.pack(doc, "uint8array");
}

/** A paragraph of every required placeholder of a kind, in a table row when it is a row field. */
function requiredBody(kind: (typeof DOCUMENT_KINDS)[number]): Array<Paragraph | Table> {
  const specs = PLACEHOLDERS[kind].filter((p) => p.required);
  const rows = specs.filter((p) => p.mode === "rows");
  const others = specs.filter((p) => p.mode !== "rows");
  const out: Array<Paragraph | Table> = others.map((p) => new Paragraph(`{{${p.name}}}`));
  if (rows.length > 0) {
    out.push(new Table({ rows: rows.map((p) => new TableRow({ children: [new TableCell({ children: [new Paragraph(`{{${p.name}}}`)] })] })) }));
  }
  return out;
}

describe("the default templates", () => {
  test.each(DOCUMENT_KINDS)("%s passes the preflight and holds every required placeholder", async (kind) => {
    const r = await preflightTemplate(kind, await buildDefaultTemplate(kind), kind);
    expect(r.problems).toEqual([]);
    const found = new Set(r.found.map((f) => f.name));
    for (const name of requiredPlaceholders(kind)) expect(found.has(name)).toBe(true);
  });

  test.each(DOCUMENT_KINDS)("the committed templates/%s.docx is what make-templates builds", async (kind) => {
    const committed = await docxPart(readFileSync(path.join(TEMPLATES, `${kind}.docx`)));
    const built = await docxPart(await buildDefaultTemplate(kind));
    expect(committed).toBe(built);
  });
});

describe("preflight: one error class per failure", () => {
  test("a deleted required placeholder is named", async () => {
    const body = requiredBody("to-trinh").filter((p) => !(p instanceof Paragraph && JSON.stringify(p).includes("so_luong")));
    const r = await preflightTemplate("to-trinh", await docOf(body), "to-trinh.docx");
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toBeInstanceOf(MissingPlaceholderError);
    expect((r.problems[0] as MissingPlaceholderError).placeholder).toBe("so_luong");
    expect(r.problems[0].params).toMatchObject({ file: "to-trinh.docx", kind: "to-trinh", name: "so_luong", field: "{{so_luong}}" });
  });

  test("unknown placeholders are named, with the closest known one when it is a typo", async () => {
    const body = [...requiredBody("to-trinh"), new Paragraph("{{kinh_gu}} và {{ten_cong_ty}}")];
    const r = await preflightTemplate("to-trinh", await docOf(body), "x.docx");
    expect(r.problems.map((p) => [p.constructor.name, p.params.name, p.params.closest])).toEqual([
      ["UnknownPlaceholderError", "kinh_gu", "kinh_gui"],
      ["UnknownPlaceholderError", "ten_cong_ty", undefined],
    ]);
    expect(r.problems[0]).toBeInstanceOf(UnknownPlaceholderError);
  });

  test("placeholders split across runs, spaced inside the braces, or in the page header are found", async () => {
    const split = new Paragraph({ children: [new TextRun("Kính gửi: {{ki"), new TextRun({ text: "nh_g", bold: true }), new TextRun({ text: "ui }}", italics: true })] });
    const body = [...requiredBody("to-trinh").filter((p) => !JSON.stringify(p).includes("kinh_gui")), split];
    const r = await preflightTemplate("to-trinh", await docOf(body, "{{co_quan}}"), "x.docx");
    expect(r.problems).toEqual([]);
    expect(r.found.find((f) => f.name === "kinh_gui")?.paragraph.text).toBe("Kính gửi: {{kinh_gui }}");
    expect(r.found.find((f) => f.name === "co_quan")?.paragraph.part).toMatch(/^word\/header\d*\.xml$/);
  });

  test("broken braces are reported with the text around them", async () => {
    const body = [...requiredBody("to-trinh"), new Paragraph("Người ký: {{nguoi_ky")];
    const r = await preflightTemplate("to-trinh", await docOf(body), "x.docx");
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toBeInstanceOf(MalformedPlaceholderError);
    expect(String(r.problems[0].params.snippet)).toContain("{{nguoi_ky");
  });

  test("a field of repeated rows outside a table, and a block sharing its paragraph, are refused", async () => {
    const body = [...requiredBody("danh-sach"), new Paragraph("{{nhom.dong.thanh_tich}}")];
    const r1 = await preflightTemplate("danh-sach", await docOf(body), "x.docx");
    expect(r1.problems.map((p) => p.constructor.name)).toEqual(["RowFieldOutsideTableError"]);
    expect(r1.problems[0]).toBeInstanceOf(RowFieldOutsideTableError);
    const body2 = [...requiredBody("to-trinh").filter((p) => !JSON.stringify(p).includes("so_luong")), new Paragraph("Số lượng: {{so_luong}}")];
    const r2 = await preflightTemplate("to-trinh", await docOf(body2), "x.docx");
    expect(r2.problems.map((p) => p.constructor.name)).toEqual(["BlockNotAloneError"]);
    expect(r2.problems[0]).toBeInstanceOf(BlockNotAloneError);
  });

  test("a file that is not a .docx is unreadable", async () => {
    const r = await preflightTemplate("bien-ban", new TextEncoder().encode("not a zip"), "bien-ban.docx");
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toBeInstanceOf(TemplateUnreadableError);
  });

  test("generation stops before any document when a template fails, listing every problem", async () => {
    const { set } = fixture();
    const templates = await defaultTemplateSet({ "bien-ban": { data: await docOf([new Paragraph("{{so}}")]), file: "mau/bien-ban.docx" } });
    const err = await generateDossier(set, templates).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TemplatePreflightError);
    const names = (err as TemplatePreflightError).problems.map((p) => `${p.file}:${p.params.name}`);
    expect(names.sort()).toEqual(requiredPlaceholders("bien-ban").map((n) => `mau/bien-ban.docx:${n}`).sort());
  });

  test("a placeholder left in a filled document is never written out", async () => {
    const tpl = await docOf([new Paragraph("{{a}} {{b}}")]);
    await expect(fillTemplate(tpl, { a: "x" }, { file: "out.docx" })).rejects.toBeInstanceOf(UnfilledPlaceholderError);
  });
});

test("reading text: runs joined per paragraph, deleted revisions ignored, table rows known", () => {
  const xml =
    '<w:document><w:body><w:p><w:r><w:t>{{ho_</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">ten}} &amp; </w:t></w:r>' +
    "<w:del><w:r><w:delText>{{xoa}}</w:delText></w:r></w:del></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>{{nhom.dong.ten}}</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:body></w:document>";
  expect(paragraphsOfXml("word/document.xml", xml).map((p) => [p.text, p.inTableRow])).toEqual([
    ["{{ho_ten}} & ", false],
    ["{{nhom.dong.ten}}", true],
    ["", false],
  ]);
});
