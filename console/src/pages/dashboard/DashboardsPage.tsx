import { Anchor, Badge, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api } from '../../api/http';
import type { PlanListing } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../lib/format';

/** The plans whose progress can be followed. */
export default function DashboardsPage() {
  const plans = useQuery({ queryKey: ['analytics-plans'], queryFn: () => api.get<PlanListing[]>('/api/analytics/plans') });
  return (
    <Stack>
      <Title order={2}>Theo dõi tiến độ báo cáo</Title>
      <ProblemAlert error={plans.error} />
      {plans.isLoading && <Loader role="status" aria-label="Đang tải" />}
      {plans.data?.length === 0 && <Text c="dimmed">Chưa có kế hoạch nào được ban hành.</Text>}
      {plans.data?.map((plan) => (
        <Card key={plan.planId} withBorder>
          <Group justify="space-between" wrap="wrap">
            <div>
              <Text size="sm" c="dimmed">Kế hoạch số {plan.number}</Text>
              <Anchor component={Link} to={`/dashboards/${plan.planId}`} fw={600}>{plan.title}</Anchor>
              {plan.implementsPlanId && <Text size="sm" c="dimmed">Kế hoạch triển khai{plan.issuer ? ` của ${plan.issuer}` : ''}</Text>}
              {plan.phases.map((p) => (
                <Text key={p.number} size="sm">{p.name ?? `Đợt ${p.number}`}: hạn trước {formatDateTime(p.reportDeadline)}</Text>
              ))}
            </div>
            <Badge color={plan.status === 'PUBLISHED' ? 'green' : 'gray'}>
              {plan.status === 'PUBLISHED' ? 'Đang thực hiện' : plan.status === 'CLOSED' ? 'Đã kết thúc' : 'Đã hủy'}
            </Badge>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
