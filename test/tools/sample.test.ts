/**
 * The bundled sample (templates/so-theo-doi-mau.xlsx) and the generator: regenerated identically from the
 * script, realistic content, no validation issue, and — with the rules — every status for every title.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { checkWorkbook } from "../../src/core/check";
import { rankWorkbook } from "../../src/core/rank";
import { readWorkbook } from "../../src/core/read/read-workbook";
import { samplePath } from "../../src/node/paths";
import { readXlsxGrids } from "../../src/node/xlsx-reader";
import { makeSample } from "../../src/tools/make-sample";
import { generateData, generateTracking } from "../../src/tools/sample/generate";
import { buildSample, buildSampleData, COUNCIL_SIZE, SAMPLE_DESIGN } from "../../src/tools/sample/vinh-long";

async function entries(file: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) if (!zip.files[name].dir) out[name] = await zip.files[name].async("string");
  return out;
}

describe("the committed sample", () => {
  test("is what `npm run sample` writes (same parts, same content)", async () => {
    const file = path.join(os.tmpdir(), `thidua-sample-${process.pid}.xlsx`);
    try {
      await makeSample(file);
      expect(await entries(file)).toEqual(await entries(samplePath()));
    } finally {
      await fs.rm(file, { force: true });
    }
  });

  test("reads back as the grids the generator made (banner rows, text dates and all)", async () => {
    const back = await readXlsxGrids(samplePath());
    const made = buildSample();
    expect(back.sheets.map((s) => [s.name, s.values])).toEqual(made.sheets.map((s) => [s.name, s.values]));
  });

  test("looks like a clerk's workbook: banner rows above some headers, discipline dates typed as text", () => {
    const r = readWorkbook(buildSample());
    expect(r.issues).toEqual([]);
    expect(r.data.sheets.people?.headerRow).toBe(4);
    expect(r.data.sheets.awards?.headerRow).toBe(3);
    expect(r.data.sheets.results?.headerRow).toBe(4);
    expect(r.data.sheets.units?.headerRow).toBe(1);
    const raw = r.data.discipline.map((d) => d.src.raw.from);
    expect(raw.every((v) => typeof v === "string" && /^\d{2}\/\d{2}\/\d{4}$/.test(v))).toBe(true);
  });

  test("has no validation error and no warning", () => {
    const c = checkWorkbook(buildSample());
    expect(c.issues).toEqual([]);
  });
});

describe("the sample's content", () => {
  const d = buildSampleData();

  test("one provincial office, its Văn phòng and 8 Phòng THADS khu vực in two clusters, old names until 2025", () => {
    expect(d.units.map((u) => u.code)).toEqual(["TINH", "VP", "KV01", "KV02", "KV03", "KV04", "KV05", "KV06", "KV07", "KV08"]);
    expect(d.units[0].name).toBe("Thi hành án dân sự tỉnh Vĩnh Long");
    expect(d.units[0].oldName).toBe("Cục Thi hành án dân sự tỉnh Bến Tre");
    const districts = d.units.slice(2);
    expect(new Set(districts.map((u) => u.cluster)).size).toBe(2);
    for (const u of districts) {
      expect(u.name).toMatch(/^Phòng Thi hành án dân sự khu vực \d$/);
      expect(u.oldName).toMatch(/^Chi cục Thi hành án dân sự (huyện|thành phố) /);
      expect(u.oldNameUntil?.slice(0, 4)).toBe("2025");
    }
  });

  test("about 150 staff with distinct Vietnamese names, both genders, full records", () => {
    expect(d.people).toHaveLength(150);
    expect(new Set(d.people.map((p) => p.name)).size).toBe(150);
    const women = d.people.filter((p) => p.gender === "NU").length;
    expect(women).toBeGreaterThan(40);
    expect(women).toBeLessThan(110);
    for (const p of d.people) {
      expect(p.name).toMatch(/^\p{Lu}\p{Ll}+( \p{Lu}\p{Ll}*)+$/u);
      expect(p.birthDate < p.recruitedDate).toBe(true);
      expect([p.position, p.grade, p.hometown, p.education].every((s) => s.length > 0)).toBe(true);
    }
  });

  test("ratings 2021–2025; initiatives of every scope, some co-authored; discipline of every kind used", () => {
    expect([...new Set(d.ratings.map((r) => r.year))].sort()).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(new Set(d.initiatives.map((i) => i.scope))).toEqual(new Set(["CO_SO", "BO_TINH", "TOAN_QUOC"]));
    expect(d.initiatives.some((i) => i.authors.length > 1)).toBe(true);
    expect(d.initiatives.some((i) => i.kind === "DE_TAI")).toBe(true);
    const forms = d.discipline.map((x) => `${x.form}${x.to ? "" : " (open)"}`);
    expect(forms).toEqual(expect.arrayContaining(["KHIEN_TRACH", "CANH_CAO", "DANG_XEM_XET", "DANG_XEM_XET (open)"]));
  });

  test("award history 2021–2024 with LĐTT, CSTĐCS, Bằng khen, a revoked title and ad-hoc awards", () => {
    expect(Math.max(...d.awards.map((a) => a.year))).toBe(2024);
    const titles = new Set(d.awards.map((a) => a.title));
    for (const t of ["LDTT", "CSTDCS", "BK_BO", "TTLDTT", "TTLDXS", "CO_BO", "GIAY_KHEN"]) expect(titles).toContain(t);
    expect(d.awards.some((a) => a.status === "BI_HUY")).toBe(true);
    expect(d.awards.filter((a) => a.kind === "DOT_XUAT").length).toBeGreaterThanOrEqual(2);
  });

  test("results 2024 and 2025 with targets; a 200-point criteria table; 2025 scores for every unit", () => {
    expect(new Set(d.results.map((r) => r.year))).toEqual(new Set([2024, 2025]));
    const plus = d.criteria.filter((c) => c.kind === "CONG").reduce((s, c) => s + c.maxPoints, 0);
    expect(plus).toBe(200);
    for (const u of d.units) expect(d.scores.filter((s) => s.unit === u.code && s.year === 2025)).toHaveLength(d.criteria.length);
  });

  test("votes for 2025: most candidates, some below the threshold, the council size from the settings", () => {
    expect(d.settings).toContainEqual(["Số thành viên Hội đồng", COUNCIL_SIZE]);
    expect(d.votes.length).toBeGreaterThan(30);
    const share = (v: (typeof d.votes)[number]): number => v.votesFor / (v.members ?? COUNCIL_SIZE);
    expect(d.votes.some((v) => v.title === "CSTDCS" && share(v) < 0.8)).toBe(true);
    expect(d.votes.some((v) => v.title === "CSTD_BO" && share(v) < 0.9)).toBe(true);
    expect(d.votes.some((v) => v.members === undefined)).toBe(true);
    expect(d.achievements.some((a) => a.proposedForm !== undefined)).toBe(true);
  });

  test("the council's secretary is the Văn phòng's officer for emulation and commendation", () => {
    const name = d.settings.find(([k]) => k === "Thư ký Hội đồng")?.[1];
    const officer = d.people.find((p) => p.name === name);
    expect(officer).toMatchObject({ unit: "VP", position: "Chuyên viên thi đua - khen thưởng" });
  });
});

describe("the sample's 2025 decisions", () => {
  const check = checkWorkbook(buildSample());
  const ranked = rankWorkbook(check.data, check.fingerprint);
  const status = new Map<string, string>();
  for (const s of [...(ranked?.result.units ?? []), ...(ranked?.result.people ?? [])]) for (const x of s.decisions) status.set(`${s.code} ${x.title}`, x.status);

  test.each(SAMPLE_DESIGN.map((x) => [`${x.subject} ${x.title}`, x.status, x.because]))("%s is %s (%s)", (key, want) => {
    expect(status.get(key)).toBe(want);
  });

  test.each(["LDTT", "CSTDCS", "CSTD_BO", "BK_BO", "BK_TTG"])("person title %s shows all four statuses", (title) => {
    const seen = new Set(ranked!.result.people.flatMap((p) => p.decisions.filter((x) => x.title === title).map((x) => x.status)));
    expect([...seen].sort()).toEqual(["eligible", "hold", "not-eligible", "pending"]);
  });

  test.each(["TTLDTT", "TTLDXS", "CO_BO", "BK_BO"])("unit title %s shows all four statuses", (title) => {
    const seen = new Set(ranked!.result.units.flatMap((u) => u.decisions.filter((x) => x.title === title).map((x) => x.status)));
    expect([...seen].sort()).toEqual(["eligible", "hold", "not-eligible", "pending"]);
  });
});

describe("the generator", () => {
  test("is deterministic for a seed and differs between seeds", () => {
    const a = generateTracking({ units: 6, people: 50, seed: 3 });
    expect(generateTracking({ units: 6, people: 50, seed: 3 })).toEqual(a);
    expect(generateTracking({ units: 6, people: 50, seed: 4 })).not.toEqual(a);
    expect(buildSampleData()).toEqual(buildSampleData());
  });

  test("honours the sizes asked for", () => {
    const d = generateData({ units: 12, clusters: 3, people: 90, years: 4, year: 2024 });
    expect(d.units).toHaveLength(12);
    expect(new Set(d.units.map((u) => u.cluster)).size).toBe(3);
    expect(d.people).toHaveLength(90);
    expect([...new Set(d.ratings.map((r) => r.year))].sort()).toEqual([2021, 2022, 2023, 2024]);
    expect(d.settings).toContainEqual(["Năm thi đua", 2024]);
  });

  test("national scale (700 units, 10,000 people, 5 years) in seconds, with no validation error", () => {
    const t0 = Date.now();
    const wb = generateTracking({ units: 700, clusters: 63, people: 10_000, years: 5, seed: 2025 });
    const generated = Date.now() - t0;
    expect(generated).toBeLessThan(10_000);
    const count = (name: string): number => wb.sheets.find((s) => s.name === name)!.values.length - 1;
    expect(count("Đơn vị")).toBe(700);
    expect(count("Cá nhân")).toBe(10_000);
    expect(count("Xếp loại")).toBeGreaterThan(40_000);
    expect(count("Khen thưởng")).toBeGreaterThan(20_000);
    expect(count("Chấm điểm")).toBe(700 * 5 * 10);
    const c = checkWorkbook(wb);
    expect(c.summary.errors).toBe(0);
    expect(c.issues.filter((i) => i.code === "DOMAIN")).toEqual([]);
  }, 120_000);
});
