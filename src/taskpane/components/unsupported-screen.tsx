/** Shown instead of the pane when this Excel lacks ExcelApi 1.8: what is missing and what to use instead. */
import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "../lang-context";
import { LanguageSwitch } from "./language-switch";

const useStyles = makeStyles({
  screen: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});

export function UnsupportedScreen() {
  const t = useT();
  const styles = useStyles();
  return (
    <main className={styles.screen} data-testid="unsupported">
      <LanguageSwitch />
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("taskpane.unsupported.title")}</MessageBarTitle>
          {t("excel.unsupported")}
        </MessageBarBody>
      </MessageBar>
      <Text>{t("taskpane.unsupported.cli")}</Text>
    </main>
  );
}
