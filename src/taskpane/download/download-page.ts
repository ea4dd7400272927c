/**
 * download.html: the Office dialog that offers the dossier where the task pane cannot download. It asks the pane
 * for the file, rebuilds it from the pieces and shows one link to save it. Plain DOM, text from the catalogues.
 */
import { isLang, render, translator, type Lang } from "../../i18n";
import { fromBase64, parseMessage, type DialogToPane, type PaneToDialog } from "./dialog-protocol";

interface DialogUi {
  messageParent(message: string): void;
  addHandlerAsync?(type: unknown, handler: (arg: { message: string }) => void, callback?: () => void): void;
}

function ui(): { ui: DialogUi | null; events: Record<string, unknown> } {
  const office = (globalThis as unknown as { Office?: { context?: { ui?: DialogUi }; EventType?: Record<string, unknown> } }).Office;
  return { ui: office?.context?.ui ?? null, events: office?.EventType ?? {} };
}

function langOf(search: string): Lang {
  const v = new URLSearchParams(search).get("lang") ?? "vi";
  return isLang(v) ? v : "vi";
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function startDownloadPage(): void {
  const lang = langOf(location.search);
  const t = translator(lang);
  document.documentElement.lang = lang;
  document.title = t("taskpane.download.dialogTitle");
  const root = document.getElementById("root") as HTMLElement;
  const status = document.createElement("p");
  status.setAttribute("role", "status");
  status.textContent = t("taskpane.download.dialogWaiting");
  root.replaceChildren(status);

  const { ui: office, events } = ui();
  const send = (m: DialogToPane): void => office?.messageParent(JSON.stringify(m));
  if (!office || typeof office.addHandlerAsync !== "function") {
    status.textContent = render(t, { key: "taskpane.download.noDialog" });
    return;
  }
  let start: Extract<PaneToDialog, { type: "start" }> | null = null;
  let pieces: string[] = [];
  let received = 0;
  office.addHandlerAsync(
    events.DialogParentMessageReceived ?? "dialogParentMessageReceived",
    (arg) => {
      const m = parseMessage<PaneToDialog>(arg.message);
      if (!m) return;
      if (m.type === "start") {
        start = m;
        pieces = new Array<string>(m.pieces);
        received = 0;
        return;
      }
      if (!start || m.index < 0 || m.index >= pieces.length || pieces[m.index] !== undefined) return;
      pieces[m.index] = m.data;
      received++;
      if (received < pieces.length) return;
      const bytes = fromBase64(pieces.join(""));
      if (bytes.length !== start.size) {
        send({ type: "failed", reason: `${bytes.length}/${start.size}` });
        status.textContent = t("taskpane.download.dialogBroken");
        return;
      }
      const blob = new Blob([bytes as BlobPart], { type: "application/zip" });
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = start.fileName;
      a.textContent = t("taskpane.download.dialogLink", { file: start.fileName, size: sizeText(blob.size) });
      a.addEventListener("click", () => send({ type: "saved" }));
      status.textContent = t("taskpane.download.dialogReady");
      const hint = document.createElement("p");
      hint.textContent = t("taskpane.download.dialogHint");
      root.replaceChildren(status, a, hint);
      send({ type: "received" });
    },
    () => send({ type: "ready" }),
  );
}

void (globalThis as unknown as { Office?: { onReady(cb?: () => void): Promise<unknown> } }).Office?.onReady(() => startDownloadPage());
