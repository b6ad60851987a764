import { useMemo, useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Card, Group, Loader, Modal, Select, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ApiError, api, request } from '../../api/http';
import type { Plan, Report, Revision } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ReportContent, formatValue } from '../../components/ReportContent';
import { ReportFields } from '../../components/ReportFields';
import { formatDateTime } from '../../lib/format';
import { REPORT_STATUS, REPORT_STATUS_COLOR } from '../../lib/labels';
import { REVIEW_LEVEL, describeReview, reviewsAsParent } from '../../lib/review';
import { timelinessText } from '../../lib/timeliness';
import { buildForm, fromReport, toRequest, validate, type FormErrors, type FormValues } from '../../report/formModel';
import { clearDraft, draftKey, loadDraft, saveDraft } from '../../report/drafts';
import { useSession } from '../../session/session';

/** One report: its receipt, status and content; its own unit revises it, province staff compare and review it. */
export default function ReportPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { user, has } = useSession();
  const client = useQueryClient();
  const report = useQuery({ queryKey: ['report', id], queryFn: () => request<Report>('GET', `/api/reports/${id}`) });
  const planId = report.data?.data.planId;
  const plan = useQuery({
    queryKey: ['plan', planId], enabled: !!planId, retry: false,
    queryFn: () => api.get<Plan>(`/api/plans/${planId}`),
  });
  const [editing, setEditing] = useState(false);
  if (report.isLoading) return <Loader role="status" aria-label="Đang tải" />;
  if (report.error) {
    const missing = report.error instanceof ApiError && report.error.status === 404;
    return missing
      ? <Alert color="gray" title="Không tìm thấy báo cáo">Báo cáo không có, hoặc không thuộc đơn vị của bạn.</Alert>
      : <ProblemAlert error={report.error} />;
  }
  const current = report.data!.data;
  const etag = report.data!.etag;
  const indicators = plan.data?.template.indicators ?? [];
  const sections = plan.data?.template.narrativeSections ?? [];
  const own = user?.unit === current.unit.code;
  const staff = has('PROVINCE_STAFF');
  // a district's staff reviews its sub-units' reports where the plan says the parent unit reviews
  const parentReviewer = reviewsAsParent(user, current, plan.data?.reviewBy, !!plan.data?.implementsPlanId);
  const reviewer = staff || parentReviewer;
  const refresh = () => client.invalidateQueries({ queryKey: ['report', id] });
  const phase = plan.data?.phases.find((p) => p.number === current.phaseNumber);
  return (
    <Stack maw={900}>
      {params.has('bien-nhan') && (
        <Alert color="green" title="Đã gửi báo cáo" role="status">Báo cáo đã được tiếp nhận. Biên nhận ở dưới.</Alert>
      )}
      <div>
        <Text size="sm" c="dimmed">{plan.data ? `Kế hoạch số ${plan.data.number} · ${plan.data.title}` : 'Báo cáo'}</Text>
        <Title order={2}>Báo cáo {phase?.name ?? `đợt ${current.phaseNumber}`} — {current.unit.name ?? current.unit.code}</Title>
      </div>
      <Card withBorder aria-label="Biên nhận">
        <Title order={3} size="h5" mb="xs">Biên nhận</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Text>Số đến: <strong data-testid="receipt-number">{current.receiptNumber}/{current.receiptYear}</strong></Text>
          <Text>Thời điểm nhận: <strong>{formatDateTime(current.receivedAt)}</strong></Text>
          <Text>Hạn báo cáo: trước {formatDateTime(current.timeliness?.firstDeadline ?? current.deadline)}
            {current.timeliness?.extendedInVersion != null
              && `; gia hạn đến ${formatDateTime(current.deadline)} (sửa đổi lần ${current.timeliness.extendedInVersion})`}</Text>
          <Text>
            <Badge color={current.onTime ? 'green' : 'red'} data-testid="timeliness">
              {timelinessText(current, 'Trễ hạn')}</Badge>
          </Text>
          <Text>Trạng thái: <Badge color={REPORT_STATUS_COLOR[current.status]}>{REPORT_STATUS[current.status]}</Badge></Text>
          <Text>Lần gửi: {current.revision}</Text>
        </SimpleGrid>
      </Card>
      {current.status === 'RETURNED' && current.lastReview?.reason && (
        <Alert color="orange" title="Báo cáo được trả lại để sửa">
          <Text className="doc-preview">Lý do: {current.lastReview.reason}</Text>
        </Alert>
      )}
      {own && current.status !== 'ACCEPTED' && !editing && (
        <Group><Button onClick={() => setEditing(true)}>Sửa và gửi lại báo cáo</Button></Group>
      )}
      {editing && plan.data ? (
        <Revise report={current} etag={etag} plan={plan.data} onDone={() => { setEditing(false); void refresh(); }} />
      ) : (
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">Nội dung</Title>
          <ReportContent indicators={indicators} sections={sections} values={current.values} narrative={current.narrative} />
        </Card>
      )}
      {reviewer && <Review report={current} etag={etag} onDone={() => void refresh()}
        level={parentReviewer && !staff ? 'PARENT' : 'PROVINCE'} />}
      <ReviewHistory report={current} />
      {(staff || has('UNIT_STAFF')) && <Revisions id={id} plan={plan.data} />}
      {has('UNIT_STAFF') && !staff && (
        <Button component={Link} to="/review/sub-units" variant="subtle">Về danh sách báo cáo cấp dưới</Button>
      )}
      {!staff && !has('UNIT_STAFF') && <Button component={Link} to="/my/plans" variant="subtle">Về danh sách kế hoạch</Button>}
    </Stack>
  );
}

function Revise({ report, etag, plan, onDone }: { report: Report; etag: string | null; plan: Plan; onDone: () => void }) {
  const fields = useMemo(() => buildForm(plan.template), [plan]);
  const key = draftKey(report.planId, report.phaseNumber, report.unit.code, report.id);
  const [values, setValues] = useState<FormValues>(() => loadDraft(localStorage, key)?.values
    ?? fromReport(fields, report.values, report.narrative));
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate(fields, values);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length) return;
    setSending(true);
    try {
      await api.put(`/api/reports/${report.id}`, toRequest(fields, values), etag ? { 'If-Match': etag } : {});
      clearDraft(localStorage, key);
      onDone();
    } catch (error) {
      if (error instanceof ApiError) setErrors(error.shown.fields);
      setFailure(error);
    } finally {
      setSending(false);
    }
  };
  return (
    <Card withBorder>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label="Sửa báo cáo">
        <Stack>
          <Title order={3} size="h5">Sửa báo cáo</Title>
          <ReportFields fields={fields} values={values} errors={errors} disabled={sending}
            onChange={(name, value) => {
              const next = { ...values, [name]: value };
              setValues(next);
              saveDraft(localStorage, key, next);
            }} />
          <ProblemAlert error={failure} title="Chưa gửi lại được" />
          <Group justify="flex-end"><Button type="submit" loading={sending}>Gửi lại báo cáo</Button></Group>
        </Stack>
      </form>
    </Card>
  );
}

/** Every review decision, at every level: who, which unit, when, why a return. */
function ReviewHistory({ report }: { report: Report }) {
  const reviews = report.reviews ?? [];
  if (reviews.length === 0) return null;
  return (
    <Card withBorder aria-label="Lịch sử duyệt">
      <Title order={3} size="h5" mb="xs">Lịch sử duyệt</Title>
      <Table.ScrollContainer minWidth={480}>
        <Table>
          <Table.Thead><Table.Tr><Table.Th>Lần gửi</Table.Th><Table.Th>Quyết định</Table.Th><Table.Th>Người duyệt</Table.Th>
            <Table.Th>Thời điểm</Table.Th><Table.Th>Lý do</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {reviews.map((review, i) => (
              <Table.Tr key={i}>
                <Table.Td>{review.revision}</Table.Td>
                <Table.Td>{describeReview(review)}</Table.Td>
                <Table.Td>{review.reviewer}</Table.Td>
                <Table.Td>{review.at ? formatDateTime(review.at) : ''}</Table.Td>
                <Table.Td className="doc-preview">{review.reason ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function Review({ report, etag, onDone, level }: { report: Report; etag: string | null; onDone: () => void; level: 'PROVINCE' | 'PARENT' }) {
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const waiting = report.status === 'SUBMITTED' || report.status === 'RESUBMITTED';
  if (!waiting) return null;
  const headers: Record<string, string> = etag ? { 'If-Match': etag } : {};
  const accept = async () => {
    setFailure(null);
    try {
      await api.post(`/api/reports/${report.id}/accept`, {}, headers);
      onDone();
    } catch (error) {
      setFailure(error);
    }
  };
  const sendBack = async () => {
    if (!reason.trim()) {
      setReasonError('Hãy nêu lý do trả lại.');
      return;
    }
    try {
      await api.post(`/api/reports/${report.id}/return`, { reason }, headers);
      setReturning(false);
      onDone();
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <Card withBorder>
      <Stack>
        <Title order={3} size="h5">Duyệt báo cáo</Title>
        {level === 'PARENT' && (
          <Text size="sm" c="dimmed">Duyệt với tư cách {REVIEW_LEVEL.PARENT.toLowerCase()}: LĐLĐ tỉnh thấy quyết định của đơn vị.</Text>
        )}
        <ProblemAlert error={failure} />
        <Group>
          <Button color="green" onClick={() => void accept()}>Duyệt báo cáo</Button>
          <Button color="orange" variant="light" onClick={() => setReturning(true)}>Trả lại để sửa</Button>
        </Group>
      </Stack>
      <Modal opened={returning} onClose={() => setReturning(false)} title="Trả lại báo cáo để sửa">
        <Stack>
          <Textarea label="Lý do trả lại" withAsterisk autosize minRows={3} value={reason} error={reasonError}
            onChange={(event) => { setReason(event.currentTarget.value); setReasonError(undefined); }} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setReturning(false)}>Thôi</Button>
            <Button color="orange" onClick={() => void sendBack()}>Trả lại</Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

function Revisions({ id, plan }: { id: string; plan?: Plan }) {
  const revisions = useQuery({ queryKey: ['revisions', id], queryFn: () => api.get<Revision[]>(`/api/reports/${id}/revisions`) });
  const list = revisions.data ?? [];
  const [left, setLeft] = useState<string | null>(null);
  const [right, setRight] = useState<string | null>(null);
  if (list.length < 2) return null;
  const a = list.find((r) => String(r.number) === (left ?? String(list.length - 1))) ?? list[list.length - 2];
  const b = list.find((r) => String(r.number) === (right ?? String(list.length))) ?? list[list.length - 1];
  const options = list.map((r) => ({ value: String(r.number), label: `Lần ${r.number} (${formatDateTime(r.submittedAt)})` }));
  const indicators = plan?.template.indicators ?? [];
  const sections = plan?.template.narrativeSections ?? [];
  const codes = Array.from(new Set([...indicators.map((i) => i.code), ...Object.keys(a.values), ...Object.keys(b.values)]));
  const texts = Array.from(new Set([...sections.map((s) => s.code), ...Object.keys(a.narrative), ...Object.keys(b.narrative)]));
  return (
    <Card withBorder>
      <Stack>
        <Title order={3} size="h5">So sánh các lần gửi</Title>
        <Group grow>
          <Select label="Lần gửi trước" data={options} value={String(a.number)} onChange={setLeft} allowDeselect={false} />
          <Select label="Lần gửi sau" data={options} value={String(b.number)} onChange={setRight} allowDeselect={false} />
        </Group>
        <Table.ScrollContainer minWidth={480}>
          <Table aria-label="So sánh hai lần gửi">
            <Table.Thead><Table.Tr><Table.Th>Mục</Table.Th><Table.Th>Lần {a.number}</Table.Th><Table.Th>Lần {b.number}</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {codes.map((code) => {
                const indicator = indicators.find((i) => i.code === code);
                const changed = a.values[code] !== b.values[code];
                return (
                  <Table.Tr key={code} className={changed ? 'diff-changed' : undefined}>
                    <Table.Td>{indicator?.label ?? code}{changed ? ' (đã sửa)' : ''}</Table.Td>
                    <Table.Td>{formatValue(indicator?.type, a.values[code])}</Table.Td>
                    <Table.Td>{formatValue(indicator?.type, b.values[code])}</Table.Td>
                  </Table.Tr>
                );
              })}
              {texts.map((code) => {
                const changed = (a.narrative[code] ?? '') !== (b.narrative[code] ?? '');
                return (
                  <Table.Tr key={code} className={changed ? 'diff-changed' : undefined}>
                    <Table.Td>{sections.find((s) => s.code === code)?.label ?? code}{changed ? ' (đã sửa)' : ''}</Table.Td>
                    <Table.Td className="doc-preview">{a.narrative[code] ?? '—'}</Table.Td>
                    <Table.Td className="doc-preview">{b.narrative[code] ?? '—'}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}
