/**
 * Tạo hồ sơ: one click validates, ranks, fills every document and downloads them as one .zip (with a dialog where
 * the pane cannot download). Refused while the workbook has errors, with a button to see them.
 */
import { Button, Checkbox, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { GenerateOutcome } from "../actions/generate";
import { DossierSummary } from "../components/dossier-summary";
import { TabIntro } from "../components/tab-intro";
import { useT } from "../lang-context";

const useStyles = makeStyles({ row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" } });

/** Where the file went: downloaded from the pane, or handed to the dialog. */
export type Delivery = "downloaded" | "dialog" | "blocked" | null;

export interface GenerateTabProps {
  readonly outcome: GenerateOutcome | null;
  readonly delivery: Delivery;
  readonly busy: boolean;
  readonly approvedOnly: boolean;
  readonly onApprovedOnly: (value: boolean) => void;
  readonly onGenerate: () => void;
  readonly onShowErrors: () => void;
  readonly onDownload: () => void;
  readonly onDialog: () => void;
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function GenerateTab(p: GenerateTabProps) {
  const t = useT();
  const styles = useStyles();
  const o = p.outcome;
  return (
    <>
      <TabIntro text={t("taskpane.generate.intro")} action={t("taskpane.generate.action")} onAction={p.onGenerate} disabled={p.busy}>
        <Checkbox
          checked={p.approvedOnly}
          onChange={(_, d) => p.onApprovedOnly(d.checked === true)}
          label={t("taskpane.generate.approvedOnly")}
          data-testid="approved-only"
        />
      </TabIntro>
      {o?.refused && (
        <MessageBar intent="error" layout="multiline" data-testid="generate-refused">
          <MessageBarBody>
            <MessageBarTitle>{t("taskpane.generate.refused", { errors: o.check.summary.errors })}</MessageBarTitle>
            {t("taskpane.generate.fixFirst")}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={p.onShowErrors}>
              {t("taskpane.generate.showErrors")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {o && !o.refused && (
        <>
          <MessageBar intent="success" layout="multiline" data-testid="generate-done">
            <MessageBarBody>
              <MessageBarTitle>{t("taskpane.generate.done", { count: o.manifest.files.length, year: o.set.year, ruleSet: o.set.ruleSet })}</MessageBarTitle>
              {p.delivery === "downloaded" && t("taskpane.generate.downloaded", { file: o.fileName, size: sizeText(o.zip.size) })}
              {p.delivery === "dialog" && t("taskpane.generate.inDialog", { file: o.fileName })}
              {p.delivery === "blocked" && t("taskpane.generate.blocked", { file: o.fileName })}
            </MessageBarBody>
          </MessageBar>
          {o.approvedOnly && !o.reviewsFound && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t("taskpane.generate.noReviews")}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.row}>
            <Button onClick={p.onDownload} disabledFocusable={p.busy}>
              {t("taskpane.generate.downloadAgain")}
            </Button>
            <Button appearance="subtle" onClick={p.onDialog} disabledFocusable={p.busy}>
              {t("taskpane.generate.openDialog")}
            </Button>
          </div>
          <Text size={200}>{t("taskpane.generate.privacy")}</Text>
          <DossierSummary set={o.set} manifest={o.manifest} />
        </>
      )}
    </>
  );
}
