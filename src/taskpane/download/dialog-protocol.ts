/**
 * Messages between the pane and its download dialog (download.html), over the Office dialog API:
 * the dialog says it is ready, the pane sends the file (base64, in pieces under the message size limit),
 * the dialog offers it as a link and says when the clerk has saved it.
 */
export const DIALOG_PAGE = "download.html";

/** Office limits one message to about 32 KB in some hosts; pieces stay well below. */
export const PIECE_CHARS = 24_000;

export type DialogToPane = { readonly type: "ready" } | { readonly type: "received" } | { readonly type: "saved" } | { readonly type: "failed"; readonly reason: string };

export type PaneToDialog =
  | { readonly type: "start"; readonly fileName: string; readonly size: number; readonly pieces: number }
  | { readonly type: "piece"; readonly index: number; readonly data: string };

/** Base64 of bytes, in chunks (no huge argument lists). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function splitPieces(text: string, size = PIECE_CHARS): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length > 0 ? out : [""];
}

export function parseMessage<T>(text: string): T | null {
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === "object" && typeof (v as { type?: unknown }).type === "string" ? (v as T) : null;
  } catch {
    return null;
  }
}
