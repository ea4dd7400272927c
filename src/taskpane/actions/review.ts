/**
 * The Rà soát tab's actions. Loading the list is one read (src/excel/review-list.ts). A review is one
 * Excel.run: the single-row update of `Đề nghị` and its `Nhật ký` row, sent together with the first read of the
 * whole workbook, so the list the pane then shows is what the workbook now holds (other reviewers' changes
 * included) — four round trips for an ordinary workbook (src/excel/review-write.ts, `reviewAndRead`).
 * Refusals (no name, a return without a note) come back as messages; nothing is written then.
 */
import type { Msg } from "../../core/issues";
import { REVIEW_SHEETS, type ReviewAction } from "../../core/review";
import { readGrids } from "../../excel";
import { reviewListOf, reviewTarget, type ReviewList } from "../../excel/review-list";
import { reviewAndRead } from "../../excel/review-write";
import type { Translate } from "../../i18n";
import type { TaskControl } from "../task/task";
import { runAction } from "./run-action";
import type { PaneSession } from "./session";

const INCLUDE = [REVIEW_SHEETS.proposals, REVIEW_SHEETS.facts];

export function runLoadReviews(task: TaskControl, t: Translate): Promise<ReviewList> {
  const render = (m: Msg) => t(m.key, m.params);
  return runAction(async (ctx) => {
    await task.stage({ key: "taskpane.stage.read" });
    const read = await readGrids(ctx, { include: INCLUDE });
    await task.stage({ key: "taskpane.stage.reviews" });
    return reviewListOf(read.grids, render);
  });
}

export interface ReviewInput {
  readonly subject: string;
  readonly title: string;
  readonly action: ReviewAction;
  readonly comment: string;
  readonly reviewer: string;
}

export type ReviewOutcome = { readonly ok: true; readonly list: ReviewList } | { readonly ok: false; readonly error: Msg };

export function runReview(task: TaskControl, t: Translate, session: PaneSession, list: ReviewList, input: ReviewInput): Promise<ReviewOutcome> {
  const render = (m: Msg) => t(m.key, m.params);
  const target = reviewTarget(list, input.subject, input.title);
  return runAction(async (ctx) => {
    await task.stage({ key: "taskpane.stage.review" });
    const done = await reviewAndRead(
      ctx,
      {
        id: session.ids.next(),
        subject: input.subject,
        title: input.title,
        action: input.action,
        reviewer: input.reviewer,
        time: session.now(),
        comment: input.comment,
        stamp: target.stamp,
        ruleSet: list.ruleSet ?? "",
        ...(target.facts ? { facts: target.facts } : {}),
        ...(target.row !== undefined ? { row: target.row } : {}),
      },
      render,
      { include: INCLUDE },
    );
    if (!done.ok) return { ok: false, error: done.error } as const;
    await task.stage({ key: "taskpane.stage.reviews" });
    return { ok: true, list: reviewListOf(done.read.grids, render) } as const;
  });
}
