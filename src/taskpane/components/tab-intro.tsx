/**
 * The top of every tab: what the action does, and its button. While an action runs the button stays focusable
 * (aria-disabled, clicks ignored): a keyboard user who pressed it keeps the focus there instead of losing it to
 * the page.
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  intro: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  text: { color: tokens.colorNeutralForeground2 },
});

export function TabIntro({ text, action, onAction, disabled, children }: { text: string; action: string; onAction: () => void; disabled: boolean; children?: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.intro}>
      <Text className={styles.text}>{text}</Text>
      {children}
      <Button appearance="primary" disabledFocusable={disabled} onClick={onAction}>
        {action}
      </Button>
    </div>
  );
}
