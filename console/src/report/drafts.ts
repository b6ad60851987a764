// A report being typed is kept in the browser (localStorage) until the server has accepted it: a dropped connection,
// a reload or an expired sign-in loses nothing. A submission keeps its Idempotency-Key with the content it was made
// for, so a retry of the same content is recognised by the server as the same submission, never stored twice.
import type { FormValues } from './formModel';
import type { PrefillNote } from './prefill';

export interface Draft {
  values: FormValues;
  savedAt: string;
  /** The key of the last submission attempt and the body it was sent with. */
  pending?: { key: string; body: string };
  /** Where the figures came from when the form was pre-filled from the sub-units' reports. */
  prefill?: PrefillNote;
}

export interface DraftStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function draftKey(planId: string, phase: number, unit: string, reportId?: string): string {
  return reportId ? `ldld.report.${reportId}` : `ldld.draft.${planId}.${phase}.${unit}`;
}

export function loadDraft(store: DraftStore, key: string): Draft | null {
  try {
    const text = store.getItem(key);
    return text ? (JSON.parse(text) as Draft) : null;
  } catch {
    return null;
  }
}

export function saveDraft(store: DraftStore, key: string, values: FormValues, now = new Date()): Draft {
  const previous = loadDraft(store, key);
  const draft: Draft = { values, savedAt: now.toISOString(), pending: previous?.pending, prefill: previous?.prefill };
  store.setItem(key, JSON.stringify(draft));
  return draft;
}

/** The form pre-filled from the sub-units' reports (or the pre-fill undone, {@code note} null), kept as a draft. */
export function savePrefill(store: DraftStore, key: string, values: FormValues, note: PrefillNote | null, now = new Date()): Draft {
  const previous = loadDraft(store, key);
  const draft: Draft = { values, savedAt: now.toISOString(), pending: previous?.pending, prefill: note ?? undefined };
  store.setItem(key, JSON.stringify(draft));
  return draft;
}

/**
 * The Idempotency-Key for sending {@code body}: the same key as the last attempt when the content is the same (a
 * retry), a new one when it changed (a new submission).
 */
export function idempotencyKey(store: DraftStore, key: string, body: unknown, newKey: () => string = randomKey): string {
  const text = JSON.stringify(body);
  const draft = loadDraft(store, key) ?? { values: {}, savedAt: new Date().toISOString() };
  if (draft.pending && draft.pending.body === text) return draft.pending.key;
  const fresh = newKey();
  store.setItem(key, JSON.stringify({ ...draft, pending: { key: fresh, body: text } }));
  return fresh;
}

/** Accepted by the server: nothing left to keep. */
export function clearDraft(store: DraftStore, key: string): void {
  store.removeItem(key);
}

function randomKey(): string {
  return crypto.randomUUID();
}
