/**
 * Kiểm tra: validates the workbook, writes `KQ Kiểm tra`, highlights the issue cells (one click clears them) and
 * lists the issues by sheet; clicking an issue selects its cell.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue } from "../../core/issues";
import { render } from "../../i18n";
import type { CheckOutcome } from "../actions/check";
import { IssueGroups } from "../components/issue-groups";
import { TabIntro } from "../components/tab-intro";
import { useT } from "../lang-context";

const useStyles = makeStyles({ row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" } });

export interface CheckTabProps {
  readonly outcome: CheckOutcome | null;
  /** Highlights were cleared since the last check (count of rules removed). */
  readonly cleared: number | null;
  readonly busy: boolean;
  readonly onCheck: () => void;
  readonly onClear: () => void;
  readonly onSelect: (issue: Issue) => void;
}

export function CheckTab({ outcome, cleared, busy, onCheck, onClear, onSelect }: CheckTabProps) {
  const t = useT();
  const styles = useStyles();
  const summary = outcome?.result.summary;
  return (
    <>
      <TabIntro text={t("taskpane.check.intro")} action={t("taskpane.check.action")} onAction={onCheck} disabled={busy} />
      {outcome && summary && (
        <MessageBar intent={summary.errors > 0 ? "error" : summary.warnings > 0 ? "warning" : "success"} layout="multiline" data-testid="check-summary">
          <MessageBarBody>
            <MessageBarTitle>{t("cli.check.summary", summary)}</MessageBarTitle>
            {summary.errors > 0 ? t("check.blocking") : summary.warnings > 0 ? t("check.warningsOnly", summary) : t("check.noIssues")}{" "}
            {t("taskpane.check.sheetWritten")}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        {(outcome?.highlight || cleared !== null) && (
          <span role="status" data-testid="highlight-status">
            {cleared !== null ? t("taskpane.check.cleared", { count: cleared }) : t("taskpane.check.highlighted", { cells: outcome?.highlight?.cells ?? 0 })}
          </span>
        )}
        <Button size="small" disabledFocusable={busy} onClick={onClear}>
          {t("taskpane.check.clear")}
        </Button>
      </div>
      {outcome?.highlight?.messages.map((m, i) => (
        <MessageBar key={i} intent="info" layout="multiline">
          <MessageBarBody>{render(t, m)}</MessageBarBody>
        </MessageBar>
      ))}
      {outcome && <IssueGroups issues={outcome.result.issues} onSelect={onSelect} />}
    </>
  );
}
