import { Anchor, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api } from '../../api/http';
import type { Plan } from '../../api/types';

/** "Triển khai Kế hoạch số 95/KH-LĐLĐ": the plan an implementing plan carries out, read for its number, linked. */
export function ImplementsLine({ planId }: { planId: string }) {
  const parent = useQuery({ queryKey: ['plan', planId], retry: false, queryFn: () => api.get<Plan>(`/api/plans/${planId}`) });
  if (parent.isLoading) return <Text size="sm" c="dimmed">Triển khai kế hoạch của cấp trên…</Text>;
  if (!parent.data) return <Text size="sm">Triển khai kế hoạch của cấp trên</Text>;
  const plan = parent.data;
  return (
    <Text size="sm" data-testid="implements">
      Triển khai{' '}
      <Anchor component={Link} to={`/plans/${planId}`}>Kế hoạch số {plan.number ?? '(chưa có số)'}</Anchor>
      {' '}của {plan.issuer.name ?? plan.issuer.code} {plan.title}
    </Text>
  );
}
