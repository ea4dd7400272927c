/** Why a decision is what it is: each rule with its verdict, what it found, its legal source and cells; near misses. */
import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Decision } from "../../core/rules/types";
import { render } from "../../i18n";
import { useT } from "../lang-context";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, padding: `${tokens.spacingVerticalXS} 0` },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  meta: { color: tokens.colorNeutralForeground3 },
  fail: { color: tokens.colorPaletteRedForeground1 },
  pass: { color: tokens.colorPaletteGreenForeground1 },
  missing: { color: tokens.colorPaletteDarkOrangeForeground1 },
  near: { color: tokens.colorBrandForeground1 },
});

const SHOWN_CELLS = 6;

/** The first cells a reason read, "…" when there are more (the KQ Xếp hạng sheet has them all). */
function shownCells(cells: ReadonlyArray<string>): string {
  return cells.length > SHOWN_CELLS ? `${cells.slice(0, SHOWN_CELLS).join(", ")}, …` : cells.join(", ");
}

export function DecisionDetails({ decision, id }: { decision: Decision; id: string }) {
  const t = useT();
  const styles = useStyles();
  return (
    <div className={styles.box} id={id} data-testid="decision-details">
      <Text weight="semibold">{t("taskpane.rank.reasons")}</Text>
      <ul className={styles.list}>
        {decision.reasons.map((r, i) => (
          <li key={`${r.rule}-${i}`}>
            <Text>
              <span className={styles[r.outcome]} role="img" aria-label={t(`taskpane.outcome.${r.outcome}`)}>
                {t(`ranking.outcome.${r.outcome}`)}
              </span>{" "}
              <strong>{r.rule}</strong> {render(t, r.text)}
            </Text>
            <br />
            <Caption1 className={styles.meta}>
              {r.source}
              {r.cells.length > 0 ? ` · ${t("taskpane.rank.cells", { cells: shownCells(r.cells) })}` : ""}
            </Caption1>
            {(r.warnings ?? []).map((w, j) => (
              <div key={j}>
                <Caption1 className={styles.missing}>⚠ {render(t, w)}</Caption1>
              </div>
            ))}
          </li>
        ))}
      </ul>
      {decision.nearMiss.length > 0 && (
        <>
          <Text weight="semibold" className={styles.near}>
            {t("taskpane.rank.nearMiss")}
          </Text>
          <ul className={styles.list} data-testid="near-miss">
            {decision.nearMiss.map((m, i) => (
              <li key={i}>
                <Text>{render(t, m)}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
