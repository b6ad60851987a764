// Vietnamese formats: dates dd/MM/yyyy HH:mm in the province's zone, vi-VN number grouping, amounts in đồng.

/** The plans' zone; Vietnam keeps UTC+7 all year. */
export const ZONE = 'Asia/Ho_Chi_Minh';

const dateTime = new Intl.DateTimeFormat('vi-VN', {
  timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false,
});
const dateOnly = new Intl.DateTimeFormat('vi-VN', { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });
const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

function parts(format: Intl.DateTimeFormat, instant: Date): Record<string, string> {
  return Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
}

/** 2023-07-25T17:00:00Z → "26/07/2023 00:00" */
export function formatDateTime(instant: string | Date | null | undefined): string {
  if (!instant) return '';
  const p = parts(dateTime, new Date(instant));
  const hour = p.hour === '24' ? '00' : p.hour;
  return `${p.day}/${p.month}/${p.year} ${hour}:${p.minute}`;
}

/** 2023-07-17 (a date without time) or an instant → "17/07/2023" */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  const p = parts(dateOnly, new Date(value));
  return `${p.day}/${p.month}/${p.year}`;
}

/** 1500000 → "1.500.000" */
export function formatInteger(value: number | null | undefined): string {
  return value == null ? '' : integer.format(value);
}

/** 1.5 → "1,5" */
export function formatDecimal(value: number | null | undefined): string {
  return value == null ? '' : decimal.format(value);
}

/** 1500000 → "1.500.000 đ" */
export function formatVnd(value: number | null | undefined): string {
  return value == null ? '' : `${integer.format(value)} đ`;
}

/** 0.456 → "45,6%" */
export function formatPercent(rate: number | null | undefined): string {
  return rate == null ? '' : percent.format(rate).replace(/\s/g, '');
}

/** How long until a deadline, in words: "còn 2 ngày 3 giờ", "còn 45 phút", "quá hạn 1 ngày 2 giờ". */
export function timeLeft(deadline: string | Date, now: Date = new Date()): string {
  const ms = new Date(deadline).getTime() - now.getTime();
  const late = ms < 0;
  let minutes = Math.floor(Math.abs(ms) / 60000);
  const days = Math.floor(minutes / 1440);
  minutes -= days * 1440;
  const hours = Math.floor(minutes / 60);
  minutes -= hours * 60;
  const words = days > 0 ? `${days} ngày ${hours} giờ` : hours > 0 ? `${hours} giờ ${minutes} phút` : `${minutes} phút`;
  return late ? `quá hạn ${words}` : `còn ${words}`;
}

/** Seconds of lateness in words: 90061 → "1 ngày 1 giờ" */
export function formatDuration(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return `${days} ngày ${hours} giờ`;
  if (hours > 0) return `${hours} giờ ${rest} phút`;
  return `${rest} phút`;
}
