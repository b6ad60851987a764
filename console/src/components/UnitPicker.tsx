// Choosing units from the directory by searching it on the server as one types (with or without diacritics): the
// directory may hold 20,000 units, so the page never loads it whole. A unit staff's search finds its own unit and the
// units below it (the server filters the directory by who asks).
import { useMemo, useState } from 'react';
import { MultiSelect, Select, type ComboboxItem } from '@mantine/core';
import type { UnitKind } from '../api/types';
import { unitLabel, useUnitLabels, useUnitPage } from '../api/units';

interface Common {
  label: string; error?: string; disabled?: boolean; placeholder?: string; withAsterisk?: boolean; miw?: number;
  'data-path'?: string; description?: string; kind?: UnitKind | null;
  /** Codes not to offer (e.g. a unit as its own parent). */
  exclude?: string[];
  /** Inactive units offered too (the directory page's parent picker keeps them out, as plans do). */
  includeInactive?: boolean;
}

const SHOW_ALL = ({ options }: { options: ComboboxItem[] | any[] }) => options;

function useOptions(search: string, opened: boolean, chosen: string[], common: Common) {
  const found = useUnitPage({ q: search, kind: common.kind, active: common.includeInactive ? undefined : true },
    { enabled: opened || search.trim() !== '' });
  const label = useUnitLabels(chosen);
  const options = useMemo(() => {
    const byCode = new Map<string, ComboboxItem>();
    chosen.forEach((code) => byCode.set(code, { value: code, label: label(code) }));
    (found.data?.content ?? []).filter((unit) => !(common.exclude ?? []).includes(unit.code))
      .forEach((unit) => { if (!byCode.has(unit.code)) byCode.set(unit.code, { value: unit.code, label: unitLabel(unit) }); });
    return [...byCode.values()];
  }, [chosen, label, found.data, common.exclude]);
  return { options, loading: found.isFetching };
}

/** One unit of the directory, found by typing part of its name or code. */
export function UnitSelect({ value, onChange, clearable, ...common }: Common & {
  value: string | null; onChange: (code: string | null) => void; clearable?: boolean;
}) {
  const [search, setSearch] = useState('');
  const [opened, setOpened] = useState(false);
  const label = useUnitLabels(value ? [value] : []);
  // the text shown is the chosen unit's label until the user types something else
  const typed = value && search === label(value) ? '' : search;
  const { options } = useOptions(typed, opened, value ? [value] : [], common);
  return (
    <Select label={common.label} data={options} value={value} searchable clearable={clearable} filter={SHOW_ALL}
      error={common.error} disabled={common.disabled} placeholder={common.placeholder ?? 'Gõ tên hoặc mã đơn vị'}
      withAsterisk={common.withAsterisk} miw={common.miw} data-path={common['data-path']}
      description={common.description} onSearchChange={setSearch}
      onDropdownOpen={() => setOpened(true)} onDropdownClose={() => setOpened(false)}
      nothingFoundMessage={opened ? 'Không tìm thấy đơn vị' : undefined}
      onChange={(code) => onChange(code)} />
  );
}

/** Several units of the directory, found by typing. */
export function UnitMultiSelect({ value, onChange, ...common }: Common & { value: string[]; onChange: (codes: string[]) => void }) {
  const [search, setSearch] = useState('');
  const [opened, setOpened] = useState(false);
  const { options } = useOptions(search, opened, value, common);
  return (
    <MultiSelect label={common.label} data={options} value={value} searchable filter={SHOW_ALL} searchValue={search}
      onSearchChange={setSearch} error={common.error} disabled={common.disabled}
      placeholder={common.placeholder ?? 'Gõ tên hoặc mã đơn vị, có dấu hoặc không dấu'} miw={common.miw}
      data-path={common['data-path']} description={common.description}
      onDropdownOpen={() => setOpened(true)} onDropdownClose={() => setOpened(false)}
      nothingFoundMessage={opened ? 'Không tìm thấy đơn vị' : undefined}
      onChange={onChange} />
  );
}
