// A new plan's starting content and the server's error paths as the editor's inputs name them.
import type { PlanContent } from '../../api/types';

export function emptyPlan(today: string): PlanContent {
  return {
    issuer: { code: 'LDLD-TN', documentSymbol: 'LĐLĐ' },
    documentType: 'KẾ HOẠCH', title: '', place: 'Tây Ninh', issuedOn: today, timeZone: 'Asia/Ho_Chi_Minh',
    legalBasis: [], purpose: '', requirements: [], sections: [], tasks: [],
    phases: [],
    template: {
      indicators: [],
      narrativeSections: [
        { code: 'RESULTS', label: 'Kết quả thực hiện', required: true, maxLength: 20000 },
        { code: 'DIFFICULTIES', label: 'Khó khăn, vướng mắc', required: false, maxLength: 20000 },
        { code: 'PROPOSALS', label: 'Đề xuất, kiến nghị', required: false, maxLength: 20000 },
      ],
    },
    recipients: [], recipientRules: [], excludedUnitCodes: [], otherRecipients: [],
    signer: { capacity: 'TM. BAN THƯỜNG VỤ', position: 'PHÓ CHỦ TỊCH', fullName: '' },
    reviewBy: 'PROVINCE',
  };
}

/** The content a plan's answer carries, without its life-cycle fields. */
export function contentOf(plan: PlanContent): PlanContent {
  const { issuer, documentType, title, place, issuedOn, timeZone, legalBasis, purpose, requirements, sections, tasks,
    phases, template, recipients, signer, recipientRules, excludedUnitCodes, otherRecipients, reviewBy, implementsPlanId } = plan;
  return { issuer: { code: issuer.code, documentSymbol: issuer.documentSymbol }, documentType, title, place, issuedOn,
    timeZone, legalBasis, purpose, requirements, sections, tasks, phases, template,
    recipients: recipients.map((r) => ({ unit: { code: r.unit.code }, role: r.role })), signer,
    recipientRules: recipientRules ?? [], excludedUnitCodes: excludedUnitCodes ?? [], otherRecipients: otherRecipients ?? [],
    reviewBy: reviewBy ?? 'PROVINCE', ...(implementsPlanId ? { implementsPlanId } : {}) };
}

/** Server errors by field path, the amendment's "plan." prefix taken off so both match the same inputs. */
export function byPath(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([path, message]) => [path.replace(/^plan\./, ''), message]));
}

/** Today in the province, as yyyy-MM-dd. */
export function todayInProvince(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
