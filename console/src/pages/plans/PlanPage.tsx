import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, List, Loader, Modal, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, query, request } from '../../api/http';
import type { Plan, PlanVersion, RecipientPage } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime } from '../../lib/format';
import { REVIEW_BY } from '../../lib/review';
import { CHANGE_KIND, INDICATOR_TYPE, PLAN_STATUS, PLAN_STATUS_COLOR, UNIT_KIND } from '../../lib/labels';
import { useSession } from '../../session/session';
import { ImplementsLine } from './ImplementsLine';

/**
 * A plan as a document, its actions (publish, amend, close, cancel, copy into a new draft) and its version history.
 * A unit's staff act on the plans their unit issued, and make their unit's implementing plan of a plan addressed to it.
 */
export default function PlanPage() {
  const { id = '' } = useParams();
  const { user, has } = useSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  const answer = useQuery({ queryKey: ['plan-tagged', id], queryFn: () => request<Plan>('GET', `/api/plans/${id}`) });
  const versions = useQuery({ queryKey: ['versions', id], queryFn: () => api.get<PlanVersion[]>(`/api/plans/${id}/versions`) });
  const [failure, setFailure] = useState<unknown>(null);
  const [ending, setEnding] = useState<'close' | 'cancel' | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [signing, setSigning] = useState(false);
  const [signer, setSigner] = useState({ capacity: '', position: '', fullName: '' });
  const [signerError, setSignerError] = useState<string>();
  const [implementing, setImplementing] = useState(false);
  const province = has('PROVINCE_STAFF');
  const unit = user?.unit ?? null;
  const addressed = !province && has('UNIT_STAFF') && !!unit && answer.data?.data.status === 'PUBLISHED'
    && answer.data.data.issuer.code !== unit;
  // the unit's place among the recipients: only a must-report unit implements the plan
  const role = useQuery({
    queryKey: ['my-role', id, unit], enabled: addressed, retry: false,
    queryFn: () => api.get<RecipientPage>(`/api/plans/${id}/recipients${query({ unit })}`).then((page) => page.content[0]?.role ?? null),
  });
  if (answer.isLoading) return <Loader role="status" aria-label="Đang tải" />;
  if (answer.error) return <ProblemAlert error={answer.error} />;
  const plan = answer.data!.data;
  const writer = province || (has('UNIT_STAFF') && plan.issuer.code === unit);
  const canImplement = addressed && role.data !== 'FOR_INFORMATION';
  const implement = () => void act(async () => {
    setImplementing(true);
    try {
      const created = await api.post<Plan>(`/api/plans/${id}/implementations`, {});
      await client.invalidateQueries({ queryKey: ['plans'] });
      navigate(`/plans/${created.data.id}/edit`);
    } finally {
      setImplementing(false);
    }
  });
  const headers = answer.data!.etag ? { 'If-Match': answer.data!.etag } : undefined;
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: ['plan-tagged', id] });
    await client.invalidateQueries({ queryKey: ['versions', id] });
    await client.invalidateQueries({ queryKey: ['plans'] });
  };
  const act = async (action: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await action();
      await refresh();
    } catch (error) {
      setFailure(error);
    }
  };
  const end = async () => {
    if (!reason.trim()) {
      setReasonError('Hãy nêu lý do.');
      return;
    }
    await act(() => api.post(`/api/plans/${id}/${ending}`, { reason }, headers));
    setEnding(null);
  };
  const openPublish = () => {
    setSigner({ capacity: plan.signer?.capacity ?? '', position: plan.signer?.position ?? '', fullName: plan.signer?.fullName ?? '' });
    setSignerError(undefined);
    setSigning(true);
  };
  const publish = async () => {
    if (!signer.position.trim()) {
      setSignerError('Hãy ghi chức vụ người ký.');
      return;
    }
    const body = { signer: { capacity: signer.capacity.trim() || undefined, position: signer.position.trim(), fullName: signer.fullName.trim() || undefined } };
    await act(() => api.post(`/api/plans/${id}/publish`, body, headers));
    setSigning(false);
  };
  const mustReport = plan.recipients.filter((r) => r.role === 'MUST_REPORT');
  const informed = plan.recipients.filter((r) => r.role === 'FOR_INFORMATION');
  return (
    <Stack maw={980}>
      <Group justify="space-between" wrap="wrap">
        <div>
          <Text size="sm" c="dimmed">{plan.number ? `Số ${plan.number}` : 'Dự thảo (chưa có số)'}</Text>
          <Title order={2}>{plan.documentType} {plan.title}</Title>
          {plan.implementsPlanId && <ImplementsLine planId={plan.implementsPlanId} />}
        </div>
        <Badge size="lg" color={PLAN_STATUS_COLOR[plan.status]}>{PLAN_STATUS[plan.status]}</Badge>
      </Group>
      <ProblemAlert error={failure} />
      {canImplement && (
        <Alert color="blue" title="Kế hoạch gửi đơn vị">
          <Stack gap="xs">
            <Text size="sm">Đơn vị lập kế hoạch triển khai gửi các đơn vị cấp dưới: dự thảo được tạo sẵn từ kế hoạch này
              (căn cứ, nội dung, các đợt, mẫu báo cáo), đơn vị sửa, ghi địa danh rồi ban hành.</Text>
            <Group><Button onClick={implement} loading={implementing}>Lập kế hoạch triển khai</Button></Group>
          </Stack>
        </Alert>
      )}
      {writer && <Group>
        {plan.status === 'DRAFT' && <>
          <Button component={Link} to={`/plans/${id}/edit`} variant="light">Sửa dự thảo</Button>
          <Button onClick={openPublish}>Ban hành</Button>
        </>}
        {plan.status === 'PUBLISHED' && <>
          <Button component={Link} to={`/dashboards/${id}`}>Theo dõi tiến độ</Button>
          <Button component={Link} to={`/plans/${id}/amend`} variant="light">Điều chỉnh</Button>
          <Button variant="light" onClick={() => { setEnding('close'); setReason(''); }}>Kết thúc</Button>
        </>}
        {(plan.status === 'DRAFT' || plan.status === 'PUBLISHED') && (
          <Button variant="light" color="red" onClick={() => { setEnding('cancel'); setReason(''); }}>Hủy kế hoạch</Button>
        )}
        <Button variant="default" title="Tạo dự thảo mới cho đợt hoặc năm sau, giữ mẫu báo cáo, nơi nhận và nội dung; chưa có số, ngày và các đợt"
          onClick={() => void act(async () => {
            const copy = await api.post<Plan>(`/api/plans/${id}/copy`);
            navigate(`/plans/${copy.data.id}`);
          })}>Sao chép</Button>
      </Group>}
      <Group gap="xs" aria-label="Tải văn bản kế hoạch">
        <Button component="a" href={`/api/plans/${id}/document.pdf`} download variant="light">Tải văn bản (PDF)</Button>
        <Button component="a" href={`/api/plans/${id}/document.docx`} download variant="light">Tải văn bản (DOCX)</Button>
      </Group>
      {plan.endReason && <Alert color="gray" title={plan.status === 'CANCELLED' ? 'Lý do hủy' : 'Lý do kết thúc'}>{plan.endReason}</Alert>}

      <Card withBorder>
        <Stack gap="xs">
          <Text ta="right" fs="italic">{plan.place}, ngày {formatDate(plan.issuedOn)}</Text>
          <Text>Đơn vị ban hành: {plan.issuer.name ?? plan.issuer.code}</Text>
          {plan.legalBasis.length > 0 && <>
            <Text fw={600}>Căn cứ</Text>
            <List size="sm">{plan.legalBasis.map((b, i) => (
              <List.Item key={i}>{b.reference}{b.issuedOn ? ` ngày ${formatDate(b.issuedOn)}` : ''}{b.issuer ? ` của ${b.issuer}` : ''}{b.title ? ` về ${b.title}` : ''}</List.Item>
            ))}</List>
          </>}
          {plan.purpose && <><Text fw={600}>Mục đích</Text><Text size="sm" className="doc-preview">{plan.purpose}</Text></>}
          {plan.requirements.length > 0 && <><Text fw={600}>Yêu cầu</Text>
            <List size="sm">{plan.requirements.map((r, i) => <List.Item key={i}>{r}</List.Item>)}</List></>}
          {plan.sections.map((s) => (
            <div key={s.order}><Text fw={600}>{s.order}. {s.heading}</Text><Text size="sm" className="doc-preview">{s.body}</Text></div>
          ))}
          {plan.tasks.length > 0 && <><Text fw={600}>Tổ chức thực hiện</Text>
            <List size="sm" type="ordered">{plan.tasks.map((t) => (
              <List.Item key={t.order}>{t.text}{t.assignedUnitCodes.length ? ` (${t.assignedUnitCodes.join(', ')})` : ''}</List.Item>
            ))}</List></>}
          <Text fw={600}>Các đợt báo cáo</Text>
          <Table.ScrollContainer minWidth={480}>
            <Table aria-label="Các đợt báo cáo">
              <Table.Thead><Table.Tr><Table.Th>Đợt</Table.Th><Table.Th>Từ ngày</Table.Th><Table.Th>Đến ngày</Table.Th><Table.Th>Hạn báo cáo (trước)</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>{plan.phases.map((p) => (
                <Table.Tr key={p.number}><Table.Td>{p.name ?? p.number}</Table.Td><Table.Td>{formatDate(p.startDate)}</Table.Td>
                  <Table.Td>{formatDate(p.endDate)}</Table.Td><Table.Td>{formatDateTime(p.reportDeadline)}</Table.Td></Table.Tr>
              ))}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text fw={600}>Mẫu báo cáo</Text>
          <List size="sm">
            {plan.template.indicators.map((i) => (
              <List.Item key={i.code}>{i.label} — {INDICATOR_TYPE[i.type]}{i.unitOfMeasure ? `, ${i.unitOfMeasure}` : ''}{i.required ? ' (bắt buộc)' : ''}</List.Item>
            ))}
            {plan.template.narrativeSections.map((s) => <List.Item key={s.code}>{s.label}{s.required ? ' (bắt buộc)' : ''}</List.Item>)}
          </List>
          <Text fw={600}>Nơi nhận</Text>
          <Text size="sm">Phải báo cáo: {mustReport.map((r) => r.unit.shortName ?? r.unit.name ?? r.unit.code).join('; ') || '—'}</Text>
          <Text size="sm">Để biết: {informed.map((r) => r.unit.shortName ?? r.unit.name ?? r.unit.code).join('; ') || '—'}</Text>
          {(plan.recipientRules ?? []).map((rule, i) => (
            <Text size="sm" key={`rule-${i}`}>
              {rule.role === 'MUST_REPORT' ? 'Phải báo cáo' : 'Để biết'} (theo quy tắc): {(rule.kinds ?? []).length
                ? (rule.kinds ?? []).map((k) => UNIT_KIND[k]).join(', ') : 'mọi đơn vị'} {rule.depth === 'CHILDREN'
                ? 'trực thuộc' : 'thuộc mọi cấp dưới'} {rule.under}
              {(plan.excludedUnitCodes ?? []).length ? `, trừ ${(plan.excludedUnitCodes ?? []).join(', ')}` : ''}
            </Text>
          ))}
          {(plan.otherRecipients ?? []).map((line) => <Text size="sm" key={`other-${line}`}>- {line}</Text>)}
          <Text size="sm">Cấp duyệt báo cáo: {REVIEW_BY[plan.reviewBy ?? 'PROVINCE']}</Text>
          {plan.signer && (
            <Text ta="right" fw={600} className="doc-preview">{[plan.signer.capacity, plan.signer.position, '', plan.signer.fullName].filter((x) => x != null).join('\n')}</Text>
          )}
        </Stack>
      </Card>

      <Card withBorder>
        <Title order={3} size="h5" mb="xs">Lịch sử phiên bản</Title>
        {(versions.data ?? []).length === 0 && <Text size="sm" c="dimmed">Chưa ban hành.</Text>}
        {(versions.data ?? []).map((v) => (
          <Stack key={v.version} gap={4} mb="sm">
            <Text fw={600}>Phiên bản {v.version} · hiệu lực từ {formatDateTime(v.validFrom)}{v.by ? ` · ${v.by}` : ''}</Text>
            {v.reason && <Text size="sm">Lý do: {v.reason}</Text>}
            {v.changes.length > 0 && (
              <Table.ScrollContainer minWidth={480}>
                <Table aria-label={`Thay đổi của phiên bản ${v.version}`}>
                  <Table.Thead><Table.Tr><Table.Th>Thay đổi</Table.Th><Table.Th>Mục</Table.Th><Table.Th>Trước</Table.Th><Table.Th>Sau</Table.Th></Table.Tr></Table.Thead>
                  <Table.Tbody>{v.changes.map((c, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>{CHANGE_KIND[c.kind] ?? c.kind}</Table.Td>
                      <Table.Td>{c.phaseNumber ? `Đợt ${c.phaseNumber}` : c.unitCode ?? c.field}</Table.Td>
                      <Table.Td>{changeValue(c.from)}</Table.Td>
                      <Table.Td>{changeValue(c.to)}</Table.Td>
                    </Table.Tr>
                  ))}</Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        ))}
      </Card>

      <Modal opened={signing} onClose={() => setSigning(false)} title="Ban hành kế hoạch">
        <Stack>
          <Text size="sm">Kế hoạch được cấp số và gửi đến các đơn vị nhận. Người ký là người ký văn bản ban hành.</Text>
          <TextInput label="Thẩm quyền ký" placeholder="TM. BAN THƯỜNG VỤ" value={signer.capacity}
            onChange={(e) => { const capacity = e.currentTarget.value; setSigner((s) => ({ ...s, capacity })); }} />
          <TextInput label="Chức vụ người ký" withAsterisk placeholder="PHÓ CHỦ TỊCH" value={signer.position}
            onChange={(e) => { const position = e.currentTarget.value; setSigner((s) => ({ ...s, position })); setSignerError(undefined); }} />
          <TextInput label="Họ và tên người ký (để trống: ký tay)" value={signer.fullName} error={signerError}
            onChange={(e) => { const fullName = e.currentTarget.value; setSigner((s) => ({ ...s, fullName })); setSignerError(undefined); }} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setSigning(false)}>Thôi</Button>
            <Button onClick={() => void publish()}>Ban hành kế hoạch</Button>
          </Group>
        </Stack>
      </Modal>

      <Modal opened={ending !== null} onClose={() => setEnding(null)} title={ending === 'close' ? 'Kết thúc kế hoạch' : 'Hủy kế hoạch'}>
        <Stack>
          <Textarea label="Lý do" withAsterisk autosize minRows={2} value={reason} error={reasonError}
            onChange={(e) => { setReason(e.currentTarget.value); setReasonError(undefined); }} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setEnding(null)}>Thôi</Button>
            <Button color={ending === 'cancel' ? 'red' : 'blue'} onClick={() => void end()}>{ending === 'close' ? 'Kết thúc' : 'Hủy kế hoạch'}</Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** An instant in a change (a deadline) as local time; anything else as it is. */
function changeValue(value?: string | null): string {
  if (!value) return '—';
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) ? formatDateTime(value) : value;
}
