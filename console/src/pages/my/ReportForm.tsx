import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { ApiError, api, query } from '../../api/http';
import type { Plan, Report, ReportPage, SubUnitFigures } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ReportFields } from '../../components/ReportFields';
import { formatDateTime, timeLeft } from '../../lib/format';
import { buildForm, toRequest, validate, type FormErrors, type FormValues } from '../../report/formModel';
import { clearDraft, draftKey, idempotencyKey, loadDraft, saveDraft, savePrefill } from '../../report/drafts';
import { applyPrefill, hasSubUnits, prefillNote, type PrefillNote } from '../../report/prefill';
import { useSession } from '../../session/session';
import { SubUnitsPanel } from './SubUnitsPanel';

/**
 * The report form of one phase, generated from the plan's template; what is typed stays in the browser until sent. A
 * district that implemented the plan for its units may fill it from their accepted reports first.
 */
export default function ReportForm() {
  const { planId = '', phase = '1' } = useParams();
  const phaseNumber = Number(phase);
  const { user, has } = useSession();
  const unit = user?.unit ?? '';
  const navigate = useNavigate();
  const client = useQueryClient();
  const plan = useQuery({ queryKey: ['plan', planId], queryFn: () => api.get<Plan>(`/api/plans/${planId}`) });
  const existing = useQuery({
    queryKey: ['report-of', planId, phaseNumber, unit],
    queryFn: () => api.get<ReportPage>(`/api/reports${query({ planId, phase: phaseNumber, unit, size: 1 })}`),
  });
  const key = draftKey(planId, phaseNumber, unit);
  const [values, setValues] = useState<FormValues>(() => loadDraft(localStorage, key)?.values ?? {});
  const [savedAt, setSavedAt] = useState<string | null>(() => loadDraft(localStorage, key)?.savedAt ?? null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const fields = useMemo(() => (plan.data ? buildForm(plan.data.template) : []), [plan.data]);
  const phaseInfo = plan.data?.phases.find((p) => p.number === phaseNumber);
  const subUnitsQuery = {
    queryKey: ['from-sub-units', planId, phaseNumber],
    queryFn: () => api.get<SubUnitFigures>(`/api/reports/from-sub-units${query({ planId, phase: phaseNumber })}`),
  };
  // asked once up front: the button is offered only to a unit that has implementing plans of this plan
  const subUnits = useQuery({ ...subUnitsQuery, enabled: has('UNIT_REPORTER'), retry: false, staleTime: 30_000 });
  const [note, setNote] = useState<PrefillNote | null>(() => loadDraft(localStorage, key)?.prefill ?? null);
  const [beforePrefill, setBeforePrefill] = useState<FormValues | null>(null);
  const [prefillFailure, setPrefillFailure] = useState<unknown>(null);
  const [prefilling, setPrefilling] = useState(false);

  useEffect(() => {
    const first = Object.keys(errors)[0];
    if (first) document.getElementById(first)?.focus();
  }, [errors]);

  if (plan.isLoading || existing.isLoading) return <Loader role="status" aria-label="Đang tải" />;
  if (plan.error) return <ProblemAlert error={plan.error} title="Không mở được kế hoạch" />;
  const already = existing.data?.items[0];
  if (already) return <Navigate to={`/reports/${already.id}`} replace />;
  if (!plan.data || !phaseInfo) return <Alert color="red">Kế hoạch không có đợt này.</Alert>;

  const change = (name: string, value: string) => {
    const next = { ...values, [name]: value };
    setValues(next);
    setSavedAt(saveDraft(localStorage, key, next).savedAt);
    if (errors[name]) setErrors(({ [name]: _, ...rest }) => rest);
  };

  const prefill = async () => {
    setPrefillFailure(null);
    setPrefilling(true);
    try {
      const figures = await client.fetchQuery({ ...subUnitsQuery, staleTime: 0 });
      const { values: next, filled } = applyPrefill(fields, figures, values);
      const made = prefillNote(figures, filled);
      setBeforePrefill(values);
      setValues(next);
      setNote(made);
      setSavedAt(savePrefill(localStorage, key, next, made).savedAt);
      setErrors((current) => Object.fromEntries(Object.entries(current).filter(([name]) => !filled.includes(name))));
    } catch (error) {
      setPrefillFailure(error);
    } finally {
      setPrefilling(false);
    }
  };
  const undoPrefill = () => {
    if (!beforePrefill) return;
    setValues(beforePrefill);
    setNote(null);
    setSavedAt(savePrefill(localStorage, key, beforePrefill, null).savedAt);
    setBeforePrefill(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = validate(fields, values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const body = { planId, phaseNumber, ...toRequest(fields, values) };
    const idempotency = idempotencyKey(localStorage, key, body);
    setSending(true);
    try {
      const answer = await api.post<Report>('/api/reports', body, { 'Idempotency-Key': `"${idempotency}"` });
      clearDraft(localStorage, key);
      await client.invalidateQueries({ queryKey: ['my-reports'] });
      navigate(`/reports/${answer.data.id}?bien-nhan=1`, { replace: true });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.problem?.title === 'Report already submitted') {
        const id = error.location?.split('/').pop();
        clearDraft(localStorage, key);
        if (id) navigate(`/reports/${id}`, { replace: true });
        return;
      }
      if (error instanceof ApiError) setErrors(error.shown.fields);
      setFailure(error);
    } finally {
      setSending(false);
    }
  };

  const late = new Date(phaseInfo.reportDeadline).getTime() < Date.now();
  return (
    <Stack maw={760}>
      <div>
        <Text size="sm" c="dimmed">Kế hoạch số {plan.data.number}</Text>
        <Title order={2}>Báo cáo {phaseInfo.name ?? `đợt ${phaseNumber}`}</Title>
        <Text>{plan.data.title}</Text>
      </div>
      <Card withBorder padding="sm">
        <Text>Hạn báo cáo: trước <strong>{formatDateTime(phaseInfo.reportDeadline)}</strong></Text>
        <Text c={late ? 'red.8' : 'blue.8'} fw={500}>{timeLeft(phaseInfo.reportDeadline)}</Text>
      </Card>
      {(hasSubUnits(subUnits.data) || note) && (
        <SubUnitsPanel available={subUnits.data} note={note} loading={prefilling} failure={prefillFailure}
          onFill={() => void prefill()} onUndo={beforePrefill ? undoPrefill : undefined} />
      )}
      <Text size="sm">Các ô có dấu <span className="required-mark">*</span> là bắt buộc.</Text>
      <form ref={form} onSubmit={(event) => void submit(event)} noValidate aria-label="Báo cáo của đơn vị">
        <Stack>
          <ReportFields fields={fields} values={values} errors={errors} onChange={change} disabled={sending} />
          <ProblemAlert error={failure} title="Chưa gửi được báo cáo" />
          {Object.keys(errors).length > 0 && !failure && (
            <Alert color="red" role="alert" title="Chưa gửi được báo cáo">Hãy sửa các ô được đánh dấu.</Alert>
          )}
          <Group justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite">
              {savedAt ? `Đã lưu nháp trên máy này lúc ${formatDateTime(savedAt)}` : 'Nội dung được lưu trên máy này khi bạn nhập.'}
            </Text>
            <Button type="submit" loading={sending}>Gửi báo cáo</Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
