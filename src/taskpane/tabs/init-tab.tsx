/** Khởi tạo: adds the missing tracking sheets to the open workbook; says which were added. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { InitReport } from "../../excel";
import { TabIntro } from "../components/tab-intro";
import { useT } from "../lang-context";

export function InitTab({ report, busy, onInit }: { report: InitReport | null; busy: boolean; onInit: () => void }) {
  const t = useT();
  return (
    <>
      <TabIntro text={t("taskpane.init.intro")} action={t("taskpane.init.action")} onAction={onInit} disabled={busy} />
      {report && (
        <MessageBar intent="success" layout="multiline" data-testid="init-result">
          <MessageBarBody>
            {report.added.length === 0 ? t("taskpane.init.nothing") : t("taskpane.init.added", { count: report.added.length, sheets: report.added.join(", ") })}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
