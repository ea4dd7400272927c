/**
 * Delivering the dossier from the pane: a Blob behind a temporary `<a download>` link (no network: the bytes are
 * already in the page). Some hosts' task panes block downloads (Excel on Mac, older Windows web views); for them
 * the pane opens an Office dialog that offers the same file (dialog-fallback.ts).
 */

/** Starts the download of `blob` as `fileName`; false when this page cannot download at all. */
export function saveBlob(blob: Blob, fileName: string, doc: Document = document): boolean {
  const a = doc.createElement("a");
  if (!("download" in a) || typeof URL.createObjectURL !== "function") return false;
  const url = URL.createObjectURL(blob);
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // Long enough for the browser to read the blob; the pane keeps the Blob itself for "Tải lại".
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}

/** Hosts known to block downloads from the task pane: the dialog is offered first there. */
export function paneBlocksDownloads(): boolean {
  const office = (globalThis as unknown as { Office?: { context?: { platform?: unknown } } }).Office;
  const platform = office?.context?.platform;
  return platform === "Mac" || platform === "iOS";
}
