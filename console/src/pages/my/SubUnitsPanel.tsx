import { Alert, Anchor, Badge, Button, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { SubUnitFigures } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../lib/format';
import { NOT_ACCEPTED_COLOR, NOT_ACCEPTED_STATUS, type PrefillNote } from '../../report/prefill';

/**
 * A district's report from its sub-units: the button that fills the form with their accepted figures, then where
 * the figures came from and which units have no accepted report yet ("Chưa được duyệt").
 */
export function SubUnitsPanel({ available, note, loading, failure, onFill, onUndo }: {
  available?: SubUnitFigures; note: PrefillNote | null; loading: boolean; failure: unknown; onFill: () => void;
  onUndo?: () => void;
}) {
  const plans = note?.implementingPlans ?? available?.implementingPlans ?? [];
  // with several implementing plans, each unit not accepted yet is named with the plan that addresses it
  const planNumber = (planId?: string) => (plans.length > 1 && planId
    ? ` · Kế hoạch số ${plans.find((p) => p.planId === planId)?.number ?? '…'}` : '');
  return (
    <Card component="section" withBorder padding="sm" aria-label="Số liệu từ đơn vị cấp dưới">
      <Stack gap="xs">
        <Title order={3} size="h5">Số liệu từ đơn vị cấp dưới</Title>
        <Text size="sm">
          Đơn vị đã triển khai kế hoạch này cho cấp dưới ({plans.map((p) => `Kế hoạch số ${p.number ?? '…'}`).join(', ')}).
          Có thể lấy tổng số liệu và nội dung các báo cáo đã được duyệt của đơn vị cấp dưới để điền vào báo cáo,
          rồi xem lại, sửa và gửi như thường lệ.
        </Text>
        <Group gap="xs">
          <Button variant="light" onClick={onFill} loading={loading}>Lấy số liệu từ đơn vị cấp dưới</Button>
          {onUndo && <Button variant="subtle" onClick={onUndo}>Hoàn tác</Button>}
        </Group>
        <ProblemAlert error={failure} title="Chưa lấy được số liệu" />
        {note && <>
          <Text size="sm" role="status" data-testid="prefill-summary">
            Đã điền {note.filled.length} mục lúc {formatDateTime(note.fetchedAt)} từ {note.sources.length} báo cáo đã
            được duyệt. Các ô khác giữ nguyên nội dung đã nhập.
          </Text>
          {note.sources.length === 0 ? (
            <Alert color="gray">Chưa có báo cáo nào của đơn vị cấp dưới được duyệt.</Alert>
          ) : (
            <Table.ScrollContainer minWidth={420}>
              <Table aria-label="Nguồn số liệu">
                <Table.Thead><Table.Tr><Table.Th>Đơn vị</Table.Th><Table.Th>Lần gửi</Table.Th><Table.Th>Được duyệt lúc</Table.Th></Table.Tr></Table.Thead>
                <Table.Tbody>{note.sources.map((source, i) => (
                  <Table.Tr key={`${source.reportId}-${i}`}>
                    <Table.Td><Anchor component={Link} to={`/reports/${source.reportId}`} size="sm">{source.unitName ?? source.unitCode}</Anchor></Table.Td>
                    <Table.Td>{source.revision}</Table.Td>
                    <Table.Td>{formatDateTime(source.acceptedAt)}</Table.Td>
                  </Table.Tr>
                ))}</Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {note.notAccepted.length > 0 && <>
            <Text fw={600} size="sm">Chưa được duyệt ({note.notAccepted.length}): chưa có trong số liệu</Text>
            <List size="sm" aria-label="Đơn vị chưa được duyệt">
              {note.notAccepted.map((unit, i) => (
                <List.Item key={`${unit.unitCode}-${i}`}>
                  {unit.unitName ?? unit.unitCode}{planNumber(unit.planId)}{' '}
                  <Badge size="sm" variant="light" color={NOT_ACCEPTED_COLOR[unit.status] ?? 'gray'}>
                    {NOT_ACCEPTED_STATUS[unit.status] ?? unit.status}</Badge>
                </List.Item>
              ))}
            </List>
          </>}
        </>}
      </Stack>
    </Card>
  );
}
