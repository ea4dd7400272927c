/** The top of every tab: what the action does, and its button. */
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
      <Button appearance="primary" disabled={disabled} onClick={onAction}>
        {action}
      </Button>
    </div>
  );
}
