import { describe, expect, it } from 'vitest';
import { extendedTo, timelinessText } from './timeliness';

describe('timeliness', () => {
  it('says on time or how late, as before, when no extension changed the verdict', () => {
    expect(timelinessText({ onTime: true, lateSeconds: 0 })).toBe('Đúng hạn');
    expect(timelinessText({ onTime: false, lateSeconds: 25200 })).toBe('Trễ 7 giờ 0 phút');
    expect(timelinessText({ onTime: false, lateSeconds: 3600 }, 'Trễ hạn')).toBe('Trễ hạn 1 giờ 0 phút');
    expect(timelinessText({ onTime: null, lateSeconds: 0 })).toBe('');
    expect(extendedTo({ onTime: true, lateSeconds: 0, timeliness: { onTime: true, onTimeAtReceipt: true,
      firstDeadline: '2023-07-25T17:00:00Z', deadline: '2023-07-25T17:00:00Z', extendedInVersion: null } })).toBeNull();
  });

  it('names the extended deadline of a late report an extension made on time', () => {
    const report = { onTime: true, lateSeconds: 0, timeliness: { onTime: true, onTimeAtReceipt: false,
      firstDeadline: '2023-07-25T17:00:00Z', deadline: '2023-07-28T17:00:00Z', extendedInVersion: 2 } };

    expect(extendedTo(report)).toBe('2023-07-28T17:00:00Z');
    expect(timelinessText(report)).toBe('Đúng hạn – gia hạn đến 29/07/2023 00:00');
  });

  it('keeps a report late after an extension that does not reach it late, against the new deadline', () => {
    const report = { onTime: false, lateSeconds: 25200, timeliness: { onTime: false, onTimeAtReceipt: false,
      firstDeadline: '2023-07-25T17:00:00Z', deadline: '2023-07-28T17:00:00Z', extendedInVersion: 2 } };

    expect(extendedTo(report)).toBeNull();
    expect(timelinessText(report)).toBe('Trễ 7 giờ 0 phút');
  });
});
