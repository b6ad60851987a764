import { describe, expect, it } from 'vitest';
import type { PlanTree } from '../api/types';
import { depthOf, levelLabel, levelRows, treeUnitRows } from './cascade';

const tree: PlanTree = {
  planId: 'P', phase: 1, number: '95/KH-LĐLĐ', title: 'dân vận khéo', issuer: { code: 'LDLD-TN' },
  levels: [
    { depth: 2, plans: 1, expected: 4, submitted: 3, accepted: 2, returned: 1, onTime: 3, late: 0 },
    { depth: 1, plans: 1, expected: 9, submitted: 5, accepted: 3, returned: 0, onTime: 4, late: 1 },
    { depth: 3, plans: 0, expected: 0, submitted: 0, accepted: 0, returned: 0, onTime: 0, late: 0 },
  ],
  units: [
    { unitCode: 'LDLD-HT', unitName: 'Liên đoàn Lao động thị xã Hòa Thành', status: 'NOT_SUBMITTED', onTime: null, implementingPlan: null },
    { unitCode: 'LDLD-TB', unitName: 'Liên đoàn Lao động thị xã Trảng Bàng', status: 'SUBMITTED', onTime: true,
      implementingPlan: { planId: 'Q', number: '1/KH-LĐLĐ', expected: 4, submitted: 3, accepted: 2, returned: 1, onTime: 3, late: 0, missing: 1 } },
    { unitCode: 'CDN-GD', unitName: 'Công đoàn ngành Giáo dục', status: 'ACCEPTED', onTime: false },
  ],
};

describe('the dashboard by level', () => {
  it('orders the levels by depth, with what is missing and the rates', () => {
    const rows = levelRows(tree);
    expect(rows.map((r) => r.depth)).toEqual([1, 2, 3]);
    expect(rows[0]).toMatchObject({ label: 'Cấp 1 – đơn vị nhận kế hoạch', missing: 4, completeness: 5 / 9, acceptance: 3 / 9 });
    expect(rows[1]).toMatchObject({ label: 'Cấp 2 – đơn vị nhận kế hoạch triển khai', missing: 1, completeness: 0.75 });
    expect(rows[2]).toMatchObject({ missing: 0, completeness: null, acceptance: null });
    expect(levelLabel(3)).toBe('Cấp 3 – đơn vị nhận kế hoạch triển khai cấp 2');
  });

  it('knows how deep the plan has cascaded', () => {
    expect(depthOf(tree)).toBe(2);
    expect(depthOf({ levels: [] })).toBe(0);
  });

  it('lists the units with an implementing plan first, then by name, with the plan\'s progress in words', () => {
    const rows = treeUnitRows(tree);
    expect(rows.map((r) => r.code)).toEqual(['LDLD-TB', 'CDN-GD', 'LDLD-HT']);
    expect(rows[0].implementing).toMatchObject({ number: '1/KH-LĐLĐ', completeness: 0.75,
      summary: '3/4 đã báo cáo · 2 đã duyệt · 1 trả lại · còn thiếu 1' });
    expect(rows[0]).toMatchObject({ statusLabel: 'Đã gửi', onTime: true });
    expect(rows[2]).toMatchObject({ statusLabel: 'Chưa báo cáo', statusColor: 'gray', implementing: null, onTime: null });
    expect(rows[1].onTime).toBe(false);
  });

  it('finds units without diacritics, by name or by their plan\'s number', () => {
    expect(treeUnitRows(tree, 'trang bang').map((r) => r.code)).toEqual(['LDLD-TB']);
    expect(treeUnitRows(tree, '1/KH').map((r) => r.code)).toEqual(['LDLD-TB']);
  });
});
