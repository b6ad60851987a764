import { useState } from 'react';
import { Badge, Button, Card, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from '../../api/http';
import type { InboxPage } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../lib/format';

/** My unit's notifications, newest first, with read marks. */
export default function Inbox() {
  const [filter, setFilter] = useState('all');
  const client = useQueryClient();
  const inbox = useQuery({
    queryKey: ['inbox', filter],
    queryFn: () => api.get<InboxPage>(`/api/notifications${query({ unread: filter === 'unread' ? true : undefined, size: 50 })}`),
  });
  const [failure, setFailure] = useState<unknown>(null);
  const markRead = async (id: string) => {
    try {
      await api.post(`/api/notifications/${id}/read`);
      await client.invalidateQueries({ queryKey: ['inbox'] });
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <Stack maw={860}>
      <Title order={2}>Thông báo của đơn vị</Title>
      <SegmentedControl value={filter} onChange={setFilter} aria-label="Lọc thông báo"
        data={[{ value: 'all', label: 'Tất cả' }, { value: 'unread', label: 'Chưa đọc' }]} />
      <ProblemAlert error={inbox.error ?? failure} />
      {inbox.isLoading && <Loader role="status" aria-label="Đang tải" />}
      {inbox.data?.items.length === 0 && <Text c="dimmed">Không có thông báo.</Text>}
      {inbox.data?.items.map((entry) => (
        <Card key={entry.id} withBorder bg={entry.readAt ? undefined : 'blue.0'}>
          <Stack gap={4}>
            <Group justify="space-between" wrap="wrap">
              <Text fw={entry.readAt ? 400 : 700}>{entry.title}</Text>
              {entry.readAt ? <Badge color="gray" variant="light">Đã đọc {formatDateTime(entry.readAt)}</Badge>
                : <Badge color="blue">Chưa đọc</Badge>}
            </Group>
            <Text size="sm" c="dimmed">{formatDateTime(entry.createdAt)}</Text>
            <Text size="sm" className="doc-preview">{entry.body}</Text>
            {!entry.readAt && (
              <Group><Button size="xs" variant="light" onClick={() => void markRead(entry.id)}>Đánh dấu đã đọc</Button></Group>
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
