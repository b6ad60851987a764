import { useState, type FormEvent } from 'react';
import { ActionIcon, Badge, Button, Group, Loader, Modal, Pagination, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../api/http';
import type { Unit, UnitKind } from '../../api/types';
import { listUnits, useUnitPage } from '../../api/units';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitSelect } from '../../components/UnitPicker';
import { VirtualTable } from '../../components/VirtualTable';
import { UNIT_KIND } from '../../lib/labels';

/** Units per page of the list, and per step of a branch of the tree. */
const PAGE = 50;
const BRANCH = 100;

/**
 * The units directory: searched on the server without diacritics a page at a time, the hierarchy as a tree opened
 * branch by branch (20,000 units are never read at once); create, edit, deactivate.
 */
export default function UnitsPage() {
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [view, setView] = useState('list');
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const client = useQueryClient();
  const units = useUnitPage({ q: search, page: page - 1, size: PAGE }, { enabled: view === 'list' });
  const shown = units.data?.content ?? [];
  const total = units.data?.totalElements ?? 0;
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
        {view === 'list' ? (
          <TextInput label="Tìm đơn vị (có dấu hoặc không dấu)" placeholder="ví dụ: trang bang" value={search}
            onChange={(e) => { setSearch(e.currentTarget.value); setPage(1); }} />
        ) : <Text size="sm" c="dimmed">Bấm vào dấu ▸ để mở các đơn vị trực thuộc.</Text>}
        <SegmentedControl value={view} onChange={setView} aria-label="Cách xem"
          data={[{ value: 'list', label: 'Danh sách' }, { value: 'tree', label: 'Cây tổ chức' }]} />
      </Group>
      <ProblemAlert error={units.error ?? failure} />
      {view === 'list' ? (units.isLoading ? <Loader role="status" aria-label="Đang tải" /> : <>
        <Text size="sm" c="dimmed" aria-live="polite">{total.toLocaleString('vi-VN')} đơn vị</Text>
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
        {total > PAGE && (
          <Pagination total={Math.ceil(total / PAGE)} value={page} onChange={setPage}
            getControlProps={(control) => ({ 'aria-label': control === 'next' ? 'Trang sau' : 'Trang trước' })} />
        )}
      </>) : (
        <nav aria-label="Cây tổ chức"><Branch kind="PROVINCIAL_FEDERATION" onOpen={setEditing} /></nav>
      )}
      {editing && <UnitForm unit={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

/** The units right below a unit (or the province federations at the top), read when the branch is opened. */
function Branch({ parent, kind, onOpen }: { parent?: string; kind?: UnitKind; onOpen: (unit: Unit) => void }) {
  const [pages, setPages] = useState(1);
  const children = useQuery({
    queryKey: ['units', 'branch', parent ?? kind, pages],
    queryFn: async () => {
      const read = await Promise.all(Array.from({ length: pages }, (_, page) => listUnits({ parent, kind, page, size: BRANCH })));
      return { units: read.flatMap((p) => p.content), total: read[0]?.totalElements ?? 0 };
    },
    placeholderData: (previous) => previous,
  });
  if (children.isLoading) return <Loader size="xs" role="status" aria-label="Đang tải" />;
  if (children.error) return <ProblemAlert error={children.error} />;
  const { units, total } = children.data!;
  return (
    <ul className="unit-tree">
      {units.map((unit) => <Node key={unit.code} unit={unit} onOpen={onOpen} />)}
      {total > units.length && (
        <li><Button size="compact-xs" variant="subtle" onClick={() => setPages(pages + 1)}>
          Xem thêm ({(total - units.length).toLocaleString('vi-VN')} đơn vị nữa)</Button></li>
      )}
    </ul>
  );
}

function Node({ unit, onOpen }: { unit: Unit; onOpen: (unit: Unit) => void }) {
  const [open, setOpen] = useState(unit.kind === 'PROVINCIAL_FEDERATION');
  const leaf = unit.kind === 'GRASSROOTS_UNION';
  return (
    <li>
      <Group gap={4} wrap="nowrap">
        {!leaf && (
          <ActionIcon size="xs" variant="subtle" aria-expanded={open} onClick={() => setOpen(!open)}
            aria-label={`${open ? 'Đóng' : 'Mở'} các đơn vị trực thuộc ${unit.name}`}>{open ? '▾' : '▸'}</ActionIcon>
        )}
        <UnstyledButton onClick={() => onOpen(unit)} c={unit.active ? undefined : 'dimmed'}>
          {unit.name} <Text span size="xs" c="dimmed">({unit.code})</Text>
        </UnstyledButton>
      </Group>
      {open && <Branch parent={unit.code} onOpen={onOpen} />}
    </li>
  );
}

function UnitForm({ unit, onClose }: { unit: Unit | null; onClose: () => void }) {
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
          <UnitSelect label="Đơn vị cấp trên" clearable includeInactive value={form.parentCode} error={errors.parentCode}
            exclude={form.code ? [form.code] : []} onChange={(parentCode) => set({ parentCode })} />
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
