// Whether a report is on time, as report-service and analytics judge it: on time iff received at or before the
// deadline in force at its receipt, or at or before a later deadline an amendment set for its phase (gia hạn).
import { formatDateTime, formatDuration } from './format';

/** How a report's verdict was reached (report-service's `timeliness`, analytics' unit row `timeliness`). */
export interface Timeliness {
  onTime: boolean; onTimeAtReceipt: boolean; firstDeadline?: string | null; deadline?: string | null;
  extendedInVersion?: number | null; lateSeconds?: number;
}

/** A report or a unit's row: the verdict now, and how it was reached when the server said. */
export interface Judged { onTime?: boolean | null; lateSeconds: number; timeliness?: Timeliness | null }

/** The extended deadline when an extension (gia hạn) made a late report on time, otherwise null. */
export function extendedTo(r: Judged): string | null {
  const t = r.timeliness;
  return t && t.onTime && !t.onTimeAtReceipt && t.deadline ? t.deadline : null;
}

/**
 * "Đúng hạn", "Đúng hạn – gia hạn đến 29/07/2023 00:00", "Trễ 7 giờ 0 phút" ({@code late} is the word before the
 * lateness); "" when nothing was received.
 */
export function timelinessText(r: Judged, late = 'Trễ'): string {
  if (r.onTime == null) return '';
  if (!r.onTime) return `${late} ${formatDuration(r.lateSeconds)}`;
  const extended = extendedTo(r);
  return extended ? `Đúng hạn – gia hạn đến ${formatDateTime(extended)}` : 'Đúng hạn';
}
