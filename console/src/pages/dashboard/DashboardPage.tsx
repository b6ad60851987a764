import { lazy, Suspense, useMemo, useState } from 'react';
import { Anchor, Badge, Button, Card, Group, Loader, Select, SimpleGrid, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { api } from '../../api/http';
import type { ParentReviewSummary, PhaseReport, PlanAnalytics, Timeline, UnitStatus } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { VirtualTable } from '../../components/VirtualTable';
import { byDistrict, late, missing } from '../../lib/dashboard';
import { formatDateTime, formatDecimal, formatInteger, formatPercent, formatVnd, timeLeft } from '../../lib/format';
import { UNIT_PROGRESS, UNIT_PROGRESS_COLOR } from '../../lib/labels';
import { timelinessText } from '../../lib/timeliness';
import { matches } from '../../lib/text';
import { useSession } from '../../session/session';
import { TreePanel } from './TreePanel';

// the chart library is loaded with the charts only, after the figures
const DashboardCharts = lazy(() => import('./DashboardCharts'));

/** How often the dashboard asks again: a new report shows within 5 s. */
export const REFRESH_MS = 3000;

/** A plan's live progress for one phase: completeness, timeliness, totals, who is missing or late, charts, exports. */
export default function DashboardPage() {
  const { planId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const phase = Number(params.get('dot') ?? '1');
  const { has } = useSession();
  const base = `/api/analytics/plans/${planId}/phases/${phase}`;
  const plan = useQuery({ queryKey: ['analytics-plan', planId], queryFn: () => api.get<PlanAnalytics>(`/api/analytics/plans/${planId}`) });
  const report = useQuery({ queryKey: ['phase', planId, phase], queryFn: () => api.get<PhaseReport>(base), refetchInterval: REFRESH_MS });
  const units = useQuery({ queryKey: ['phase-units', planId, phase], queryFn: () => api.get<UnitStatus[]>(`${base}/units`), refetchInterval: REFRESH_MS });
  const parentReviews = useQuery({ queryKey: ['parent-reviews', planId, phase], retry: false, refetchInterval: REFRESH_MS,
    queryFn: () => api.get<ParentReviewSummary>(`${base}/parent-reviews`) });
  const timeline = useQuery({ queryKey: ['timeline', planId, phase], queryFn: () => api.get<Timeline>(`${base}/timeline?interval=HOUR`), refetchInterval: REFRESH_MS });
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const rows = units.data ?? [];
  const shown = useMemo(() => rows.filter((u) => (!status || u.status === status) && (!search || matches(`${u.code} ${u.name}`, search))),
    [rows, search, status]);
  const districts = useMemo(() => byDistrict(rows), [rows]);
  const missingUnits = useMemo(() => missing(rows), [rows]);
  const lateUnits = useMemo(() => late(rows), [rows]);
  if (report.isLoading) return <Loader role="status" aria-label="Đang tải" />;
  if (report.error) return <ProblemAlert error={report.error} />;
  const summary = report.data!.summary;
  const phases = plan.data?.phases.map((p) => ({ value: String(p.summary.phaseNumber), label: p.summary.phaseName ?? `Đợt ${p.summary.phaseNumber}` })) ?? [];
  return (
    <Stack>
      <div>
        <Text size="sm" c="dimmed">Kế hoạch số {summary.planNumber}</Text>
        <Title order={2}>Tiến độ báo cáo: {summary.planTitle}</Title>
      </div>
      <Group align="flex-end" wrap="wrap">
        {phases.length > 1 && <Select label="Đợt" data={phases} value={String(phase)} allowDeselect={false}
          onChange={(value) => setParams({ dot: value ?? '1' })} />}
        <Text>Hạn báo cáo: trước <strong>{formatDateTime(summary.reportDeadline)}</strong> ({timeLeft(summary.reportDeadline)})</Text>
        {has('PROVINCE_STAFF', 'UNIT_STAFF') && <Anchor component={Link} to={`/plans/${planId}`}>Xem kế hoạch</Anchor>}
      </Group>
      <Group gap="xs" aria-label="Tải báo cáo tổng hợp">
        <Button component="a" href={`${base}/export.xlsx`} download variant="light">Tải bảng tổng hợp (XLSX)</Button>
        <Button component="a" href={`${base}/export.csv`} download variant="light">Tải dữ liệu (CSV)</Button>
        <Button component="a" href={`${base}/consolidated.docx`} download variant="light">Tải báo cáo tổng hợp (DOCX)</Button>
        <Button component="a" href={`${base}/consolidated.pdf`} download variant="light">Tải báo cáo tổng hợp (PDF)</Button>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} aria-live="polite">
        <Figure label="Phải báo cáo" value={formatInteger(summary.expected)} />
        <Figure label="Đã báo cáo" value={formatInteger(summary.submitted)} testId="submitted-count" />
        <Figure label="Đúng hạn" value={formatInteger(summary.onTime)} />
        <Figure label="Trễ hạn" value={formatInteger(summary.late)} />
        <Figure label="Tỷ lệ đầy đủ" value={formatPercent((summary.completenessRate ?? 0) / 100)} />
        <Figure label="Tỷ lệ đúng hạn" value={formatPercent((summary.timelinessRate ?? 0) / 100)} />
      </SimpleGrid>
      <Text size="sm" c="dimmed">Chưa báo cáo: {summary.missing} · Chờ duyệt: {summary.awaitingReview} · Đã duyệt: {summary.accepted} · Trả lại: {summary.returned} · Cập nhật mỗi {REFRESH_MS / 1000} giây</Text>
      <Tabs defaultValue="units" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="units">Theo đơn vị</Tabs.Tab>
          <Tabs.Tab value="parents">Theo cấp trên</Tabs.Tab>
          <Tabs.Tab value="levels">Theo cấp</Tabs.Tab>
          <Tabs.Tab value="totals">Chỉ tiêu</Tabs.Tab>
          <Tabs.Tab value="missing">Chưa báo cáo ({missingUnits.length})</Tabs.Tab>
          <Tabs.Tab value="late">Trễ hạn ({lateUnits.length})</Tabs.Tab>
          <Tabs.Tab value="charts">Biểu đồ</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="units" pt="sm">
          <Group grow align="flex-end" mb="sm">
            <TextInput label="Tìm đơn vị" value={search} onChange={(e) => setSearch(e.currentTarget.value)} placeholder="có dấu hoặc không dấu" />
            <Select label="Tình trạng" clearable value={status} onChange={setStatus} placeholder="Tất cả"
              data={Object.entries(UNIT_PROGRESS).map(([value, label]) => ({ value, label }))} />
          </Group>
          <UnitTable rows={shown} label="Tình trạng báo cáo theo đơn vị" />
        </Tabs.Panel>
        <Tabs.Panel value="parents" pt="sm">
          <Table.ScrollContainer minWidth={560}>
            <Table striped aria-label="Tổng hợp theo đơn vị cấp trên">
              <Table.Thead><Table.Tr><Table.Th>Đơn vị cấp trên</Table.Th><Table.Th ta="right">Phải báo cáo</Table.Th><Table.Th ta="right">Đã báo cáo</Table.Th>
                <Table.Th ta="right">Đúng hạn</Table.Th><Table.Th ta="right">Trễ</Table.Th><Table.Th ta="right">Tỷ lệ đầy đủ</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>{report.data!.rollups.map((r) => (
                <Table.Tr key={r.unitCode}>
                  <Table.Td style={{ paddingLeft: 8 + r.depth * 16 }}>{r.unitName}</Table.Td>
                  <Table.Td ta="right">{r.expected}</Table.Td><Table.Td ta="right">{r.submitted}</Table.Td>
                  <Table.Td ta="right">{r.onTime}</Table.Td><Table.Td ta="right">{r.late}</Table.Td>
                  <Table.Td ta="right">{formatPercent((r.completenessRate ?? 0) / 100)}</Table.Td>
                </Table.Tr>
              ))}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {parentReviews.data?.reviewBy === 'PARENT' && parentReviews.data.parents.length > 0 && (
            <ParentReviewTable rows={parentReviews.data.parents} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="levels" pt="sm">
          <TreePanel base={base} refreshMs={REFRESH_MS} linkPlans={has('PROVINCE_STAFF', 'VIEWER')} />
        </Tabs.Panel>
        <Tabs.Panel value="totals" pt="sm">
          <Table.ScrollContainer minWidth={480}>
            <Table striped aria-label="Tổng các chỉ tiêu">
              <Table.Thead><Table.Tr><Table.Th>Chỉ tiêu</Table.Th><Table.Th ta="right">Tổng</Table.Th><Table.Th ta="right">Số báo cáo</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>{report.data!.totals.map((t) => (
                <Table.Tr key={t.code}>
                  <Table.Td>{t.label}{t.unitOfMeasure ? ` (${t.unitOfMeasure})` : ''}</Table.Td>
                  <Table.Td ta="right">{t.type === 'MONEY_VND' ? formatVnd(t.sum) : t.type === 'DECIMAL' ? formatDecimal(t.sum) : formatInteger(t.sum)}</Table.Td>
                  <Table.Td ta="right">{t.reports}</Table.Td>
                </Table.Tr>
              ))}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Tabs.Panel>
        <Tabs.Panel value="missing" pt="sm"><UnitTable rows={missingUnits} label="Đơn vị chưa báo cáo" /></Tabs.Panel>
        <Tabs.Panel value="late" pt="sm"><UnitTable rows={lateUnits} label="Đơn vị báo cáo trễ hạn" /></Tabs.Panel>
        <Tabs.Panel value="charts" pt="sm">
          <Suspense fallback={<Loader role="status" aria-label="Đang tải biểu đồ" />}>
            <DashboardCharts districts={districts} points={timeline.data?.points ?? []} />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** Review by the level above: per district, its units' reports submitted, accepted and returned by it. */
function ParentReviewTable({ rows }: { rows: ParentReviewSummary['parents'] }) {
  return (
    <Stack gap="xs" mt="md">
      <Title order={3} size="h5">Cấp trên trực tiếp duyệt báo cáo</Title>
      <Table.ScrollContainer minWidth={560}>
        <Table striped aria-label="Cấp trên trực tiếp duyệt báo cáo">
          <Table.Thead><Table.Tr><Table.Th>Đơn vị cấp trên</Table.Th><Table.Th ta="right">Đơn vị trực thuộc</Table.Th>
            <Table.Th ta="right">Đã báo cáo</Table.Th><Table.Th ta="right">Đã duyệt</Table.Th><Table.Th ta="right">Đã trả lại</Table.Th>
            <Table.Th ta="right">Chờ duyệt</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>{rows.map((r) => (
            <Table.Tr key={r.unitCode}>
              <Table.Td>{r.unitName}</Table.Td><Table.Td ta="right">{r.units}</Table.Td>
              <Table.Td ta="right">{r.submitted}</Table.Td><Table.Td ta="right">{r.accepted}</Table.Td>
              <Table.Td ta="right">{r.returned}</Table.Td><Table.Td ta="right">{r.awaitingReview}</Table.Td>
            </Table.Tr>
          ))}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" c="dimmed">{label}</Text>
      <Text size="xl" fw={700} data-testid={testId}>{value}</Text>
    </Card>
  );
}

function UnitTable({ rows, label }: { rows: UnitStatus[]; label: string }) {
  const { has } = useSession();
  return (
    <VirtualTable label={label} rows={rows} rowKey={(u) => u.code} rowHeight={48} height={480} columns={[
      { header: 'Đơn vị', width: 'minmax(150px, 3fr)', cell: (u) => (u.reportId && has('PROVINCE_STAFF', 'UNIT_STAFF')
        ? <Anchor component={Link} to={`/reports/${u.reportId}`} size="sm">{u.name}</Anchor> : <Text size="sm">{u.name}</Text>) },
      { header: 'Tình trạng', width: 'minmax(110px, 1.4fr)', cell: (u) => <Badge size="sm" color={UNIT_PROGRESS_COLOR[u.status] ?? 'gray'}>{UNIT_PROGRESS[u.status] ?? u.status}</Badge> },
      { header: 'Nhận lúc', width: 'minmax(110px, 1.2fr)', cell: (u) => <Text size="sm">{formatDateTime(u.receivedAt)}</Text> },
      { header: 'Đúng hạn', width: 'minmax(80px, 1fr)', cell: (u) => (u.onTime == null ? ''
        : <Text size="sm" c={u.onTime ? 'green.8' : 'red.8'}>{timelinessText(u)}</Text>) },
    ]} />
  );
}
