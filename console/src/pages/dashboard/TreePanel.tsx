import { useMemo, useState } from 'react';
import { Alert, Anchor, Badge, Loader, Progress, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api } from '../../api/http';
import type { PlanTree } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { VirtualTable } from '../../components/VirtualTable';
import { depthOf, levelRows, treeUnitRows } from '../../lib/cascade';
import { formatInteger, formatPercent } from '../../lib/format';

/**
 * "Theo cấp": how far each level of the plan has got — the units it was sent to, the units of their implementing
 * plans, and so on down — and each unit with its implementing plan's progress.
 */
export function TreePanel({ base, refreshMs, linkPlans }: { base: string; refreshMs: number; linkPlans: boolean }) {
  const tree = useQuery({ queryKey: ['tree', base], queryFn: () => api.get<PlanTree>(`${base}/tree`), refetchInterval: refreshMs });
  const [search, setSearch] = useState('');
  const levels = useMemo(() => (tree.data ? levelRows(tree.data) : []), [tree.data]);
  const units = useMemo(() => (tree.data ? treeUnitRows(tree.data, search) : []), [tree.data, search]);
  if (tree.isLoading) return <Loader role="status" aria-label="Đang tải" />;
  if (tree.error) return <ProblemAlert error={tree.error} title="Chưa đọc được tiến độ theo cấp" />;
  const depth = depthOf(tree.data!);
  return (
    <Stack>
      <Text size="sm" data-testid="tree-depth">
        {depth > 1 ? `Kế hoạch đã được triển khai xuống ${depth} cấp.` : 'Chưa có đơn vị nào ban hành kế hoạch triển khai kế hoạch này.'}
      </Text>
      <Table.ScrollContainer minWidth={760}>
        <Table striped aria-label="Tiến độ theo cấp">
          <Table.Thead><Table.Tr><Table.Th>Cấp</Table.Th><Table.Th ta="right">Số kế hoạch</Table.Th>
            <Table.Th ta="right">Phải báo cáo</Table.Th><Table.Th ta="right">Đã báo cáo</Table.Th><Table.Th ta="right">Đã duyệt</Table.Th>
            <Table.Th ta="right">Trả lại</Table.Th><Table.Th ta="right">Đúng hạn</Table.Th><Table.Th ta="right">Trễ hạn</Table.Th>
            <Table.Th ta="right">Chưa báo cáo</Table.Th><Table.Th miw={140}>Tỷ lệ đầy đủ</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>{levels.map((level) => (
            <Table.Tr key={level.depth} data-testid={`level-${level.depth}`}>
              <Table.Td>{level.label}</Table.Td>
              <Table.Td ta="right">{formatInteger(level.plans)}</Table.Td>
              <Table.Td ta="right">{formatInteger(level.expected)}</Table.Td>
              <Table.Td ta="right">{formatInteger(level.submitted)}</Table.Td>
              <Table.Td ta="right">{formatInteger(level.accepted)}</Table.Td>
              <Table.Td ta="right">{formatInteger(level.returned)}</Table.Td>
              <Table.Td ta="right">{formatInteger(level.onTime)}</Table.Td>
              <Table.Td ta="right">{formatInteger(level.late)}</Table.Td>
              <Table.Td ta="right">{formatInteger(level.missing)}</Table.Td>
              <Table.Td>
                <Text size="sm">{level.completeness == null ? '—' : formatPercent(level.completeness)}</Text>
                <Progress value={(level.completeness ?? 0) * 100} size="sm" color="green"
                  aria-label={`Tỷ lệ đầy đủ ${level.label}`} />
              </Table.Td>
            </Table.Tr>
          ))}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={3} size="h5">Đơn vị nhận kế hoạch và kế hoạch triển khai của đơn vị</Title>
      {(tree.data!.units ?? []).length > 10 && (
        <TextInput label="Tìm đơn vị hoặc số kế hoạch triển khai" placeholder="có dấu hoặc không dấu" value={search}
          onChange={(e) => setSearch(e.currentTarget.value)} />
      )}
      {units.length === 0 ? <Alert color="gray">Không có đơn vị nào.</Alert> : (
        <VirtualTable label="Đơn vị và kế hoạch triển khai" rows={units} rowKey={(u) => u.code} rowHeight={64} height={480} columns={[
          { header: 'Đơn vị', width: 'minmax(160px, 3fr)', cell: (u) => <Text size="sm">{u.name}</Text> },
          { header: 'Báo cáo của đơn vị', width: 'minmax(110px, 1.3fr)', cell: (u) => (
            <Stack gap={2}>
              <Badge size="sm" color={u.statusColor}>{u.statusLabel}</Badge>
              {u.onTime != null && <Text size="xs" c={u.onTime ? 'green.8' : 'red.8'}>{u.onTime ? 'Đúng hạn' : 'Trễ hạn'}</Text>}
            </Stack>) },
          { header: 'Kế hoạch triển khai', width: 'minmax(110px, 1.3fr)', cell: (u) => (!u.implementing
            ? <Text size="sm" c="dimmed">Chưa có</Text>
            : linkPlans ? <Anchor component={Link} to={`/dashboards/${u.implementing.planId}`} size="sm">Số {u.implementing.number}</Anchor>
              : <Text size="sm">Số {u.implementing.number}</Text>) },
          { header: 'Tiến độ đơn vị cấp dưới', width: 'minmax(180px, 2.6fr)', cell: (u) => (u.implementing ? (
            <Stack gap={2} w="100%">
              <Text size="xs">{u.implementing.summary}</Text>
              <Progress value={(u.implementing.completeness ?? 0) * 100} size="sm" color="green"
                aria-label={`Tiến độ kế hoạch triển khai của ${u.name}`} />
            </Stack>) : '') },
        ]} />
      )}
    </Stack>
  );
}
