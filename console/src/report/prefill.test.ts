import { describe, expect, it } from 'vitest';
import type { ReportTemplate, SubUnitFigures } from '../api/types';
import { buildForm, toRequest, validate } from './formModel';
import { loadDraft, saveDraft, savePrefill, type DraftStore } from './drafts';
import { applyPrefill, hasSubUnits, prefillNote, prefillValue } from './prefill';

const template: ReportTemplate = {
  indicators: [
    { code: 'SO_BUOI', label: 'Số buổi tuyên truyền', type: 'COUNT', unitOfMeasure: 'buổi', required: true },
    { code: 'KM', label: 'Đường được nâng cấp', type: 'DECIMAL', unitOfMeasure: 'km', required: false },
    { code: 'KINH_PHI', label: 'Kinh phí vận động', type: 'MONEY_VND', unitOfMeasure: 'đồng', required: true },
    { code: 'GHI_CHU', label: 'Ghi chú', type: 'TEXT', required: false },
  ],
  narrativeSections: [
    { code: 'KET_QUA', label: 'Kết quả thực hiện', required: true, maxLength: 20000 },
    { code: 'DE_XUAT', label: 'Đề xuất, kiến nghị', required: false, maxLength: 20000 },
  ],
};
const fields = buildForm(template);

const figures: SubUnitFigures = {
  planId: 'P', phase: 1, unit: { code: 'LDLD-TB', name: 'Liên đoàn Lao động thị xã Trảng Bàng' },
  implementingPlans: [{ planId: 'Q', number: '1/KH-LĐLĐ' }],
  values: { SO_BUOI: 12, KINH_PHI: 3000000, KM: '2.50', GHI_CHU: 'CĐCS A: tốt\nCĐCS B: khá', KHONG_CO: 5 },
  narrative: { KET_QUA: 'Công đoàn cơ sở A:\nTổ chức 7 buổi.\n\nCông đoàn cơ sở B:\nTổ chức 5 buổi.' },
  sources: [
    { unitCode: 'CDCS-TB-YT', unitName: 'Công đoàn cơ sở Trung tâm Y tế', planId: 'Q', reportId: 'r2', revision: 1, acceptedAt: '2023-07-20T02:00:00Z' },
    { unitCode: 'CDCS-TB-GD', unitName: 'Công đoàn cơ sở Phòng Giáo dục', planId: 'Q', reportId: 'r1', revision: 2, acceptedAt: '2023-07-20T01:00:00Z' },
  ],
  notAccepted: [{ unitCode: 'CDCS-TB-PT', unitName: 'Công đoàn cơ sở phường Trảng Bàng', status: 'NOT_SUBMITTED' }],
};

function memoryStore(): DraftStore {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('a district report pre-filled from its sub-units', () => {
  it('shows each figure as the reporter would type it', () => {
    expect(prefillValue('count', 12)).toBe('12');
    expect(prefillValue('money', 3000000)).toBe('3.000.000');
    expect(prefillValue('money', '12345678901234')).toBe('12.345.678.901.234');
    expect(prefillValue('decimal', 2.5)).toBe('2,5');
    expect(prefillValue('decimal', '1234.500')).toBe('1.234,5');
    expect(prefillValue('decimal', '7.000')).toBe('7');
    expect(prefillValue('text', 'CĐCS A: tốt')).toBe('CĐCS A: tốt');
    expect(prefillValue('count', null)).toBe('');
  });

  it('fills the indicators and sections it has, keeps what was typed elsewhere, ignores codes the form lacks', () => {
    const { values, filled } = applyPrefill(fields, figures, { 'values.SO_BUOI': '3', 'narrative.DE_XUAT': 'Tăng kinh phí' });
    expect(values).toEqual({
      'values.SO_BUOI': '12', 'values.KM': '2,5', 'values.KINH_PHI': '3.000.000', 'values.GHI_CHU': 'CĐCS A: tốt\nCĐCS B: khá',
      'narrative.KET_QUA': 'Công đoàn cơ sở A:\nTổ chức 7 buổi.\n\nCông đoàn cơ sở B:\nTổ chức 5 buổi.',
      'narrative.DE_XUAT': 'Tăng kinh phí',
    });
    expect(filled).toEqual(['values.SO_BUOI', 'values.KM', 'values.KINH_PHI', 'values.GHI_CHU', 'narrative.KET_QUA']);
  });

  it('gives a form that passes the checks and sends the same figures back', () => {
    const { values } = applyPrefill(fields, figures, {});
    expect(validate(fields, values)).toEqual({});
    expect(toRequest(fields, values)).toEqual({
      values: { SO_BUOI: 12, KM: 2.5, KINH_PHI: 3000000, GHI_CHU: 'CĐCS A: tốt\nCĐCS B: khá' },
      narrative: { KET_QUA: figures.narrative.KET_QUA },
    });
  });

  it('leaves the form as it was when no sub-unit has an accepted report', () => {
    const empty = { ...figures, values: {}, narrative: {}, sources: [] };
    expect(applyPrefill(fields, empty, { 'values.SO_BUOI': '4' })).toEqual({ values: { 'values.SO_BUOI': '4' }, filled: [] });
  });

  it('notes the sources and the units not accepted yet in name order', () => {
    const note = prefillNote(figures, ['values.SO_BUOI'], new Date('2023-07-21T00:00:00Z'));
    expect(note.sources.map((s) => s.unitCode)).toEqual(['CDCS-TB-GD', 'CDCS-TB-YT']);
    expect(note.notAccepted.map((u) => u.status)).toEqual(['NOT_SUBMITTED']);
    expect(note.fetchedAt).toBe('2023-07-21T00:00:00.000Z');
    expect(hasSubUnits(figures)).toBe(true);
    expect(hasSubUnits({ ...figures, implementingPlans: [] })).toBe(false);
  });

  it('keeps the pre-fill with the draft while typing goes on, and forgets it when undone', () => {
    const store = memoryStore();
    const note = prefillNote(figures, ['values.SO_BUOI']);
    savePrefill(store, 'k', { 'values.SO_BUOI': '12' }, note);
    saveDraft(store, 'k', { 'values.SO_BUOI': '13' });
    expect(loadDraft(store, 'k')?.prefill?.sources).toHaveLength(2);
    expect(loadDraft(store, 'k')?.values).toEqual({ 'values.SO_BUOI': '13' });
    savePrefill(store, 'k', {}, null);
    expect(loadDraft(store, 'k')?.prefill).toBeUndefined();
  });
});
