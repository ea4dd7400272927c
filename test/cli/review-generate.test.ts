/**
 * `thidua generate --approved-only`: documents only for proposals approved in the workbook's `Đề nghị` whose facts
 * did not change since the approval; the Tờ trình says the list was reviewed.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { samplePath } from "../../src/node/paths";
import { mkdir, reviewedWorkbook, thidua, type Typing } from "./review-helpers";

let dir: string;
let first: string;
let cited: (subject: string, title: string) => string[];

const TYPING: Typing = [
  { subject: "CB001", title: "Bằng khen", status: "Đồng ý", reviewer: "Nguyễn Thị Hà", time: "20/11/2025 09:30" },
  { subject: "CB002", title: "Chiến sĩ thi đua cấp Bộ", status: "Đồng ý", reviewer: "Nguyễn Thị Hà", time: "20/11/2025 09:31" },
  { subject: "CB003", title: "Bằng khen", status: "Trả lại", reviewer: "Lê Minh", time: "20/11/2025 10:00", comment: "Thiếu báo cáo thành tích" },
  { subject: "CB001", title: "Chiến sĩ thi đua cơ sở", status: "Đồng ý", reviewer: "Lê Minh", time: "20/11/2025 10:05" },
];

interface Manifest {
  files: Array<{ path: string; kind: string; subjects: string[] }>;
}

beforeAll(async () => {
  dir = await mkdir("thidua-review-generate-");
  first = path.join(dir, "ket-qua.xlsx");
  expect((await thidua("rank", samplePath(), "--out", first)).code).toBe(0);
  const json = JSON.parse((await thidua("rank", samplePath(), "--json")).out) as { people: Array<{ code: string; decisions: Array<{ title: string; status: string; reasons: Array<{ cells: string[] }> }> }> };
  cited = (subject, title) => json.people.find((p) => p.code === subject)!.decisions.find((d) => d.title === title)!.reasons.flatMap((r) => r.cells);
  const status = (s: string, t: string) => json.people.find((p) => p.code === s)!.decisions.find((d) => d.title === t)!.status;
  // The fixture relies on these being proposals of the sample.
  expect([status("CB001", "BK_BO"), status("CB002", "CSTD_BO"), status("CB003", "BK_BO"), status("CB001", "CSTDCS")]).toEqual(["eligible", "eligible", "eligible", "eligible"]);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function generate(input: string, name: string, ...extra: string[]) {
  const out = path.join(dir, name);
  const r = await thidua("generate", input, "--out", out, ...extra);
  expect(r.code).toBe(0);
  const manifest = JSON.parse(await fs.readFile(path.join(out, "manifest.json"), "utf8")) as Manifest;
  return { stdout: r.out, err: r.err, dir: out, manifest };
}

const subjectsOf = (m: Manifest, kind: string) => [...new Set(m.files.filter((f) => f.kind === kind).flatMap((f) => f.subjects))].sort();

async function docText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const xml = await zip.file("word/document.xml")!.async("string");
  return xml.replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => `${p.replace(/<[^>]+>/g, "")}\n`).replace(/<[^>]+>/g, "");
}

test("only approved, unchanged proposals get documents; the Tờ trình says the list was reviewed", async () => {
  const input = await reviewedWorkbook(first, path.join(dir, "reviewed.xlsx"), TYPING);
  const all = await generate(input, "all");
  const approved = await generate(input, "approved", "--approved-only");
  expect(subjectsOf(all.manifest, "to-trinh").length).toBeGreaterThan(3);
  expect(subjectsOf(approved.manifest, "to-trinh")).toEqual(["CB001", "CB002"]);
  expect(approved.manifest.files.filter((f) => f.kind === "bao-cao-ca-nhan").flatMap((f) => f.subjects).sort()).toEqual(["CB001", "CB002"]);
  expect(approved.stdout).toContain("Chỉ lập hồ sơ cho các đề nghị đã được Đồng ý");
  const toTrinh = approved.manifest.files.find((f) => f.kind === "to-trinh")!;
  const text = await docText(path.join(approved.dir, toTrinh.path));
  expect(text).toContain("Danh sách đề nghị đã được Thủ trưởng cơ quan và các thành viên Hội đồng Thi đua - Khen thưởng rà soát, thống nhất");
  // Without --approved-only, the Tờ trình of the same reviewed workbook says how many were approved.
  const allText = await docText(path.join(all.dir, all.manifest.files.find((f) => f.kind === "to-trinh")!.path));
  expect(allText).toMatch(/Danh sách đề nghị đã được rà soát, thống nhất 02\/\d+ đề nghị/);
});

test("a fact edited after the approval: that proposal drops out, the others stay", async () => {
  // The decision number of the rating CB002's CSTD_BO decision reads (a fact that does not turn the decision).
  const cell = cited("CB002", "CSTD_BO").find((c) => /^Xếp loại!D\d+$/.test(c))!;
  const [sheet, address] = cell.split("!");
  let before: unknown;
  const input = await reviewedWorkbook(first, path.join(dir, "edited.xlsx"), TYPING, (wb) => {
    const c = wb.getWorksheet(sheet)!.getCell(address);
    before = c.value;
    c.value = `${String(c.value)} (sửa)`;
  });
  expect(before).toBeTruthy();
  const r = await generate(input, "edited", "--approved-only");
  expect(r.err).toBe("");
  expect(subjectsOf(r.manifest, "to-trinh")).toEqual(["CB001"]);
  expect(r.stdout).toContain("1 dòng trong sheet Đề nghị cần rà soát lại vì dữ liệu đã thay đổi");
});

test("no Đề nghị in the workbook: --approved-only proposes nothing and says why", async () => {
  const r = await generate(samplePath(), "none", "--approved-only");
  expect(subjectsOf(r.manifest, "to-trinh")).toEqual([]);
  expect(r.stdout).toContain("Sổ không có sheet \"Đề nghị\" đã rà soát");
  // The way out is the README's: copy the results workbook's Đề nghị into the tracking workbook (running generate on
  // the results workbook itself is refused: it has no tracking sheets).
  expect(r.stdout).toContain("chép sheet Đề nghị (và sheet ẩn Dữ kiện rà soát) của sổ kết quả vào sổ theo dõi này");
  // Proposals exist but none is approved: not "nobody qualifies".
  expect(r.stdout).toContain("Chưa có đề nghị nào được rà soát Đồng ý");
  expect(r.stdout).not.toContain("Không có tập thể, cá nhân nào đủ điều kiện");
});

test("a state typed that the product does not know is reported by generate too (cell and fix), and never counts as approval", async () => {
  // QA: generate --approved-only used to drop such a row silently; only rank --out named the cell.
  const input = await reviewedWorkbook(first, path.join(dir, "typo.xlsx"), [
    ...TYPING.filter((x) => x.subject !== "CB002"),
    { subject: "CB002", title: "Chiến sĩ thi đua cấp Bộ", status: "Đã xem", reviewer: "Nguyễn Thị Hà", time: "20/11/2025 09:31" },
    { subject: "CB003", title: "Bằng khen", status: "Trả lại", reviewer: "Lê Minh", time: "20/11/2025 10:00", comment: "" },
  ]);
  const r = await generate(input, "typo", "--approved-only");
  expect(subjectsOf(r.manifest, "to-trinh")).toEqual(["CB001"]);
  expect(r.err).toMatch(/^ {2}Đề nghị!H\d+ TYPE_ENUM: Trạng thái rà soát "Đã xem" không hợp lệ; .* → Chọn một trong: Chờ rà soát; Đồng ý; Trả lại\.$/m);
  expect(r.err).toMatch(/^ {2}Đề nghị!K\d+ REQUIRED: Đề nghị CB003 – Bằng khen cấp Bộ, ngành, tỉnh bị trả lại nhưng chưa có Ý kiến\. → Ghi rõ lý do/m);
  expect(r.err.trim().split("\n")).toHaveLength(2);
});
