// A district's report pre-filled from its sub-units' accepted reports (GET /api/reports/from-sub-units): the sums and
// the texts by unit go into the form's inputs as the reporter would have typed them, the reporter reviews and edits
// them, and the form is sent as any other. What was filled from where is kept with the draft.
import type { SubUnitFigures, Value } from '../api/types';
import { display, type FieldKind, type FieldSpec, type FormValues } from './formModel';

/** What the form shows about a pre-fill: when it was read, from which reports, and who has not been accepted yet. */
export interface PrefillNote {
  fetchedAt: string;
  implementingPlans: SubUnitFigures['implementingPlans'];
  sources: SubUnitFigures['sources'];
  notAccepted: SubUnitFigures['notAccepted'];
  /** The fields the pre-fill gave a value to. */
  filled: string[];
}

export const NOT_ACCEPTED_STATUS: Record<string, string> = {
  NOT_SUBMITTED: 'Chưa gửi báo cáo', SUBMITTED: 'Đã gửi, chờ duyệt', RESUBMITTED: 'Đã gửi lại, chờ duyệt',
  RETURNED: 'Trả lại để sửa',
};
export const NOT_ACCEPTED_COLOR: Record<string, string> = {
  NOT_SUBMITTED: 'gray', SUBMITTED: 'blue', RESUBMITTED: 'blue', RETURNED: 'orange',
};

/** A pre-filled value as its input shows it; a decimal sent as a string (exact) keeps all its digits. */
export function prefillValue(kind: FieldKind, value: Value | null | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return display(kind, value);
  const text = value.trim();
  if ((kind === 'count' || kind === 'money') && /^\d+$/.test(text)) return group(text);
  if (kind === 'decimal') {
    const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
    if (match) {
      const fraction = (match[2] ?? '').replace(/0+$/, '');
      return fraction ? `${group(match[1])},${fraction}` : group(match[1]);
    }
  }
  return value;
}

/** "3000000" → "3.000.000" without going through a floating-point number. */
function group(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * The form after a pre-fill: every field the sub-units' figures give is replaced by them, the others keep what was
 * typed. Returns the new values and the fields filled.
 */
export function applyPrefill(fields: FieldSpec[], figures: Pick<SubUnitFigures, 'values' | 'narrative'>,
  current: FormValues): { values: FormValues; filled: string[] } {
  const values: FormValues = { ...current };
  const filled: string[] = [];
  for (const field of fields) {
    const given = field.kind === 'narrative' ? figures.narrative?.[field.code] : figures.values?.[field.code];
    if (given === undefined || given === null || given === '') continue;
    values[field.name] = field.kind === 'narrative' ? String(given) : prefillValue(field.kind, given);
    filled.push(field.name);
  }
  return { values, filled };
}

export function prefillNote(figures: SubUnitFigures, filled: string[], now = new Date()): PrefillNote {
  const byName = (a: { unitName?: string; unitCode: string }, b: { unitName?: string; unitCode: string }) =>
    (a.unitName ?? a.unitCode).localeCompare(b.unitName ?? b.unitCode, 'vi');
  return {
    fetchedAt: now.toISOString(), implementingPlans: figures.implementingPlans ?? [],
    sources: [...(figures.sources ?? [])].sort(byName), notAccepted: [...(figures.notAccepted ?? [])].sort(byName), filled,
  };
}

/** Whether the sub-units' figures have anything to fill in (an implementing plan of this plan by the unit). */
export function hasSubUnits(figures: SubUnitFigures | undefined | null): boolean {
  return !!figures && (figures.implementingPlans ?? []).length > 0;
}
