import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { TimelinePoint } from '../../api/types';
import type { DistrictCompleteness } from '../../lib/dashboard';
import { formatDateTime, formatPercent } from '../../lib/format';

/** Completeness by district and the submission curve; each chart with a table of its figures for screen readers. */
export default function DashboardCharts({ districts, points }: { districts: DistrictCompleteness[]; points: TimelinePoint[] }) {
  const bars = districts.map((d) => ({ name: d.name, rate: Math.round(d.rate * 1000) / 10 }));
  const curve = points.map((p) => ({ at: formatDateTime(p.start), cumulative: p.cumulative }));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Stack gap="xs">
        <Text fw={600} id="chart-districts">Tỷ lệ đầy đủ theo huyện, thị xã, thành phố (%)</Text>
        <figure aria-labelledby="chart-districts" style={{ margin: 0, height: 320 }}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={bars} layout="vertical" margin={{ left: 16, right: 16 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" domain={[0, 100]} unit="%" />
              <YAxis type="category" dataKey="name" width={140} tick={{ fontSize: 12 }} />
              <Tooltip formatter={(value) => `${value}%`} />
              <Bar dataKey="rate" name="Tỷ lệ đầy đủ" fill="#1c7ed6" />
            </BarChart>
          </ResponsiveContainer>
        </figure>
        <Table className="visually-hidden" aria-label="Số liệu biểu đồ tỷ lệ đầy đủ theo huyện">
          <Table.Tbody>{districts.map((d) => (
            <Table.Tr key={d.code}><Table.Td>{d.name}</Table.Td><Table.Td>{d.submitted}/{d.expected} ({formatPercent(d.rate)})</Table.Td></Table.Tr>
          ))}</Table.Tbody>
        </Table>
      </Stack>
      <Stack gap="xs">
        <Text fw={600} id="chart-curve">Số đơn vị đã báo cáo theo thời gian</Text>
        {curve.length === 0 ? <Text c="dimmed" size="sm">Chưa có báo cáo nào.</Text> : (
          <figure aria-labelledby="chart-curve" style={{ margin: 0, height: 320 }}>
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={curve} margin={{ left: 8, right: 16 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="at" tick={{ fontSize: 11 }} />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Line type="stepAfter" dataKey="cumulative" name="Đã báo cáo" stroke="#2f9e44" dot={false} />
              </LineChart>
            </ResponsiveContainer>
          </figure>
        )}
        <Table className="visually-hidden" aria-label="Số liệu đường cong báo cáo">
          <Table.Tbody>{curve.map((p) => <Table.Tr key={p.at}><Table.Td>{p.at}</Table.Td><Table.Td>{p.cumulative}</Table.Td></Table.Tr>)}</Table.Tbody>
        </Table>
      </Stack>
    </SimpleGrid>
  );
}
