/**
 * Properties of the carry-over over random edits and random layouts of the previous `Đề nghị`:
 * - stale rows are exactly the reviewed decisions that cite an edited cell (oracle: the reasons' cells, not the stamps);
 * - every review a person made is carried over, none invented, whatever the previous sheet's row and column order.
 */
import fc from "fast-check";
import type { CellValue } from "../../../src/core/grid";
import { approvedKeys, readProposalSheet } from "../../../src/core/review";
import { load, type Variant } from "./fixture";
import { rankInto, typeInto } from "./helpers";

type Edit = readonly [string, number, string, CellValue];

/** Edits that change a value (each differs from the fixture's), with the cells they touch. */
const EDITS: ReadonlyArray<Edit> = [
  ["Xếp loại", 0, "Xếp loại", "HTTNV"],
  ["Xếp loại", 1, "Xếp loại", "HTNV"],
  ["Xếp loại", 2, "Xếp loại", "HTTNV"],
  ["Xếp loại", 3, "Xếp loại", "HTXSNV"],
  ["Xếp loại", 4, "Xếp loại", "HTXSNV"],
  ["Xếp loại", 5, "Xếp loại", "HTTNV"],
  ["Bình xét", 0, "Số phiếu đồng ý", 10],
  ["Bình xét", 1, "Tổng số thành viên", 12],
  ["Sáng kiến", 0, "Phạm vi", "Toàn quốc"],
  ["Kết quả THADS", 0, "Việc xong", 900],
  ["Kết quả THADS", 1, "Chỉ tiêu việc", "80%"],
  ["Cá nhân", 0, "Họ và tên", "Nguyễn Văn Anh"], // read by no decision
];

const { data: base, rank: baseRank } = load();
const ALL_KEYS = [...baseRank.people, ...baseRank.units].flatMap((s) => s.decisions.map((d) => `${s.code}|${d.title}`));

/** The cell an edit touches, as the first ranking's reasons cite it ("Xếp loại!C4"). */
function cellOf(e: Edit): string {
  const records: Record<string, ReadonlyArray<{ src: { sheet: string; cells: Readonly<Record<string, string>> } }>> = {
    "Xếp loại": base.ratings,
    "Bình xét": base.votes,
    "Sáng kiến": base.initiatives,
    "Kết quả THADS": base.results,
    "Cá nhân": base.people,
  };
  const field = { "Xếp loại": "rating", "Số phiếu đồng ý": "votesFor", "Tổng số thành viên": "members", "Phạm vi": "scope", "Việc xong": "casesDone", "Chỉ tiêu việc": "targetCases", "Họ và tên": "name" }[e[2]]!;
  const r = records[e[0]][e[1]];
  return `${r.src.sheet}!${r.src.cells[field]}`;
}

function reviewedSheets(keys: ReadonlyArray<string>) {
  const out = rankInto(base, baseRank);
  let p = out.proposals;
  keys.forEach((k, i) => {
    const [subject, title] = k.split("|");
    p = typeInto(p, subject, title, { status: "Đồng ý", reviewer: `Người ${i}`, reviewedAt: `2${i % 9}/11/2025 09:00` });
  });
  return { proposals: p, facts: out.facts };
}

test("stale rows are exactly the reviewed decisions citing an edited cell", () => {
  fc.assert(
    fc.property(fc.subarray([...EDITS], { minLength: 1, maxLength: 3 }), fc.subarray(ALL_KEYS, { minLength: 1 }), (edits, reviewed) => {
      const sheets = reviewedSheets(reviewed);
      const touched = new Set(edits.map(cellOf));
      const citing = new Set(
        [...baseRank.people, ...baseRank.units].flatMap((s) => s.decisions.filter((d) => d.reasons.some((r) => r.cells.some((c) => touched.has(c)))).map((d) => `${s.code}|${d.title}`)),
      );
      const now = load({ edits } as Variant);
      const { result } = rankInto(now.data, now.rank, sheets);
      const stale = result.rows.filter((r) => r.stale).map((r) => `${r.subject}|${r.title}`).sort();
      expect(stale).toEqual(reviewed.filter((k) => citing.has(k)).sort());
      expect([...approvedKeys(result.rows)].sort()).toEqual(reviewed.filter((k) => !citing.has(k)).sort());
    }),
    { numRuns: 60 },
  );
});

test("every review is carried over, none invented, whatever the previous sheet's row and column order", () => {
  fc.assert(
    fc.property(
      fc.subarray(ALL_KEYS, { minLength: 1 }),
      fc.shuffledSubarray([...Array(13).keys()], { minLength: 13, maxLength: 13 }),
      fc.infiniteStream(fc.nat()),
      (reviewed, columns, noise) => {
        const sheets = reviewedSheets(reviewed);
        const [header, ...body] = sheets.proposals.values;
        const shuffledBody = [...body].sort(() => (noise.next().value % 3) - 1);
        const permuted = [header, ...shuffledBody].map((r) => columns.map((c) => r[c]));
        const typed = new Map(readProposalSheet(sheets.proposals).rows.map((r) => [`${r.subject}|${r.title}`, r.review]));
        const { result } = rankInto(base, baseRank, { proposals: { name: "Đề nghị", values: permuted }, facts: sheets.facts });
        const carried = result.rows.filter((r) => r.review.status !== "PENDING");
        expect(carried.map((r) => `${r.subject}|${r.title}`).sort()).toEqual([...reviewed].sort());
        for (const r of carried) expect(r.review).toEqual(typed.get(`${r.subject}|${r.title}`));
        expect(result.rows).toHaveLength(ALL_KEYS.length);
      },
    ),
    { numRuns: 60 },
  );
});
