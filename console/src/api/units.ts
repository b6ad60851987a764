// The units directory, searched on the server (GET /api/units?q=…): with 20,000 units nothing reads it whole. The
// names of units already seen are remembered, so a chosen unit shows its name without asking again.
import { useQueries, useQuery } from '@tanstack/react-query';
import { useDebouncedValue } from '@mantine/hooks';
import { api, query } from './http';
import type { Unit, UnitKind, UnitPage, UnitRef } from './types';

/** How many units a search shows: enough to pick from, the name typed narrows it. */
export const SEARCH_SIZE = 20;
/** Names looked up one by one at most (a chosen unit whose name is not known yet). */
const MAX_LOOKUPS = 40;

export interface UnitFilter { q?: string; kind?: UnitKind | null; parent?: string | null; active?: boolean; page?: number; size?: number }

export function listUnits(filter: UnitFilter, signal?: AbortSignal): Promise<UnitPage> {
  return api.get<UnitPage>(`/api/units${query({ q: filter.q?.trim(), kind: filter.kind, parent: filter.parent,
    active: filter.active, page: filter.page ?? 0, size: filter.size ?? SEARCH_SIZE })}`, signal).then((page) => {
    remember(page.content);
    return page;
  });
}

/** A page of the directory for a filter; the text typed is sent once the typing pauses. */
export function useUnitPage(filter: UnitFilter, options: { debounceMs?: number; enabled?: boolean } = {}) {
  const [q] = useDebouncedValue(filter.q ?? '', options.debounceMs ?? 250);
  const settled = { ...filter, q };
  return useQuery({
    queryKey: ['units', settled], enabled: options.enabled ?? true, staleTime: 30_000,
    queryFn: ({ signal }) => listUnits(settled, signal),
    placeholderData: (previous) => previous,
  });
}

const labels = new Map<string, string>();

/** "Liên đoàn Lao động thị xã Trảng Bàng (LDLD-TB)" */
export function unitLabel(unit: Pick<UnitRef, 'code' | 'name'>): string {
  return unit.name ? `${unit.name} (${unit.code})` : unit.code;
}

/** Keeps the names of units read elsewhere (a plan's recipients, a search), for the pickers to show. */
export function remember(units: Pick<UnitRef, 'code' | 'name'>[]): void {
  units.forEach((unit) => { if (unit.name) labels.set(unit.code, unitLabel(unit)); });
}

/** The label of each code: remembered, else read from the directory (a few at most), else the code itself. */
export function useUnitLabels(codes: string[]): (code: string) => string {
  const unknown = [...new Set(codes)].filter((code) => code && !labels.has(code)).slice(0, MAX_LOOKUPS);
  const found = useQueries({
    queries: unknown.map((code) => ({
      queryKey: ['unit', code], staleTime: 300_000, retry: false,
      queryFn: () => api.get<Unit>(`/api/units/${encodeURIComponent(code)}`).then((unit) => { remember([unit]); return unit; }),
    })),
  });
  const byCode = new Map(found.flatMap((result) => (result.data ? [[result.data.code, unitLabel(result.data)] as const] : [])));
  return (code: string) => labels.get(code) ?? byCode.get(code) ?? code;
}
