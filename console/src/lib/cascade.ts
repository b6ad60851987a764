// The dashboard's "Theo cấp" tab: how far each level of a cascading plan has got (the province's plan, the districts'
// implementing plans, …) and each unit with its own implementing plan's progress.
import type { LevelProgress, PlanTree } from '../api/types';
import { UNIT_PROGRESS, UNIT_PROGRESS_COLOR } from './labels';
import { matches } from './text';

export interface LevelRow extends LevelProgress {
  label: string;
  /** Must-report units of the level with no report yet. */
  missing: number;
  /** submitted / expected, accepted / expected; null for a level with nobody expected. */
  completeness: number | null;
  acceptance: number | null;
}

export interface TreeUnitRow {
  code: string; name: string; status: string; statusLabel: string; statusColor: string; onTime: boolean | null;
  implementing: null | {
    planId: string; number: string; expected: number; submitted: number; accepted: number; returned: number;
    missing: number; completeness: number | null; summary: string;
  };
}

const STATUS: Record<string, string> = { ...UNIT_PROGRESS, NOT_SUBMITTED: 'Chưa báo cáo', PENDING: 'Chưa báo cáo' };
const STATUS_COLOR: Record<string, string> = { ...UNIT_PROGRESS_COLOR, NOT_SUBMITTED: 'gray', PENDING: 'gray' };

function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** "Cấp 1 – đơn vị nhận kế hoạch", "Cấp 2 – đơn vị nhận kế hoạch triển khai", "Cấp 3 – …" */
export function levelLabel(depth: number): string {
  if (depth === 1) return 'Cấp 1 – đơn vị nhận kế hoạch';
  if (depth === 2) return 'Cấp 2 – đơn vị nhận kế hoạch triển khai';
  return `Cấp ${depth} – đơn vị nhận kế hoạch triển khai cấp ${depth - 1}`;
}

/** The levels in depth order, each with what is missing and its rates. */
export function levelRows(tree: Pick<PlanTree, 'levels'>): LevelRow[] {
  return [...(tree.levels ?? [])].sort((a, b) => a.depth - b.depth).map((level) => ({
    ...level, label: levelLabel(level.depth), missing: Math.max(0, level.expected - level.submitted),
    completeness: rate(level.submitted, level.expected), acceptance: rate(level.accepted, level.expected),
  }));
}

/** How deep the plan has cascaded: the deepest level with a plan in it (0 with no level). */
export function depthOf(tree: Pick<PlanTree, 'levels'>): number {
  return (tree.levels ?? []).filter((level) => level.plans > 0).reduce((max, level) => Math.max(max, level.depth), 0);
}

/**
 * The units of the first level, each with its implementing plan's progress ("3/4 đã báo cáo · 2 đã duyệt · còn
 * thiếu 1"); those with an implementing plan first, then by name; filtered by a search without diacritics.
 */
export function treeUnitRows(tree: Pick<PlanTree, 'units'>, search = ''): TreeUnitRow[] {
  return (tree.units ?? [])
    .filter((unit) => !search || matches(`${unit.unitCode} ${unit.unitName ?? ''} ${unit.implementingPlan?.number ?? ''}`, search))
    .map((unit): TreeUnitRow => {
      const plan = unit.implementingPlan;
      return {
        code: unit.unitCode, name: unit.unitName ?? unit.unitCode, status: unit.status,
        statusLabel: STATUS[unit.status] ?? unit.status, statusColor: STATUS_COLOR[unit.status] ?? 'gray',
        onTime: unit.onTime ?? null,
        implementing: plan ? {
          planId: plan.planId, number: plan.number ?? '', expected: plan.expected, submitted: plan.submitted,
          accepted: plan.accepted, returned: plan.returned, missing: plan.missing,
          completeness: rate(plan.submitted, plan.expected),
          summary: [`${plan.submitted}/${plan.expected} đã báo cáo`, `${plan.accepted} đã duyệt`,
            plan.returned ? `${plan.returned} trả lại` : null, plan.missing ? `còn thiếu ${plan.missing}` : null]
            .filter(Boolean).join(' · '),
        } : null,
      };
    })
    .sort((a, b) => (a.implementing ? 0 : 1) - (b.implementing ? 0 : 1) || a.name.localeCompare(b.name, 'vi'));
}
