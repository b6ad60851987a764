import { describe, expect, it } from 'vitest';
import type { ReportTemplate } from '../api/types';
import { buildForm, display, fromReport, parseNumber, regroup, toRequest, validate } from './formModel';
import { clearDraft, draftKey, idempotencyKey, loadDraft, saveDraft, type DraftStore } from './drafts';

const template: ReportTemplate = {
  indicators: [
    { code: 'PROPAGANDA_SESSIONS', label: 'Số buổi tuyên truyền', type: 'COUNT', unitOfMeasure: 'buổi', required: true },
    { code: 'ROADS_KM', label: 'Đường giao thông nông thôn được nâng cấp', type: 'DECIMAL', unitOfMeasure: 'km', required: false },
    { code: 'FUNDS_MOBILIZED_VND', label: 'Kinh phí vận động', type: 'MONEY_VND', unitOfMeasure: 'đồng', required: true },
    { code: 'NOTE', label: 'Ghi chú', type: 'TEXT', required: false },
  ],
  narrativeSections: [
    { code: 'RESULTS', label: 'Kết quả thực hiện', required: true, maxLength: 10 },
    { code: 'PROPOSALS', label: 'Đề xuất, kiến nghị', required: false, maxLength: 50000 },
  ],
};

describe('form generated from the template', () => {
  it('has one typed field per indicator and per section, named as the server names them', () => {
    const fields = buildForm(template);
    expect(fields.map((f) => [f.name, f.kind, f.required])).toEqual([
      ['values.PROPAGANDA_SESSIONS', 'count', true],
      ['values.ROADS_KM', 'decimal', false],
      ['values.FUNDS_MOBILIZED_VND', 'money', true],
      ['values.NOTE', 'text', false],
      ['narrative.RESULTS', 'narrative', true],
      ['narrative.PROPOSALS', 'narrative', false],
    ]);
    expect(fields[3].maxLength).toBe(2000);
    expect(fields[4].maxLength).toBe(10);
    expect(fields[5].maxLength).toBe(20000);
  });
});

describe('numbers typed the Vietnamese way', () => {
  it('reads grouped thousands and decimal commas', () => {
    expect(parseNumber('money', '1.500.000')).toEqual({ value: 1500000 });
    expect(parseNumber('money', '1500000 đ')).toEqual({ value: 1500000 });
    expect(parseNumber('decimal', '1,5')).toEqual({ value: 1.5 });
    expect(parseNumber('count', '')).toEqual({ empty: true });
  });

  it('refuses what the server would refuse', () => {
    expect(parseNumber('count', '2,5')).toEqual({ error: 'Phải là số nguyên, không có phần lẻ.' });
    expect(parseNumber('money', '-5')).toEqual({ error: 'Không được là số âm.' });
    expect(parseNumber('count', 'sáu')).toEqual({ error: 'Phải là số nguyên.' });
    expect('error' in parseNumber('count', '1.50')).toBe(true);
    expect(parseNumber('money', '99.999.999.999.999.999')).toEqual({ error: 'Số quá lớn.' });
  });

  it('regroups whole numbers as they are typed and shows stored values grouped', () => {
    expect(regroup('money', '1500000')).toBe('1.500.000');
    expect(regroup('money', '1.5000')).toBe('15.000');
    expect(regroup('decimal', '1500,5')).toBe('1500,5');
    expect(display('money', 60000000)).toBe('60.000.000');
    expect(display('decimal', 0.8)).toBe('0,8');
  });
});

describe('checks mirroring the server', () => {
  const fields = buildForm(template);

  it('names every missing required field and every wrong value', () => {
    expect(validate(fields, { 'values.PROPAGANDA_SESSIONS': '6,5', 'narrative.RESULTS': 'quá mười một ký tự' })).toEqual({
      'values.PROPAGANDA_SESSIONS': 'Phải là số nguyên, không có phần lẻ.',
      'values.FUNDS_MOBILIZED_VND': 'Chỉ tiêu bắt buộc: hãy nhập giá trị.',
      'narrative.RESULTS': 'Dài quá 10 ký tự.',
    });
  });

  it('builds the request body with numbers, leaving optional empty fields out', () => {
    const values = { 'values.PROPAGANDA_SESSIONS': '6', 'values.FUNDS_MOBILIZED_VND': '185.000.000', 'values.ROADS_KM': '1,5',
      'values.NOTE': '  ', 'narrative.RESULTS': 'Tốt', 'narrative.PROPOSALS': '' };
    expect(validate(fields, values)).toEqual({});
    expect(toRequest(fields, values)).toEqual({
      values: { PROPAGANDA_SESSIONS: 6, FUNDS_MOBILIZED_VND: 185000000, ROADS_KM: 1.5 },
      narrative: { RESULTS: 'Tốt' },
    });
  });

  it('turns a stored report back into the inputs', () => {
    expect(fromReport(fields, { PROPAGANDA_SESSIONS: 6, FUNDS_MOBILIZED_VND: 185000000, ROADS_KM: 1.5 }, { RESULTS: 'Tốt' }))
      .toEqual({ 'values.PROPAGANDA_SESSIONS': '6', 'values.ROADS_KM': '1,5', 'values.FUNDS_MOBILIZED_VND': '185.000.000',
        'values.NOTE': '', 'narrative.RESULTS': 'Tốt', 'narrative.PROPOSALS': '' });
  });
});

describe('drafts kept in the browser', () => {
  function memory(): DraftStore & { data: Map<string, string> } {
    const data = new Map<string, string>();
    return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
  }

  it('keeps what was typed until the report is accepted', () => {
    const store = memory();
    const key = draftKey('plan-1', 1, 'LDLD-TB');
    saveDraft(store, key, { 'values.PROPAGANDA_SESSIONS': '6' }, new Date('2023-07-24T01:00:00Z'));
    expect(loadDraft(store, key)).toEqual({ values: { 'values.PROPAGANDA_SESSIONS': '6' }, savedAt: '2023-07-24T01:00:00.000Z' });
    clearDraft(store, key);
    expect(loadDraft(store, key)).toBeNull();
  });

  it('reuses the Idempotency-Key for a retry of the same content and makes a new one when it changed', () => {
    const store = memory();
    const key = draftKey('plan-1', 1, 'LDLD-TB');
    let n = 0;
    const next = () => `key-${++n}`;
    saveDraft(store, key, { a: '1' });
    expect(idempotencyKey(store, key, { values: { A: 1 } }, next)).toBe('key-1');
    expect(idempotencyKey(store, key, { values: { A: 1 } }, next)).toBe('key-1');
    saveDraft(store, key, { a: '2' });
    expect(idempotencyKey(store, key, { values: { A: 1 } }, next)).toBe('key-1');
    expect(idempotencyKey(store, key, { values: { A: 2 } }, next)).toBe('key-2');
  });
});
