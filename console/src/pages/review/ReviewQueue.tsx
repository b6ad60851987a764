import { useState } from 'react';
import { Anchor, Badge, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api, query } from '../../api/http';
import type { ReportPage, ReportStatus } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { VirtualTable } from '../../components/VirtualTable';
import { formatDateTime } from '../../lib/format';
import { REPORT_STATUS, REPORT_STATUS_COLOR } from '../../lib/labels';
import { REVIEW_LEVEL } from '../../lib/review';
import { timelinessText } from '../../lib/timeliness';

/**
 * Reports waiting for a decision: submitted and resubmitted, in order of receipt; the decided ones with the level that
 * decided (what the district federations accepted or returned, for plans reviewed by the parent unit).
 */
export default function ReviewQueue() {
  const [status, setStatus] = useState<ReportStatus>('SUBMITTED');
  const reports = useQuery({
    queryKey: ['review', status],
    queryFn: () => api.get<ReportPage>(`/api/reports${query({ status, size: 500 })}`),
    refetchInterval: 10_000,
  });
  return (
    <Stack>
      <Title order={2}>Duyệt báo cáo</Title>
      <SegmentedControl value={status} onChange={(value) => setStatus(value as ReportStatus)} aria-label="Trạng thái"
        data={[{ value: 'SUBMITTED', label: 'Mới gửi' }, { value: 'RESUBMITTED', label: 'Gửi lại' },
          { value: 'RETURNED', label: 'Đã trả lại' }, { value: 'ACCEPTED', label: 'Đã duyệt' }]} />
      <ProblemAlert error={reports.error} />
      {reports.isLoading ? <Loader role="status" aria-label="Đang tải" /> : (reports.data?.items.length ?? 0) === 0 ? (
        <Text c="dimmed">Không có báo cáo nào.</Text>
      ) : (
        <VirtualTable label="Báo cáo chờ duyệt" rows={reports.data!.items} rowKey={(r) => r.id} rowHeight={52} columns={[
          { header: 'Đơn vị', width: 'minmax(140px, 2fr)', cell: (r) => <Anchor component={Link} to={`/reports/${r.id}`}>{r.unitName}</Anchor> },
          { header: 'Đợt', width: '44px', cell: (r) => r.phaseNumber },
          { header: 'Số đến', width: '70px', cell: (r) => `${r.receiptNumber}/${r.receiptYear}` },
          { header: 'Nhận lúc', width: 'minmax(110px, 1fr)', cell: (r) => formatDateTime(r.receivedAt) },
          { header: 'Đúng hạn', width: 'minmax(90px, 1fr)', cell: (r) => (
            <Group gap={4}><Badge size="sm" color={r.onTime ? 'green' : 'red'}>{timelinessText(r)}</Badge>
              <Badge size="sm" variant="light" color={REPORT_STATUS_COLOR[r.status]}>{REPORT_STATUS[r.status]}</Badge></Group>) },
          { header: 'Cấp duyệt', width: 'minmax(110px, 1fr)', cell: (r) => (r.reviewLevel
            ? `${REVIEW_LEVEL[r.reviewLevel]}${r.reviewLevel === 'PARENT' && r.reviewerUnitCode ? ` (${r.reviewerUnitCode})` : ''}` : '—') },
        ]} />
      )}
    </Stack>
  );
}
