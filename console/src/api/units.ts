import { useQuery } from '@tanstack/react-query';
import { api, query } from './http';
import type { Unit, UnitPage } from './types';

/** The whole units directory (read page by page). */
export async function allUnits(): Promise<Unit[]> {
  const units: Unit[] = [];
  for (let page = 0; ; page++) {
    const answer = await api.get<UnitPage>(`/api/units${query({ page, size: 100 })}`);
    units.push(...answer.content);
    if (units.length >= answer.totalElements || answer.content.length === 0) return units;
  }
}

export function useUnits() {
  return useQuery({ queryKey: ['units'], queryFn: allUnits, staleTime: 60_000 });
}
