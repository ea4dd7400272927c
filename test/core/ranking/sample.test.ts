/**
 * The bundled sample workbook (templates/so-theo-doi-mau.xlsx): every unit is scored and decided for the four
 * unit titles; every unit of a cluster is classed and ranked. Units the sample keeps outside any cluster (the
 * agency itself, its office) get clusterRank null and CO_BO not-eligible (no cluster), as the spec settles.
 */
import { checkWorkbook } from "../../../src/core/check";
import { rankWorkbook } from "../../../src/core/rank";
import { readXlsxGrids } from "../../../src/node/xlsx-reader";
import { samplePath } from "../../../src/node/paths";

test("on the sample, every unit has a score, a class, a cluster rank and a decision for each unit title", async () => {
  const check = checkWorkbook(await readXlsxGrids(samplePath()));
  const out = rankWorkbook(check.data, check.fingerprint);
  expect(out).not.toBeNull();
  const units = out?.result.units ?? [];
  expect(units.length).toBe(check.data.units.length);
  const clustered = units.filter((u) => u.cluster !== null);
  expect(clustered.length).toBeGreaterThanOrEqual(4);
  for (const u of units) {
    expect([u.code, typeof u.score]).toEqual([u.code, "number"]);
    expect(u.decisions.map((d) => d.title)).toEqual(["BK_BO", "CO_BO", "TTLDTT", "TTLDXS"]);
    for (const d of u.decisions) expect(d.reasons.length).toBeGreaterThan(0);
  }
  for (const u of clustered) {
    expect([u.code, u.class === null, typeof u.clusterRank]).toEqual([u.code, false, "number"]);
  }
  for (const u of units.filter((x) => x.cluster === null)) {
    expect(u.clusterRank).toBeNull();
    const co = u.decisions.find((d) => d.title === "CO_BO");
    expect(co?.reasons.some((r) => r.rule === "R16" && r.outcome === "fail" && r.text.key === "ranking.r16.noCluster")).toBe(true);
  }
  // at most one CO_BO per cluster, and each cluster's ranks are 1..n
  const flags = new Map<string, number>();
  const ranks = new Map<string, number[]>();
  for (const u of clustered) {
    const c = u.cluster ?? "";
    if (u.decisions.find((d) => d.title === "CO_BO")?.status === "eligible") flags.set(c, (flags.get(c) ?? 0) + 1);
    ranks.set(c, [...(ranks.get(c) ?? []), u.clusterRank ?? 0]);
  }
  for (const n of flags.values()) expect(n).toBe(1);
  for (const r of ranks.values()) expect([...r].sort((a, b) => a - b)).toEqual(r.map((_, i) => i + 1));
});
