/**
 * Rà soát: the proposals of `Đề nghị` checked against the current data; approve, or return with a note. The
 * reviewer's name is asked once and remembered on this computer. Each review is one row update plus one log row.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Msg } from "../../core/issues";
import type { CarriedRow, ReviewAction } from "../../core/review";
import type { ReviewList } from "../../excel/review-list";
import { render } from "../../i18n";
import { ReviewFilters } from "../components/review-filters";
import { ReviewItem } from "../components/review-item";
import { ReviewerName } from "../components/reviewer-name";
import { PAGE_SIZE, ShowMore } from "../components/show-more";
import { TabIntro } from "../components/tab-intro";
import { useT } from "../lang-context";
import { reviewRows, reviewTitles, rowKey, type ReviewViewFilter } from "../view/review-rows";

const useStyles = makeStyles({ list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

export interface ReviewTabProps {
  readonly list: ReviewList | null;
  readonly refusal: Msg | null;
  /** The last review written, for the status line. */
  readonly lastDone: Msg | null;
  readonly busy: boolean;
  readonly reviewer: string | null;
  readonly persistentName: boolean;
  readonly onSaveName: (name: string) => void;
  readonly onLoad: () => void;
  readonly onReview: (row: CarriedRow, action: ReviewAction, comment: string) => void;
}

export function ReviewTab(p: ReviewTabProps) {
  const t = useT();
  const styles = useStyles();
  const [filter, setFilter] = useState<ReviewViewFilter>({ view: "waiting" });
  const [shown, setShown] = useState(PAGE_SIZE);
  const rows = useMemo(() => (p.list ? reviewRows(p.list.rows, filter) : []), [p.list, filter]);
  const titles = useMemo(() => (p.list ? reviewTitles(p.list.rows) : []), [p.list]);
  const c = p.list?.counts;
  // After a review the item re-renders or leaves the filtered list: the focus moves to the item now at the same
  // place (its first button), or to the status line when the list is empty, never to the top of the pane.
  const listRef = useRef<HTMLUListElement>(null);
  const doneRef = useRef<HTMLSpanElement>(null);
  const reviewedIndex = useRef<number | null>(null);
  useEffect(() => {
    const index = reviewedIndex.current;
    if (index === null) return;
    reviewedIndex.current = null;
    const items = listRef.current?.querySelectorAll<HTMLElement>(":scope > li") ?? [];
    const target = items.length > 0 ? items[Math.min(index, items.length - 1)].querySelector<HTMLElement>("button") : null;
    (target ?? doneRef.current)?.focus();
  }, [p.lastDone]);
  const review = (row: CarriedRow, action: ReviewAction, comment: string) => {
    reviewedIndex.current = rows.indexOf(row);
    p.onReview(row, action, comment);
  };
  return (
    <>
      <ReviewerName name={p.reviewer} persistent={p.persistentName} onSave={p.onSaveName} />
      <TabIntro text={t("taskpane.review.intro")} action={t(p.list ? "taskpane.review.reload" : "taskpane.review.load")} onAction={p.onLoad} disabled={p.busy} />
      {p.refusal && (
        <MessageBar intent="error" layout="multiline" data-testid="review-refusal">
          <MessageBarBody>{render(t, p.refusal)}</MessageBarBody>
        </MessageBar>
      )}
      {p.lastDone && !p.refusal && (
        <Text role="status" aria-live="polite" data-testid="review-done" ref={doneRef} tabIndex={-1}>
          {render(t, p.lastDone)}
        </Text>
      )}
      {p.list && !p.list.found && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("taskpane.review.noSheet")}</MessageBarBody>
        </MessageBar>
      )}
      {p.list && p.list.found && c && (
        <MessageBar intent="info" layout="multiline" data-testid="review-counts">
          <MessageBarBody>
            <MessageBarTitle>{t("taskpane.review.counts", { rows: c.rows, waiting: c.waiting, approved: c.approved, returned: c.returned, stale: c.stale })}</MessageBarTitle>
            {t("taskpane.review.approvedNote")}
          </MessageBarBody>
        </MessageBar>
      )}
      {p.list?.issues.map((i, n) => (
        <MessageBar key={n} intent="warning" layout="multiline">
          <MessageBarBody>
            {render(t, i.message)} {render(t, i.hint)}
          </MessageBarBody>
        </MessageBar>
      ))}
      {p.list && p.list.found && (
        <>
          <ReviewFilters
            filter={filter}
            titles={titles}
            onChange={(f) => {
              setFilter(f);
              setShown(PAGE_SIZE);
            }}
          />
          <Text role="status" aria-live="polite" data-testid="review-shown">
            {t("taskpane.review.shown", { shown: rows.length, total: p.list.rows.length })}
          </Text>
          <ul className={styles.list} ref={listRef}>
            {rows.slice(0, shown).map((r) => (
              <li key={`${rowKey(r)}|${r.review.status}|${r.review.reviewedAt ?? ""}`}>
                <ReviewItem row={r} canReview={!p.busy && p.reviewer !== null} onReview={review} />
              </li>
            ))}
          </ul>
          <ShowMore shown={Math.min(shown, rows.length)} total={rows.length} onMore={() => setShown((s) => s + PAGE_SIZE)} />
        </>
      )}
    </>
  );
}
