/**
 * Data are printed as text: values that look like placeholders are not expanded (by any later patch),
 * `& < > " '` do not break the XML, control characters pasted from elsewhere are dropped, long text stays whole.
 */
import { defaultTemplateSet, generateDossier } from "../../src/docs";
import { literal, restoreLiterals } from "../../src/docs/package/literal";
import { fixture, NAMES } from "./fixture";
import { docxPart, xmlText, xmllintOk } from "./helpers";

const TRICKY_RECIPIENT = 'Bộ trưởng {{nam}} & <Bộ> "Tư pháp" \'{{co_quan}}\' {{';
const LONG_MOVEMENT = `Thi đua ${"đoàn kết, sáng tạo, kỷ cương, trách nhiệm & hiệu quả; ".repeat(12)}`.trim();

test("braces stand in while patching and come back afterwards", () => {
  const s = literal("a {{b}} } {");
  expect(s).not.toMatch(/[{}]/);
  expect(restoreLiterals(s)).toBe("a {{b}} } {");
  expect(literal("x\u0001\u000by\u0008")).toBe("xy");
});

describe("tricky data in the generated documents", () => {
  const { set } = fixture({ without: ["Kính gửi", "Phong trào"], settings: [["Kính gửi", TRICKY_RECIPIENT], ["Phong trào", `${LONG_MOVEMENT}\u0007`]] });
  let toTrinh: string;
  let ownList: string;
  let report: string;
  let report1: string;
  beforeAll(async () => {
    const d = await generateDossier(set, await defaultTemplateSet());
    const part = (p: string) => docxPart(d.files.find((f) => f.path === p)!.data);
    toTrinh = await part("01-to-trinh.docx");
    ownList = await part("04-danh-sach-co-so.docx");
    report = await part("bao-cao/CB002.docx");
    report1 = await part("bao-cao/CB001.docx");
  });

  test("the XML stays well-formed (xmllint)", () => {
    for (const xml of [toTrinh, ownList, report, report1]) expect(xmllintOk(xml)).toBe(true);
  });

  test("a value that looks like a placeholder is printed as it is, wherever it lands", () => {
    const t = xmlText(toTrinh);
    expect(t).toContain(`Kính gửi: ${TRICKY_RECIPIENT}`);
    expect(t).toContain(`kính trình ${TRICKY_RECIPIENT} xem xét`);
    expect(xmlText(ownList)).toContain(NAMES.CB005); // "{{ho_ten}} Võ Thị Thu" inside repeated rows
  });

  test("& < > and quotes are escaped in the XML and read back as typed", () => {
    expect(toTrinh).toContain("&amp; &lt;Bộ&gt;");
    expect(xmlText(report)).toContain(`Họ và tên: ${NAMES.CB002}.`);
    expect(xmlText(report1)).toContain("Số hóa hồ sơ thi hành án & tra cứu <nhanh>");
  });

  test("very long text is kept whole and control characters are dropped", () => {
    const t = xmlText(toTrinh);
    expect(t).toContain(`phong trào thi đua “${LONG_MOVEMENT}”`);
    expect(toTrinh).not.toContain("\u0007");
  });
});
