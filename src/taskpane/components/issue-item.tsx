/** One issue: severity, cell and code, the message and the hint. With a cell, clicking selects it in Excel. */
import { Badge, Caption1, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Issue } from "../../core/issues";
import { render } from "../../i18n";
import { useT } from "../lang-context";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: "inherit",
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  hint: { color: tokens.colorNeutralForeground3 },
});

export function IssueItem({ issue, onSelect }: { issue: Issue; onSelect: ((issue: Issue) => void) | null }) {
  const t = useT();
  const styles = useStyles();
  const message = render(t, issue.message);
  const hint = render(t, issue.hint);
  const where = issue.cell ?? (issue.row ? `${t("cli.check.row")} ${issue.row}` : issue.column ? t("check.where.column", { column: issue.column }) : t("check.where.sheet"));
  const body = (
    <>
      <span className={styles.head}>
        <Badge appearance="tint" color={issue.severity === "error" ? "danger" : "warning"}>
          {t(`severity.${issue.severity}`)}
        </Badge>
        <Text weight="semibold">{where}</Text>
        <Caption1>{issue.code}</Caption1>
      </span>
      <Text>{message}</Text>
      {hint && <Caption1 className={styles.hint}>{hint}</Caption1>}
    </>
  );
  if (issue.cell && onSelect) {
    return (
      <button
        type="button"
        className={mergeClasses(styles.item, styles.clickable)}
        aria-label={t("taskpane.check.select", { sheet: issue.sheet, cell: issue.cell, message })}
        data-cell={`${issue.sheet}!${issue.cell}`}
        onClick={() => onSelect(issue)}
      >
        {body}
      </button>
    );
  }
  return <div className={styles.item}>{body}</div>;
}
