import { useState } from 'react';
import { Alert, Anchor, Badge, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api, query } from '../../api/http';
import type { ReportPage, ReportStatus } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { VirtualTable } from '../../components/VirtualTable';
import { formatDateTime, formatDuration } from '../../lib/format';
import { REPORT_STATUS, REPORT_STATUS_COLOR } from '../../lib/labels';
import { REVIEW_LEVEL, subUnitReports } from '../../lib/review';
import { useSession } from '../../session/session';

/**
 * A district federation's staff: the reports of the units directly below it, to accept or return where the plan
 * says the parent unit reviews (the buttons are on each report's page).
 */
export default function SubUnitReview() {
  const { user } = useSession();
  const [status, setStatus] = useState<ReportStatus>('SUBMITTED');
  const reports = useQuery({
    queryKey: ['sub-unit-review', status],
    queryFn: () => api.get<ReportPage>(`/api/reports${query({ status, size: 500 })}`),
    refetchInterval: 10_000,
  });
  const rows = subUnitReports(reports.data?.items ?? [], user?.unit);
  return (
    <Stack>
      <Title order={2}>Duyệt báo cáo cấp dưới</Title>
      <Text size="sm" c="dimmed">
        Báo cáo của các đơn vị trực thuộc {user?.unit ?? ''}. Với kế hoạch giao cấp trên trực tiếp kiểm tra, mở từng
        báo cáo để chấp nhận hoặc trả lại; kế hoạch do LĐLĐ tỉnh duyệt thì chỉ xem.
      </Text>
      <SegmentedControl value={status} onChange={(value) => setStatus(value as ReportStatus)} aria-label="Trạng thái"
        data={[{ value: 'SUBMITTED', label: 'Mới gửi' }, { value: 'RESUBMITTED', label: 'Gửi lại' },
          { value: 'RETURNED', label: 'Đã trả lại' }, { value: 'ACCEPTED', label: 'Đã duyệt' }]} />
      <ProblemAlert error={reports.error} />
      {reports.isLoading ? <Loader role="status" aria-label="Đang tải" /> : rows.length === 0 ? (
        <Alert color="gray">Không có báo cáo nào của đơn vị cấp dưới.</Alert>
      ) : (
        <VirtualTable label="Báo cáo của đơn vị cấp dưới" rows={rows} rowKey={(r) => r.id} rowHeight={52} columns={[
          { header: 'Đơn vị', width: 'minmax(140px, 2fr)', cell: (r) => <Anchor component={Link} to={`/reports/${r.id}`}>{r.unitName}</Anchor> },
          { header: 'Đợt', width: '44px', cell: (r) => r.phaseNumber },
          { header: 'Số đến', width: '70px', cell: (r) => `${r.receiptNumber}/${r.receiptYear}` },
          { header: 'Nhận lúc', width: 'minmax(110px, 1fr)', cell: (r) => formatDateTime(r.receivedAt) },
          { header: 'Trạng thái', width: 'minmax(120px, 1fr)', cell: (r) => (
            <Group gap={4}>{r.onTime ? <Badge size="sm" color="green">Đúng hạn</Badge>
              : <Badge size="sm" color="red">Trễ {formatDuration(r.lateSeconds)}</Badge>}
              <Badge size="sm" variant="light" color={REPORT_STATUS_COLOR[r.status]}>{REPORT_STATUS[r.status]}</Badge></Group>) },
          { header: 'Cấp duyệt', width: 'minmax(110px, 1fr)', cell: (r) => (r.reviewLevel ? REVIEW_LEVEL[r.reviewLevel] : '—') },
        ]} />
      )}
    </Stack>
  );
}
