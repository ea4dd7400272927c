/** The decisions as a table (subject, title, status); a row expands to its reasons and near-miss hints. */
import { Button, Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import { Fragment, useEffect, useState } from "react";
import { useT } from "../lang-context";
import type { DecisionRow } from "../view/decision-rows";
import { DecisionDetails } from "./decision-details";
import { PAGE_SIZE, ShowMore } from "./show-more";
import { StatusBadge } from "./status-badge";

const useStyles = makeStyles({
  table: { tableLayout: "auto" },
  subject: { display: "flex", flexDirection: "column", alignItems: "flex-start", textAlign: "left", height: "auto", padding: tokens.spacingVerticalXXS, minWidth: 0 },
  code: { color: tokens.colorNeutralForeground3 },
  details: { backgroundColor: tokens.colorNeutralBackground2 },
});

export function DecisionTable({ rows }: { rows: ReadonlyArray<DecisionRow> }) {
  const t = useT();
  const styles = useStyles();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [shown, setShown] = useState(PAGE_SIZE);
  useEffect(() => setShown(PAGE_SIZE), [rows]);
  const toggle = (key: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  return (
    <>
      <Table size="small" className={styles.table} aria-label={t("taskpane.rank.tableLabel")} data-testid="decision-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("taskpane.rank.col.subject")}</TableHeaderCell>
            <TableHeaderCell>{t("taskpane.rank.col.title")}</TableHeaderCell>
            <TableHeaderCell>{t("taskpane.rank.col.status")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.slice(0, shown).map((r, i) => {
            const expanded = open.has(r.key);
            const detailsId = `decision-${i}`;
            return (
              <Fragment key={r.key}>
                <TableRow data-testid="decision-row" data-key={r.key}>
                  <TableCell>
                    <Button
                      appearance="transparent"
                      className={styles.subject}
                      aria-expanded={expanded}
                      aria-controls={expanded ? detailsId : undefined}
                      aria-label={t(expanded ? "taskpane.rank.collapse" : "taskpane.rank.expand", { name: r.name, title: t(`ranking.title.${r.decision.title}`) })}
                      onClick={() => toggle(r.key)}
                    >
                      <span>
                        {expanded ? "▾" : "▸"} {r.name}
                      </span>
                      <Caption1 className={styles.code}>
                        {r.code}
                        {r.kind === "person" ? ` · ${r.unitName}` : ""}
                      </Caption1>
                    </Button>
                  </TableCell>
                  <TableCell>{t(`ranking.title.${r.decision.title}`)}</TableCell>
                  <TableCell>
                    <StatusBadge status={r.decision.status} />
                  </TableCell>
                </TableRow>
                {expanded && (
                  <TableRow className={styles.details}>
                    <TableCell colSpan={3}>
                      <DecisionDetails decision={r.decision} id={detailsId} />
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            );
          })}
        </TableBody>
      </Table>
      <ShowMore shown={Math.min(shown, rows.length)} total={rows.length} onMore={() => setShown((s) => s + PAGE_SIZE)} />
    </>
  );
}
