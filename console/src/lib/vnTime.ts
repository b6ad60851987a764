// The plan's local time (Asia/Ho_Chi_Minh, UTC+7 all year) and the instants the API speaks: what a person types in a
// date-time field is the province's wall clock, whatever the browser's own zone.

const OFFSET_MS = 7 * 60 * 60 * 1000;

/** "2023-07-26T00:00" (province wall clock) → "2023-07-25T17:00:00Z" */
export function localToInstant(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const utc = Date.UTC(y, mo - 1, d, h, mi) - OFFSET_MS;
  return new Date(utc).toISOString().replace('.000Z', 'Z');
}

/** "2023-07-25T17:00:00Z" → "2023-07-26T00:00", for a datetime-local input */
export function instantToLocal(instant: string | null | undefined): string {
  if (!instant) return '';
  const shifted = new Date(new Date(instant).getTime() + OFFSET_MS);
  return shifted.toISOString().slice(0, 16);
}

/** "Trước ngày 26/7/2023" means before its first minute: the instant of 00:00 on that day. */
export function startOfDay(date: string): string | null {
  return localToInstant(`${date}T00:00`);
}
