import { describe, expect, it } from 'vitest';
import type { UnitStatus } from '../api/types';
import { byDistrict, late, missing } from './dashboard';

const unit = (code: string, kind: UnitStatus['kind'], parentCode: string | null, status: string, onTime: boolean | null = null,
  lateSeconds = 0): UnitStatus => ({ code, name: code, kind, parentCode, status, onTime, lateSeconds, revision: 0 });

describe('dashboard figures', () => {
  const units = [
    unit('LDLD-TB', 'DISTRICT_FEDERATION', 'LDLD-TN', 'SUBMITTED', true),
    unit('CDCS-TB-1', 'GRASSROOTS_UNION', 'LDLD-TB', 'MISSING'),
    unit('LDLD-HT', 'DISTRICT_FEDERATION', 'LDLD-TN', 'ACCEPTED', false, 3600),
    unit('CDN-GD', 'SECTOR_UNION', 'LDLD-TN', 'OVERDUE'),
  ];

  it('counts a district with the units below it, the others apart', () => {
    expect(byDistrict(units).map((d) => [d.code, d.expected, d.submitted])).toEqual([
      ['LDLD-HT', 1, 1], ['LDLD-TB', 2, 1], ['OTHER', 1, 0],
    ]);
  });

  it('lists who has not reported and who reported late', () => {
    expect(missing(units).map((u) => u.code)).toEqual(['CDCS-TB-1', 'CDN-GD']);
    expect(late(units).map((u) => u.code)).toEqual(['LDLD-HT']);
  });
});
