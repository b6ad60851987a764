import { Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { FieldSpec, FormErrors, FormValues } from '../report/formModel';
import { regroup } from '../report/formModel';

/** The inputs of a report form: typed, labelled, required ones marked, each with its own error. */
export function ReportFields({ fields, values, errors, onChange, disabled }: {
  fields: FieldSpec[]; values: FormValues; errors: FormErrors; onChange: (name: string, value: string) => void;
  disabled?: boolean;
}) {
  const indicators = fields.filter((field) => field.kind !== 'narrative');
  const sections = fields.filter((field) => field.kind === 'narrative');
  return (
    <Stack gap="md">
      {indicators.length > 0 && <Text fw={600} component="h3" size="lg">Các chỉ tiêu</Text>}
      {indicators.map((field) => {
        const numeric = field.kind === 'count' || field.kind === 'money' || field.kind === 'decimal';
        const description = [field.unitOfMeasure ? `Đơn vị tính: ${field.unitOfMeasure}` : null,
          field.kind === 'money' ? 'Số tiền nguyên, ví dụ 1.500.000' : null,
          field.kind === 'decimal' ? 'Dùng dấu phẩy cho phần thập phân, ví dụ 1,5' : null].filter(Boolean).join(' · ');
        return (
          <TextInput key={field.name} id={field.name} name={field.name} label={field.label} withAsterisk={field.required}
            required={field.required} description={description || undefined} disabled={disabled}
            inputMode={numeric ? (field.kind === 'decimal' ? 'decimal' : 'numeric') : undefined}
            rightSection={field.kind === 'money' ? <span aria-hidden="true">đ</span> : undefined}
            value={values[field.name] ?? ''} error={errors[field.name]} maxLength={field.maxLength}
            onChange={(event) => onChange(field.name, regroup(field.kind, event.currentTarget.value))} />
        );
      })}
      {sections.length > 0 && <Text fw={600} component="h3" size="lg">Nội dung báo cáo</Text>}
      {sections.map((field) => {
        const length = (values[field.name] ?? '').length;
        return (
          <Textarea key={field.name} id={field.name} name={field.name} label={field.label} withAsterisk={field.required}
            required={field.required} autosize minRows={3} maxRows={14} disabled={disabled}
            description={`${length.toLocaleString('vi-VN')}/${(field.maxLength ?? 0).toLocaleString('vi-VN')} ký tự`}
            value={values[field.name] ?? ''} error={errors[field.name]}
            onChange={(event) => onChange(field.name, event.currentTarget.value)} />
        );
      })}
    </Stack>
  );
}
