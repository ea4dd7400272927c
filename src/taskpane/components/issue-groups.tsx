/** The issues of a check, grouped by sheet (sheets with errors first, errors first in each sheet). */
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import type { Issue } from "../../core/issues";
import { useT } from "../lang-context";
import { errorsFirst, groupIssues, issueId, type IssueGroup } from "../view/issue-groups";
import { IssueItem } from "./issue-item";
import { PAGE_SIZE, ShowMore } from "./show-more";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

function Group({ group, onSelect }: { group: IssueGroup; onSelect: (issue: Issue) => void }) {
  const t = useT();
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE_SIZE);
  // Not the sheet name: "Cá nhân" has a space, and aria-labelledby reads spaces as a list of ids.
  const headingId = useId();
  return (
    <section className={styles.group} aria-labelledby={headingId} data-testid="issue-group" data-sheet={group.sheet}>
      <Subtitle2 as="h3" id={headingId}>
        {t("taskpane.check.group", { sheet: group.sheet, errors: group.errors, warnings: group.warnings })}
      </Subtitle2>
      <ul className={styles.list}>
        {group.issues.slice(0, shown).map((i, n) => (
          <li key={issueId(i, n)}>
            <IssueItem issue={i} onSelect={onSelect} />
          </li>
        ))}
      </ul>
      <ShowMore shown={Math.min(shown, group.issues.length)} total={group.issues.length} onMore={() => setShown((s) => s + PAGE_SIZE)} />
    </section>
  );
}

export function IssueGroups({ issues, onSelect }: { issues: ReadonlyArray<Issue>; onSelect: (issue: Issue) => void }) {
  const groups = useMemo(() => errorsFirst(groupIssues(issues)), [issues]);
  return (
    <>
      {groups.map((g) => (
        <Group key={g.sheet} group={g} onSelect={onSelect} />
      ))}
    </>
  );
}
