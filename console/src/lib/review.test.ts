import { describe, expect, it } from 'vitest';
import type { ReportSummary, SignedIn } from '../api/types';
import { describeReview, reviewsAsParent, subUnitReports } from './review';

const districtStaff: SignedIn = { username: 'ldld-tb-staff', name: 'Văn phòng LĐLĐ thị xã Trảng Bàng', roles: ['UNIT_STAFF'], unit: 'LDLD-TB' };
const union = { unit: { code: 'CDCS-TB-01', name: 'CĐCS Công ty May', kind: 'GRASSROOTS_UNION', parentCode: 'LDLD-TB' }, receivingUnitCode: 'LDLD-TN' } as never;
const district = { unit: { code: 'LDLD-TB', name: 'LĐLĐ thị xã Trảng Bàng', kind: 'DISTRICT_FEDERATION', parentCode: 'LDLD-TN' }, receivingUnitCode: 'LDLD-TN' } as never;
const sibling = { unit: { code: 'CDCS-HT-01', name: 'CĐCS Hòa Thành', kind: 'GRASSROOTS_UNION', parentCode: 'LDLD-HT' }, receivingUnitCode: 'LDLD-TN' } as never;

describe('review by the level above', () => {
  it('lets a district staff review only its own sub-units, only where the parent reviews', () => {
    expect(reviewsAsParent(districtStaff, union, 'PARENT')).toBe(true);
    expect(reviewsAsParent(districtStaff, union, 'PROVINCE')).toBe(false);
    expect(reviewsAsParent(districtStaff, union, undefined)).toBe(false);
    expect(reviewsAsParent(districtStaff, sibling, 'PARENT')).toBe(false);
    expect(reviewsAsParent(districtStaff, district, 'PARENT')).toBe(false);
  });

  it('lets a district staff review its units\' reports of its own implementing plan', () => {
    const ownPlan = { unit: { code: 'CDCS-TB-GD', parentCode: 'LDLD-TB' }, receivingUnitCode: 'LDLD-TB' } as never;
    expect(reviewsAsParent(districtStaff, ownPlan, 'PARENT', true)).toBe(true);
    expect(reviewsAsParent(districtStaff, ownPlan, 'PARENT')).toBe(false);
    expect(reviewsAsParent({ ...districtStaff, unit: 'LDLD-HT' }, ownPlan, 'PARENT', true)).toBe(false);
  });

  it('never lets a plain reporter review', () => {
    const reporter: SignedIn = { ...districtStaff, roles: ['UNIT_REPORTER'] };
    expect(reviewsAsParent(reporter, union, 'PARENT')).toBe(false);
    expect(reviewsAsParent(null, union, 'PARENT')).toBe(false);
  });

  it('keeps the reports of the units directly below the staff unit', () => {
    const items = [{ id: '1', parentUnitCode: 'LDLD-TB' }, { id: '2', parentUnitCode: 'LDLD-TN' }, { id: '3' }] as ReportSummary[];
    expect(subUnitReports(items, 'LDLD-TB').map((r) => r.id)).toEqual(['1']);
    expect(subUnitReports(items, null)).toEqual([]);
  });

  it('says who decided at which level', () => {
    expect(describeReview({ decision: 'ACCEPTED', level: 'PARENT', reviewerUnitCode: 'LDLD-TB' })).toBe('Đã duyệt · Cấp trên trực tiếp (LDLD-TB)');
    expect(describeReview({ decision: 'RETURNED' })).toBe('Trả lại · LĐLĐ tỉnh');
  });
});
