import { Badge, Loader, Stack, Text, Title, Anchor } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api, query } from '../../api/http';
import type { ReportPage, ReportSummary } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { VirtualTable } from '../../components/VirtualTable';
import { formatDateTime } from '../../lib/format';
import { REPORT_STATUS, REPORT_STATUS_COLOR } from '../../lib/labels';
import { useSession } from '../../session/session';

/** My unit's reports and, for a district federation, those of the units below it. */
export default function UnitReports() {
  const { user } = useSession();
  const reports = useQuery({ queryKey: ['visible-reports'], queryFn: () => api.get<ReportPage>(`/api/reports${query({ size: 500 })}`) });
  if (reports.isLoading) return <Loader role="status" aria-label="Đang tải" />;
  const items = reports.data?.items ?? [];
  const own = items.filter((r) => r.unitCode === user?.unit);
  const below = items.filter((r) => r.unitCode !== user?.unit);
  return (
    <Stack>
      <Title order={2}>Báo cáo đã gửi</Title>
      <ProblemAlert error={reports.error} />
      <ReportList label="Báo cáo của đơn vị" rows={own} />
      {below.length > 0 && (
        <>
          <Title order={3} size="h4">Báo cáo của các đơn vị trực thuộc</Title>
          <ReportList label="Báo cáo của các đơn vị trực thuộc" rows={below} />
        </>
      )}
      {items.length === 0 && <Text c="dimmed">Chưa có báo cáo nào.</Text>}
    </Stack>
  );
}

function ReportList({ rows, label }: { rows: ReportSummary[]; label: string }) {
  if (rows.length === 0) return null;
  return (
    <VirtualTable label={label} rows={rows} rowKey={(r) => r.id} rowHeight={48} columns={[
      { header: 'Đơn vị', width: 'minmax(120px, 2fr)', cell: (r) => <Anchor component={Link} to={`/reports/${r.id}`}>{r.unitName}</Anchor> },
      { header: 'Đợt', width: '50px', cell: (r) => r.phaseNumber },
      { header: 'Số đến', width: '80px', cell: (r) => `${r.receiptNumber}/${r.receiptYear}` },
      { header: 'Nhận lúc', width: 'minmax(110px, 1fr)', cell: (r) => formatDateTime(r.receivedAt) },
      { header: 'Trạng thái', width: 'minmax(110px, 1fr)', cell: (r) => <Badge size="sm" color={REPORT_STATUS_COLOR[r.status]}>{REPORT_STATUS[r.status]}</Badge> },
    ]} />
  );
}
