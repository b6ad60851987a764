import { useMemo, useState, type FormEvent } from 'react';
import { Badge, Button, Group, Loader, Modal, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../api/http';
import type { Unit, UnitKind } from '../../api/types';
import { useUnits } from '../../api/units';
import { ProblemAlert } from '../../components/ProblemAlert';
import { VirtualTable } from '../../components/VirtualTable';
import { UNIT_KIND } from '../../lib/labels';
import { matches } from '../../lib/text';

/** The units directory: search without diacritics, the hierarchy as a tree, create, edit, deactivate. */
export default function UnitsPage() {
  const units = useUnits();
  const [search, setSearch] = useState('');
  const [view, setView] = useState('list');
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const client = useQueryClient();
  const all = units.data ?? [];
  const shown = useMemo(() => all.filter((u) => !search || matches(`${u.code} ${u.name} ${u.shortName ?? ''}`, search)), [all, search]);
  const toggle = async (unit: Unit) => {
    setFailure(null);
    try {
      await api.post(`/api/units/${unit.code}/${unit.active ? 'deactivate' : 'activate'}`, undefined, { 'If-Match': `"${unit.version}"` });
      await client.invalidateQueries({ queryKey: ['units'] });
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Danh mục đơn vị</Title>
        <Button onClick={() => setEditing('new')}>Thêm đơn vị</Button>
      </Group>
      <Group align="flex-end" grow>
        <TextInput label="Tìm đơn vị (có dấu hoặc không dấu)" placeholder="ví dụ: trang bang" value={search}
          onChange={(e) => setSearch(e.currentTarget.value)} />
        <SegmentedControl value={view} onChange={setView} aria-label="Cách xem"
          data={[{ value: 'list', label: 'Danh sách' }, { value: 'tree', label: 'Cây tổ chức' }]} />
      </Group>
      <ProblemAlert error={units.error ?? failure} />
      {units.isLoading ? <Loader role="status" aria-label="Đang tải" /> : view === 'list' ? (
        <VirtualTable label="Danh mục đơn vị" rows={shown} rowKey={(u) => u.code} rowHeight={52} height={560} columns={[
          { header: 'Mã', width: 'minmax(90px, 1fr)', cell: (u) => u.code },
          { header: 'Tên đơn vị', width: 'minmax(160px, 3fr)', cell: (u) => <UnstyledButton onClick={() => setEditing(u)} c="blue.8" td="underline">{u.name}</UnstyledButton> },
          { header: 'Loại', width: 'minmax(100px, 2fr)', cell: (u) => <Text size="sm">{UNIT_KIND[u.kind]}</Text> },
          { header: 'Trạng thái', width: 'minmax(150px, 2fr)', cell: (u) => (
            <Group gap={4} wrap="nowrap">
              <Badge size="sm" color={u.active ? 'green' : 'gray'}>{u.active ? 'Hoạt động' : 'Ngừng'}</Badge>
              <Button size="compact-xs" variant="subtle" color={u.active ? 'red' : 'green'} onClick={() => void toggle(u)}
                aria-label={`${u.active ? 'Ngừng hoạt động' : 'Hoạt động lại'}: ${u.name}`}>{u.active ? 'Ngừng' : 'Mở lại'}</Button>
            </Group>) },
        ]} />
      ) : (
        <Tree units={shown} all={all} onOpen={setEditing} />
      )}
      {editing && <UnitForm unit={editing === 'new' ? null : editing} units={all} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function Tree({ units, all, onOpen }: { units: Unit[]; all: Unit[]; onOpen: (unit: Unit) => void }) {
  const visible = new Set(units.map((u) => u.code));
  const codes = new Set(all.map((u) => u.code));
  const children = (parent: string | null) => all.filter((u) => (u.parentCode && codes.has(u.parentCode) ? u.parentCode : null) === parent);
  const render = (list: Unit[]): React.ReactNode => (
    <ul className="unit-tree">
      {list.map((u) => {
        const below = children(u.code);
        const shownBelow = below.some(function any(c: Unit): boolean { return visible.has(c.code) || children(c.code).some(any); });
        if (!visible.has(u.code) && !shownBelow) return null;
        return (
          <li key={u.code}>
            <UnstyledButton onClick={() => onOpen(u)} c={u.active ? undefined : 'dimmed'}>
              {u.name} <Text span size="xs" c="dimmed">({u.code})</Text>
            </UnstyledButton>
            {below.length > 0 && render(below)}
          </li>
        );
      })}
    </ul>
  );
  return <nav aria-label="Cây tổ chức">{render(children(null))}</nav>;
}

function UnitForm({ unit, units, onClose }: { unit: Unit | null; units: Unit[]; onClose: () => void }) {
  const [form, setForm] = useState({ code: unit?.code ?? '', name: unit?.name ?? '', shortName: unit?.shortName ?? '',
    kind: (unit?.kind ?? 'GRASSROOTS_UNION') as UnitKind, parentCode: unit?.parentCode ?? null, email: unit?.email ?? '',
    webhookUrl: unit?.webhookUrl ?? '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const client = useQueryClient();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { ...form, shortName: form.shortName || null, webhookUrl: form.webhookUrl || null, email: form.email || null };
    try {
      if (unit) await api.put(`/api/units/${unit.code}`, body, { 'If-Match': `"${unit.version}"` });
      else await api.post('/api/units', body);
      await client.invalidateQueries({ queryKey: ['units'] });
      onClose();
    } catch (error) {
      if (error instanceof ApiError) setErrors(error.shown.fields);
      setFailure(error);
    }
  };
  const set = (change: Partial<typeof form>) => setForm((current) => ({ ...current, ...change }));
  return (
    <Modal opened onClose={onClose} title={unit ? `Sửa đơn vị ${unit.code}` : 'Thêm đơn vị'} size="lg">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Mã đơn vị" withAsterisk disabled={!!unit} value={form.code} error={errors.code}
              description="Chữ in hoa, số, dấu gạch (ví dụ CDCS-ABC)" onChange={(e) => set({ code: e.currentTarget.value.toUpperCase() })} />
            <Select label="Loại đơn vị" withAsterisk value={form.kind} allowDeselect={false} error={errors.kind}
              data={Object.entries(UNIT_KIND).map(([value, label]) => ({ value, label }))} onChange={(kind) => set({ kind: kind as UnitKind })} />
          </SimpleGrid>
          <TextInput label="Tên đơn vị" withAsterisk value={form.name} error={errors.name} onChange={(e) => set({ name: e.currentTarget.value })} />
          <TextInput label="Tên viết tắt" value={form.shortName} error={errors.shortName} onChange={(e) => set({ shortName: e.currentTarget.value })} />
          <Select label="Đơn vị cấp trên" clearable searchable value={form.parentCode} error={errors.parentCode}
            data={units.filter((u) => u.code !== form.code).map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))}
            filter={({ options, search }) => options.filter((o: any) => matches(o.label, search))}
            onChange={(parentCode) => set({ parentCode })} />
          <TextInput label="E-mail" withAsterisk type="email" value={form.email} error={errors.email} onChange={(e) => set({ email: e.currentTarget.value })} />
          <TextInput label="Địa chỉ webhook" value={form.webhookUrl} error={errors.webhookUrl} onChange={(e) => set({ webhookUrl: e.currentTarget.value })} />
          <ProblemAlert error={failure} title="Chưa lưu được" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Thôi</Button>
            <Button type="submit">Lưu</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
