/**
 * Placeholder task pane (issue 8 builds the real React + Fluent UI pane here): shows "Đang tải…" from the
 * message catalogue and waits for Office.js, which the page loads from Microsoft's CDN. Nothing else is loaded.
 */
import { translator } from "../i18n";

const t = translator("vi");

function showLoading(): void {
  const root = document.getElementById("root");
  if (root) root.textContent = t("excel.loading");
}

showLoading();
void Office.onReady(() => showLoading());
