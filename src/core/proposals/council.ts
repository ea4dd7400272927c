/**
 * The council minutes (Biên bản): members total / present / absent with written opinions, and each
 * candidate's votes as a share of ALL members (C2) against the title's threshold.
 */
import type { Vote } from "../model";
import type { RankResult, Status } from "../rules/types";
import type { CouncilCandidate, CouncilMinutes, SubjectKind } from "./types";
import type { IsoDate } from "../text/parse-values";
import { codeKey } from "./keys";
import { titleLevel, voteThreshold } from "./titles";

/** The most frequent non-null value (ties: the larger), or null. */
function mode(values: ReadonlyArray<number | null>): number | null {
  const counts = new Map<number, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && best !== null && v > best)) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

export interface CouncilInput {
  readonly votes: ReadonlyArray<Vote>;
  readonly year: number;
  readonly rank: RankResult;
  /** `Số thành viên Hội đồng` from the settings. */
  readonly councilSize: number | null;
  readonly minutesNo: string;
  readonly meetingDate: IsoDate | null;
  readonly kindOf: (code: string) => SubjectKind;
  /** Whether a candidate is kept (the approvals filter); all are kept when absent. */
  readonly keep?: (subject: string, title: string) => boolean;
}

/** Small tolerance so that 0.8 × 10 members = 8 votes passes a 0.8 threshold despite floating point. */
const EPS = 1e-9;

export function councilMinutes(input: CouncilInput): CouncilMinutes {
  const rows = input.votes.filter((v) => v.year === input.year && v.level === "CO_SO" && v.title !== null && v.subject.trim() !== "");
  const statusOf = new Map<string, Status>();
  for (const subject of [...input.rank.people, ...input.rank.units]) {
    for (const d of subject.decisions) statusOf.set(`${codeKey(subject.code)}|${d.title}`, d.status);
  }
  const members = input.councilSize ?? mode(rows.map((r) => r.members));
  const present = mode(rows.map((r) => r.present));
  const writtenAbsent = mode(rows.map((r) => r.writtenAbsent));
  const candidates: CouncilCandidate[] = [];
  for (const r of rows) {
    const title = r.title!;
    if (input.keep && !input.keep(r.subject, title)) continue;
    const total = r.members ?? input.councilSize;
    const share = r.votesFor !== null && total !== null && total > 0 ? r.votesFor / total : null;
    const threshold = voteThreshold(title, input.rank.parameters);
    const status = statusOf.get(`${codeKey(r.subject)}|${title}`) ?? null;
    const passed =
      threshold !== null && share !== null ? share + EPS >= threshold : status === "eligible" ? true : status === "not-eligible" ? false : null;
    candidates.push({ subject: r.subject.trim(), subjectKind: input.kindOf(r.subject), title, votesFor: r.votesFor, members: total, share, threshold, passed, status });
  }
  candidates.sort(
    (a, b) =>
      titleLevel(a.title) - titleLevel(b.title) ||
      (a.subjectKind === b.subjectKind ? 0 : a.subjectKind === "unit" ? -1 : 1) ||
      a.subject.localeCompare(b.subject),
  );
  return {
    members,
    present,
    absent: members !== null && present !== null ? Math.max(0, members - present) : null,
    writtenAbsent,
    meetingDate: input.meetingDate,
    minutesNo: input.minutesNo,
    candidates,
  };
}
