/** A decision's status as a coloured badge. */
import { Badge } from "@fluentui/react-components";
import type { Status } from "../../core/rules/types";
import { useT } from "../lang-context";

const COLOR: Record<Status, "success" | "danger" | "warning" | "informative"> = {
  eligible: "success",
  "not-eligible": "danger",
  pending: "warning",
  hold: "informative",
};

export function StatusBadge({ status }: { status: Status }) {
  const t = useT();
  return (
    <Badge appearance="tint" color={COLOR[status]} data-status={status}>
      {t(`ranking.status.${status}`)}
    </Badge>
  );
}
