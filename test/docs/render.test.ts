/**
 * The generated dossier read back by an independent reader: every kind converted to PDF by LibreOffice in ONE
 * soffice call (private profile), the text checked with pdftotext and the page size with pdfinfo. The same
 * call converts a Danh sách of 300 nominees.
 */
import * as path from "node:path";
import { defaultTemplateSet, generateDossier, type Dossier } from "../../src/docs";
import { DOCUMENT_KINDS } from "../../src/docs/kinds";
import { fixture, NAMES } from "./fixture";
import { docxPart, pdfInfo, pdfText, soffice, squash, tableRows, tempDir, writeFiles } from "./helpers";

const NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const MOTTO = "Độc lập - Tự do - Hạnh phúc";
const DOC_TYPE: Record<string, string> = {
  "to-trinh": "TỜ TRÌNH",
  "danh-sach": "DANH SÁCH",
  "bao-cao-ca-nhan": "BÁO CÁO THÀNH TÍCH",
  "bao-cao-tap-the": "BÁO CÁO THÀNH TÍCH",
  "bien-ban": "BIÊN BẢN",
  "bao-cao-dot-xuat": "BÁO CÁO THÀNH TÍCH ĐỘT XUẤT",
};
const BIG = 300;
const bigName = (i: number) => `Võ Văn Đức ${String(i).padStart(3, "0")}`;

describe("the dossier rendered by LibreOffice", () => {
  const dir = tempDir("render");
  const pdfDir = path.join(dir, "pdf");
  const { set } = fixture();
  const big = fixture({ extraPeople: Array.from({ length: BIG }, (_, i) => [`NV${String(i + 1).padStart(3, "0")}`, bigName(i + 1)] as const) }).set;
  let dossier: Dossier;
  let bigDossier: Dossier;
  const pdfOf = (docPath: string, prefix = "") => path.join(pdfDir, `${prefix}${path.basename(docPath, ".docx")}.pdf`);

  beforeAll(async () => {
    const templates = await defaultTemplateSet();
    dossier = await generateDossier(set, templates);
    bigDossier = await generateDossier(big, templates);
    const files = writeFiles(path.join(dir, "docx"), dossier.files);
    const bigList = bigDossier.files.find((f) => f.path === "02-danh-sach-de-nghi.docx")!;
    const [bigFile] = writeFiles(path.join(dir, "big"), [{ path: "big-danh-sach.docx", data: bigList.data }]);
    soffice([...files, bigFile], "pdf", pdfDir);
  }, 240_000);

  test("every kind of documents.md was generated", () => {
    expect(new Set(dossier.files.map((f) => f.kind))).toEqual(new Set(DOCUMENT_KINDS));
  });

  test("each document: A4 (portrait, or landscape for the lists), Quốc hiệu, Tiêu ngữ, its type, no placeholder left", () => {
    for (const f of dossier.files) {
      const info = pdfInfo(pdfOf(f.path));
      const [w, h] = f.kind === "danh-sach" ? [842, 595] : [595, 842];
      expect([f.path, Math.round(info.width), Math.round(info.height)]).toEqual([f.path, w, h]);
      const text = squash(pdfText(pdfOf(f.path)));
      for (const needle of [NATIONAL, MOTTO, DOC_TYPE[f.kind]]) expect([f.path, needle, text.includes(squash(needle))]).toEqual([f.path, needle, true]);
      expect([f.path, text.includes("{{ho_ten}}Võ") || !text.includes("{{")]).toEqual([f.path, true]);
    }
  });

  test("the Tờ trình: number, date line, counts per title, totals, request, Nơi nhận, signer", () => {
    const text = squash(pdfText(pdfOf("01-to-trinh.docx")));
    for (const s of [
      "/TTr-THADS",
      "Vĩnh Long, ngày 05 tháng 02 năm 2026",
      "Kính gửi: Bộ trưởng Bộ Tư pháp",
      "- Danh hiệu “Cờ thi đua cấp Bộ, ngành, tỉnh”: 01 tập thể;",
      "- Danh hiệu “Chiến sĩ thi đua cấp Bộ, ngành, tỉnh”: 01 cá nhân;",
      "- Bằng khen cấp Bộ, ngành, tỉnh: 02 cá nhân;",
      "- Danh hiệu “Tập thể lao động xuất sắc”: 01 tập thể.",
      "đề nghị khen thưởng cho 01 tập thể và 02 cá nhân",
      "Nơi nhận:",
      "- Lưu: VT, TCCB.",
      "TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH",
      "Đỗ Văn Khánh",
    ]) expect([s, text.includes(squash(s))]).toEqual([s, true]);
  });

  test("the Danh sách names every nominee in full, with the names valid in 2025 and the special characters intact", () => {
    const upward = squash(pdfText(pdfOf("02-danh-sach-de-nghi.docx")));
    for (const p of set.upward) expect([p.subject, upward.includes(squash(set.subjects[p.subject].name))]).toEqual([p.subject, true]);
    expect(upward).toContain(squash(NAMES.CB002)); // & < > and quotes
    expect(upward).toContain(squash("I. TẬP THỂ"));
    expect(upward).toContain(squash("II. CÁ NHÂN"));
    expect(upward).not.toContain(squash(NAMES.KV01_2024));
    const own = squash(pdfText(pdfOf("04-danh-sach-co-so.docx")));
    for (const p of set.own) expect([p.subject, own.includes(squash(set.subjects[p.subject].name))]).toEqual([p.subject, true]);
    expect(own).toContain(squash(NAMES.KV02)); // the very long name, whole
    expect(own).toContain(squash(NAMES.CB005)); // looks like a placeholder, printed as text
  });

  const rowsOf = async (docPath: string) => tableRows(await docxPart(dossier.files.find((f) => f.path === docPath)!.data));

  test("the Biên bản: members, votes as a share of all members against the threshold, đạt / không đạt", async () => {
    const text = squash(pdfText(pdfOf("03-bien-ban.docx")));
    for (const s of [
      "Hội đồng có 10 thành viên; có mặt 09 thành viên; vắng mặt 01 thành viên, trong đó 01 thành viên có ý kiến bằng văn bản",
      "Số: 03/BB-HĐTĐKT",
      "Không đạt",
      "Danh hiệu “Chiến sĩ thi đua cơ sở”: 02/03 cá nhân đạt tỷ lệ phiếu theo quy định",
      "Danh hiệu “Lao động tiên tiến”: 06 cá nhân đủ tiêu chuẩn",
    ]) expect([s, text.includes(squash(s))]).toEqual([s, true]);
    // Narrow cells break pdftotext's reading order inside a name; each of its words must still be there.
    const words = pdfText(pdfOf("03-bien-ban.docx"));
    for (const w of NAMES.CB006.split(" ")) expect([w, words.includes(w)]).toEqual([w, true]);
    const rows = await rowsOf("03-bien-ban.docx");
    expect(rows.slice(2)).toEqual([
      "STT|Họ và tên / Tên tập thể|Đơn vị|Số phiếu đồng ý|Tỷ lệ trên tổng số thành viên|Tỷ lệ phải đạt|Kết quả",
      "1. Danh hiệu “Cờ thi đua cấp Bộ, ngành, tỉnh”",
      `1|${NAMES.KV01_2025}|Thi hành án dân sự tỉnh Vĩnh Long|9/10|90%|≥ 80%|Đạt`,
      "2. Danh hiệu “Chiến sĩ thi đua cấp Bộ, ngành, tỉnh”",
      `2|${NAMES.CB001}|${NAMES.KV01_2025}|9/10|90%|≥ 90%|Đạt`,
      "3. Danh hiệu “Chiến sĩ thi đua cơ sở”",
      `3|${NAMES.CB001}|${NAMES.KV01_2025}|10/10|100%|≥ 80%|Đạt`,
      `4|${NAMES.CB002}|${NAMES.KV02}|8/10|80%|≥ 80%|Đạt`,
      `5|${NAMES.CB006}|${NAMES.KV02}|7/10|70%|≥ 80%|Không đạt`,
      expect.stringContaining("THƯ KÝ HỘI ĐỒNG"),
    ]);
    for (const r of rows.filter((x) => /^\d+\|/.test(x))) for (const cell of r.split("|").slice(3)) expect([cell, text.includes(squash(cell))]).toEqual([cell, true]);
  });

  test("the reports: Mẫu 05 with the award tables, Mẫu 04 with results against targets", async () => {
    const person = squash(pdfText(pdfOf("bao-cao/CB001.docx")));
    for (const s of [
      "I. SƠ LƯỢC LÝ LỊCH",
      `Họ và tên: ${NAMES.CB001}`,
      "Ngày, tháng, năm sinh: 03/02/1985",
      `Đơn vị công tác: ${NAMES.KV01_2025}`,
      "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
      "Số 12/QĐ-CTHADS, ngày 10/01/2024, Cục THADS tỉnh Bến Tre",
      "Số hóa hồ sơ thi hành án & tra cứu <nhanh>",
      "125/QĐ-BTP",
    ]) expect([s, person.includes(squash(s))]).toEqual([s, true]);
    expect(person).not.toContain("999/QĐ-BTP"); // revoked award
    const personRows = await rowsOf("bao-cao/CB001.docx");
    expect(personRows).toEqual(
      expect.arrayContaining([
        "2023|Chiến sĩ thi đua cơ sở|Số 12/QĐ-CTHADS, ngày 10/01/2024, Cục THADS tỉnh Bến Tre",
        "2024|Chiến sĩ thi đua cơ sở|Số 08/QĐ-CTHADS, ngày 09/01/2025, Cục THADS tỉnh Bến Tre",
        "2022|Giấy khen|Số 77/QĐ-CTHADS, ngày 01/06/2022, Cục THADS tỉnh Bến Tre",
        "2025|Hoàn thành xuất sắc nhiệm vụ|ngày 15/12/2025",
      ]),
    );
    const unit = squash(pdfText(pdfOf("bao-cao/KV01.docx")));
    for (const s of [`Tên tập thể: ${NAMES.KV01_2025}`, "đạt 186,5 điểm, xếp loại A, xếp thứ 1 trong Khối 1", "1.096/1.300 việc", "+1,8 điểm %"]) {
      expect([s, unit.includes(squash(s))]).toEqual([s, true]);
    }
    const unitRows = await rowsOf("bao-cao/KV01.docx");
    expect(unitRows).toEqual(
      expect.arrayContaining([
        "Về việc (việc có điều kiện thi hành)|82,5%|1.096/1.300 việc|84,3%|+1,8 điểm %",
        "Về tiền (nghìn đồng có điều kiện thi hành)|40%|28.000.000/62.000.000 nghìn đồng|45,2%|+3,5 điểm %",
        "Việc chuyển kỳ sau||380 việc||420 việc năm trước",
        "2024|Tập thể lao động xuất sắc|Số 300/QĐ-BTP, ngày 20/02/2025, Bộ Tư pháp",
        "2023|Bằng khen cấp Bộ, ngành, tỉnh|Số 150/QĐ-BTP, ngày 15/03/2024, Bộ Tư pháp",
      ]),
    );
  });

  test("the đột xuất report: the feat, its date and evidence, the form proposed", () => {
    const text = squash(pdfText(pdfOf("dot-xuat/01-CB003.docx")));
    for (const s of ["ĐỀ NGHỊ TẶNG GIẤY KHEN", NAMES.CB003, "18/08/2025", "tài sản thi hành án trị giá 2 tỷ đồng & bảo vệ hồ sơ", "Báo cáo số 12/BC-VP", "Đề nghị tặng Giấy khen."]) {
      expect([s, text.includes(squash(s))]).toEqual([s, true]);
    }
  });

  test("page numbers from page 2, centred at the top; none on page 1", () => {
    const multi = dossier.files.filter((f) => pdfInfo(pdfOf(f.path)).pages > 1);
    expect(multi.length).toBeGreaterThan(0);
    for (const f of multi) {
      const first = pdfText(pdfOf(f.path), 1).split("\n").find((l) => l.trim() !== "")!.trim();
      const second = pdfText(pdfOf(f.path), 2).split("\n").find((l) => l.trim() !== "")!.trim();
      expect([f.path, second]).toEqual([f.path, "2"]);
      expect([f.path, first === "1"]).toEqual([f.path, false]);
    }
  });

  test(`${BIG} nominees: a multi-page Danh sách with every name once and the header row on every page`, () => {
    const pdf = path.join(pdfDir, "big-danh-sach.pdf");
    const info = pdfInfo(pdf);
    expect(info.pages).toBeGreaterThan(5);
    const all = squash(pdfText(pdf));
    for (let i = 1; i <= BIG; i++) {
      const n = squash(bigName(i));
      expect([i, all.split(n).length - 1]).toEqual([i, 1]);
    }
    expect(all).toContain(squash(`2. Bằng khen cấp Bộ, ngành, tỉnh (${BIG + 2} cá nhân)`));
    for (let p = 1; p <= info.pages; p++) {
      const page = squash(pdfText(pdf, p));
      expect([p, page.includes(squash("Họ và tên / Tên tập thể"))]).toEqual([p, true]);
      if (p > 1) expect([p, pdfText(pdf, p).trim().startsWith(String(p))]).toEqual([p, true]);
    }
    const units = new Set(big.upward.filter((p) => p.subjectKind === "unit").map((p) => p.subject)).size;
    expect(units).toBe(1);
    expect(all).toContain(squash(`Tổng cộng: 01 tập thể, ${2 + BIG} cá nhân (${big.upward.length} lượt đề nghị)`));
    expect(all).toContain(squash(`${big.upward.length}Võ Văn Đức ${BIG}`)); // the last row's STT is the number of rows
  });
});
