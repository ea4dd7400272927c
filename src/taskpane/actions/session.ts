/**
 * What one open pane keeps between actions: the ids of the log rows it writes (a random client id per session),
 * the reviewer's display name remembered on this computer, and the local clock (the core has none).
 */
import type { IdSource } from "../../core/review";
import { localIsoTime, newClientId, reviewerNameStore, sessionIds, type ReviewerNameStore } from "../../excel/review-identity";

export interface PaneSession {
  /** Ids of single log rows (reviews, generations). */
  readonly ids: IdSource;
  /** A fresh client id (a ranking numbers its own log rows from it). */
  readonly clientId: () => string;
  readonly names: ReviewerNameStore;
  /** Local wall-clock time "YYYY-MM-DDTHH:MM:SS". */
  readonly now: () => string;
}

export function createSession(names: ReviewerNameStore = reviewerNameStore()): PaneSession {
  return { ids: sessionIds(), clientId: () => newClientId(), names, now: () => localIsoTime() };
}
