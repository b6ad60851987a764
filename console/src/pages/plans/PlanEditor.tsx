import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { ActionIcon, Alert, Button, Checkbox, Fieldset, Group, Loader, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { ApiError, api, request } from '../../api/http';
import type { IndicatorType, Plan, PlanContent, RecipientRole, RecipientRule, ReviewLevel, UnitKind } from '../../api/types';
import { remember } from '../../api/units';
import { UnitMultiSelect, UnitSelect } from '../../components/UnitPicker';
import { ProblemAlert } from '../../components/ProblemAlert';
import { INDICATOR_TYPE, UNIT_KIND } from '../../lib/labels';
import { REVIEW_BY } from '../../lib/review';
import { DateField } from '../../components/DateField';
import { byPath, contentOf, emptyPlan, todayInProvince } from './planDraft';
import { ImplementsLine } from './ImplementsLine';

type Mode = 'new' | 'edit' | 'amend';

/** The whole formal document of a plan: a new draft, a draft being edited, or a published plan being amended. */
export default function PlanEditor() {
  const { id } = useParams();
  const location = useLocation();
  const mode: Mode = !id ? 'new' : location.pathname.endsWith('/amend') ? 'amend' : 'edit';
  const existing = useQuery({
    queryKey: ['plan-tagged', id], enabled: !!id,
    queryFn: () => request<Plan>('GET', `/api/plans/${id}`),
  });
  if (id && existing.isLoading) return <Loader role="status" aria-label="Đang tải" />;
  if (existing.error) return <ProblemAlert error={existing.error} />;
  if (existing.data) {
    const read = existing.data.data;
    remember([read.issuer, ...read.recipients.map((r) => r.unit)]);
  }
  const initial = existing.data ? contentOf(existing.data.data) : emptyPlan(todayInProvince());
  return <Editor mode={mode} id={id} initial={initial} etag={existing.data?.etag ?? null} number={existing.data?.data.number} />;
}

function Editor({ mode, id, initial, etag, number }: { mode: Mode; id?: string; initial: PlanContent; etag: string | null; number?: string }) {
  const [plan, setPlan] = useState<PlanContent>(initial);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const navigate = useNavigate();
  const client = useQueryClient();
  // an implementing plan is its issuer's own: issued by the unit the plan it implements was addressed to
  const implementing = !!plan.implementsPlanId;
  const err = (path: string) => errors[path];
  const set = (change: Partial<PlanContent>) => setPlan((current) => ({ ...current, ...change }));
  useEffect(() => {
    const first = Object.keys(errors)[0];
    if (first) document.querySelector<HTMLElement>(`[data-path="${CSS.escape(first)}"]`)?.focus();
  }, [errors]);

  const mustReport = plan.recipients.filter((r) => r.role === 'MUST_REPORT').map((r) => r.unit.code);
  const informed = plan.recipients.filter((r) => r.role === 'FOR_INFORMATION').map((r) => r.unit.code);
  const setRecipients = (role: RecipientRole, codes: string[]) => {
    const others = plan.recipients.filter((r) => r.role !== role && !codes.includes(r.unit.code));
    set({ recipients: [...others, ...codes.map((code) => ({ unit: { code }, role }))] });
  };
  const rules = plan.recipientRules ?? [];
  const setRule = (i: number, change: Partial<RecipientRule>) =>
    set({ recipientRules: rules.map((rule, j) => (j === i ? { ...rule, ...change } : rule)) });
  const kindOptions = Object.entries(UNIT_KIND).map(([value, label]) => ({ value, label }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (mode === 'amend' && !reason.trim()) {
      setErrors({ reason: 'Hãy nêu lý do điều chỉnh.' });
      return;
    }
    setSaving(true);
    try {
      const headers = etag ? { 'If-Match': etag } : undefined;
      let planId = id;
      if (mode === 'new') planId = (await api.post<Plan>('/api/plans', plan)).data.id;
      else if (mode === 'edit') await api.put(`/api/plans/${id}`, plan, headers);
      else await api.post(`/api/plans/${id}/amendments`, { reason, plan }, headers);
      await client.invalidateQueries({ queryKey: ['plans'] });
      await client.invalidateQueries({ queryKey: ['plan-tagged', planId] });
      navigate(`/plans/${planId}`);
    } catch (error) {
      if (error instanceof ApiError) setErrors(byPath(error.shown.fields));
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  const title = mode === 'new' ? 'Soạn kế hoạch mới' : mode === 'edit'
    ? (implementing ? 'Sửa dự thảo kế hoạch triển khai' : 'Sửa dự thảo kế hoạch') : `Điều chỉnh kế hoạch số ${number}`;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
      <Stack maw={980}>
        <Title order={2}>{title}</Title>
        {plan.implementsPlanId && <ImplementsLine planId={plan.implementsPlanId} />}
        {mode === 'amend' && (
          <Textarea label="Lý do điều chỉnh" withAsterisk autosize minRows={2} value={reason} error={err('reason')} data-path="reason"
            placeholder="ví dụ: Gia hạn thời hạn gửi báo cáo đợt I/2023 đến hết ngày 28/7/2023"
            onChange={(event) => setReason(event.currentTarget.value)} />
        )}
        <Fieldset legend="Thông tin chung">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <UnitSelect label="Đơn vị ban hành" withAsterisk value={plan.issuer.code || null}
              error={err('issuer.code')} disabled={mode === 'amend' || implementing} data-path="issuer.code"
              onChange={(code) => set({ issuer: { ...plan.issuer, code: code ?? '' } })} />
            <TextInput label="Ký hiệu văn bản" value={plan.issuer.documentSymbol ?? ''} error={err('issuer.documentSymbol')}
              disabled={mode === 'amend'} onChange={(e) => set({ issuer: { ...plan.issuer, documentSymbol: e.currentTarget.value } })} />
            <TextInput label="Địa danh" withAsterisk value={plan.place ?? ''} error={err('place')} data-path="place"
              onChange={(e) => set({ place: e.currentTarget.value })} />
            <DateField label="Ngày ban hành" value={plan.issuedOn} error={err('issuedOn')}
              onChange={(value) => set({ issuedOn: value || null })} />
          </SimpleGrid>
          <Textarea mt="sm" label="Trích yếu (tên kế hoạch)" withAsterisk autosize value={plan.title} error={err('title')} data-path="title"
            onChange={(e) => set({ title: e.currentTarget.value })} />
        </Fieldset>

        <ListFieldset legend="Căn cứ" addLabel="Thêm căn cứ" items={plan.legalBasis}
          onAdd={() => set({ legalBasis: [...plan.legalBasis, { reference: '' }] })}
          onRemove={(i) => set({ legalBasis: plan.legalBasis.filter((_, j) => j !== i) })}
          render={(basis, i) => (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={`Số, ký hiệu văn bản căn cứ ${i + 1}`} withAsterisk value={basis.reference} error={err(`legalBasis[${i}].reference`)}
                onChange={(e) => set({ legalBasis: replace(plan.legalBasis, i, { ...basis, reference: e.currentTarget.value }) })} />
              <DateField label={`Ngày ban hành văn bản căn cứ ${i + 1}`} value={basis.issuedOn}
                onChange={(value) => set({ legalBasis: replace(plan.legalBasis, i, { ...basis, issuedOn: value || null }) })} />
              <TextInput label="Cơ quan ban hành" value={basis.issuer ?? ''}
                onChange={(e) => set({ legalBasis: replace(plan.legalBasis, i, { ...basis, issuer: e.currentTarget.value || null }) })} />
              <TextInput label="Trích yếu" value={basis.title ?? ''}
                onChange={(e) => set({ legalBasis: replace(plan.legalBasis, i, { ...basis, title: e.currentTarget.value || null }) })} />
            </SimpleGrid>
          )} />

        <Fieldset legend="Mục đích, yêu cầu">
          <Textarea label="Mục đích" autosize minRows={2} value={plan.purpose} error={err('purpose')}
            onChange={(e) => set({ purpose: e.currentTarget.value })} />
          <Stack gap="xs" mt="sm">
            {plan.requirements.map((text, i) => (
              <Group key={i} align="flex-end" wrap="nowrap">
                <Textarea style={{ flex: 1 }} label={`Yêu cầu ${i + 1}`} autosize value={text} error={err(`requirements[${i}]`)}
                  onChange={(e) => set({ requirements: replace(plan.requirements, i, e.currentTarget.value) })} />
                <RemoveButton label={`Bỏ yêu cầu ${i + 1}`} onClick={() => set({ requirements: plan.requirements.filter((_, j) => j !== i) })} />
              </Group>
            ))}
            <Group><Button variant="light" size="xs" onClick={() => set({ requirements: [...plan.requirements, ''] })}>Thêm yêu cầu</Button></Group>
          </Stack>
        </Fieldset>

        <ListFieldset legend="Nội dung" addLabel="Thêm mục nội dung" items={plan.sections}
          onAdd={() => set({ sections: [...plan.sections, { order: plan.sections.length + 1, heading: '', body: '' }] })}
          onRemove={(i) => set({ sections: renumber(plan.sections.filter((_, j) => j !== i)) })}
          render={(section, i) => (
            <Stack gap="xs">
              <TextInput label={`Tiêu đề mục ${i + 1}`} withAsterisk value={section.heading} error={err(`sections[${i}].heading`)}
                onChange={(e) => set({ sections: replace(plan.sections, i, { ...section, heading: e.currentTarget.value }) })} />
              <Textarea label={`Nội dung mục ${i + 1}`} autosize minRows={2} value={section.body} error={err(`sections[${i}].body`)}
                onChange={(e) => set({ sections: replace(plan.sections, i, { ...section, body: e.currentTarget.value }) })} />
            </Stack>
          )} />

        <ListFieldset legend="Tổ chức thực hiện" addLabel="Thêm nhiệm vụ" items={plan.tasks}
          onAdd={() => set({ tasks: [...plan.tasks, { order: plan.tasks.length + 1, text: '', assignedUnitCodes: [] }] })}
          onRemove={(i) => set({ tasks: renumber(plan.tasks.filter((_, j) => j !== i)) })}
          render={(task, i) => (
            <Stack gap="xs">
              <Textarea label={`Nhiệm vụ ${i + 1}`} withAsterisk autosize value={task.text} error={err(`tasks[${i}].text`)}
                onChange={(e) => set({ tasks: replace(plan.tasks, i, { ...task, text: e.currentTarget.value }) })} />
              <UnitMultiSelect label="Đơn vị thực hiện" value={task.assignedUnitCodes}
                error={err(`tasks[${i}].assignedUnitCodes`)} placeholder="Tất cả nơi nhận"
                onChange={(codes) => set({ tasks: replace(plan.tasks, i, { ...task, assignedUnitCodes: codes }) })} />
            </Stack>
          )} />

        <ListFieldset legend="Các đợt báo cáo (giờ Việt Nam)" addLabel="Thêm đợt" items={plan.phases} error={err('phases')}
          onAdd={() => set({ phases: [...plan.phases, { number: plan.phases.length + 1, name: '', startDate: '', endDate: '', reportDeadline: '' }] })}
          onRemove={(i) => set({ phases: plan.phases.filter((_, j) => j !== i) })}
          render={(phase, i) => (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput label={`Số đợt`} min={1} value={phase.number} error={err(`phases[${i}].number`)}
                onChange={(value) => set({ phases: replace(plan.phases, i, { ...phase, number: Number(value) || 1 }) })} />
              <TextInput label={`Tên đợt ${i + 1}`} placeholder="ví dụ: Đợt I/2023" value={phase.name ?? ''} error={err(`phases[${i}].name`)}
                onChange={(e) => set({ phases: replace(plan.phases, i, { ...phase, name: e.currentTarget.value || null }) })} />
              <DateField label={`Ngày bắt đầu đợt ${i + 1}`} required value={phase.startDate} error={err(`phases[${i}].startDate`)}
                data-path={`phases[${i}].startDate`}
                onChange={(value) => set({ phases: replace(plan.phases, i, { ...phase, startDate: value }) })} />
              <DateField label={`Ngày kết thúc đợt ${i + 1}`} required value={phase.endDate} error={err(`phases[${i}].endDate`)}
                data-path={`phases[${i}].endDate`}
                onChange={(value) => set({ phases: replace(plan.phases, i, { ...phase, endDate: value }) })} />
              <DateField label={`Hạn báo cáo đợt ${i + 1} (trước thời điểm)`} withTime required value={phase.reportDeadline}
                error={err(`phases[${i}].reportDeadline`)} data-path={`phases[${i}].reportDeadline`}
                onChange={(value) => set({ phases: replace(plan.phases, i, { ...phase, reportDeadline: value }) })} />
            </SimpleGrid>
          )} />

        <ListFieldset legend="Mẫu báo cáo: các chỉ tiêu" addLabel="Thêm chỉ tiêu" items={plan.template.indicators} disabled={mode === 'amend'}
          error={err('template')}
          onAdd={() => set({ template: { ...plan.template, indicators: [...plan.template.indicators, { code: '', label: '', type: 'COUNT', unitOfMeasure: null, required: true }] } })}
          onRemove={(i) => set({ template: { ...plan.template, indicators: plan.template.indicators.filter((_, j) => j !== i) } })}
          render={(indicator, i) => {
            const update = (change: object) => set({ template: { ...plan.template, indicators: replace(plan.template.indicators, i, { ...indicator, ...change }) } });
            return (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={`Mã chỉ tiêu ${i + 1}`} withAsterisk description="Chữ in hoa, số và dấu _ (ví dụ SO_BUOI)" value={indicator.code}
                  error={err(`template.indicators[${i}].code`)} disabled={mode === 'amend'} data-path={`template.indicators[${i}].code`}
                  onChange={(e) => update({ code: e.currentTarget.value.toUpperCase() })} />
                <TextInput label={`Tên chỉ tiêu ${i + 1}`} withAsterisk value={indicator.label} error={err(`template.indicators[${i}].label`)}
                  disabled={mode === 'amend'} onChange={(e) => update({ label: e.currentTarget.value })} />
                <Select label={`Kiểu giá trị chỉ tiêu ${i + 1}`} data={Object.entries(INDICATOR_TYPE).map(([value, label]) => ({ value, label }))}
                  value={indicator.type} allowDeselect={false} disabled={mode === 'amend'}
                  onChange={(type) => update({ type: type as IndicatorType })} />
                <TextInput label="Đơn vị tính" value={indicator.unitOfMeasure ?? ''} disabled={mode === 'amend'}
                  onChange={(e) => update({ unitOfMeasure: e.currentTarget.value || null })} />
                <Checkbox label="Bắt buộc nhập" checked={indicator.required} disabled={mode === 'amend'}
                  onChange={(e) => update({ required: e.currentTarget.checked })} />
              </SimpleGrid>
            );
          }} />

        <ListFieldset legend="Mẫu báo cáo: các phần nội dung" addLabel="Thêm phần nội dung" items={plan.template.narrativeSections} disabled={mode === 'amend'}
          onAdd={() => set({ template: { ...plan.template, narrativeSections: [...plan.template.narrativeSections, { code: '', label: '', required: false, maxLength: 20000 }] } })}
          onRemove={(i) => set({ template: { ...plan.template, narrativeSections: plan.template.narrativeSections.filter((_, j) => j !== i) } })}
          render={(section, i) => {
            const update = (change: object) => set({ template: { ...plan.template, narrativeSections: replace(plan.template.narrativeSections, i, { ...section, ...change }) } });
            return (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={`Mã phần ${i + 1}`} withAsterisk value={section.code} error={err(`template.narrativeSections[${i}].code`)}
                  disabled={mode === 'amend'} onChange={(e) => update({ code: e.currentTarget.value.toUpperCase() })} />
                <TextInput label={`Tên phần ${i + 1}`} withAsterisk value={section.label} disabled={mode === 'amend'}
                  error={err(`template.narrativeSections[${i}].label`)} onChange={(e) => update({ label: e.currentTarget.value })} />
                <NumberInput label="Số ký tự tối đa" min={1} max={20000} value={section.maxLength} disabled={mode === 'amend'}
                  onChange={(value) => update({ maxLength: Number(value) || 1 })} />
                <Checkbox label="Bắt buộc" checked={section.required} disabled={mode === 'amend'}
                  onChange={(e) => update({ required: e.currentTarget.checked })} />
              </SimpleGrid>
            );
          }} />

        <Fieldset legend="Nơi nhận">
          <Stack>
            {implementing && (
              <Text size="sm" c="dimmed">Kế hoạch triển khai chỉ gửi đơn vị ban hành và các đơn vị cấp dưới của đơn vị đó.</Text>
            )}
            <UnitMultiSelect label="Đơn vị phải báo cáo" value={mustReport}
              error={err('recipients') ?? firstError(errors, 'recipients[')} data-path="recipients"
              onChange={(codes) => setRecipients('MUST_REPORT', codes)} />
            <UnitMultiSelect label="Đơn vị nhận để biết" value={informed}
              onChange={(codes) => setRecipients('FOR_INFORMATION', codes)} />
            {rules.map((rule, i) => (
              <Group key={i} align="flex-start" wrap="wrap" gap="xs" data-path={`recipientRules[${i}]`}>
                <UnitSelect label={`Quy tắc ${i + 1}: các đơn vị thuộc`} value={rule.under || null}
                  error={err(`recipientRules[${i}].under`)} miw={240} onChange={(code) => setRule(i, { under: code ?? '' })} />
                <Select label="Phạm vi" value={rule.depth} allowDeselect={false}
                  data={[{ value: 'CHILDREN', label: 'Trực thuộc trực tiếp' }, { value: 'DESCENDANTS', label: 'Mọi cấp dưới' }]}
                  onChange={(depth) => setRule(i, { depth: (depth ?? 'CHILDREN') as RecipientRule['depth'] })} />
                <MultiSelect label="Loại đơn vị (để trống: mọi loại)" data={kindOptions} value={rule.kinds ?? []} miw={200}
                  onChange={(kinds) => setRule(i, { kinds: kinds as UnitKind[] })} />
                <Select label="Vai trò" value={rule.role} allowDeselect={false}
                  data={[{ value: 'MUST_REPORT', label: 'Phải báo cáo' }, { value: 'FOR_INFORMATION', label: 'Để biết' }]}
                  onChange={(role) => setRule(i, { role: (role ?? 'MUST_REPORT') as RecipientRole })} />
                <RemoveButton label={`Bỏ quy tắc ${i + 1}`} onClick={() => set({ recipientRules: rules.filter((_, j) => j !== i) })} />
              </Group>
            ))}
            {err('recipientRules') && <Alert color="red" data-path="recipientRules">{err('recipientRules')}</Alert>}
            <Group>
              <Button variant="light" size="sm" onClick={() => set({ recipientRules: [...rules,
                { under: plan.issuer.code, depth: 'CHILDREN', kinds: [], role: 'MUST_REPORT' }] })}>
                Thêm quy tắc (gửi theo cấp)
              </Button>
            </Group>
            {rules.length > 0 && (
              <UnitMultiSelect label="Trừ các đơn vị" value={plan.excludedUnitCodes ?? []}
                error={err('excludedUnitCodes')} placeholder="Đơn vị không nhận dù quy tắc chọn"
                onChange={(codes) => set({ excludedUnitCodes: codes })} />
            )}
            <Textarea label="Nơi nhận khác (không phải đơn vị, mỗi dòng một nơi)" autosize minRows={2}
              description="Ví dụ: Website, TTCTCĐ LĐLĐ tỉnh; Lưu: VT, Ban TG-NC. In trên văn bản, không phải báo cáo, không nhắc hạn."
              value={(plan.otherRecipients ?? []).join('\n')} error={err('otherRecipients')}
              onChange={(e) => set({ otherRecipients: e.currentTarget.value.split('\n') })}
              onBlur={() => set({ otherRecipients: (plan.otherRecipients ?? []).map((l) => l.trim()).filter((l) => l) })} />
            <Select label="Cấp duyệt báo cáo" data-path="reviewBy" allowDeselect={false} value={plan.reviewBy ?? 'PROVINCE'}
              error={err('reviewBy')} data={Object.entries(REVIEW_BY).map(([value, label]) => ({ value, label }))}
              onChange={(value) => set({ reviewBy: (value ?? 'PROVINCE') as ReviewLevel })} />
          </Stack>
        </Fieldset>

        <Fieldset legend="Người ký">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="Thẩm quyền ký" value={plan.signer?.capacity ?? ''}
              onChange={(e) => set({ signer: { position: '', fullName: '', ...plan.signer, capacity: e.currentTarget.value || null } })} />
            <TextInput label="Chức vụ" withAsterisk value={plan.signer?.position ?? ''} error={err('signer.position') ?? err('signer')} data-path="signer"
              onChange={(e) => set({ signer: { fullName: '', ...plan.signer, position: e.currentTarget.value } })} />
            <TextInput label="Họ và tên (để trống: ký tay)" value={plan.signer?.fullName ?? ''} error={err('signer.fullName')}
              onChange={(e) => set({ signer: { position: '', ...plan.signer, fullName: e.currentTarget.value } })} />
          </SimpleGrid>
        </Fieldset>

        <ProblemAlert error={failure} title="Chưa lưu được kế hoạch" />
        {Object.keys(errors).length > 0 && !failure && <Alert color="red" role="alert">Hãy sửa các ô được đánh dấu.</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => navigate(id ? `/plans/${id}` : '/plans')}>Thôi</Button>
          <Button type="submit" loading={saving}>{mode === 'amend' ? 'Ban hành bản điều chỉnh' : 'Lưu dự thảo'}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The first error under a path prefix (e.g. a listed recipient's), shown at the list's input. */
function firstError(errors: Record<string, string>, prefix: string): string | undefined {
  return Object.entries(errors).find(([path]) => path.startsWith(prefix))?.[1];
}

function ListFieldset<T>({ legend, addLabel, items, render, onAdd, onRemove, error, disabled }: {
  legend: string; addLabel: string; items: T[]; render: (item: T, index: number) => ReactNode; onAdd: () => void;
  onRemove: (index: number) => void; error?: string; disabled?: boolean;
}) {
  return (
    <Fieldset legend={legend}>
      <Stack>
        {error && <Alert color="red" variant="light">{error}</Alert>}
        {items.map((item, i) => (
          <Group key={i} align="flex-start" wrap="nowrap">
            <div style={{ flex: 1 }}>{render(item, i)}</div>
            {!disabled && <RemoveButton label={`Bỏ ${legend.toLowerCase()} thứ ${i + 1}`} onClick={() => onRemove(i)} />}
          </Group>
        ))}
        {!disabled && <Group><Button variant="light" size="xs" onClick={onAdd}>{addLabel}</Button></Group>}
      </Stack>
    </Fieldset>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return <ActionIcon variant="subtle" color="red" aria-label={label} title={label} onClick={onClick} mt={24}>✕</ActionIcon>;
}

function replace<T>(list: T[], index: number, value: T): T[] {
  return list.map((item, i) => (i === index ? value : item));
}

function renumber<T extends { order: number }>(list: T[]): T[] {
  return list.map((item, i) => ({ ...item, order: i + 1 }));
}
