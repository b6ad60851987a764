// The public API's shapes, as its OpenAPI documents describe them (/openapi/<service>).
import type { Timeliness } from '../lib/timeliness';

export type Role = 'PROVINCE_STAFF' | 'UNIT_REPORTER' | 'UNIT_STAFF' | 'VIEWER';
export interface SignedIn { username: string; name: string; roles: Role[]; unit: string | null }

export type UnitKind = 'PROVINCIAL_FEDERATION' | 'DISTRICT_FEDERATION' | 'SECTOR_UNION' | 'GRASSROOTS_UNION'
  | 'PARTNER_AGENCY';
export interface Unit {
  code: string; name: string; shortName?: string; kind: UnitKind; parentCode?: string | null; email?: string;
  webhookUrl?: string; active: boolean; version: number; createdAt?: string; updatedAt?: string;
}
export interface UnitDetails {
  name: string; shortName?: string | null; kind: UnitKind; parentCode?: string | null; email?: string | null;
  webhookUrl?: string | null;
}
export interface NewUnit extends UnitDetails { code: string }
export interface UnitPage { content: Unit[]; page: number; size: number; totalElements: number }

export type PlanStatus = 'DRAFT' | 'PUBLISHED' | 'CLOSED' | 'CANCELLED';
export type IndicatorType = 'COUNT' | 'DECIMAL' | 'MONEY_VND' | 'TEXT';
export type RecipientRole = 'MUST_REPORT' | 'FOR_INFORMATION';
export interface UnitRef { code: string; name?: string; shortName?: string; kind?: UnitKind; parentCode?: string | null }
export interface Issuer extends UnitRef { documentSymbol?: string }
export interface LegalBasis { reference: string; issuedOn?: string | null; issuer?: string | null; title?: string | null }
export interface Section { order: number; heading: string; body: string }
export interface Task { order: number; text: string; assignedUnitCodes: string[] }
export interface Phase { number: number; name?: string | null; startDate: string; endDate: string; reportDeadline: string }
export interface Indicator { code: string; label: string; type: IndicatorType; unitOfMeasure?: string | null; required: boolean }
export interface NarrativeSection { code: string; label: string; required: boolean; maxLength: number }
export interface ReportTemplate { indicators: Indicator[]; narrativeSections: NarrativeSection[] }
export interface Recipient { unit: UnitRef; role: RecipientRole }
export interface Signer { capacity?: string | null; position: string; fullName?: string | null }
/** Recipients by rule: the active units under a unit, its children or all its descendants, of some kinds. */
export interface RecipientRule { under: string; kinds?: UnitKind[]; depth: 'CHILDREN' | 'DESCENDANTS'; role: RecipientRole }
export interface RecipientPage { content: Recipient[]; page: number; size: number; totalElements: number }
export interface PlanContent {
  issuer: Issuer; documentType?: string; title: string; place?: string | null; issuedOn?: string | null;
  timeZone?: string; legalBasis: LegalBasis[]; purpose: string; requirements: string[]; sections: Section[];
  tasks: Task[]; phases: Phase[]; template: ReportTemplate; recipients: Recipient[]; signer?: Signer | null;
  recipientRules?: RecipientRule[]; excludedUnitCodes?: string[]; otherRecipients?: string[];
  /** Who reviews each unit's report: the province (default) or the unit's parent unit. */
  reviewBy?: ReviewLevel;
  /** The published plan this one implements (a district's Kế hoạch triển khai); absent for a plan of its own. */
  implementsPlanId?: string | null;
}
export interface Plan extends PlanContent {
  id: string; status: PlanStatus; version: number; publishedVersion: number; number?: string; sequence?: number;
  year?: number; createdAt: string; updatedAt: string; publishedAt?: string; publishedBy?: string; closedAt?: string;
  cancelledAt?: string; endedBy?: string; endReason?: string;
}
export interface PlanSummary {
  id: string; status: PlanStatus; version: number; number?: string; title: string; issuerCode: string;
  createdAt: string; publishedAt?: string;
}
export interface PlanPage { content: PlanSummary[]; page: number; size: number; totalElements: number }
export type ChangeKind = 'DEADLINE_CHANGED' | 'PHASE_ADDED' | 'RECIPIENT_ADDED' | 'RECIPIENT_REMOVED' | 'TEXT_CORRECTED';
export interface PlanChange { kind: ChangeKind; phaseNumber?: number | null; unitCode?: string | null; field?: string; from?: string | null; to?: string | null }
export interface PlanVersion { version: number; validFrom: string; by?: string; reason?: string; changes: PlanChange[] }

export type ReportStatus = 'SUBMITTED' | 'RETURNED' | 'RESUBMITTED' | 'ACCEPTED';
export type Value = number | string;
/** PROVINCE: the issuing province federation's staff; PARENT: the staff of the reporting unit's parent unit. */
export type ReviewLevel = 'PROVINCE' | 'PARENT';
export interface Review {
  decision?: string; reason?: string | null; reviewer?: string; at?: string; revision?: number;
  level?: ReviewLevel | null; reviewerUnitCode?: string | null;
}
export interface Report {
  id: string; planId: string; planVersion: number; phaseNumber: number; unit: UnitRef; receivingUnitCode: string;
  receiptNumber: number; receiptYear: number; receivedAt: string; deadline: string; onTime: boolean;
  lateSeconds: number; status: ReportStatus; revision: number; version: number; submittedBy: string;
  lastReview?: Review | null; values: Record<string, Value>; narrative: Record<string, string>;
  /** Every review decision, oldest first, at every level. */
  reviews?: Review[];
  /** The verdict now (`onTime`, `deadline`, `lateSeconds` follow it) and how it was reached. */
  timeliness?: Timeliness | null;
}
export interface ReportSummary {
  id: string; planId: string; phaseNumber: number; unitCode: string; unitName: string; receiptNumber: number;
  receiptYear: number; receivedAt: string; deadline: string; onTime: boolean; lateSeconds: number;
  status: ReportStatus; revision: number; version: number;
  parentUnitCode?: string; reviewLevel?: ReviewLevel; reviewerUnitCode?: string;
  timeliness?: Timeliness | null;
}
export interface ReportPage { items: ReportSummary[]; page: number; size: number; total: number }
export interface Revision {
  number: number; values: Record<string, Value>; narrative: Record<string, string>; submittedBy: string;
  submittedAt: string;
}

export interface InboxEntry {
  id: string; unitCode: string; planId?: string; phaseNumber?: number; kind: string; title: string; body: string;
  createdAt: string; readAt?: string | null;
}
export interface InboxPage { items: InboxEntry[]; page: number; size: number; total: number }
export type Channel = 'IN_APP' | 'EMAIL' | 'WEBHOOK';
/** Whether province staff approved a unit's webhook URL: nothing is posted to it before. */
export type WebhookStatus = 'NONE' | 'PENDING_APPROVAL' | 'APPROVED';
export interface Preferences {
  unitCode: string; channels: Channel[]; email?: string | null; webhookUrl?: string | null; webhookSecretSet?: boolean;
  webhookStatus?: WebhookStatus; defaults?: boolean; updatedAt?: string;
}
/** A unit's webhook as province staff review it (GET /api/notifications/webhooks). */
export interface WebhookReview {
  unitCode: string; webhookUrl: string; status: WebhookStatus; updatedAt?: string | null; approvedBy?: string | null;
  approvedAt?: string | null;
}

export type UnitProgress = 'PENDING' | 'OVERDUE' | 'SUBMITTED' | 'RESUBMITTED' | 'RETURNED' | 'ACCEPTED' | string;
export interface PhaseSummary {
  planId: string; planNumber?: string; planTitle: string; planVersion: number; planStatus: PlanStatus;
  phaseNumber: number; phaseName?: string; startDate: string; endDate: string; reportDeadline: string;
  expected: number; submitted: number; onTime: number; late: number; missing: number; overdue: number;
  returned: number; accepted: number; awaitingReview: number; unexpectedReports: number;
  completenessRate: number; timelinessRate: number; averageLatenessSeconds: number; maxLatenessSeconds: number;
  remindersSent: number;
}
export interface IndicatorTotal {
  code: string; label: string; unitOfMeasure?: string; type: IndicatorType; reports: number; sum: number;
  min: number | null; max: number | null; mean: number | null;
}
export interface PhaseAnalytics { summary: PhaseSummary; totals: IndicatorTotal[] }
export interface PlanAnalytics { planId: string; number?: string; title: string; version: number; status: PlanStatus; phases: PhaseAnalytics[] }
export interface UnitStatus {
  code: string; name: string; shortName?: string; kind?: UnitKind; parentCode?: string | null; status: UnitProgress;
  reportId?: string | null; receiptNumber?: number | null; receivedAt?: string | null; onTime?: boolean | null;
  lateSeconds: number; revision: number; overdueNotice?: boolean; remindersSent?: number;
  values?: Record<string, Value>; narrative?: Record<string, string>; timeliness?: Timeliness | null;
}
export interface TimelinePoint { start: string; submitted: number; onTime: number; late: number; cumulative: number }
export interface Timeline { planId: string; phaseNumber: number; interval: string; timeZone: string; points: TimelinePoint[] }
export interface Rollup {
  unitCode: string; unitName: string; depth: number; expected: number; submitted: number; onTime: number; late: number;
  missing: number; completenessRate: number | null; timelinessRate: number | null; sums: Record<string, number>;
}
export interface PhaseReport { summary: PhaseSummary; totals: IndicatorTotal[]; rollups: Rollup[] }
export interface PlanListing {
  planId: string; number?: string; title: string; version: number; status: string; publishedAt?: string;
  phases: { number: number; name?: string; reportDeadline: string }[];
  /** The issuing unit's code, and the plan an implementing plan carries out. */
  issuer?: string; implementsPlanId?: string | null;
}
/** Review by the level above in one phase: per parent unit, how far it has got with its units' reports. */
export interface ParentReviewRow {
  unitCode: string; unitName: string; units: number; submitted: number; accepted: number; returned: number;
  awaitingReview: number;
}
export interface ParentReviewSummary { planId: string; phaseNumber: number; reviewBy: ReviewLevel; parents: ParentReviewRow[] }

/** A district's report pre-filled from its sub-units' accepted reports (GET /api/reports/from-sub-units). */
export interface SubUnitFigures {
  planId: string; phase: number; unit: { code: string; name?: string };
  implementingPlans: { planId: string; number?: string | null }[];
  values: Record<string, Value>; narrative: Record<string, string>;
  sources: { unitCode: string; unitName?: string; planId: string; reportId: string; revision: number; acceptedAt?: string }[];
  /** planId: the implementing plan addressing the unit (a unit may be addressed by two of them). */
  notAccepted: { unitCode: string; unitName?: string; status: string; planId?: string }[];
}

/** How far each level of a cascading plan has got in one phase (GET /api/analytics/plans/{id}/phases/{n}/tree). */
export interface LevelProgress {
  depth: number; plans: number; expected: number; submitted: number; accepted: number; returned: number;
  onTime: number; late: number;
}
export interface ImplementingProgress {
  planId: string; number?: string | null; expected: number; submitted: number; accepted: number; returned: number;
  onTime: number; late: number; missing: number;
}
export interface PlanTree {
  planId: string; phase: number; number?: string | null; title: string; issuer: { code: string; name?: string };
  levels: LevelProgress[];
  units: { unitCode: string; unitName?: string; status: string; onTime?: boolean | null; implementingPlan?: ImplementingProgress | null }[];
}
