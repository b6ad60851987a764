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

/** "17/7/2023" or "17/07/2023" → "2023-07-17"; null when it is not a real date. */
export function parseDate(text: string): string | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** "2023-07-17" → "17/07/2023" */
export function showDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** "26/07/2023 00:00" (the province's wall clock) → "2023-07-25T17:00:00Z"; null when it is not one. */
export function parseDateTime(text: string): string | null {
  const match = /^\s*(\S+)\s+(\d{1,2}):(\d{2})\s*$/.exec(text);
  const date = match ? parseDate(match[1]) : null;
  if (!match || !date || Number(match[2]) > 23 || Number(match[3]) > 59) return null;
  return localToInstant(`${date}T${match[2].padStart(2, '0')}:${match[3]}`);
}

/** "2023-07-25T17:00:00Z" → "26/07/2023 00:00" (the province's wall clock) */
export function showDateTime(instant: string | null | undefined): string {
  const local = instantToLocal(instant);
  return local ? `${showDate(local.slice(0, 10))} ${local.slice(11, 16)}` : '';
}
