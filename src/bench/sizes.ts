/**
 * The two workbook sizes of the benchmark, generated with a fixed seed by src/tools/sample: a provincial office
 * (10 units, 150 people) and national scale (700 units in 35 clusters, 10,000 people), 5 years of ratings,
 * initiatives, awards, results and scores each.
 */
import type { GenerateOptions } from "../tools/sample/generate";

export const SIZE_NAMES = ["provincial", "national"] as const;
export type SizeName = (typeof SIZE_NAMES)[number];

export const SEED = 20_250_101;

export const SIZES: Readonly<Record<SizeName, Required<Pick<GenerateOptions, "units" | "clusters" | "people" | "years" | "year" | "seed">>>> = {
  provincial: { units: 10, clusters: 2, people: 150, years: 5, year: 2025, seed: SEED },
  national: { units: 700, clusters: 35, people: 10_000, years: 5, year: 2025, seed: SEED },
};

/** Runs per measurement (medians are taken over the measured runs; warm-up runs are not measured). */
export interface Plan {
  readonly coreWarmup: number;
  readonly coreRuns: number;
  /** Runs of the core split into stages (read, validate, fingerprint, rank). */
  readonly stageRuns: number;
  readonly fileWarmup: number;
  readonly fileRuns: number;
  readonly docRuns: number;
  /** Per-subject reports of each kind in the documents sample (evenly spread over the dossier's plan). */
  readonly reportsPerKind: number;
  /** Rows of the list document timed once by both generators (0: not measured). */
  readonly listRows: number;
}

export function planFor(size: SizeName, quick: boolean): Plan {
  if (size === "provincial") {
    return quick
      ? { coreWarmup: 2, coreRuns: 5, stageRuns: 3, fileWarmup: 1, fileRuns: 3, docRuns: 2, reportsPerKind: 6, listRows: 0 }
      : { coreWarmup: 3, coreRuns: 15, stageRuns: 7, fileWarmup: 2, fileRuns: 7, docRuns: 5, reportsPerKind: 1000, listRows: 0 };
  }
  return quick
    ? { coreWarmup: 0, coreRuns: 2, stageRuns: 1, fileWarmup: 0, fileRuns: 1, docRuns: 1, reportsPerKind: 3, listRows: 0 }
    : { coreWarmup: 1, coreRuns: 7, stageRuns: 3, fileWarmup: 1, fileRuns: 5, docRuns: 3, reportsPerKind: 12, listRows: 300 };
}
