/** The reviewer's display name: asked once (inline, never in a dialog) and remembered on this computer. */
import { Button, Field, Input, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useT } from "../lang-context";

const useStyles = makeStyles({
  form: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
});

export function ReviewerName({ name, persistent, onSave }: { name: string | null; persistent: boolean; onSave: (name: string) => void }) {
  const t = useT();
  const styles = useStyles();
  const [editing, setEditing] = useState(name === null);
  const [draft, setDraft] = useState(name ?? "");
  const [error, setError] = useState(false);
  if (!editing && name !== null) {
    return (
      <Text data-testid="reviewer-name">
        {t("taskpane.review.reviewer", { name })}{" "}
        <Link as="button" onClick={() => setEditing(true)}>
          {t("taskpane.review.changeName")}
        </Link>
      </Text>
    );
  }
  const save = () => {
    if (draft.trim() === "") {
      setError(true);
      return;
    }
    setError(false);
    onSave(draft);
    setEditing(false);
  };
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Field
        label={t("taskpane.review.nameLabel")}
        hint={persistent ? t("taskpane.review.nameHint") : t("taskpane.review.nameHintSession")}
        validationMessage={error ? t("review.error.reviewer") : undefined}
        validationState={error ? "error" : "none"}
        required
      >
        <Input value={draft} onChange={(_, d) => setDraft(d.value)} data-testid="reviewer-input" maxLength={60} />
      </Field>
      <Button type="submit" appearance="primary">
        {t("taskpane.review.saveName")}
      </Button>
    </form>
  );
}
