/**
 * Wording of the achievement reports as the head of a personnel office reads them before signing (QA pass on
 * the sample dossier): the "ĐỀ NGHỊ TẶNG …" line with several titles, and the short đột xuất report; the
 * Biên bản as the council's secretary would otherwise retype it.
 */
import { defaultTemplateSet, generateDossier } from "../../src/docs";
import { absenteesPhrase, bienBanValues, candidateRows } from "../../src/docs/fill/bien-ban";
import { danhSachValues } from "../../src/docs/fill/danh-sach";
import { requiredPlaceholders } from "../../src/docs/placeholders";
import { buildDefaultTemplate } from "../../src/docs/templates";
import { dotXuatValues } from "../../src/docs/fill/dot-xuat";
import type { RowsValue } from "../../src/docs/values";
import { baoCaoCaNhanValues, baoCaoTapTheValues } from "../../src/docs/fill/reports";
import { asSentence } from "../../src/docs/wording/format-values";
import { titlesLine } from "../../src/docs/wording/grounds";
import { titlesCaps } from "../../src/docs/wording/titles";
import type { AdHocProposal, Proposal } from "../../src/core/proposals/types";
import { docxPart, replacePart, xmlText } from "./helpers";
import { fixture, NAMES } from "./fixture";

describe("ĐỀ NGHỊ TẶNG … with several titles", () => {
  test("one “VÀ”, before the last title; the others separated by commas", () => {
    expect(titlesCaps(["CSTDCS"])).toBe("DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ");
    expect(titlesCaps(["BK_BO", "CSTDCS"])).toBe("BẰNG KHEN CẤP BỘ, NGÀNH, TỈNH VÀ DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ");
    expect(titlesCaps(["BK_TTG", "BK_BO", "CSTDCS"])).toBe(
      "BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ, BẰNG KHEN CẤP BỘ, NGÀNH, TỈNH VÀ DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ",
    );
  });

  test("the reports of a person and of a unit proposed for three titles say “VÀ” once", () => {
    const { set } = fixture();
    const like = (p: Proposal, title: Proposal["title"]): Proposal => ({ ...p, title });
    const person = [...set.upward, ...set.own].find((p) => p.subjectKind === "person")!;
    const unit = [...set.upward, ...set.own].find((p) => p.subjectKind === "unit")!;
    const personLine = String(baoCaoCaNhanValues(set, person.subject, [like(person, "CSTDCS"), like(person, "BK_TTG"), like(person, "BK_BO")]).de_nghi);
    const unitLine = String(baoCaoTapTheValues(set, unit.subject, [like(unit, "TTLDXS"), like(unit, "CO_BO"), like(unit, "BK_BO")]).de_nghi);
    expect(personLine.match(/ VÀ /g)).toHaveLength(1);
    expect(personLine).toBe("BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ, BẰNG KHEN CẤP BỘ, NGÀNH, TỈNH VÀ DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ");
    expect(unitLine.match(/ VÀ /g)).toHaveLength(1);
    expect(unitLine.endsWith(" VÀ DANH HIỆU TẬP THỂ LAO ĐỘNG XUẤT SẮC")).toBe(true);
  });
});

describe("Báo cáo thành tích đột xuất", () => {
  const { set } = fixture();
  const feat = (subject: string, kind: AdHocProposal["subjectKind"], content: string, evidence: string): AdHocProposal => ({
    subject,
    subjectKind: kind,
    title: "GIAY_KHEN",
    date: "2025-08-18",
    content,
    evidence,
    achievementKind: "DOT_XUAT",
    source: "Thành tích!A2",
    review: "unknown",
  });

  test("the feat and its evidence end with a full stop, added only when the clerk's text has none", () => {
    expect(asSentence("Báo cáo số 12/BC-VP")).toBe("Báo cáo số 12/BC-VP.");
    expect(asSentence("Đã được biểu dương.")).toBe("Đã được biểu dương.");
    expect(asSentence("")).toBe("……");
    const v = dotXuatValues(set, feat("CB003", "person", "Ngăn chặn việc tẩu tán tài sản ", "Báo cáo số 12/BC-VP"));
    expect(v.noi_dung).toBe("Ngăn chặn việc tẩu tán tài sản.");
    expect(v.minh_chung).toBe("Báo cáo số 12/BC-VP.");
  });

  test("a unit's “Chức vụ, đơn vị công tác” is the agency it belongs to, not its emulation cluster", () => {
    expect(set.subjects.KV01?.cluster).not.toBe("");
    const v = dotXuatValues(set, feat("KV01", "unit", "Dẫn đầu đợt cao điểm", "Báo cáo số 150/BC-THADS"));
    expect(v.chuc_vu_don_vi).toBe("Thi hành án dân sự tỉnh Vĩnh Long");
    const person = dotXuatValues(set, feat("CB003", "person", "x", "y"));
    expect(person.chuc_vu_don_vi).toContain(set.subjects.CB003!.unitName);
  });
});

describe("Danh sách: “Chức vụ, đơn vị công tác” of a collective", () => {
  test("a unit row names the agency it belongs to, never its emulation cluster", () => {
    const { set } = fixture();
    const rows = (danhSachValues(set, "upward").nhom as RowsValue).rows.flatMap((g) => (g.dong as RowsValue | undefined)?.rows ?? []);
    const unitRows = rows.filter((r) => set.subjects[Object.keys(set.subjects).find((k) => set.subjects[k]?.name === r.ten) ?? ""]?.kind === "unit");
    expect(unitRows.length).toBeGreaterThan(0);
    for (const r of unitRows) {
      expect(r.chuc_vu_don_vi).not.toMatch(/Khối thi đua/);
      if (r.ten !== "Thi hành án dân sự tỉnh Vĩnh Long") expect(r.chuc_vu_don_vi).toBe("Thi hành án dân sự tỉnh Vĩnh Long");
    }
  });
});

describe("grounds: full names in prose, short forms in the Danh sách's column", () => {
  test("titlesLine writes “Lao động tiên tiến”, “Chiến sĩ thi đua cơ sở” unless asked for the short form", () => {
    const titles = [
      { title: "LDTT", year: 2024 },
      { title: "LDTT", year: 2025 },
      { title: "CSTDCS", year: 2025 },
    ] as unknown as Parameters<typeof titlesLine>[0];
    expect(titlesLine(titles)).toEqual(["Lao động tiên tiến năm 2024, 2025", "Chiến sĩ thi đua cơ sở năm 2025"]);
    expect(titlesLine(titles, true)).toEqual(["LĐTT năm 2024, 2025", "CSTĐCS năm 2025"]);
  });

  test("a personal report's summary has no title abbreviation", () => {
    const { set } = fixture();
    for (const p of [...set.upward, ...set.own].filter((x) => x.subjectKind === "person")) {
      expect(String(baoCaoCaNhanValues(set, p.subject, [p]).tom_tat)).not.toMatch(/\b(LĐTT|CSTĐCS|TTLĐTT|TTLĐXS)\b|CSTĐ /u);
    }
  });
});

describe("Biên bản họp Hội đồng: what the secretary would otherwise retype", () => {
  const AGENCY = "Thi hành án dân sự tỉnh Vĩnh Long";
  const bienBanText = async (set: ReturnType<typeof fixture>["set"], template?: Uint8Array): Promise<string> => {
    const templates = await defaultTemplateSet(template ? { "bien-ban": { data: template, file: "mau/bien-ban.docx" } } : {});
    const dossier = await generateDossier(set, templates);
    return xmlText(await docxPart(dossier.files.find((f) => f.path === "03-bien-ban.docx")!.data));
  };
  const signatureLines = (text: string): string[] => {
    const lines = text.split("\n").map((l) => l.trim());
    return lines.slice(lines.indexOf("THƯ KÝ HỘI ĐỒNG")).filter((l) => l !== "");
  };

  test("`Thư ký Hội đồng` prints the secretary's name under the signature, like the chair's; blank when not set", async () => {
    const named = fixture({ settings: [["Thư ký Hội đồng", "  Lê Thị Mỹ Duyên "]] }).set;
    expect(named.agency.councilSecretary).toBe("Lê Thị Mỹ Duyên");
    expect(bienBanValues(named).thu_ky).toBe("Lê Thị Mỹ Duyên");
    expect(signatureLines(await bienBanText(named))).toEqual(["THƯ KÝ HỘI ĐỒNG", "Lê Thị Mỹ Duyên", "CHỦ TỊCH HỘI ĐỒNG", "Đỗ Văn Khánh"]);
    const unnamed = fixture().set;
    expect(bienBanValues(unnamed).thu_ky).toBe("");
    expect(signatureLines(await bienBanText(unnamed))).toEqual(["THƯ KÝ HỘI ĐỒNG", "CHỦ TỊCH HỘI ĐỒNG", "Đỗ Văn Khánh"]);
  });

  test("nobody absent: “không có thành viên vắng mặt”; absentees keep the zero-padded counts and “trong đó …”", () => {
    expect(absenteesPhrase(0, 0)).toBe("không có thành viên vắng mặt");
    expect(absenteesPhrase(0, null)).toBe("không có thành viên vắng mặt");
    expect(absenteesPhrase(2, 1)).toBe("vắng mặt 02 thành viên, trong đó 01 thành viên có ý kiến bằng văn bản");
    expect(absenteesPhrase(1, 0)).toBe("vắng mặt 01 thành viên, trong đó 00 thành viên có ý kiến bằng văn bản");
    // Counts the votes do not give are left as dotted blanks to fill by hand.
    expect(absenteesPhrase(null, null)).toBe("vắng mặt …… thành viên, trong đó …… thành viên có ý kiến bằng văn bản");
    const { set } = fixture();
    expect(bienBanValues(set).vang_mat).toBe("vắng mặt 01 thành viên, trong đó 01 thành viên có ý kiến bằng văn bản");
    const full = { ...set, council: { ...set.council, present: 10, absent: 0, writtenAbsent: 0 } };
    expect(bienBanValues(full).vang_mat).toBe("không có thành viên vắng mặt");
  });

  test("the default template writes the whole sentence; an older edited template without {{vang_mat}} or {{thu_ky}} still works", async () => {
    expect(requiredPlaceholders("bien-ban")).not.toContain("thu_ky");
    expect(requiredPlaceholders("bien-ban")).not.toContain("vang_mat");
    const { set } = fixture();
    const full = { ...set, council: { ...set.council, present: 10, absent: 0, writtenAbsent: 0 } };
    expect(await bienBanText(full)).toContain("Thành phần: Hội đồng có 10 thành viên; có mặt 10 thành viên; không có thành viên vắng mặt.");
    // The template as it was before: the counts in the sentence, no name under the secretary's signature.
    const older = await replacePart(await buildDefaultTemplate("bien-ban"), "word/document.xml", (xml) => {
      expect(xml).toContain("{{vang_mat}}");
      expect(xml).toContain("{{thu_ky}}");
      return xml
        .replace("{{vang_mat}}", "vắng mặt {{vang}} thành viên, trong đó {{vang_co_y_kien}} thành viên có ý kiến bằng văn bản")
        .replace("{{thu_ky}}", "");
    });
    const named = fixture({ settings: [["Thư ký Hội đồng", "Lê Thị Mỹ Duyên"]] }).set;
    const text = await bienBanText(named, older);
    expect(text).toContain("có mặt 09 thành viên; vắng mặt 01 thành viên, trong đó 01 thành viên có ý kiến bằng văn bản.");
    expect(signatureLines(text)).toEqual(["THƯ KÝ HỘI ĐỒNG", "CHỦ TỊCH HỘI ĐỒNG", "Đỗ Văn Khánh"]);
  });

  test("a collective's “Đơn vị” in the votes table is the agency it belongs to; blank for the agency itself", () => {
    const { set } = fixture();
    const rows = (set: ReturnType<typeof fixture>["set"]) =>
      candidateRows(set).rows.flatMap((g) => (g.dong as RowsValue).rows) as Array<Record<string, string>>;
    const unit = rows(set).find((r) => r.ten === NAMES.KV01_2025)!;
    expect(unit.don_vi).toBe(AGENCY);
    expect(rows(set).find((r) => r.ten === NAMES.CB001)!.don_vi).toBe(NAMES.KV01_2025);
    const agencyItself = { ...set, subjects: { ...set.subjects, KV01: { ...set.subjects.KV01!, name: AGENCY } } };
    expect(rows(agencyItself).find((r) => r.ten === AGENCY)!.don_vi).toBe("");
  });
});
