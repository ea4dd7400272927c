/**
 * Entry of the task pane. Waits for Office.js (loaded from Microsoft's CDN by taskpane.html), checks that this
 * Excel has ExcelApi 1.8, then renders the pane — or the "not supported in this Excel version" screen.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { detectFeatures } from "../excel/features";
import { translator } from "../i18n";
import { createSession } from "./actions/session";
import { App } from "./app";
import { UnsupportedScreen } from "./components/unsupported-screen";
import { initialLang, LangProvider } from "./lang-context";

function start(): void {
  const element = document.getElementById("root");
  if (!element) return;
  const lang = initialLang();
  document.documentElement.lang = lang;
  const supported = detectFeatures().required;
  createRoot(element).render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider initial={lang}>{supported ? <App session={createSession()} /> : <UnsupportedScreen />}</LangProvider>
    </FluentProvider>,
  );
}

/** Office.js did not load (the network or a proxy blocks Microsoft's CDN): say so instead of "Đang tải…" forever. */
function officeJsMissing(root: HTMLElement): void {
  const message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.dataset.testid = "office-js-missing";
  message.textContent = translator(initialLang())("taskpane.officeJsMissing");
  root.replaceChildren(message);
}

const root = document.getElementById("root");
if (root) root.textContent = translator(initialLang())("excel.loading");
const office = (globalThis as { Office?: typeof Office }).Office;
if (office) void office.onReady(() => start());
else if (root) officeJsMissing(root);
