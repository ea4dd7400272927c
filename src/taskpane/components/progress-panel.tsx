/** The running task: its stage, a progress bar (documents counted when known) and "Hủy". */
import { Button, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { render } from "../../i18n";
import { useT } from "../lang-context";
import { progressFraction, type TaskProgress } from "../task/task";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
});

export function ProgressPanel({ progress, onCancel }: { progress: TaskProgress; onCancel: () => void }) {
  const t = useT();
  const styles = useStyles();
  const [cancelling, setCancelling] = useState(false);
  useEffect(() => setCancelling(false), [progress.stages]);
  useFocusReturn();
  const steps = progress.total !== undefined && progress.done !== undefined ? t("taskpane.progress.steps", { done: progress.done, total: progress.total }) : "";
  const label = `${render(t, progress.stage)}${steps ? ` ${steps}` : ""}`;
  return (
    <section className={styles.panel} aria-label={t("taskpane.progress.label")} data-testid="progress">
      <div className={styles.row}>
        <Text role="status" aria-live="polite" data-testid="progress-stage">
          {t("taskpane.progress.stage", { index: progress.index, stages: progress.stages, label })}
        </Text>
        <Button
          size="small"
          disabled={cancelling}
          onClick={() => {
            setCancelling(true);
            onCancel();
          }}
        >
          {cancelling ? t("taskpane.progress.cancelling") : t("taskpane.progress.cancel")}
        </Button>
      </div>
      <ProgressBar value={progressFraction(progress)} thickness="large" aria-label={t("taskpane.progress.bar")} />
    </section>
  );
}

/**
 * Keyboard users keep their place: the control that started the task (focused when the panel appears) gets the
 * focus back when the panel goes away, if the focus was left nowhere (on "Hủy", which disappears with the panel).
 */
function useFocusReturn(): void {
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    opener.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    return () => {
      const back = opener.current;
      setTimeout(() => {
        const lost = !document.activeElement || document.activeElement === document.body;
        if (lost && back?.isConnected) back.focus();
      }, 0);
    };
  }, []);
}
