/** A decision's status as a coloured badge. */
import { Badge, makeStyles } from "@fluentui/react-components";
import type { Status } from "../../core/rules/types";
import { useT } from "../lang-context";

const COLOR: Record<Status, "success" | "danger" | "warning" | "informative"> = {
  eligible: "success",
  "not-eligible": "danger",
  pending: "warning",
  hold: "informative",
};

const useStyles = makeStyles({ badge: { height: "auto", minHeight: "20px", whiteSpace: "normal", textAlign: "center", paddingTop: "2px", paddingBottom: "2px" } });

export function StatusBadge({ status }: { status: Status }) {
  const t = useT();
  const styles = useStyles();
  return (
    <Badge appearance="tint" color={COLOR[status]} data-status={status} className={styles.badge}>
      {t(`ranking.status.${status}`)}
    </Badge>
  );
}
