import type { RankResult } from "../../src/core/rules/types";
import { translator } from "../../src/i18n";
import { buildRankingSheet, targetText } from "../../src/output/ranking-sheet";
import { ranked, texts } from "./fixture";

const vi = translator("vi");
const en = translator("en");

describe("KQ Xếp hạng", () => {
  const { rank } = ranked();
  const result: RankResult = rank.result;
  const sheet = buildRankingSheet(result, vi);
  const [header, ...rows] = sheet.values;

  test("one row per subject × title: four per unit, then every person's decisions", () => {
    const unitRows = rows.filter((r) => r[0] === "Tập thể");
    const personRows = rows.filter((r) => r[0] === "Cá nhân");
    expect(unitRows).toHaveLength(result.units.length * 4);
    expect(personRows).toHaveLength(result.people.reduce((n, p) => n + p.decisions.length, 0));
    expect(rows).toHaveLength(unitRows.length + personRows.length);
    expect(rows.findIndex((r) => r[0] === "Cá nhân")).toBe(unitRows.length);
    expect(header).toHaveLength(sheet.widths.length);
    for (const r of rows) expect(r).toHaveLength(header.length);
  });

  test("units carry score, class, cluster rank, the deciding key and the targets", () => {
    const kv01 = rows.find((r) => r[1] === "KV01" && r[11] === "Cờ thi đua cấp Bộ, ngành, tỉnh");
    const col = (name: string) => header.indexOf(vi(`ranking.sheet.col.${name}`));
    expect(kv01?.[col("score")]).toBe(186.5);
    expect(kv01?.[col("class")]).toBe("A");
    expect(kv01?.[col("rank")]).toBe(1);
    expect(kv01?.[col("decidedBy")]).toBe("Loại");
    expect(kv01?.[col("viec")]).toBe("85 % / 80 % (đạt)");
    expect(kv01?.[col("giamChuyenKy")]).toBe("15 % / 10 % (đạt)");
    expect(kv01?.[col("status")]).toBe("Đủ điều kiện");
    const kv03 = rows.find((r) => r[1] === "KV03");
    expect(kv03?.[col("unit")]).toBe("(chưa thuộc khối)");
    expect(kv03?.[col("rank")]).toBe("");
    expect(kv03?.[col("tien")]).toBe("không xác định (mẫu số 0)");
  });

  test("pending subjects are marked \"chưa đủ hồ sơ\"", () => {
    const statusCol = header.indexOf(vi("ranking.sheet.col.status"));
    const pendingUnits = result.units.flatMap((u) => u.decisions.filter((d) => d.status === "pending").map((d) => [u.code, d.title]));
    expect(pendingUnits.length).toBeGreaterThan(0);
    for (const r of rows.filter((x) => x[statusCol] === "Chưa đủ hồ sơ")) expect(typeof r[1]).toBe("string");
    expect(rows.filter((r) => r[statusCol] === "Chưa đủ hồ sơ").length).toBe(
      result.units.reduce((n, u) => n + u.decisions.filter((d) => d.status === "pending").length, 0) +
        result.people.reduce((n, p) => n + p.decisions.filter((d) => d.status === "pending").length, 0),
    );
  });

  test("every message is rendered (no catalogue key left), in both languages", () => {
    for (const t of [vi, en]) {
      const all = texts(buildRankingSheet(result, t).values);
      const raw = all.filter((s) => /\b(ranking|rules|review)\.[A-Za-z0-9_.-]+/.test(s));
      expect(raw).toEqual([]);
    }
  });

  test("a clerk's text that begins with = stays a plain string", () => {
    expect(rows.some((r) => r[2] === "=Phòng khu vực 3 (tên bắt đầu bằng dấu =)")).toBe(true);
  });
});

describe("targetText", () => {
  test("rates, missing target, undefined rates", () => {
    expect(targetText({ rate: 0.843, target: 0.825, met: true, cells: [] }, vi)).toBe("84,3 % / 82,5 % (đạt)");
    expect(targetText({ rate: 0.8, target: 0.825, met: false, cells: [] }, vi)).toBe("80 % / 82,5 % (không đạt)");
    expect(targetText({ rate: null, target: 0.1, met: null, undefinedReason: "noPreviousYear", cells: [] }, vi)).toBe("không tính được (thiếu năm trước)");
    expect(targetText({ rate: 0.843, target: 0.825, met: true, cells: [] }, en)).toBe("84.3 % / 82.5 % (met)");
    expect(targetText(null, vi)).toBe("");
  });
});
