/** bench:check's verdicts, on hand-made results (no timing here: the targets are read from bench/results.json). */
import type { SizeResult } from "../../src/bench/measure-size";
import type { ActionAtSize, OfficeResults } from "../../src/bench/office";
import { evaluateTargets, type Results } from "../../src/bench/targets";

const size = (over: Partial<SizeResult>): SizeResult => ({ core_check_rank_ms: 100, ratio_check_vs_load: 1.2, cli_check_ms: 12, exceljs_load_ms: 10, docs_per_s: 50, docxtemplater_docs_per_s: 40, ratio_docs_vs_docxtemplater: 1.25, ...over }) as SizeResult;
const at = (syncs: number, chunks: number, over: Partial<ActionAtSize> = {}): ActionAtSize => ({ syncs, chunks, moved_bytes: chunks * 4e6, max_request_bytes: 1e6, max_response_bytes: 1e6, limit: 4 + chunks, failed: 0, ...over });

function results(sizes: Record<string, SizeResult>, actions: Array<{ action: string; at: Record<string, ActionAtSize> }>): Results {
  const office = { rows: [100, 10000], workbooks: {}, ms: 0, actions: actions.map((a) => ({ ...a, kind: "step", syncs_per_action: {}, max_request_bytes: Math.max(...Object.values(a.at).map((x) => x.max_request_bytes)), beyond_chunks: {}, pass: true, constant_beyond_chunks: true })) } as unknown as OfficeResults;
  return { schema: 1, mode: "quick", date: "", machine: {}, sizes, office, peak_rss_mb: 0, total_s: 0 };
}

const verdict = (r: Results) => Object.fromEntries(evaluateTargets(r).map((t) => [t.id, t.pass]));

test("every target holds on results within the limits", () => {
  const r = results({ provincial: size({}), national: size({ core_check_rank_ms: 150 }) }, [{ action: "read", at: { "100": at(3, 1), "10000": at(6, 4) } }]);
  expect(Object.values(verdict(r)).every(Boolean)).toBe(true);
});

test("each limit is checked on its own side of the boundary", () => {
  const r = results(
    { provincial: size({ ratio_check_vs_load: 1.31 }), national: size({ core_check_rank_ms: 151, ratio_docs_vs_docxtemplater: 0.99 }) },
    [
      { action: "write", at: { "100": at(5, 1), "10000": at(8, 4) } },
      { action: "read", at: { "100": at(3, 1), "10000": at(8, 4) } },
      { action: "big", at: { "100": at(2, 1), "10000": at(3, 2, { max_request_bytes: 5_000_000 }) } },
    ],
  );
  const v = verdict(r);
  expect(v).toMatchObject({
    core: false,
    "ratio_check_vs_load.provincial": false,
    "ratio_check_vs_load.national": true,
    "documents.national": false,
    "documents.provincial": true,
    "syncs.write": true,
    "syncs_beyond_chunks.write": true,
    "syncs.read": true,
    "syncs_beyond_chunks.read": false,
    request_size: false,
  });
});

test("more round trips than 4 + chunks fails", () => {
  const v = verdict(results({}, [{ action: "button", at: { "100": at(8, 1) } }]));
  expect(v["syncs.button"]).toBe(false);
});
