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

const root = document.getElementById("root");
if (root) root.textContent = translator(initialLang())("excel.loading");
void Office.onReady(() => start());
