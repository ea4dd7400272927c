/**
 * The fallback where the task pane cannot download: an Office dialog (a window of our own page, download.html)
 * receives the file from the pane through `messageChild` and offers it as a link. Opened only from a button
 * click, never from an event handler.
 */
import type { Lang } from "../../i18n";
import { PaneError } from "../task/pane-error";
import { DIALOG_PAGE, parseMessage, splitPieces, toBase64, type DialogToPane, type PaneToDialog } from "./dialog-protocol";

type OfficeDialog = {
  messageChild?: (message: string) => void;
  addEventHandler(type: unknown, handler: (arg: { message?: string; error?: number }) => void): void;
  close(): void;
};

interface OfficeUi {
  displayDialogAsync(url: string, options: Record<string, unknown>, callback: (r: { status: string; value: OfficeDialog; error?: { code: number; message: string } }) => void): void;
}

function officeUi(): { ui: OfficeUi | null; events: Record<string, unknown> } {
  const office = (globalThis as unknown as { Office?: { context?: { ui?: OfficeUi }; EventType?: Record<string, unknown> } }).Office;
  return { ui: office?.context?.ui ?? null, events: office?.EventType ?? {} };
}

export interface DialogDelivery {
  /** Resolves when the dialog has received the whole file (the clerk then saves it there). */
  readonly delivered: Promise<void>;
}

/** The dialog page's address, next to the pane's own page. */
export function dialogUrl(lang: Lang, base: string = location.href): string {
  const url = new URL(DIALOG_PAGE, base);
  url.searchParams.set("lang", lang);
  return url.href;
}

export function offerInDialog(blob: Blob, fileName: string, lang: Lang): Promise<void> {
  const { ui, events } = officeUi();
  if (!ui || typeof ui.displayDialogAsync !== "function") return Promise.reject(new PaneError({ key: "taskpane.download.noDialog" }));
  return new Promise<void>((resolve, reject) => {
    ui.displayDialogAsync(dialogUrl(lang), { height: 40, width: 30, promptBeforeOpen: false }, (opened) => {
      if (opened.status !== "succeeded") {
        reject(new PaneError({ key: "taskpane.download.dialogFailed", params: { reason: opened.error?.message ?? String(opened.error?.code ?? "") } }, true));
        return;
      }
      const dialog = opened.value;
      let settled = false;
      const fail = (e: PaneError): void => {
        if (settled) return;
        settled = true;
        reject(e);
      };
      dialog.addEventHandler(events.DialogEventReceived ?? "dialogEventReceived", () => {
        if (!settled) fail(new PaneError({ key: "taskpane.download.dialogClosed" }, true));
      });
      dialog.addEventHandler(events.DialogMessageReceived ?? "dialogMessageReceived", (arg) => {
        const message = parseMessage<DialogToPane>(arg.message ?? "");
        if (!message) return;
        if (message.type === "ready") {
          if (typeof dialog.messageChild !== "function") {
            dialog.close();
            fail(new PaneError({ key: "taskpane.download.noDialog" }));
            return;
          }
          void blob.arrayBuffer().then((buffer) => {
            const pieces = splitPieces(toBase64(new Uint8Array(buffer)));
            const send = (m: PaneToDialog): void => dialog.messageChild!(JSON.stringify(m));
            send({ type: "start", fileName, size: blob.size, pieces: pieces.length });
            pieces.forEach((data, index) => send({ type: "piece", index, data }));
          });
        } else if (message.type === "received") {
          if (!settled) {
            settled = true;
            resolve();
          }
        } else if (message.type === "failed") {
          fail(new PaneError({ key: "taskpane.download.dialogFailed", params: { reason: message.reason } }, true));
        }
      });
    });
  });
}
