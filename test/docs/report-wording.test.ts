/**
 * Wording of the achievement reports as the head of a personnel office reads them before signing (QA pass on
 * the sample dossier): the "ĐỀ NGHỊ TẶNG …" line with several titles, and the short đột xuất report.
 */
import { danhSachValues } from "../../src/docs/fill/danh-sach";
import { dotXuatValues } from "../../src/docs/fill/dot-xuat";
import type { RowsValue } from "../../src/docs/values";
import { baoCaoCaNhanValues, baoCaoTapTheValues } from "../../src/docs/fill/reports";
import { asSentence } from "../../src/docs/wording/format-values";
import { titlesLine } from "../../src/docs/wording/grounds";
import { titlesCaps } from "../../src/docs/wording/titles";
import type { AdHocProposal, Proposal } from "../../src/core/proposals/types";
import { fixture } from "./fixture";

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
