/** Long lists are shown a page at a time; this button shows the next page. */
import { Button } from "@fluentui/react-components";
import { useT } from "../lang-context";

export const PAGE_SIZE = 50;

export function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  const t = useT();
  if (shown >= total) return null;
  return (
    <Button appearance="subtle" onClick={onMore}>
      {t("taskpane.list.more", { shown, total, next: Math.min(PAGE_SIZE, total - shown) })}
    </Button>
  );
}
