/**
 * One proposal to review: who, which title, the decision and its grounds, the current review, a note, and
 * "Đồng ý" / "Trả lại" (a return needs a note: the pane says so before anything is written).
 */
import { Badge, Button, Caption1, Card, Field, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CarriedRow, ReviewAction } from "../../core/review";
import { formatDateTimeVi } from "../../core/review";
import { useT } from "../lang-context";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  head: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  meta: { color: tokens.colorNeutralForeground3 },
  stale: { color: tokens.colorPaletteDarkOrangeForeground1 },
  basis: { whiteSpace: "pre-wrap" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

const STATUS_COLOR = { PENDING: "informative", APPROVED: "success", RETURNED: "danger" } as const;

export interface ReviewItemProps {
  readonly row: CarriedRow;
  readonly canReview: boolean;
  readonly onReview: (row: CarriedRow, action: ReviewAction, comment: string) => void;
}

export function ReviewItem({ row, canReview, onReview }: ReviewItemProps) {
  const t = useT();
  const styles = useStyles();
  const [comment, setComment] = useState(row.review.comment);
  const [needNote, setNeedNote] = useState(false);
  // The note field opens when there is a note already, when asked for, or when a return needs one.
  const [noteOpen, setNoteOpen] = useState(row.review.comment !== "");
  const title = t(`ranking.title.${row.title}`);
  const status = row.review.status;
  const label = status ? t(`taskpane.review.state.${status}`) : row.review.statusText;
  const act = (action: ReviewAction) => {
    if (action === "return" && comment.trim() === "") {
      setNeedNote(true);
      setNoteOpen(true);
      return;
    }
    setNeedNote(false);
    onReview(row, action, comment);
  };
  return (
    <Card className={styles.card} data-testid="review-item" data-key={`${row.subject}|${row.title}`} aria-label={t("taskpane.review.itemLabel", { name: row.name, title })}>
      <div className={styles.head}>
        <div>
          <Text weight="semibold">{row.name}</Text>
          <br />
          <Caption1 className={styles.meta}>
            {row.subject}
            {row.unit ? ` · ${row.unit}` : ""}
          </Caption1>
        </div>
        <Badge appearance="tint" color={status ? STATUS_COLOR[status] : "warning"} data-testid="review-state">
          {label}
        </Badge>
      </div>
      <Text>
        {title} — {row.result}
      </Text>
      {row.review.reviewer && (
        <Caption1 className={styles.meta}>
          {t("taskpane.review.by", { reviewer: row.review.reviewer, time: row.review.reviewedAt ? formatDateTimeVi(row.review.reviewedAt) : row.review.reviewedAtText })}
        </Caption1>
      )}
      {row.systemNote && (
        <Caption1 className={styles.stale} data-testid="review-stale">
          {row.systemNote}
        </Caption1>
      )}
      {row.basis && (
        <details>
          <summary>{t("taskpane.review.basis")}</summary>
          <Caption1 className={styles.basis}>{row.basis}</Caption1>
        </details>
      )}
      {!row.orphan && (
        <>
          {noteOpen && (
            <Field
              label={t("taskpane.review.comment")}
              validationState={needNote ? "error" : "none"}
              validationMessage={needNote ? t("taskpane.review.noteRequired") : undefined}
            >
              <Textarea value={comment} onChange={(_, d) => setComment(d.value)} resize="vertical" data-testid="review-comment" />
            </Field>
          )}
          <div className={styles.actions}>
            <Button appearance="primary" disabledFocusable={!canReview} onClick={() => act("approve")}>
              {t("taskpane.review.approve")}
            </Button>
            <Button disabledFocusable={!canReview} onClick={() => act("return")}>
              {t("taskpane.review.return")}
            </Button>
            {!noteOpen && (
              <Button appearance="subtle" onClick={() => setNoteOpen(true)}>
                {t("taskpane.review.addComment")}
              </Button>
            )}
          </div>
        </>
      )}
    </Card>
  );
}
