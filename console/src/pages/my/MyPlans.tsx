import { Alert, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api, query } from '../../api/http';
import type { Plan, PlanPage, RecipientPage, ReportPage } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime, timeLeft } from '../../lib/format';
import { REPORT_STATUS, REPORT_STATUS_COLOR } from '../../lib/labels';
import { useSession } from '../../session/session';

/** The published plans addressed to my unit, each phase with its deadline, the time left and my report. */
export default function MyPlans() {
  const { user } = useSession();
  const unit = user?.unit ?? '';
  const plans = useQuery({
    queryKey: ['my-plans'],
    queryFn: async () => {
      const page = await api.get<PlanPage>(`/api/plans${query({ status: 'PUBLISHED', size: 100 })}`);
      // my unit's role: listed in the plan or selected by one of its rules
      return Promise.all(page.content.map(async (summary) => {
        const [plan, mine] = await Promise.all([api.get<Plan>(`/api/plans/${summary.id}`),
          api.get<RecipientPage>(`/api/plans/${summary.id}/recipients${query({ unit })}`)]);
        return { ...plan, myRole: mine.content[0]?.role };
      }));
    },
  });
  const reports = useQuery({
    queryKey: ['my-reports', unit],
    queryFn: () => api.get<ReportPage>(`/api/reports${query({ unit, size: 500 })}`),
  });
  if (plans.isLoading) return <Loader role="status" aria-label="Đang tải" />;
  const mine = new Map((reports.data?.items ?? []).map((r) => [`${r.planId}/${r.phaseNumber}`, r]));
  return (
    <Stack>
      <Title order={2}>Kế hoạch gửi đơn vị</Title>
      <ProblemAlert error={plans.error} />
      {plans.data?.length === 0 && <Alert color="gray">Chưa có kế hoạch nào gửi đơn vị.</Alert>}
      {plans.data?.map((plan) => {
        const mustReport = plan.myRole === 'MUST_REPORT';
        return (
          <Card key={plan.id} withBorder>
            <Stack gap="xs">
              <Text size="sm" c="dimmed">Kế hoạch số {plan.number} · {plan.place}, ngày {formatDate(plan.issuedOn)}</Text>
              <Title order={3} size="h4">{plan.documentType} {plan.title}</Title>
              {!mustReport && <Badge color="gray" variant="light">Gửi để biết, không phải báo cáo</Badge>}
              {mustReport && plan.phases.map((phase) => {
                const report = mine.get(`${plan.id}/${phase.number}`);
                const late = new Date(phase.reportDeadline).getTime() < Date.now();
                return (
                  <Card key={phase.number} withBorder padding="sm" bg="gray.0">
                    <Group justify="space-between" wrap="wrap" gap="xs">
                      <div>
                        <Text fw={600}>{phase.name ?? `Đợt ${phase.number}`}</Text>
                        <Text size="sm">Hạn báo cáo: trước {formatDateTime(phase.reportDeadline)}</Text>
                        {!report && (
                          <Text size="sm" c={late ? 'red.8' : 'blue.8'} fw={500}>{timeLeft(phase.reportDeadline)}</Text>
                        )}
                      </div>
                      {report ? (
                        <Group gap="xs">
                          <Badge color={REPORT_STATUS_COLOR[report.status]}>{REPORT_STATUS[report.status]}</Badge>
                          <Button component={Link} to={`/reports/${report.id}`} variant="light" size="sm">
                            Xem báo cáo {phase.name ?? `đợt ${phase.number}`}
                          </Button>
                        </Group>
                      ) : (
                        <Button component={Link} to={`/my/plans/${plan.id}/phases/${phase.number}`} size="sm">
                          Lập báo cáo {phase.name ?? `đợt ${phase.number}`}
                        </Button>
                      )}
                    </Group>
                  </Card>
                );
              })}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
