/**
 * C2: the council vote for (year, subject, title) against the title's threshold, as a rule result.
 * Shared by people (CSTDCS, CSTD_BO, CSTDTQ) and units (CO_BO, CO_CP).
 */
import type { Title } from "../schema/enums";
import type { RuleContext } from "./context";
import { TITLES } from "../schema/enums";
import { findVote, fixedCheck, makeCheck, onceN, meetsThreshold, pct, votesNeeded, voteThreshold, type Check, type Facts, type VoteFact } from "./facts";
import { SOURCES } from "./sources";

export interface VoteCheck {
  readonly check: Check;
  /** The deciding row (null when none). */
  readonly vote: VoteFact | null;
}

/**
 * No row → `missing` (the decision becomes pending); a row without votes or without a total (neither in the row
 * nor `Số thành viên Hội đồng`) → `missing`; below the threshold → `fail`; else `pass`.
 */
export function checkVote(facts: Facts, ctx: RuleContext, subject: string, title: Title, year: number = ctx.year): VoteCheck {
  const vote = findVote(facts, ctx, year, subject, title);
  if (!vote) {
    // The same for every subject without a vote row for this title and year.
    const check = onceN(facts, ctx, "C2.noVote", TITLES.indexOf(title) * 10_000 + year, () =>
      fixedCheck("C2", "missing", { key: "rules.C2.noVote", params: { title, year } }, SOURCES.C2, [{ key: "rules.fix.needVote", params: { title, year } }]),
    );
    return { vote, check };
  }
  const threshold = voteThreshold(ctx, title, vote.level);
  if (!threshold) throw new Error(`title ${title} has no vote threshold`);
  if (vote.votesFor === null || vote.members === null || vote.members <= 0) {
    return {
      vote,
      check: makeCheck(facts.cells, "C2", "missing", { key: "rules.C2.incomplete", params: { title, year } }, vote.cells, SOURCES.C2, [
        { key: "rules.fix.needVoteNumbers", params: { title, year } },
      ]),
    };
  }
  const needed = votesNeeded(threshold.value, vote.members);
  const params = {
    title,
    year,
    level: vote.level,
    votes: vote.votesFor,
    members: vote.members,
    share: pct(vote.votesFor / vote.members),
    threshold: pct(threshold.value),
    needed,
  };
  if (meetsThreshold(vote.votesFor, vote.members, threshold.value)) {
    return { vote, check: makeCheck(facts.cells, "C2", "pass", { key: "rules.C2.pass", params }, vote.cells, SOURCES.C2) };
  }
  return {
    vote,
    check: makeCheck(facts.cells, "C2", "fail", { key: "rules.C2.fail", params }, vote.cells, SOURCES.C2, [
      { key: "rules.fix.moreVotes", params: { ...params, more: needed - vote.votesFor } },
    ]),
  };
}
