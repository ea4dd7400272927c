import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/cli";
import type { WorkbookGrids } from "../../src/core/grid";
import { MAX_YEAR, MIN_YEAR } from "../../src/core/read/read-cell";
import { samplePath } from "../../src/node/paths";
import { workbook, type WorkbookBuilder } from "../core/rules/builders";

const PERSON_TITLES = ["BK_BO", "BK_TTG", "CSTDCS", "CSTD_BO", "LDTT"];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "thidua-rank-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeXlsx(grids: WorkbookGrids, name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of grids.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const row of s.values) ws.addRow(row.map((v) => (v === undefined ? null : v)));
  }
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function thidua(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (s) => (out += s.endsWith("\n") ? s : `${s}\n`), err: (s) => (err += s.endsWith("\n") ? s : `${s}\n`) });
  return { code, out, err };
}

function agency(): WorkbookBuilder {
  return workbook(2025)
    .setting("Số thành viên Hội đồng", 10)
    .setting("Ngưỡng phiếu CSTĐCS", "75%")
    .person("CB002", { gender: "Nữ" })
    .person("CB001")
    .ratings("CB001", [2023, 2024, 2025], "HTXSNV")
    .awards("CB001", "CSTDCS", [2023, 2024])
    .vote(2025, "CB001", "CSTDCS", 8, "")
    .initiative("SK01", { authors: "CB001", year: 2024, scope: "Bộ, ngành, tỉnh" })
    .vote(2025, "CB001", "CSTD_BO", 9, 10)
    .rating(2025, "CB002", "HTTNV");
}

interface Json {
  year: number;
  ruleSet: string;
  fingerprint: string;
  parameters: Record<string, unknown>;
  parameterSources: Record<string, string>;
  units: unknown[];
  people: Array<{ code: string; name: string; unit: string; decisions: Array<{ title: string; status: string; nearMiss: string[]; reasons: Array<Record<string, unknown>> }> }>;
}

describe("thidua rank", () => {
  test("--json follows cli.md: year, rule set, fingerprint, parameters with overrides, people × titles with rendered reasons", async () => {
    const file = await writeXlsx(agency().grids(), "agency.xlsx");
    const r = await thidua("rank", file, "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Json;
    expect(j.year).toBe(2025);
    expect(j.ruleSet).toBe("ND152-2025");
    expect(j.fingerprint).toMatch(/^sha256:/);
    expect(j.parameters.cstdcsVote).toBe(0.75);
    expect(j.parameterSources.cstdcsVote).toBe("Cấu hình!B4");
    expect(j.parameters.cstdBoVote).toBe(0.9);
    expect(j.parameterSources.cstdBoVote).toBe("default:ND152-2025");
    expect(j.people.map((p) => p.code)).toEqual(["CB001", "CB002"]);
    const cb1 = j.people[0];
    expect(cb1.decisions.map((d) => d.title)).toEqual(expect.arrayContaining(PERSON_TITLES));
    const cstdcs = cb1.decisions.find((d) => d.title === "CSTDCS");
    expect(cstdcs?.status).toBe("eligible");
    const c2 = cstdcs?.reasons.find((x) => x.rule === "C2");
    expect(c2).toEqual({
      rule: "C2",
      ok: true,
      outcome: "pass",
      text: "Hội đồng cơ sở: 8/10 phiếu đồng ý (80 %), đạt ngưỡng 75 % tổng số thành viên",
      cells: ["Bình xét!C2", "Bình xét!D2", "Bình xét!F2", "Cấu hình!B3"],
      source: "NĐ 98/2023 Điều 30.7",
    });
    expect(cb1.decisions.find((d) => d.title === "CSTD_BO")?.status).toBe("eligible");
    const cb2 = j.people[1].decisions.find((d) => d.title === "CSTDCS");
    expect(cb2?.status).toBe("not-eligible");
    expect(cb2?.nearMiss).toContain("thiếu phiếu bình xét của Hội đồng cho CSTĐCS năm 2025 (sheet Bình xét)");
  });

  test("same workbook → byte-identical JSON", async () => {
    const file = await writeXlsx(agency().grids(), "same.xlsx");
    const a = await thidua("rank", file, "--json");
    const b = await thidua("rank", file, "--json");
    expect(a.out).toBe(b.out);
  });

  test("--lang en renders reasons in English; --year picks the year and its rule set", async () => {
    const file = await writeXlsx(agency().grids(), "lang.xlsx");
    const en = JSON.parse((await thidua("rank", file, "--json", "--lang", "en")).out) as Json;
    const ldtt = en.people[0].decisions.find((d) => d.title === "LDTT");
    expect(ldtt?.reasons[0].text).toBe("Rating 2025: HTXSNV (HTTNV or better)");
    const y = JSON.parse((await thidua("rank", file, "--json", "--year", "2024")).out) as Json;
    expect([y.year, y.ruleSet]).toEqual([2024, "ND98-2023"]);
    expect((await thidua("rank", file, "--year", "24")).code).toBe(2);
  });

  test("--year outside 1945–2100 (the bounds of the workbook's Năm cells) → exit 2 with one sentence, vi or en", async () => {
    const file = await writeXlsx(agency().grids(), "year-range.xlsx");
    for (const year of ["1900", "1944", "2101", "2300"]) {
      const r = await thidua("rank", file, "--year", year);
      expect([year, r.code, r.out]).toEqual([year, 2, ""]);
      expect(r.err).toBe(`Năm ${year} nằm ngoài khoảng cho phép (${MIN_YEAR}–${MAX_YEAR}); nhập năm thi đua, ví dụ --year 2025.\n`);
    }
    const en = await thidua("rank", file, "--year", "2300", "--lang", "en");
    expect([en.code, en.err]).toEqual([2, "Year 2300 is outside the accepted range (1945–2100); give the evaluation year, e.g. --year 2025.\n"]);
    const gen = await thidua("generate", file, "--out", path.join(dir, "year-range-out"), "--year", "1900");
    expect([gen.code, gen.err]).toEqual([2, "Năm 1900 nằm ngoài khoảng cho phép (1945–2100); nhập năm thi đua, ví dụ --year 2025.\n"]);
    expect(existsSync(path.join(dir, "year-range-out"))).toBe(false);
    for (const year of [String(MIN_YEAR), String(MAX_YEAR)]) {
      const r = await thidua("rank", file, "--json", "--year", year);
      expect([year, r.code, (JSON.parse(r.out) as Json).year]).toEqual([year, 0, Number(year)]);
    }
  });

  test("it runs with validation errors, telling the error count first on stderr", async () => {
    const b = agency().person("CB003", { unit: "KV99" }).rating(2025, "CB003", "Xuất sắc lắm");
    const file = await writeXlsx(b.grids(), "errors.xlsx");
    const r = await thidua("rank", file, "--json");
    expect(r.code).toBe(0);
    expect(r.err.split("\n")[0]).toMatch(/^Sổ theo dõi còn \d+ lỗi/);
    expect((JSON.parse(r.out) as Json).people).toHaveLength(3);
  });

  test("a Bộ quy tắc row that overrides the year's own rule set is pointed out (sample: ND152-2025 with --year 2024)", async () => {
    const r = await thidua("rank", samplePath(), "--year", "2024");
    expect(r.out).toContain("Lưu ý: bộ quy tắc ND152-2025 lấy theo dòng \"Bộ quy tắc\" trong Cấu hình; năm 2024 thường xét theo ND98-2023.");
    const usual = await thidua("rank", samplePath());
    expect(usual.out).not.toContain("Lưu ý: bộ quy tắc");
  });

  test("no evaluation year → exit 1 with a clear message", async () => {
    const file = await writeXlsx(workbook(null).person("CB001").grids(), "noyear.xlsx");
    const r = await thidua("rank", file);
    expect(r.code).toBe(1);
    expect(r.err).toContain("Chưa có năm thi đua");
  });

  test("human output: counts per title and the 'chưa đủ hồ sơ' list with what is missing", async () => {
    const b = agency().person("CB004").rating(2025, "CB004", "HTXSNV");
    const file = await writeXlsx(b.grids(), "human.xlsx");
    const r = await thidua("rank", file);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Năm 2025 · bộ quy tắc ND152-2025 · 3 cá nhân");
    expect(r.out).toContain("Tham số lấy từ Cấu hình: cstdcsVote = 0.75 (Cấu hình!B4)");
    expect(r.out).toMatch(/CSTĐCS: 1 đủ điều kiện, 1 không đủ, 1 chưa đủ hồ sơ, 0 tạm dừng/);
    expect(r.out).toContain("Chưa đủ hồ sơ (");
    expect(r.out).toContain("CB004 Người CB004, CSTĐCS: thiếu phiếu bình xét của Hội đồng cho CSTĐCS năm 2025 (sheet Bình xét)");
  });

  test("--out writes a new workbook next to the report (the writer is issue 5's)", async () => {
    const file = await writeXlsx(agency().grids(), "out-in.xlsx");
    const out = path.join(dir, "out-result.xlsx");
    const r = await thidua("rank", file, "--json", "--out", out);
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    JSON.parse(r.out);
    expect((await thidua("rank", file, "--out", file)).code).toBe(2);
  });

  test("--out into a folder that does not exist yet creates it, as init and generate do", async () => {
    const file = await writeXlsx(agency().grids(), "out-in-2.xlsx");
    const out = path.join(dir, "ket-qua", "2025", "xep-hang.xlsx");
    const r = await thidua("rank", file, "--out", out);
    expect([r.code, existsSync(out)]).toEqual([0, true]);
    expect(r.err).not.toMatch(/ENOENT|\.tmp/);
  });

  test("--out where the folder cannot be made (a file stands in its path) says it cannot write, not that it cannot read", async () => {
    const file = await writeXlsx(agency().grids(), "out-in-3.xlsx");
    const out = path.join(file, "ket-qua", "xep-hang.xlsx");
    const r = await thidua("rank", file, "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Không ghi được");
    expect(r.err).not.toContain("Không đọc được");
    const en = await thidua("rank", file, "--out", out, "--lang", "en");
    expect(en.err).toContain("Cannot write");
  });

  test("--out over an existing file keeps the previous one next to it (never silently replaced) and says where", async () => {
    const file = await writeXlsx(agency().grids(), "keep-in.xlsx");
    const sub = path.join(dir, "keep");
    const out = path.join(sub, "kq.xlsx");
    const first = await thidua("rank", file, "--out", out);
    expect(first.code).toBe(0);
    expect(first.err).not.toMatch(/truoc|giữ lại/);
    expect(readdirSync(sub)).toEqual(["kq.xlsx"]);
    const before = readFileSync(out);
    const second = await thidua("rank", file, "--out", out, "--lang", "en");
    expect(second.code).toBe(0);
    const kept = readdirSync(sub).filter((f) => f !== "kq.xlsx");
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(/^kq\.truoc-\d{8}-\d{6}\.xlsx$/);
    expect(readFileSync(path.join(sub, kept[0])).equals(before)).toBe(true);
    expect(readFileSync(out).equals(before)).toBe(false);
    expect(second.err).toContain(`${out} already existed; the previous file was kept as ${path.join(sub, kept[0])} (any reviews typed into it are not lost).\n`);
    const third = await thidua("rank", file, "--out", out);
    expect(third.err).toMatch(/Tệp .*kq\.xlsx đã có từ trước nên bản cũ được giữ lại thành .*kq\.truoc-\d{8}-\d{6}(-2)?\.xlsx/);
    expect(readdirSync(sub)).toHaveLength(3);
  });

  test("on the sample workbook every person gets a decision with reasons for LDTT, CSTDCS, CSTD_BO, BK_BO, BK_TTG", async () => {
    const r = await thidua("rank", samplePath(), "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Json;
    expect(j.people.length).toBeGreaterThan(10);
    const statuses = new Set<string>();
    for (const p of j.people) {
      for (const t of PERSON_TITLES) {
        const d = p.decisions.find((x) => x.title === t);
        expect([p.code, t, d !== undefined]).toEqual([p.code, t, true]);
        expect(d?.reasons.length).toBeGreaterThan(0);
        for (const reason of d?.reasons ?? []) {
          expect(typeof reason.text).toBe("string");
          expect(reason.text).not.toMatch(/rules\.|\{\{/);
          expect(typeof reason.source).toBe("string");
          expect(typeof reason.ok).toBe("boolean");
        }
        if (d && d.status !== "eligible") expect([p.code, t, d.nearMiss.length > 0]).toEqual([p.code, t, true]);
        statuses.add(d?.status ?? "");
      }
    }
    expect(statuses.has("eligible")).toBe(true);
    expect(statuses.has("not-eligible")).toBe(true);
  });
});
