import { useState } from 'react';
import { Badge, Button, Code, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from '../../api/http';
import type { WebhookReview, WebhookStatus } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { VirtualTable } from '../../components/VirtualTable';
import { formatDateTime } from '../../lib/format';
import { WEBHOOK_STATUS, WEBHOOK_STATUS_COLOR } from '../../lib/labels';

/**
 * The units' webhook addresses for province staff: nothing is posted to an address a unit set until staff approve it
 * here; an approval can be withdrawn.
 */
export default function WebhooksPage() {
  const [status, setStatus] = useState<WebhookStatus | 'ALL'>('PENDING_APPROVAL');
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const client = useQueryClient();
  const webhooks = useQuery({
    queryKey: ['webhooks', status],
    queryFn: () => api.get<WebhookReview[]>(`/api/notifications/webhooks${query({ status: status === 'ALL' ? null : status })}`),
  });
  const act = async (webhook: WebhookReview, approve: boolean) => {
    setFailure(null);
    setDone(null);
    try {
      if (approve) await api.post(`/api/notifications/webhooks/${webhook.unitCode}/approval`, { webhookUrl: webhook.webhookUrl });
      else await api.delete(`/api/notifications/webhooks/${webhook.unitCode}/approval`);
      setDone(approve ? `Đã duyệt webhook của ${webhook.unitCode}.` : `Đã thu hồi duyệt webhook của ${webhook.unitCode}.`);
    } catch (error) {
      setFailure(error);
    }
    // after a 409 (the unit changed its address meanwhile) the list shows the new address to review
    await client.invalidateQueries({ queryKey: ['webhooks'] });
  };
  const rows = webhooks.data ?? [];
  return (
    <Stack>
      <Title order={2}>Duyệt webhook của đơn vị</Title>
      <Text size="sm" c="dimmed">
        Hệ thống chỉ gửi thông báo tới địa chỉ webhook của đơn vị sau khi LĐLĐ tỉnh duyệt đúng địa chỉ đó. Đơn vị đổi địa
        chỉ thì phải duyệt lại.
      </Text>
      <SegmentedControl value={status} onChange={(value) => setStatus(value as WebhookStatus | 'ALL')} aria-label="Trạng thái"
        data={[{ value: 'PENDING_APPROVAL', label: 'Chờ duyệt' }, { value: 'APPROVED', label: 'Đã duyệt' },
          { value: 'ALL', label: 'Tất cả' }]} />
      <ProblemAlert error={webhooks.error ?? failure} />
      {done && <Text role="status" c="green.8">{done}</Text>}
      {webhooks.isLoading ? <Loader role="status" aria-label="Đang tải" /> : rows.length === 0 ? (
        <Text c="dimmed">Không có webhook nào.</Text>
      ) : (
        <VirtualTable label="Webhook của các đơn vị" rows={rows} rowKey={(w) => w.unitCode} rowHeight={64} columns={[
          { header: 'Đơn vị', width: 'minmax(90px, 1fr)', cell: (w) => w.unitCode },
          { header: 'Địa chỉ', width: 'minmax(180px, 3fr)', cell: (w) => <Code style={{ wordBreak: 'break-all' }}>{w.webhookUrl}</Code> },
          { header: 'Trạng thái', width: 'minmax(150px, 2fr)', cell: (w) => (
            <Stack gap={0}>
              <Badge size="sm" color={WEBHOOK_STATUS_COLOR[w.status]}>{WEBHOOK_STATUS[w.status]}</Badge>
              {w.approvedAt && <Text size="xs" c="dimmed">{w.approvedBy}, {formatDateTime(w.approvedAt)}</Text>}
            </Stack>) },
          { header: 'Thao tác', width: 'minmax(110px, 1fr)', cell: (w) => (
            <Group gap={4}>
              {w.status === 'PENDING_APPROVAL' && (
                <Button size="compact-xs" color="green" onClick={() => void act(w, true)}
                  aria-label={`Duyệt webhook của ${w.unitCode}`}>Duyệt</Button>
              )}
              {w.status === 'APPROVED' && (
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => void act(w, false)}
                  aria-label={`Thu hồi duyệt webhook của ${w.unitCode}`}>Thu hồi</Button>
              )}
            </Group>) },
        ]} />
      )}
    </Stack>
  );
}
