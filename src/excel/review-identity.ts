/**
 * Who reviews, and which client writes: the reviewer's display name is asked once and remembered on that
 * computer (browser storage of the add-in — a personal preference, not a workbook setting, so it does not go
 * into `Cấu hình`); every pane session gets a random client id for the ids of the log rows it writes; the local
 * wall-clock time for `Thời gian rà soát` comes from here (the core has no clock).
 */
import { idSource, type IdSource } from "../core/review";

/** The part of `Storage` (localStorage) the store needs. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const REVIEWER_NAME_KEY = "thidua.reviewerName";
export const MAX_REVIEWER_NAME = 60;

export interface ReviewerNameStore {
  /** The remembered name, or null: the pane then asks for it (inline, not in a dialog). */
  get(): string | null;
  /** Remembers a name; returns it as stored, or null when it is empty (nothing stored). */
  set(name: string): string | null;
  clear(): void;
  /** False when the browser refuses storage (private mode…): the name lasts only for this session. */
  readonly persistent: boolean;
}

/** Trimmed, single spaces, NFC, at most 60 characters; null when empty. */
export function normaliseReviewerName(name: string): string | null {
  const n = name.normalize("NFC").replace(/\s+/g, " ").trim().slice(0, MAX_REVIEWER_NAME).trim();
  return n === "" ? null : n;
}

function memoryStorage(): KeyValueStorage {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
}

/** `localStorage`, when the browser allows it (it can throw in private mode or with storage blocked). */
function browserStorage(): KeyValueStorage | null {
  try {
    const s = (globalThis as { localStorage?: KeyValueStorage }).localStorage;
    if (!s) return null;
    const probe = `${REVIEWER_NAME_KEY}.probe`;
    s.setItem(probe, "1");
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

export function reviewerNameStore(storage: KeyValueStorage | null = browserStorage()): ReviewerNameStore {
  const persistent = storage !== null;
  const s = storage ?? memoryStorage();
  const safe = <T>(f: () => T, fallback: T): T => {
    try {
      return f();
    } catch {
      return fallback;
    }
  };
  return {
    persistent,
    get: () => {
      const v = safe(() => s.getItem(REVIEWER_NAME_KEY), null);
      return v === null ? null : normaliseReviewerName(v);
    },
    set: (name) => {
      const n = normaliseReviewerName(name);
      if (n !== null) safe(() => s.setItem(REVIEWER_NAME_KEY, n), undefined);
      return n;
    },
    clear: () => safe(() => s.removeItem(REVIEWER_NAME_KEY), undefined),
  };
}

type RandomBytes = (n: number) => Uint8Array;

const cryptoBytes: RandomBytes = (n) => {
  const out = new Uint8Array(n);
  globalThis.crypto.getRandomValues(out);
  return out;
};

/** "pane_" + 10 base-36 characters from a cryptographic random source. */
export function newClientId(random: RandomBytes = cryptoBytes): string {
  const bytes = random(10);
  return `pane_${Array.from(bytes, (b) => (b % 36).toString(36)).join("")}`;
}

/** The ids of one pane session's log rows. */
export function sessionIds(random?: RandomBytes): IdSource {
  return idSource(newClientId(random));
}

/** Local wall-clock time "YYYY-MM-DDTHH:MM:SS" for `Thời gian rà soát` and `Nhật ký`. */
export function localIsoTime(d: Date = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
