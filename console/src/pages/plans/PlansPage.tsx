import { useState } from 'react';
import { Anchor, Badge, Button, Group, Loader, Pagination, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api, query } from '../../api/http';
import type { PlanPage, PlanStatus } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../lib/format';
import { useSession } from '../../session/session';
import { PLAN_STATUS, PLAN_STATUS_COLOR } from '../../lib/labels';

const SIZE = 20;

/**
 * Plans, newest first, searched by number or title with or without diacritics. A unit's staff see the plans addressed
 * to their unit and the implementing plans their unit issued.
 */
export default function PlansPage() {
  const { user, has } = useSession();
  const province = has('PROVINCE_STAFF');
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text, 300);
  const [status, setStatus] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const plans = useQuery({
    queryKey: ['plans', q, status, page],
    queryFn: () => api.get<PlanPage>(`/api/plans${query({ q, status, page: page - 1, size: SIZE })}`),
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Kế hoạch</Title>
        {province && <Button component={Link} to="/plans/new">Soạn kế hoạch mới</Button>}
      </Group>
      <Group grow align="flex-end">
        <TextInput label="Tìm theo số hoặc trích yếu" placeholder="ví dụ: dan van" value={text}
          onChange={(event) => { setText(event.currentTarget.value); setPage(1); }} />
        <Select label="Trạng thái" clearable value={status} onChange={(value) => { setStatus(value); setPage(1); }}
          data={Object.entries(PLAN_STATUS).map(([value, label]) => ({ value, label }))} placeholder="Tất cả" />
      </Group>
      <ProblemAlert error={plans.error} />
      {plans.isLoading ? <Loader role="status" aria-label="Đang tải" /> : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped highlightOnHover aria-label="Danh sách kế hoạch">
            <Table.Thead>
              <Table.Tr><Table.Th>Số</Table.Th><Table.Th>Trích yếu</Table.Th>{!province && <Table.Th>Đơn vị ban hành</Table.Th>}<Table.Th>Trạng thái</Table.Th><Table.Th>Ban hành</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plans.data?.content.map((plan) => (
                <Table.Tr key={plan.id}>
                  <Table.Td>{plan.number ?? '—'}</Table.Td>
                  <Table.Td><Anchor component={Link} to={`/plans/${plan.id}`}>{plan.title}</Anchor></Table.Td>
                  {!province && <Table.Td>{plan.issuerCode === user?.unit
                    ? <Badge variant="light" color="violet">Đơn vị mình</Badge> : plan.issuerCode}</Table.Td>}
                  <Table.Td><Badge color={PLAN_STATUS_COLOR[plan.status as PlanStatus]}>{PLAN_STATUS[plan.status as PlanStatus]}</Badge></Table.Td>
                  <Table.Td>{formatDateTime(plan.publishedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {(plans.data?.totalElements ?? 0) > SIZE && (
        <Pagination total={Math.ceil((plans.data?.totalElements ?? 0) / SIZE)} value={page} onChange={setPage}
          getControlProps={(control) => ({ 'aria-label': control === 'next' ? 'Trang sau' : 'Trang trước' })} />
      )}
    </Stack>
  );
}
