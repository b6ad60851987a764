// The report form, generated from the plan's template: one field per indicator (typed) and per narrative section,
// checked in the browser exactly as report-service checks it (TemplateCheck), so that most mistakes are shown before
// anything is sent; whatever the server still refuses comes back with the same field paths.
import type { Indicator, NarrativeSection, ReportTemplate, Value } from '../api/types';
import { formatDecimal, formatInteger } from '../lib/format';

export type FieldKind = 'count' | 'decimal' | 'money' | 'text' | 'narrative';

export interface FieldSpec {
  /** The field's path in the request and in the server's errors: values.CODE or narrative.CODE */
  name: string;
  code: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  unitOfMeasure?: string | null;
  maxLength?: number;
}

/** What the inputs hold, as typed, by field name. */
export type FormValues = Record<string, string>;
export type FormErrors = Record<string, string>;

export const MAX_TEXT_VALUE_LENGTH = 2000;
export const MAX_SECTION_LENGTH = 20000;

const KINDS: Record<Indicator['type'], FieldKind> = { COUNT: 'count', DECIMAL: 'decimal', MONEY_VND: 'money', TEXT: 'text' };

export function buildForm(template: ReportTemplate): FieldSpec[] {
  const indicators = template.indicators.map((indicator): FieldSpec => ({
    name: `values.${indicator.code}`, code: indicator.code, label: indicator.label, kind: KINDS[indicator.type] ?? 'text',
    required: indicator.required, unitOfMeasure: indicator.unitOfMeasure,
    maxLength: indicator.type === 'TEXT' ? MAX_TEXT_VALUE_LENGTH : undefined,
  }));
  const sections = template.narrativeSections.map((section: NarrativeSection): FieldSpec => ({
    name: `narrative.${section.code}`, code: section.code, label: section.label, kind: 'narrative',
    required: section.required, maxLength: Math.min(section.maxLength ?? MAX_SECTION_LENGTH, MAX_SECTION_LENGTH),
  }));
  return [...indicators, ...sections];
}

type Parsed = { value: number } | { error: string } | { empty: true };

/**
 * A number as a Vietnamese types it: "." groups thousands, "," separates decimals ("1.500.000", "1,5"); spaces and a
 * trailing "đ" are ignored.
 */
export function parseNumber(kind: FieldKind, raw: string): Parsed {
  const text = raw.replace(/\s|đ|₫/gi, '');
  if (text === '') return { empty: true };
  if (text.startsWith('-')) return { error: 'Không được là số âm.' };
  if (!/^[0-9.,]+$/.test(text)) return { error: kind === 'decimal' ? 'Phải là một số.' : 'Phải là số nguyên.' };
  if (/,.*,/.test(text) || /,.*\./.test(text)) return { error: 'Số không đúng cách viết (dấu chấm ngăn nghìn, dấu phẩy thập phân).' };
  const grouped = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text) || !text.includes('.');
  if (!grouped) return { error: 'Số không đúng cách viết (dấu chấm ngăn nghìn, dấu phẩy thập phân).' };
  const value = Number(text.replace(/\./g, '').replace(',', '.'));
  if (!Number.isFinite(value)) return { error: 'Phải là một số.' };
  if (kind !== 'decimal' && !Number.isInteger(value)) {
    return { error: kind === 'money' ? 'Số tiền phải là số đồng nguyên, không có phần lẻ.' : 'Phải là số nguyên, không có phần lẻ.' };
  }
  if (kind !== 'decimal' && value > Number.MAX_SAFE_INTEGER) return { error: 'Số quá lớn.' };
  return { value };
}

/** The same checks as the server's, with the same field paths; empty when the form may be sent. */
export function validate(fields: FieldSpec[], values: FormValues): FormErrors {
  const errors: FormErrors = {};
  for (const field of fields) {
    const raw = values[field.name] ?? '';
    if (field.kind === 'text' || field.kind === 'narrative') {
      if (field.required && raw.trim() === '') {
        errors[field.name] = field.kind === 'narrative' ? 'Mục bắt buộc: hãy nhập nội dung.' : 'Chỉ tiêu bắt buộc: hãy nhập giá trị.';
      } else if (field.maxLength && raw.length > field.maxLength) {
        errors[field.name] = `Dài quá ${field.maxLength.toLocaleString('vi-VN')} ký tự.`;
      }
      continue;
    }
    const parsed = parseNumber(field.kind, raw);
    if ('error' in parsed) errors[field.name] = parsed.error;
    else if ('empty' in parsed && field.required) errors[field.name] = 'Chỉ tiêu bắt buộc: hãy nhập giá trị.';
  }
  return errors;
}

/** The request body's values and narrative (optional fields left empty are left out). */
export function toRequest(fields: FieldSpec[], values: FormValues): { values: Record<string, Value>; narrative: Record<string, string> } {
  const body = { values: {} as Record<string, Value>, narrative: {} as Record<string, string> };
  for (const field of fields) {
    const raw = values[field.name] ?? '';
    if (field.kind === 'narrative') {
      if (raw.trim() !== '') body.narrative[field.code] = raw;
    } else if (field.kind === 'text') {
      if (raw.trim() !== '') body.values[field.code] = raw;
    } else {
      const parsed = parseNumber(field.kind, raw);
      if ('value' in parsed) body.values[field.code] = parsed.value;
    }
  }
  return body;
}

/** A stored report's content as the inputs show it (for a revision). */
export function fromReport(fields: FieldSpec[], values: Record<string, Value>, narrative: Record<string, string>): FormValues {
  const form: FormValues = {};
  for (const field of fields) {
    if (field.kind === 'narrative') form[field.name] = narrative[field.code] ?? '';
    else form[field.name] = display(field.kind, values[field.code]);
  }
  return form;
}

/** A value as its input shows it: "1.500.000" for money and counts, "1,5" for decimals. */
export function display(kind: FieldKind, value: Value | undefined | null): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (kind === 'decimal') return formatDecimal(value);
  if (kind === 'count' || kind === 'money') return formatInteger(value);
  return String(value);
}

/** What the user typed, regrouped as they type ("1500000" → "1.500.000") when it is a clean whole number. */
export function regroup(kind: FieldKind, raw: string): string {
  if (kind !== 'count' && kind !== 'money') return raw;
  const digits = raw.replace(/\./g, '');
  return /^\d{1,16}$/.test(digits) ? formatInteger(Number(digits)) : raw;
}
