import { describe, expect, it } from 'vitest';
import { byPath, contentOf, emptyPlan, todayInProvince } from './planDraft';

describe('plan drafts', () => {
  it('starts with the province as issuer and the usual narrative sections', () => {
    const plan = emptyPlan('2023-07-12');
    expect(plan.issuer.code).toBe('LDLD-TN');
    expect(plan.template.narrativeSections.map((s) => s.code)).toEqual(['RESULTS', 'DIFFICULTIES', 'PROPOSALS']);
  });

  it('maps the amendment errors onto the same inputs as the draft errors', () => {
    expect(byPath({ 'plan.phases[0].reportDeadline': 'x', title: 'y' })).toEqual({ 'phases[0].reportDeadline': 'x', title: 'y' });
  });

  it('sends recipients by code only, the directory fills in the rest', () => {
    const plan = { ...emptyPlan('2023-07-12'), recipients: [{ unit: { code: 'LDLD-TB', name: 'LĐLĐ Trảng Bàng' }, role: 'MUST_REPORT' as const }] };
    expect(contentOf(plan).recipients).toEqual([{ unit: { code: 'LDLD-TB' }, role: 'MUST_REPORT' }]);
  });

  it('keeps the recipients by rule, the exclusions and the free-text lines of a plan read back', () => {
    const rule = { under: 'LDLD-TB', depth: 'DESCENDANTS' as const, kinds: ['GRASSROOTS_UNION' as const], role: 'MUST_REPORT' as const };
    const plan = { ...emptyPlan('2023-07-12'), recipientRules: [rule], excludedUnitCodes: ['CDCS-TB-07'],
      otherRecipients: ['Website, TTCTCĐ LĐLĐ tỉnh', 'Lưu: VT, Ban TG-NC'] };
    const content = contentOf(plan);
    expect(content.recipientRules).toEqual([rule]);
    expect(content.excludedUnitCodes).toEqual(['CDCS-TB-07']);
    expect(content.otherRecipients).toEqual(['Website, TTCTCĐ LĐLĐ tỉnh', 'Lưu: VT, Ban TG-NC']);
    const { recipientRules, otherRecipients, ...older } = plan;
    expect(contentOf(older).recipientRules).toEqual([]);
  });

  it('is reviewed by the province unless the author says the parent unit reviews', () => {
    expect(emptyPlan('2023-07-12').reviewBy).toBe('PROVINCE');
    const { reviewBy: _, ...old } = emptyPlan('2023-07-12');
    expect(contentOf(old).reviewBy).toBe('PROVINCE');
    expect(contentOf({ ...emptyPlan('2023-07-12'), reviewBy: 'PARENT' }).reviewBy).toBe('PARENT');
  });

  it('knows the date in Tây Ninh when it is still yesterday in UTC', () => {
    expect(todayInProvince(new Date('2023-07-25T18:30:00Z'))).toBe('2023-07-26');
  });
});
