import { readFileSync, readdirSync, statSync } from "node:fs";
import * as path from "node:path";
import { rules } from "../../../src/i18n/messages/rules";
import { CATALOGUES, render, translator } from "../../../src/i18n";
import { AWARD_KINDS, COUNCIL_LEVELS, DISCIPLINE_FORMS, SCOPES, TITLES } from "../../../src/core/schema/enums";
import { STATUSES } from "../../../src/core/rules/types";
import { decidePeople } from "../../../src/core/rules/people";
import { contextOf, workbook } from "./builders";

const root = path.join(__dirname, "../../..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const sources = [...files(path.join(root, "src/core/rules")), path.join(root, "src/cli/commands/rank.ts")];

describe("rules messages", () => {
  test("vi and en have the same keys", () => {
    expect(Object.keys(rules.en).sort()).toEqual(Object.keys(rules.vi).sort());
  });

  test("every key literal in the rules' source and the rank command exists in both languages", () => {
    const keys = new Set<string>();
    for (const f of sources) for (const m of readFileSync(f, "utf8").matchAll(/"((?:rules|rank)\.[A-Za-z0-9_.-]+)"/g)) keys.add(m[1]);
    expect(keys.size).toBeGreaterThan(60);
    for (const k of keys) {
      expect([k, CATALOGUES.vi[k] !== undefined]).toEqual([k, true]);
      expect([k, CATALOGUES.en[k] !== undefined]).toEqual([k, true]);
    }
  });

  test("every nested name exists for every code", () => {
    const families: Array<[string, ReadonlyArray<string>]> = [
      ["rules.title", TITLES],
      ["rules.scope", SCOPES],
      ["rules.scopeMin", SCOPES],
      ["rules.discipline", DISCIPLINE_FORMS],
      ["rules.level", COUNCIL_LEVELS],
      ["rules.kind", AWARD_KINDS],
      ["rules.tieBy", ["female", "votes", "score", "code"]],
      ["rules.status", STATUSES],
    ];
    for (const [prefix, codes] of families) for (const c of codes) for (const lang of ["vi", "en"] as const) expect([lang, `${prefix}.${c}`, CATALOGUES[lang][`${prefix}.${c}`] !== undefined]).toEqual([lang, `${prefix}.${c}`, true]);
    // Every $t(prefix.{{x}}) used in a message is one of those families.
    const nested = new Set<string>();
    for (const text of [...Object.values(rules.vi), ...Object.values(rules.en)]) for (const m of text.matchAll(/\$t\(([a-zA-Z.]+)\.\{\{/g)) nested.add(m[1]);
    expect([...nested].every((n) => families.some(([p]) => p === n))).toBe(true);
  });

  test("rendered reasons, near-miss facts and warnings never show a raw key or placeholder", () => {
    const b = workbook(2025)
      .setting("Tỷ lệ tối đa CSTĐCS", "10%")
      .setting("Không xét LĐTT người mới tuyển dụng", "Có")
      .setting("Không xét LĐTT người nghỉ dài ngày", "Có")
      .setting("Không xét LĐTT người bị kỷ luật trong năm", "Có");
    for (let i = 1; i <= 6; i++) {
      const c = `CB00${i}`;
      b.person(c, { gender: i % 2 ? "Nữ" : "Nam", recruited: i === 6 ? "" : "01/01/2010" }).ratings(c, [2021, 2022, 2023, 2024], "HTXSNV");
      if (i !== 5) b.rating(2025, c, i === 4 ? "HTNV" : "HTXSNV", i === 2 ? "" : "QĐ");
      if (i !== 3) b.vote(2025, c, "CSTDCS", 10 - i, 10);
    }
    b.awards("CB001", "CSTDCS", [2021, 2023, 2024]).award(2020, "CB001", "BK_BO").award(2019, "CB002", "BK_BO", { kind: "Chuyên đề" });
    b.award(2024, "CB002", "CSTDCS", { status: "Bị hủy" }).award(2023, "CB002", "CSTDCS", { kind: "Đột xuất" });
    b.initiative("SK01", { authors: "CB001", year: 2024, scope: "Bộ, ngành, tỉnh", decisionNo: "" }).vote(2025, "CB001", "CSTD_BO", 9, 10);
    b.initiative("SK02", { authors: "CB002", year: 2025 }).award(2024, "CB002", "GIAY_KHEN", { initiatives: "SK02" });
    b.discipline("CB003", "Khiển trách", "15/01/2024", "14/07/2024").discipline("CB004", "Cảnh cáo", "01/01/2025").discipline("CB006", "Đang xem xét", "01/12/2025");
    b.vote(2025, "CB002", "CSTD_BO", 5, "");
    const data = b.data();
    const people = decidePeople(data, contextOf(data));
    const keys = new Set<string>();
    for (const lang of ["vi", "en"] as const) {
      const t = translator(lang);
      for (const p of people)
        for (const d of p.decisions) {
          const msgs = [...d.reasons.flatMap((r) => [r.text, ...(r.warnings ?? [])]), ...d.nearMiss];
          for (const m of msgs) {
            keys.add(m.key);
            const text = render(t, m);
            expect([m.key, /\{\{|\$t\(|rules\.|undefined/.test(text)]).toEqual([m.key, false]);
          }
        }
    }
    expect(keys.size).toBeGreaterThan(40);
  });
});
