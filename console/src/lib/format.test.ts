import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDuration, formatInteger, formatDecimal, formatPercent, formatVnd, timeLeft } from './format';
import { instantToLocal, localToInstant, parseDate, parseDateTime, showDate, showDateTime, startOfDay } from './vnTime';
import { fold, matches } from './text';

describe('Vietnamese formats', () => {
  it('shows instants as dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh', () => {
    expect(formatDateTime('2023-07-25T17:00:00Z')).toBe('26/07/2023 00:00');
    expect(formatDateTime('2023-07-26T09:05:00Z')).toBe('26/07/2023 16:05');
    expect(formatDate('2023-07-17')).toBe('17/07/2023');
    expect(formatDate('2023-07-25T17:00:00Z')).toBe('26/07/2023');
  });

  it('groups numbers and amounts the Vietnamese way', () => {
    expect(formatInteger(1500000)).toBe('1.500.000');
    expect(formatVnd(1500000)).toBe('1.500.000 đ');
    expect(formatVnd(0)).toBe('0 đ');
    expect(formatDecimal(1.5)).toBe('1,5');
    expect(formatPercent(0.456)).toBe('45,6%');
  });

  it('says how long is left or how late it is', () => {
    const now = new Date('2023-07-24T10:00:00Z');
    expect(timeLeft('2023-07-25T17:00:00Z', now)).toBe('còn 1 ngày 7 giờ');
    expect(timeLeft('2023-07-24T10:45:00Z', now)).toBe('còn 45 phút');
    expect(timeLeft('2023-07-24T08:30:00Z', now)).toBe('quá hạn 1 giờ 30 phút');
    expect(formatDuration(90061)).toBe('1 ngày 1 giờ');
  });
});

describe('province local time', () => {
  it('turns the wall clock of Tây Ninh into instants and back, whatever the browser zone', () => {
    expect(localToInstant('2023-07-26T00:00')).toBe('2023-07-25T17:00:00Z');
    expect(instantToLocal('2023-07-25T17:00:00Z')).toBe('2023-07-26T00:00');
    expect(startOfDay('2023-07-26')).toBe('2023-07-25T17:00:00Z');
    expect(localToInstant('26/07/2023')).toBeNull();
  });

  it('reads and shows dates as dd/MM/yyyy and deadlines as dd/MM/yyyy HH:mm', () => {
    expect(parseDate('17/7/2023')).toBe('2023-07-17');
    expect(parseDate('31/02/2023')).toBeNull();
    expect(parseDate('2023-07-17')).toBeNull();
    expect(showDate('2023-07-17')).toBe('17/07/2023');
    expect(parseDateTime('26/07/2023 00:00')).toBe('2023-07-25T17:00:00Z');
    expect(parseDateTime('26/07/2023 7:30')).toBe('2023-07-26T00:30:00Z');
    expect(parseDateTime('26/07/2023 24:00')).toBeNull();
    expect(showDateTime('2023-07-25T17:00:00Z')).toBe('26/07/2023 00:00');
  });
});

describe('search without diacritics', () => {
  it('finds Vietnamese names typed without their marks', () => {
    expect(fold('Liên đoàn Lao động thị xã Trảng Bàng')).toBe('lien doan lao dong thi xa trang bang');
    expect(matches('Liên đoàn Lao động thị xã Trảng Bàng', 'trang bang')).toBe(true);
    expect(matches('Liên đoàn Lao động thị xã Trảng Bàng', 'TRẢNG   bàng')).toBe(true);
    expect(matches('Liên đoàn Lao động huyện Gò Dầu', 'trang')).toBe(false);
  });
});
