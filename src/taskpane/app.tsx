/**
 * The task pane: a header (name, language), tabs for the day's work — Khởi tạo, Kiểm tra, Xếp hạng, Tạo hồ sơ,
 * Rà soát —, the progress of the running action with "Hủy", and the last error with "Thử lại". One action runs
 * at a time; each is one Excel.run (src/taskpane/actions).
 */
import { Subtitle1, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import type { Issue, Msg } from "../core/issues";
import type { CarriedRow, ReviewAction } from "../core/review";
import type { InitReport } from "../excel";
import type { ReviewList } from "../excel/review-list";
import { CHECK_STAGES, runCheck, type CheckOutcome } from "./actions/check";
import { GENERATE_STAGES, runGenerate, type GenerateOutcome } from "./actions/generate";
import { runClearHighlights } from "./actions/highlights";
import { runInit } from "./actions/init";
import { RANK_STAGES, runRank, type RankOutcome } from "./actions/rank";
import { runLoadReviews, runReview } from "./actions/review";
import { selectIssueCell } from "./actions/select";
import type { PaneSession } from "./actions/session";
import { ErrorBar } from "./components/error-bar";
import { LanguageSwitch } from "./components/language-switch";
import { ProgressPanel } from "./components/progress-panel";
import { offerInDialog } from "./download/dialog-fallback";
import { paneBlocksDownloads, saveBlob } from "./download/save-file";
import { useLang } from "./lang-context";
import { CheckTab } from "./tabs/check-tab";
import { GenerateTab, type Delivery } from "./tabs/generate-tab";
import { InitTab } from "./tabs/init-tab";
import { RankTab } from "./tabs/rank-tab";
import { ReviewTab } from "./tabs/review-tab";
import { useRunner } from "./task/use-runner";

export const TABS = ["init", "check", "rank", "generate", "review"] as const;
export type TabId = (typeof TABS)[number];

const useStyles = makeStyles({
  app: { display: "flex", flexDirection: "column", minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0 },
  tabs: { padding: `0 ${tokens.spacingHorizontalXS}`, flexWrap: "wrap", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  bars: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0` },
});

export function App({ session }: { session: PaneSession }) {
  const { t, lang } = useLang();
  const styles = useStyles();
  const runner = useRunner();
  const [tab, setTab] = useState<TabId>("check");
  const [init, setInit] = useState<InitReport | null>(null);
  const [check, setCheck] = useState<CheckOutcome | null>(null);
  const [cleared, setCleared] = useState<number | null>(null);
  const [rank, setRank] = useState<RankOutcome | null>(null);
  const [generated, setGenerated] = useState<GenerateOutcome | null>(null);
  const [delivery, setDelivery] = useState<Delivery>(null);
  const [approvedOnly, setApprovedOnly] = useState(false);
  const [reviews, setReviews] = useState<ReviewList | null>(null);
  const [refusal, setRefusal] = useState<Msg | null>(null);
  const [lastDone, setLastDone] = useState<Msg | null>(null);
  const [reviewer, setReviewer] = useState<string | null>(() => session.names.get());
  const user = reviewer ?? t("taskpane.log.user");

  const deliver = useCallback(
    (blob: Blob, fileName: string, viaDialog: boolean) => {
      if (viaDialog || paneBlocksDownloads()) {
        setDelivery("dialog");
        runner.run({ stages: 1, quiet: true }, () => offerInDialog(blob, fileName, lang), () => setDelivery("dialog"));
        return;
      }
      setDelivery(saveBlob(blob, fileName) ? "downloaded" : "blocked");
    },
    [runner, lang],
  );

  const actions = useMemo(
    () => ({
      init: () => runner.run({ stages: 1 }, (task) => runInit(task, t), setInit),
      check: () =>
        runner.run({ stages: CHECK_STAGES }, (task) => runCheck(task, t), (o) => {
          setCheck(o);
          setCleared(null);
        }),
      clear: () => runner.run({ stages: 1 }, (task) => runClearHighlights(task), (r) => setCleared(r.removed)),
      select: (issue: Issue) => {
        if (issue.cell) runner.run({ stages: 1, quiet: true }, () => selectIssueCell(issue.sheet, issue.cell as string), () => undefined);
      },
      rank: () =>
        runner.run({ stages: RANK_STAGES }, (task) => runRank(task, t, session, user), (o) => {
          setRank(o);
          // Đề nghị was rewritten: the Rà soát list is read again when next opened.
          setReviews(null);
        }),
      generate: () => {
        if (runner.busy) return;
        setGenerated(null);
        setDelivery(null);
        runner.run({ stages: GENERATE_STAGES }, (task) => runGenerate(task, t, session, user, { approvedOnly }), (o) => {
          setGenerated(o);
          setDelivery(null);
          if (o.refused) {
            setCheck({ result: o.check, highlight: null });
            return;
          }
          deliver(o.zip, o.fileName, false);
        });
      },
      loadReviews: () =>
        runner.run({ stages: 2 }, (task) => runLoadReviews(task, t), (list) => {
          setReviews(list);
          setRefusal(null);
        }),
      review: (row: CarriedRow, action: ReviewAction, comment: string) => {
        if (!reviews || !reviewer) return;
        runner.run({ stages: 2 }, (task) => runReview(task, t, session, reviews, { subject: row.subject, title: row.title, action, comment, reviewer }), (r) => {
          if (!r.ok) {
            setRefusal(r.error);
            return;
          }
          setRefusal(null);
          setReviews(r.list);
          setLastDone({ key: `taskpane.review.done.${action}`, params: { name: row.name, title: t(`ranking.title.${row.title}`) } });
        });
      },
    }),
    [runner, t, session, user, approvedOnly, deliver, reviews, reviewer],
  );

  const saveName = (name: string) => {
    const stored = session.names.set(name);
    setReviewer(stored);
  };

  const selectTab = (next: TabId) => {
    setTab(next);
    if (next === "review" && reviews === null && !runner.busy) actions.loadReviews();
  };

  return (
    <div className={styles.app}>
      <header className={styles.header}>
        <Subtitle1 as="h1" className={styles.title}>
          {t("taskpane.title")}
        </Subtitle1>
        <LanguageSwitch />
      </header>
      <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_, d) => selectTab(d.value as TabId)} aria-label={t("taskpane.tabs.label")}>
        {TABS.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={id === tab ? `panel-${id}` : undefined}>
            {t(`taskpane.tab.${id}`)}
          </Tab>
        ))}
      </TabList>
      {runner.progress && <ProgressPanel progress={runner.progress} onCancel={runner.cancel} />}
      {(runner.failure || runner.cancelled) && (
        <div className={styles.bars}>
          {runner.failure && <ErrorBar failure={runner.failure} onRetry={runner.retry} onDismiss={runner.dismiss} />}
          {runner.cancelled && (
            <span role="status" data-testid="cancelled">
              {t("taskpane.progress.cancelled")}
            </span>
          )}
        </div>
      )}
      <main className={styles.panel} role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} aria-busy={runner.busy}>
        {tab === "init" && <InitTab report={init} busy={runner.busy} onInit={actions.init} />}
        {tab === "check" && <CheckTab outcome={check} cleared={cleared} busy={runner.busy} onCheck={actions.check} onClear={actions.clear} onSelect={actions.select} />}
        {tab === "rank" && <RankTab outcome={rank} busy={runner.busy} onRank={actions.rank} />}
        {tab === "generate" && (
          <GenerateTab
            outcome={generated}
            delivery={delivery}
            busy={runner.busy}
            approvedOnly={approvedOnly}
            onApprovedOnly={setApprovedOnly}
            onGenerate={actions.generate}
            onShowErrors={() => {
              setTab("check");
              // The button goes away with the tab: keyboard users land on the Kiểm tra tab, not at the top.
              setTimeout(() => document.getElementById("tab-check")?.focus(), 0);
            }}
            onDownload={() => generated && !generated.refused && deliver(generated.zip, generated.fileName, false)}
            onDialog={() => generated && !generated.refused && deliver(generated.zip, generated.fileName, true)}
          />
        )}
        {tab === "review" && (
          <ReviewTab
            list={reviews}
            refusal={refusal}
            lastDone={lastDone}
            busy={runner.busy}
            reviewer={reviewer}
            persistentName={session.names.persistent}
            onSaveName={saveName}
            onLoad={actions.loadReviews}
            onReview={actions.review}
          />
        )}
      </main>
    </div>
  );
}
