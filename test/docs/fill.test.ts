/**
 * The filler (package/fill.ts) against the reference it replaced: docx's patchDocument (test/docs/docx-oracle.ts)
 * must write the same text parts for the default templates, a template edited the way Word edits it, and
 * hand-written WordprocessingML with the awkward cases (placeholders split across styled runs with proofing marks
 * and bookmarks, two placeholders in one run, a link, a content control, nested repeated rows with empty and
 * missing inner groups, a table whose every row repeats, an empty block at the end of a cell, a text box). Then what the
 * reference cannot show: drawing ids in copied rows, the title, and a list of 12,000 rows.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { Document, Header, Packer, Paragraph } from "docx";
import { defaultTemplateSet, planDossier } from "../../src/docs";
import { UnfilledPlaceholderError } from "../../src/docs/errors";
import { danhSachValues } from "../../src/docs/fill/danh-sach";
import { toTrinhValues } from "../../src/docs/fill/to-trinh";
import { fillTemplate } from "../../src/docs/package/fill";
import { isTextPart } from "../../src/docs/package/read-text";
import type { TemplateValues } from "../../src/docs/values";
import { comparable, fillWithDocx } from "./docx-oracle";
import { fixture, NAMES } from "./fixture";
import { docxPart, replacePart, tableRows, xmlText, xmllintOk } from "./helpers";

async function textParts(docx: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter(isTextPart)) out[name] = await zip.file(name)!.async("string");
  return out;
}

/** Ours and docx's text parts, made comparable. */
async function bothFillers(template: Uint8Array, values: TemplateValues): Promise<{ ours: Record<string, string>; reference: Record<string, string> }> {
  const ours = await textParts(await fillTemplate(template, values, { file: "x.docx" }));
  const reference = await fillWithDocx(template, values);
  const norm = (parts: Record<string, string>) => Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, comparable(v)]));
  return { ours: norm(ours), reference: norm(reference) };
}

/** A .docx whose body is the given WordprocessingML (its section properties kept), and a header. */
async function templateWithBody(body: string, header = "Trang {{nam}}"): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ headers: { default: new Header({ children: [new Paragraph(header)] }) }, children: [new Paragraph("x")] }] });
  const base = await Packer.pack(doc, "uint8array");
  return replacePart(base, "word/document.xml", (xml) => xml.replace(/<w:body>[\s\S]*?(<w:sectPr)/, (_, sect: string) => `<w:body>${body}${sect}`));
}

const R = (text: string, rPr = "") => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const P = (...runs: string[]) => `<w:p>${runs.join("")}</w:p>`;
const cell = (...paras: string[]) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${paras.join("")}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
const table = (...rows: string[]) => `<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>${rows.join("")}</w:tbl>`;

const AWKWARD =
  // Split across runs of different styles, with proofing marks and a bookmark between them; a second placeholder in the last run.
  P(R("Kính gửi: {{ki", "<w:b/>"), '<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="7" w:name="_GoBack"/>', R("nh_gui }} và {{nam}}.", "<w:i/>"), '<w:bookmarkEnd w:id="7"/><w:proofErr w:type="spellEnd"/>') +
  // Two placeholders in one run; one in a link; one in a content control showing its placeholder text.
  P(R("Số: {{so}}/TTr-{{viet_tat}}", '<w:sz w:val="26"/>')) +
  P(`<w:hyperlink w:anchor="x"><w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t>{{nam}}</w:t></w:r></w:hyperlink>`) +
  P(`<w:sdt><w:sdtPr><w:rPr><w:color w:val="2F5496"/></w:rPr><w:id w:val="42"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${R("{{nguoi_ky}}", '<w:rStyle w:val="PlaceholderText"/>')}</w:sdtContent></w:sdt>`) +
  P(R("{{can_cu}}")) +
  // A text box whose paragraph holds a placeholder, inside a paragraph that holds one.
  P(R("Năm {{nam}} "), `<w:r><w:pict><v:shape id="hop1" style="width:200pt;height:20pt"><v:textbox><w:txbxContent>${P(R("Người ký: {{nguoi_ky}}", "<w:b/>"))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`) +
  // Group heading row + item rows under a header row; the item row has a bookmark and paragraph ids.
  table(
    row(cell(P(R("STT"))), cell(P(R("Họ và tên")))),
    row(cell(P(R("{{nhom.tieu_de}}", "<w:b/>"))), cell(P(R("({{nam}})")))),
    `<w:tr w14:paraId="1A2B3C4D">${cell(`<w:p w14:paraId="11111111" w14:textId="22222222"><w:bookmarkStart w:id="8" w:name="dong"/>${R("{{nhom.dong.stt}}")}<w:bookmarkEnd w:id="8"/></w:p>`)}${cell(P(R("{{nhom.dong.ten}}")), P(R("{{nhom.dong.ghi_chu}}")))}</w:tr>`,
  ) +
  // A table all of whose rows repeat, for a group with no rows; an empty block at the end of a cell.
  table(row(cell(P(R("{{trong.a}}"))), cell(P(R("{{trong.b}}"))))) +
  table(row(cell(P(R("Nơi nhận:")), P(R("{{noi_nhan}}"))), cell(P(R("{{nguoi_ky}}")))));

const AWKWARD_VALUES: TemplateValues = {
  kinh_gui: 'Bộ trưởng {{nam}} & <Bộ> "Tư pháp"\ndòng hai',
  nam: "2025",
  so: "15",
  viet_tat: "THADS",
  nguoi_ky: "Đỗ Văn Khánh",
  can_cu: { block: [{ text: "Căn cứ Luật Thi đua, khen thưởng;", style: "body" }, { text: "- Như trên;", style: "item", bold: true }, { text: "Ghi chú", style: "plain", italics: true }] },
  noi_nhan: { block: [] },
  nhom: {
    rows: [
      { tieu_de: "I. TẬP THỂ", dong: { rows: [{ stt: "1", ten: NAMES.KV01_2025, ghi_chu: "" }, { stt: "2", ten: NAMES.CB002 }] } },
      { tieu_de: "II. CÁ NHÂN", dong: { rows: [] } },
      { tieu_de: "III. KHÁC" },
    ],
  },
  trong: { rows: [] },
};

describe("the same documents as docx's patchDocument wrote", () => {
  test("every document of the fixture's dossier, from the default templates", async () => {
    const { set } = fixture();
    const templates = await defaultTemplateSet();
    const plan = planDossier(set);
    expect(plan.length).toBeGreaterThanOrEqual(6);
    for (const d of plan) {
      const { ours, reference } = await bothFillers(templates[d.kind].data as Uint8Array, d.values());
      expect([d.path, ours]).toEqual([d.path, reference]);
    }
  });

  test("the Tờ trình template edited the way Word edits it (a placeholder split across styled runs, proofing marks, a bookmark)", async () => {
    const template = readFileSync(path.join(__dirname, "../../templates/to-trinh.docx"));
    const edited = await replacePart(template, "word/document.xml", (xml) =>
      xml.replace(
        /<w:r>(<w:rPr>(?:(?!<\/w:r>).)*?<\/w:rPr>)<w:t xml:space="preserve">Kính gửi: \{\{kinh_gui\}\}<\/w:t><\/w:r>/s,
        (_, rPr: string) =>
          `<w:r>${rPr}<w:t xml:space="preserve">Kính gửi: {{kinh_</w:t></w:r><w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="901" w:name="_GoBack"/>` +
          `<w:r w:rsidR="00A1B2C1">${rPr.replace("<w:rFonts", "<w:i/><w:rFonts")}<w:t>gui}}</w:t></w:r><w:bookmarkEnd w:id="901"/><w:proofErr w:type="spellEnd"/>`,
      ),
    );
    expect(await docxPart(edited)).toContain("{{kinh_</w:t>");
    const { ours, reference } = await bothFillers(edited, toTrinhValues(fixture().set));
    expect(ours).toEqual(reference);
  });

  test("hand-written WordprocessingML with the awkward cases", async () => {
    const { ours, reference } = await bothFillers(await templateWithBody(AWKWARD), AWKWARD_VALUES);
    expect(ours).toEqual(reference);
  });
});

describe("what the filled awkward template holds", () => {
  let xml: string;
  let header: string;
  beforeAll(async () => {
    const out = await fillTemplate(await templateWithBody(AWKWARD), AWKWARD_VALUES, { file: "x.docx" });
    xml = await docxPart(out);
    const zip = await JSZip.loadAsync(out);
    header = await zip.file(Object.keys(zip.files).find((f) => /^word\/header\d*\.xml$/.test(f) && !zip.files[f].dir)!)!.async("string");
  });

  test("well-formed, and no placeholder left", () => {
    expect(xmllintOk(xml)).toBe(true);
    expect(xmlText(xml.replace(/Bộ trưởng \{\{nam\}\}/g, ""))).not.toContain("{{");
    expect(xmlText(header)).toContain("Trang 2025");
  });

  test("a split placeholder takes the style of its first character; the text around it keeps its own", () => {
    expect(xml).toMatch(/<w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">Bộ trưởng \{\{nam\}\} &amp; &lt;Bộ&gt; "Tư pháp"<\/w:t><\/w:r>/);
    expect(xml).toMatch(/<w:r><w:rPr><w:b\/><\/w:rPr><w:br\/><w:t xml:space="preserve">dòng hai<\/w:t><\/w:r>/);
    expect(xml).toMatch(/<w:rPr><w:i\/><\/w:rPr><w:t xml:space="preserve"> và <\/w:t><\/w:r><w:r><w:rPr><w:i\/><\/w:rPr><w:t xml:space="preserve">2025<\/w:t>/);
    expect(xml).toContain('<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="7" w:name="_GoBack"/>');
    expect(xmlText(xml)).toContain('Kính gửi: Bộ trưởng {{nam}} & <Bộ> "Tư pháp"dòng hai và 2025.');
    expect(xmlText(xml)).toContain("Số: 15/TTr-THADS");
  });

  test("in a link the value stays in the link; in a content control it takes the control's style and the control stops showing its placeholder", () => {
    expect(xml).toMatch(/<w:hyperlink w:anchor="x">(?:(?!<\/w:hyperlink>).)*<w:r><w:rPr><w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">2025<\/w:t><\/w:r>/s);
    const control = /<w:sdt>.*?<\/w:sdt>/s.exec(xml)![0];
    expect(control).not.toContain("showingPlcHdr");
    expect(control).toContain('<w:r><w:rPr><w:color w:val="2F5496"/></w:rPr><w:t xml:space="preserve">Đỗ Văn Khánh</w:t></w:r>');
  });

  test("a text box's paragraph is filled as a paragraph of its own, inside the paragraph holding it", () => {
    expect(xml).toMatch(/<w:t xml:space="preserve">2025<\/w:t><\/w:r>.*<w:txbxContent><w:p>.*<w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">Đỗ Văn Khánh<\/w:t><\/w:r>.*<\/w:txbxContent>/s);
  });

  test("a block replaces its paragraph; an empty block at the end of a cell leaves an empty paragraph", () => {
    expect(xmlText(xml)).toContain("Căn cứ Luật Thi đua, khen thưởng;\n- Như trên;\nGhi chú\n");
    expect(xml).toMatch(/<w:t xml:space="preserve">Nơi nhận:<\/w:t><\/w:r><\/w:p><w:p\/><\/w:tc>/);
  });

  test("nested repeated rows: group headings, items, an empty inner group, an item without the inner group (its rows once, empty)", () => {
    expect(tableRows(xml)).toEqual(["STT|Họ và tên", "I. TẬP THỂ|(2025)", `1|${NAMES.KV01_2025}`, `2|${NAMES.CB002}`, "II. CÁ NHÂN|(2025)", "III. KHÁC|(2025)", "|", "Nơi nhận:|Đỗ Văn Khánh"]);
  });

  test("a table whose every row repeats is left out when there is no row to write", () => {
    expect(xml.match(/<w:tbl>/g)).toHaveLength(2);
    expect(xml).not.toContain("trong.");
  });

  test("copies of a row lose its bookmarks and paragraph ids; the first keeps them", () => {
    expect(xml.match(/w:name="dong"/g)).toHaveLength(1);
    expect(xml.match(/w14:paraId="11111111"/g)).toHaveLength(1);
    expect(xml.match(/w14:paraId="1A2B3C4D"/g)).toHaveLength(1);
  });
});

test("drawings in copied rows get ids no other drawing has", async () => {
  const drawing = (id: number) =>
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="9525" cy="9525"/><wp:docPr id="${id}" name="Hình ${id}"/></wp:inline></w:drawing></w:r>`;
  const body = P(drawing(3)) + table(row(cell(P(drawing(5), R("{{ds.ten}}"))), cell(P(R("x")))));
  const out = await fillTemplate(await templateWithBody(body, "Trang"), { ds: { rows: [{ ten: "A" }, { ten: "B" }, { ten: "C" }] } }, { file: "x.docx" });
  const xml = await docxPart(out);
  const ids = [...xml.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => Number(m[1]));
  expect(ids).toHaveLength(4);
  expect(new Set(ids).size).toBe(4);
  expect(ids.slice(0, 2)).toEqual([3, 5]);
  expect(xmlText(xml)).toMatch(/A[\s\S]*B[\s\S]*C/);
});

test("the title goes into the core properties as typed", async () => {
  const { set } = fixture();
  const templates = await defaultTemplateSet();
  const out = await fillTemplate(templates["to-trinh"].data, toTrinhValues(set), { file: "x.docx", title: 'Tờ trình {{nam}} & <A> "B"' });
  const core = await docxPart(out, "docProps/core.xml");
  expect(core).toContain("<dc:title>Tờ trình {{nam}} &amp; &lt;A&gt; \"B\"</dc:title>");
  expect(core.match(/<dc:title>/g)).toHaveLength(1);
});

test("placeholders without a value stop the document, all named: unknown, a field outside a table row, a group with no rows value", async () => {
  const body = P(R("{{nam}} {{khong_co}}")) + P(R("{{nhom.ten}}")) + table(row(cell(P(R("{{ds.ten}}"))), cell(P(R("{{ds.}}")))));
  const err = await fillTemplate(await templateWithBody(body, "Trang"), { nam: "2025", nhom: { rows: [{ ten: "A" }] } }, { file: "out.docx" }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(UnfilledPlaceholderError);
  expect((err as UnfilledPlaceholderError).params).toEqual({ file: "out.docx", names: "ds., ds.ten, khong_co, nhom.ten" });
});

test("a Danh sách of 12,000 nominees: every row once, in order (the docx filler took hours at this size)", async () => {
  const n = 12_000;
  const name = (i: number) => `Võ Văn Đức ${String(i).padStart(5, "0")}`;
  const set = fixture({ extraPeople: Array.from({ length: n }, (_, i) => [`NV${String(i + 1).padStart(5, "0")}`, name(i + 1)] as const) }).set;
  const templates = await defaultTemplateSet();
  const out = await fillTemplate(templates["danh-sach"].data, danhSachValues(set, "upward"), { file: "x.docx" });
  const rows = tableRows(await docxPart(out));
  const named = rows.filter((r) => r.includes("Võ Văn Đức "));
  expect(named).toHaveLength(n);
  named.forEach((r, i) => expect(r.split("|")[1]).toBe(name(i + 1)));
  expect(Number(named[n - 1].split("|")[0])).toBe(set.upward.length);
}, 60_000);
