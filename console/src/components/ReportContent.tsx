import { Table, Text } from '@mantine/core';
import type { Indicator, NarrativeSection, Value } from '../api/types';
import { formatDecimal, formatInteger, formatVnd } from '../lib/format';

export function formatValue(type: Indicator['type'] | undefined, value: Value | undefined): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return value;
  if (type === 'MONEY_VND') return formatVnd(value);
  if (type === 'DECIMAL') return formatDecimal(value);
  return formatInteger(value);
}

/** A report's values and narrative, labelled from the plan's template (codes when the template is unknown). */
export function ReportContent({ indicators, sections, values, narrative }: {
  indicators: Indicator[]; sections: NarrativeSection[]; values: Record<string, Value>; narrative: Record<string, string>;
}) {
  const known = new Set(indicators.map((i) => i.code));
  const rows = [...indicators, ...Object.keys(values).filter((code) => !known.has(code))
    .map((code) => ({ code, label: code, type: undefined, unitOfMeasure: undefined }))];
  const knownSections = new Set(sections.map((s) => s.code));
  const texts = [...sections, ...Object.keys(narrative).filter((code) => !knownSections.has(code)).map((code) => ({ code, label: code }))];
  return (
    <>
      <Table.ScrollContainer minWidth={0}>
        <Table striped aria-label="Các chỉ tiêu">
          <Table.Thead><Table.Tr><Table.Th>Chỉ tiêu</Table.Th><Table.Th ta="right">Giá trị</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {rows.map((indicator) => (
              <Table.Tr key={indicator.code}>
                <Table.Td>{indicator.label}{indicator.unitOfMeasure ? ` (${indicator.unitOfMeasure})` : ''}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatValue(indicator.type as Indicator['type'] | undefined, values[indicator.code])}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {texts.map((section) => (
        <div key={section.code}>
          <Text fw={600} mt="md">{section.label}</Text>
          <Text className="doc-preview">{narrative[section.code] ?? '—'}</Text>
        </div>
      ))}
    </>
  );
}
