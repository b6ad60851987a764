// Review by the level above: who may accept or return a report, and how a decision's level reads.
import type { Report, ReportSummary, Review, ReviewLevel, SignedIn } from '../api/types';

export const REVIEW_LEVEL: Record<ReviewLevel, string> = {
  PROVINCE: 'LĐLĐ tỉnh',
  PARENT: 'Cấp trên trực tiếp',
};

export const REVIEW_BY: Record<ReviewLevel, string> = {
  PROVINCE: 'LĐLĐ tỉnh duyệt báo cáo của mọi đơn vị',
  PARENT: 'Cấp trên trực tiếp duyệt báo cáo của đơn vị cấp dưới (LĐLĐ cấp huyện duyệt báo cáo của công đoàn cơ sở)',
};

/** Whether the report waits for a decision. */
export function awaitingReview(report: Pick<Report, 'status'>): boolean {
  return report.status === 'SUBMITTED' || report.status === 'RESUBMITTED';
}

/**
 * Whether this signed-in unit staff reviews the report: the plan is reviewed by the parent, the report's unit is
 * directly below the staff's unit, and that unit is not the plan's issuer (the province reviews the units right
 * below it) — unless the plan is the staff's unit's own implementing plan, whose units' reports it reviews. The
 * server decides in the end; this only shows or hides the buttons.
 */
export function reviewsAsParent(user: SignedIn | null | undefined, report: Pick<Report, 'unit' | 'receivingUnitCode'>,
  reviewBy: ReviewLevel | undefined, implementing = false): boolean {
  if (!user || !user.roles.includes('UNIT_STAFF') || !user.unit || reviewBy !== 'PARENT') return false;
  const parent = report.unit.parentCode;
  return !!parent && parent === user.unit && (implementing || parent !== report.receivingUnitCode);
}

/** The reports of the units directly below {@code unit}, the ones its staff may review. */
export function subUnitReports(items: ReportSummary[], unit: string | null | undefined): ReportSummary[] {
  return unit ? items.filter((r) => r.parentUnitCode === unit) : [];
}

/** "Đã duyệt · Cấp trên trực tiếp (LDLD-TB)": the decision, its level and the reviewing unit. */
export function describeReview(review: Review): string {
  const decision = review.decision === 'ACCEPTED' ? 'Đã duyệt' : review.decision === 'RETURNED' ? 'Trả lại' : 'Quyết định';
  const level = REVIEW_LEVEL[review.level ?? 'PROVINCE'];
  return review.reviewerUnitCode ? `${decision} · ${level} (${review.reviewerUnitCode})` : `${decision} · ${level}`;
}
