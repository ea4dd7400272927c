/**
 * Two clients review the same `Đề nghị` and append to `Nhật ký` at the same time (Excel on the web,
 * co-authoring). Whatever order their writes arrive in, and however often they are replayed, the final sheets
 * are the same, every review ends as the last writer's, and every log row is there exactly once.
 */
import fc from "fast-check";
import {
  applyLogRows,
  applyReview,
  compareCells,
  idSource,
  logRow,
  logSheetValues,
  mergeReviewSheets,
  prepareReview,
  proposalKey,
  reviewCells,
  NO_REVIEW,
  type LogRow,
  type PreparedReview,
  type ReviewCell,
  type ReviewSheets,
} from "../../../src/core/review";
import { renderVi } from "./helpers";

const KEYS = [
  ["CB001", "CSTDCS"],
  ["CB001", "LDTT"],
  ["CB002", "LDTT"],
  ["KV01", "TTLDTT"],
] as const;
const TIMES = ["2025-11-20T09:00:00", "2025-11-20T09:00:30", "2025-11-20T10:15:00"]; // few, to force ties

const base: ReviewSheets = {
  proposals: KEYS.map(([subject, title], i) => ({ subject, title, review: NO_REVIEW, stamp: `sha256:${String(i).repeat(16)}`, systemNote: i === 3 ? "Dữ liệu đã thay đổi sau khi rà soát: …" : "" })),
  log: [logRow({ id: "cli_0000-0001", time: "2025-11-19T17:00:00", actor: "Văn thư", action: "rank", target: "Năm 2025", stamp: "sha256:ff", ruleSet: "ND152-2025" })],
};

type Op = { readonly kind: "review"; readonly p: PreparedReview } | { readonly kind: "log"; readonly row: LogRow };

const opSpec = fc.oneof(
  fc.record({
    kind: fc.constant("review" as const),
    key: fc.nat(KEYS.length - 1),
    action: fc.constantFrom("approve" as const, "return" as const, "reset" as const),
    time: fc.constantFrom(...TIMES),
    comment: fc.constantFrom("", "Thiếu minh chứng", "Bổ sung biên bản"),
    reviewer: fc.constantFrom("Hà", "Minh"),
  }),
  fc.record({ kind: fc.constant("log" as const), action: fc.constantFrom("rank" as const, "generate" as const), time: fc.constantFrom(...TIMES) }),
);

type Spec = typeof opSpec extends fc.Arbitrary<infer T> ? T : never;

function ops(clientId: string, specs: ReadonlyArray<Spec>): Op[] {
  const ids = idSource(clientId);
  return specs.map((s) => {
    const id = ids.next();
    if (s.kind === "log") return { kind: "log", row: logRow({ id, time: s.time, actor: clientId, action: s.action, target: "Năm 2025", stamp: "sha256:aa", ruleSet: "ND152-2025" }) };
    const [subject, title] = KEYS[s.key];
    const comment = s.action === "return" && s.comment === "" ? "Cần bổ sung" : s.comment;
    const r = prepareReview({ id, subject, title, action: s.action, reviewer: s.reviewer, time: s.time, comment, stamp: `sha256:${clientId}`, ruleSet: "ND152-2025" }, renderVi);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return { kind: "review", p: r.value };
  });
}

const apply = (state: ReviewSheets, op: Op): ReviewSheets => (op.kind === "review" ? applyReview(state, op.p) : applyLogRows(state, [op.row]));

/** The sheets as cells, which is what the people see. */
function sheets(s: ReviewSheets) {
  return { proposals: s.proposals.map((c) => [c.subject, c.title, ...reviewCells(c.review, c.stamp, c.systemNote)]), log: logSheetValues(s.log) };
}

/** Client writes, a delivery schedule (a permutation of all ops plus replays), for two clients. */
const scenario = fc
  .record({ a: fc.array(opSpec, { maxLength: 12 }), b: fc.array(opSpec, { maxLength: 12 }) })
  .chain(({ a, b }) => {
    const all = [...ops("clientA", a), ...ops("clientB", b)];
    const replays = fc.array(fc.nat(Math.max(0, all.length - 1)), { maxLength: all.length === 0 ? 0 : 10 });
    return replays.chain((extra) => {
      const delivery = [...all.map((_, i) => i), ...extra];
      return fc.shuffledSubarray(delivery, { minLength: delivery.length, maxLength: delivery.length }).map((order) => ({ all, order }));
    });
  });

describe("interleavings of two clients' review and log writes", () => {
  test("any order, any number of replays: the same final sheets, no row lost or doubled, last writer wins", () => {
    fc.assert(
      fc.property(scenario, ({ all, order }) => {
        const reference = all.reduce(apply, base);
        const delivered = order.map((i) => all[i]).reduce(apply, base);
        expect(sheets(delivered)).toEqual(sheets(reference));

        // Every log row exactly once: the base row and each write's row.
        const ids = delivered.log.map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
        const expected = new Set([...base.log.map((r) => r.id), ...all.map((o) => (o.kind === "review" ? o.p.log.id : o.row.id))]);
        expect(new Set(ids)).toEqual(expected);

        // Each row holds the greatest of its writes (or stays as it was when nobody wrote it).
        for (const cell of delivered.proposals) {
          const key = proposalKey(cell.subject, cell.title);
          const start = base.proposals.find((c) => proposalKey(c.subject, c.title) === key)!;
          const candidates: ReviewCell[] = [start, ...all.flatMap((o) => (o.kind === "review" && o.p.key === key ? [{ ...start, review: o.p.review, stamp: o.p.stamp, systemNote: "" }] : []))];
          const best = candidates.reduce((x, y) => (compareCells(x, y) >= 0 ? x : y));
          expect(cell).toEqual(best);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("merging two clients' sheets is commutative, associative and idempotent", () => {
    const replica = fc.array(opSpec, { maxLength: 8 });
    fc.assert(
      fc.property(replica, replica, replica, (a, b, c) => {
        const ra = ops("clientA", a).reduce(apply, base);
        const rb = ops("clientB", b).reduce(apply, base);
        const rc = ops("clientC", c).reduce(apply, base);
        expect(sheets(mergeReviewSheets(ra, rb))).toEqual(sheets(mergeReviewSheets(rb, ra)));
        expect(sheets(mergeReviewSheets(mergeReviewSheets(ra, rb), rc))).toEqual(sheets(mergeReviewSheets(ra, mergeReviewSheets(rb, rc))));
        expect(sheets(mergeReviewSheets(ra, ra))).toEqual(sheets(ra));
        // Merging replicas equals applying every write to one sheet.
        const all = [...ops("clientA", a), ...ops("clientB", b)].reduce(apply, base);
        expect(sheets(mergeReviewSheets(ra, rb))).toEqual(sheets(all));
      }),
      { numRuns: 200 },
    );
  });

  test("a later review beats an earlier one whichever arrives last; the note of a stale row is cleared by a review", () => {
    const [early, late] = ops("clientA", [
      { kind: "review", key: 3, action: "return", time: TIMES[0], comment: "Thiếu minh chứng", reviewer: "Minh" },
      { kind: "review", key: 3, action: "approve", time: TIMES[2], comment: "", reviewer: "Hà" },
    ]);
    const x = [late, early].reduce(apply, base);
    const y = [early, late].reduce(apply, base);
    expect(sheets(x)).toEqual(sheets(y));
    expect(x.proposals[3]).toMatchObject({ review: { status: "APPROVED", reviewer: "Hà" }, systemNote: "" });
    expect(x.log).toHaveLength(3);
  });
});
