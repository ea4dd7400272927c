/**
 * Xếp hạng: ranks, writes `KQ Xếp hạng` and `Đề nghị` (reviews carried over) and appends to `Nhật ký`; shows the
 * decisions as a filterable table with reasons and near-miss hints.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { RankOutcome } from "../actions/rank";
import { DecisionFilters } from "../components/decision-filters";
import { DecisionTable } from "../components/decision-table";
import { TabIntro } from "../components/tab-intro";
import { useT } from "../lang-context";
import { decisionRows, filterChoices, filterDecisions, statusCounts, type DecisionFilter } from "../view/decision-rows";

export function RankTab({ outcome, busy, onRank }: { outcome: RankOutcome | null; busy: boolean; onRank: () => void }) {
  const t = useT();
  const [filter, setFilter] = useState<DecisionFilter>({});
  const rows = useMemo(() => (outcome ? decisionRows(outcome.result) : []), [outcome]);
  const choices = useMemo(() => (outcome ? filterChoices(outcome.result) : { units: [], titles: [] }), [outcome]);
  const shown = useMemo(() => filterDecisions(rows, filter), [rows, filter]);
  const counts = useMemo(() => statusCounts(rows), [rows]);
  return (
    <>
      <TabIntro text={t("taskpane.rank.intro")} action={t("taskpane.rank.action")} onAction={onRank} disabled={busy} />
      {outcome && (
        <MessageBar intent="success" layout="multiline" data-testid="rank-summary">
          <MessageBarBody>
            <MessageBarTitle>{t("taskpane.rank.done", { year: outcome.result.year, ruleSet: outcome.result.ruleSet })}</MessageBarTitle>
            {t("taskpane.rank.counts", { eligible: counts.eligible, pending: counts.pending, notEligible: counts["not-eligible"], hold: counts.hold })}{" "}
            {t("taskpane.rank.written", { proposals: outcome.proposals })}{" "}
            {outcome.carry.carried > 0 ? t("taskpane.rank.carried", { carried: outcome.carry.carried, stale: outcome.carry.stale }) : ""}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome && outcome.summary.errors > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="rank-errors">
          <MessageBarBody>{t("taskpane.rank.withErrors", { errors: outcome.summary.errors })}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && (
        <>
          <DecisionFilters filter={filter} units={choices.units} titles={choices.titles} onChange={setFilter} />
          <Text role="status" aria-live="polite" data-testid="decision-count">
            {t("taskpane.rank.shown", { shown: shown.length, total: rows.length })}
          </Text>
          <DecisionTable rows={shown} />
        </>
      )}
    </>
  );
}
