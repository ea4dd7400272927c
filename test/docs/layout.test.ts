/**
 * The layout of the generated XML: explicit NĐ 30/2020 checks (page, margins, fonts, sizes, header table,
 * rules, page numbers, Nơi nhận, tables with DXA widths and a fixed layout), and a snapshot of the
 * normalised document.xml of the Tờ trình and the Danh sách that guards everything else.
 */
import { defaultTemplateSet, generateDossier, type Dossier } from "../../src/docs";
import { fixture } from "./fixture";
import { docxPart } from "./helpers";

/** One element per line, ids that vary between runs taken out. */
function normalise(xml: string): string {
  return xml
    .replace(/ w:rsid\w*="[^"]*"/g, "")
    .replace(/ (w14:paraId|w14:textId)="[^"]*"/g, "")
    .replace(/<w:document [^>]*>/, "<w:document>")
    .replace(/></g, ">\n<");
}

const runWith = (xml: string, text: string): string => {
  const m = new RegExp(`<w:r>(?:(?!</w:r>).)*?<w:t[^>]*>${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}</w:t></w:r>`, "s").exec(xml);
  if (!m) throw new Error(`no run "${text}"`);
  return m[0];
};
const size = (run: string) => Number(/<w:sz w:val="(\d+)"/.exec(run)?.[1]) / 2;
const bold = (run: string) => /<w:b\/>/.test(run);
const italic = (run: string) => /<w:i\/>/.test(run);

describe("NĐ 30/2020 layout of the generated documents", () => {
  let dossier: Dossier;
  let toTrinh: string;
  let danhSach: string;
  let styles: string;
  beforeAll(async () => {
    dossier = await generateDossier(fixture().set, await defaultTemplateSet());
    const file = (p: string) => dossier.files.find((f) => f.path === p)!.data;
    toTrinh = await docxPart(file("01-to-trinh.docx"));
    danhSach = await docxPart(file("02-danh-sach-de-nghi.docx"));
    styles = await docxPart(file("01-to-trinh.docx"), "word/styles.xml");
  });

  test("A4 with margins top/bottom 20 mm, left 30 mm, right 20 mm; the lists in landscape", () => {
    expect(toTrinh).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(toTrinh).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701"/);
    expect(danhSach).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
  });

  test("Times New Roman, 14 pt body, black", () => {
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/);
    expect(styles).toMatch(/<w:sz w:val="28"\/>/);
    expect(styles).toMatch(/<w:color w:val="000000"\/>/);
    expect(toTrinh).not.toMatch(/w:ascii="(?!Times New Roman)/);
  });

  test("header: agency caps (bold for the issuer), Quốc hiệu bold caps 12, Tiêu ngữ bold 13, italic place-date 14", () => {
    const parent = runWith(toTrinh, "BỘ TƯ PHÁP");
    const agency = runWith(toTrinh, "THI HÀNH ÁN DÂN SỰ TỈNH VĨNH LONG");
    const national = runWith(toTrinh, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    const motto = runWith(toTrinh, "Độc lập - Tự do - Hạnh phúc");
    expect([size(parent), bold(parent)]).toEqual([12, false]);
    expect([size(agency), bold(agency)]).toEqual([12, true]);
    expect([size(national), bold(national)]).toEqual([12, true]);
    expect([size(motto), bold(motto)]).toEqual([13, true]);
    const date = runWith(toTrinh, "05");
    expect([size(date), italic(date)]).toEqual([14, true]);
    expect(toTrinh).toMatch(/<w:t xml:space="preserve">Vĩnh Long<\/w:t>.*?, ngày .*?<w:t xml:space="preserve">05<\/w:t>.*? tháng .*?<w:t xml:space="preserve">02<\/w:t>.*? năm .*?<w:t xml:space="preserve">2026<\/w:t>/s);
    const title = runWith(toTrinh, "TỜ TRÌNH");
    expect([size(title), bold(title)]).toEqual([14, true]);
  });

  test("the header table is two borderless columns, fixed layout, widths in DXA within the text width", () => {
    const first = /<w:tbl>[\s\S]*?<\/w:tblGrid>/.exec(toTrinh)![0];
    expect(first).toContain('<w:tblW w:type="dxa" w:w="9071"/>');
    expect(first).toContain('<w:tblLayout w:type="fixed"/>');
    expect(first).toMatch(/<w:top w:val="none"/);
    expect(first).toMatch(/<w:gridCol w:w="3402"\/><w:gridCol w:w="5669"\/>/);
  });

  test("short rules: under the agency and under the Tiêu ngữ (as long as its text), as bordered empty paragraphs", () => {
    const rules = [...toTrinh.matchAll(/<w:pBdr><w:bottom w:val="single"[^>]*\/><\/w:pBdr>.*?<w:ind w:left="(\d+)" w:right="(\d+)"\/>/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(rules.length).toBeGreaterThanOrEqual(3);
    const [agencyRule, mottoRule] = rules;
    expect(3402 - 114 - agencyRule[0] - agencyRule[1]).toBeGreaterThan(1000);
    expect(Math.abs(5669 - 114 - mottoRule[0] - mottoRule[1] - 3340)).toBeLessThanOrEqual(2);
  });

  test("page numbers from page 2: a different first page, the default header holds the PAGE field, centred", async () => {
    expect(toTrinh).toContain("<w:titlePg/>");
    expect(toTrinh).toMatch(/<w:headerReference w:type="default" r:id="(\w+)"\/><w:headerReference w:type="first"/);
    const zipFile = dossier.files.find((f) => f.path === "01-to-trinh.docx")!.data;
    const rels = await docxPart(zipFile, "word/_rels/document.xml.rels");
    const defaultId = /<w:headerReference w:type="default" r:id="(\w+)"/.exec(toTrinh)![1];
    const target = new RegExp(`Id="${defaultId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${defaultId}"`).exec(rels)![1];
    const header = await docxPart(zipFile, `word/${target}`);
    expect(header).toMatch(/<w:jc w:val="center"\/>/);
    expect(header).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(header).toMatch(/<w:sz w:val="28"\/>/);
  });

  test("Nơi nhận bold italic 12, items 11 pt; signer position and name bold", () => {
    const label = runWith(toTrinh, "Nơi nhận:");
    expect([size(label), bold(label), italic(label)]).toEqual([12, true, true]);
    for (const item of ["- Như trên;", "- Cục Quản lý thi hành án dân sự;", "- Lưu: VT, TCCB."]) expect([item, size(runWith(toTrinh, item))]).toEqual([item, 11]);
    expect(bold(runWith(toTrinh, "TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH"))).toBe(true);
    expect(bold(runWith(toTrinh, "Đỗ Văn Khánh"))).toBe(true);
  });

  test("body paragraphs justified with a 1.27 cm first-line indent and 6 pt before", () => {
    const p = /<w:p>(?:(?!<\/w:p>).)*?Căn cứ Luật Thi đua(?:(?!<\/w:p>).)*?<\/w:p>/s.exec(toTrinh)![0];
    expect(p).toContain('<w:jc w:val="both"/>');
    expect(p).toContain('<w:ind w:firstLine="720"/>');
    expect(p).toMatch(/<w:spacing w:after="0" w:before="120" w:line="276"\/>/);
  });

  test("data tables: DXA widths summing to the text width, fixed layout, header row repeated, rows kept whole", () => {
    const tables = [...danhSach.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const data = tables.find((t) => t.includes("Họ và tên / Tên tập thể"))!;
    const width = Number(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/.exec(data)![1]);
    const cols = [...data.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(width).toBe(16838 - 1701 - 1134);
    expect(cols.reduce((a, b) => a + b, 0)).toBe(width);
    expect(data).toContain('<w:tblLayout w:type="fixed"/>');
    expect(data).toMatch(/<w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>/);
    for (const tc of data.matchAll(/<w:tcW w:type="(\w+)"/g)) expect(tc[1]).toBe("dxa");
  });

  test("snapshot of the normalised XML (Tờ trình and Danh sách)", () => {
    expect(normalise(toTrinh)).toMatchSnapshot("to-trinh document.xml");
    expect(normalise(danhSach)).toMatchSnapshot("danh-sach document.xml");
  });
});

describe("layout found wanting in the QA pass on the sample dossier", () => {
  let bienBan: string;
  let danhSach: string;
  beforeAll(async () => {
    const dossier = await generateDossier(fixture().set, await defaultTemplateSet());
    const file = (p: string) => dossier.files.find((f) => f.path === p)!.data;
    bienBan = await docxPart(file("03-bien-ban.docx"));
    danhSach = await docxPart(file("02-danh-sach-de-nghi.docx"));
  });

  test("Biên bản: the council is the issuer (bold caps), its agency the one line above it (regular caps), no second level above", () => {
    const leftColumn = /<w:tc>(?:(?!<\/w:tc>).)*?<\/w:tc>/s.exec(bienBan)![0];
    const texts = [...leftColumn.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).filter((t) => t !== "");
    expect(texts).toEqual(["THI HÀNH ÁN DÂN SỰ TỈNH VĨNH LONG", "HỘI ĐỒNG THI ĐUA - KHEN\u00A0THƯỞNG"]);
    const agency = runWith(leftColumn, "THI HÀNH ÁN DÂN SỰ TỈNH VĨNH LONG");
    const council = runWith(leftColumn, "HỘI ĐỒNG THI ĐUA - KHEN\u00A0THƯỞNG");
    expect([size(agency), bold(agency)]).toEqual([12, false]);
    expect([size(council), bold(council)]).toEqual([12, true]);
  });

  test("Danh sách: the total line keeps with the signature block (the signer never begins a page alone)", () => {
    const paragraphs = [...danhSach.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<\/w:p>|<w:tbl>/gs)].map((m) => m[0]);
    const total = paragraphs.findIndex((p) => p.includes("Tổng cộng:"));
    expect(total).toBeGreaterThan(0);
    // The total, then the empty spacer before the block, each keep with the next; then the signer's table.
    expect(paragraphs[total]).toContain("<w:keepNext/>");
    expect(paragraphs[total + 1]).toContain("<w:keepNext/>");
    expect(paragraphs[total + 1]).not.toMatch(/<w:t[ >]/);
    expect(paragraphs[total + 2]).toBe("<w:tbl>");
  });
});
