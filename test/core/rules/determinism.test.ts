import fc from "fast-check";
import { decidePeople } from "../../../src/core/rules/people";
import type { PersonResult } from "../../../src/core/rules/types";
import { contextOf, workbook, type WorkbookBuilder } from "./builders";

/** A varied agency: streaks, quota, duplicates, holds, discipline, excluded awards, reused initiatives. */
function agency(): WorkbookBuilder {
  const b = workbook(2025).setting("Tỷ lệ tối đa CSTĐCS", "30%").setting("Số thành viên Hội đồng", 10);
  b.unit("KV02", "Phòng Thi hành án dân sự khu vực 2", "Khối 2");
  const ratings = ["HTXSNV", "HTTNV", "HTXSNV", "HTNV", "HTXSNV", "HTTNV", "HTXSNV", "HTXSNV"];
  ratings.forEach((r, i) => {
    const code = `CB${String(i + 1).padStart(3, "0")}`;
    b.person(code, { gender: i % 2 === 0 ? "Nữ" : "Nam", unit: i < 4 ? "KV01" : "KV02", recruited: "01/01/2015" });
    b.ratings(code, [2021, 2022, 2023, 2024], i % 3 === 0 ? "HTXSNV" : "HTTNV").rating(2025, code, r);
    b.vote(2025, code, "CSTDCS", 8 + (i % 3), 10);
  });
  b.awards("CB001", "CSTDCS", [2023, 2024]).award(2019, "CB001", "BK_BO").award(2021, "CB001", "CSTDCS");
  b.initiative("SK01", { authors: "CB001; CB002", year: 2024, scope: "Bộ, ngành, tỉnh" }).vote(2025, "CB001", "CSTD_BO", 9, 10);
  b.award(2024, "CB003", "CSTDCS", { kind: "Đột xuất" }).award(2024, "CB003", "CSTDCS", { status: "Bị hủy" });
  b.discipline("CB004", "Khiển trách", "15/01/2024", "14/07/2024").discipline("CB005", "Đang xem xét", "01/11/2025");
  b.discipline("CB006", "Đang xem xét", "01/02/2025", "01/05/2025");
  b.initiative("SK02", { authors: "CB007", year: 2024 }).initiative("SK03", { authors: "CB007", year: 2025, decisionNo: "" });
  b.award(2024, "CB007", "Giấy khen", { initiatives: "SK02" });
  b.rating(2025, "CB008", "HTTNV").vote(2025, "CB008", "CSTDCS", 6, 10); // duplicates: worse rating, lower vote decide
  b.awards("CB008", "CSTDCS", [2024]).vote(2025, "CB008", "CSTD_BO", 9, 10, "Bộ, tỉnh");
  b.person("CB009", { gender: "Nữ" }).rating(2025, "CB009", "HTXSNV"); // no vote row → pending
  return b;
}

/** Deterministic shuffle from a seed (mulberry32 + Fisher–Yates). */
function shuffler(seed: number): <T>(rows: T[]) => T[] {
  let s = seed >>> 0;
  const rnd = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return <T>(rows: T[]): T[] => {
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [rows[i], rows[j]] = [rows[j], rows[i]];
    }
    return rows;
  };
}

function withoutCells(people: PersonResult[]): unknown {
  return people.map((p) => ({ ...p, decisions: p.decisions.map((d) => ({ ...d, reasons: d.reasons.map((r) => ({ ...r, cells: [] })) })) }));
}

function run(shuffle?: (rows: unknown[][]) => unknown[][]): PersonResult[] {
  const data = agency().data(shuffle as never);
  return decidePeople(data, contextOf(data));
}

describe("determinism", () => {
  test("same data → byte-identical results", () => {
    expect(JSON.stringify(run())).toBe(JSON.stringify(run()));
  });

  test("the scenario exercises every status", () => {
    const statuses = new Set(run().flatMap((p) => p.decisions.map((d) => d.status)));
    expect([...statuses].sort()).toEqual(["eligible", "hold", "not-eligible", "pending"]);
  });

  test("people sorted by code, decisions by title code", () => {
    const people = run(shuffler(7) as never);
    const codes = people.map((p) => p.code);
    expect(codes).toEqual([...codes].sort());
    for (const p of people) {
      const titles = p.decisions.map((d) => d.title);
      expect(titles).toEqual([...titles].sort());
      expect(titles).toEqual(["BK_BO", "BK_TTG", "CSTDCS", "CSTDTQ", "CSTD_BO", "LDTT"]);
    }
  });

  test("cells are sorted and unique in every reason", () => {
    for (const p of run(shuffler(3) as never))
      for (const d of p.decisions)
        for (const r of d.reasons) {
          expect(new Set(r.cells).size).toBe(r.cells.length);
          expect(r.cells.every((c) => /^[^!]+![A-Z]+\d+$/.test(c))).toBe(true);
        }
  });

  test("permuting the rows of every sheet changes nothing but the cells (fast-check)", () => {
    const reference = JSON.stringify(withoutCells(run()));
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(JSON.stringify(withoutCells(run(shuffler(seed) as never)))).toBe(reference);
      }),
      { numRuns: 40 },
    );
  });
});
