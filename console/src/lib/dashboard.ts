// What the dashboard computes from the analytics answers: completeness per district, the missing and late lists.
import type { UnitStatus } from '../api/types';

export interface DistrictCompleteness { code: string; name: string; expected: number; submitted: number; rate: number }

const REPORTED = new Set(['SUBMITTED', 'RESUBMITTED', 'RETURNED', 'ACCEPTED']);

export function reported(unit: UnitStatus): boolean {
  return REPORTED.has(unit.status);
}

/**
 * Completeness by district: a district federation counts with the units below it; units under no district (sector
 * unions, agencies) are grouped as "Khối ngành, đơn vị khác".
 */
export function byDistrict(units: UnitStatus[]): DistrictCompleteness[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const groups = new Map<string, DistrictCompleteness>();
  for (const unit of units) {
    const district = districtOf(unit, byCode);
    const key = district?.code ?? 'OTHER';
    const group = groups.get(key) ?? { code: key, name: district ? (district.shortName ?? district.name) : 'Khối ngành, đơn vị khác',
      expected: 0, submitted: 0, rate: 0 };
    group.expected += 1;
    if (reported(unit)) group.submitted += 1;
    group.rate = group.submitted / group.expected;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => (a.code === 'OTHER' ? 1 : b.code === 'OTHER' ? -1 : a.name.localeCompare(b.name, 'vi')));
}

function districtOf(unit: UnitStatus, byCode: Map<string, UnitStatus>): UnitStatus | null {
  for (let current: UnitStatus | undefined = unit, depth = 0; current && depth < 10; depth++) {
    if (current.kind === 'DISTRICT_FEDERATION') return current;
    current = current.parentCode ? byCode.get(current.parentCode) : undefined;
  }
  return null;
}

export function missing(units: UnitStatus[]): UnitStatus[] {
  return units.filter((u) => !reported(u));
}

export function late(units: UnitStatus[]): UnitStatus[] {
  return units.filter((u) => reported(u) && u.onTime === false).sort((a, b) => b.lateSeconds - a.lateSeconds);
}
