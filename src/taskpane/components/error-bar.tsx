/** The last failure in plain words, what to do, and "Thử lại" when running the action again can help. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { render } from "../../i18n";
import { useT } from "../lang-context";
import type { PaneFailure } from "../task/pane-error";

export function ErrorBar({ failure, onRetry, onDismiss }: { failure: PaneFailure; onRetry: () => void; onDismiss: () => void }) {
  const t = useT();
  return (
    <MessageBar intent="error" layout="multiline" data-testid="error-bar">
      <MessageBarBody>
        <MessageBarTitle>{t("taskpane.error.title")}</MessageBarTitle>
        {render(t, failure.msg)}
        {failure.details.length > 0 && (
          <ul>
            {failure.details.map((d, i) => (
              <li key={i}>{render(t, d)}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions>
        {failure.retryable && (
          <Button appearance="primary" size="small" onClick={onRetry}>
            {t("taskpane.error.retry")}
          </Button>
        )}
        <Button size="small" onClick={onDismiss}>
          {t("taskpane.error.dismiss")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
