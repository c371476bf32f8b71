import { Table, Typography } from 'antd';
import type { SimulationAreaRow } from './api.ts';
import { formatFen } from './money.ts';
import { usePolicyText } from './use-policy-text.ts';

interface Line {
  key: string;
  row: SimulationAreaRow;
  children?: Line[];
}

function change(n: number) {
  const text = n > 0 ? `+${formatFen(n)}` : formatFen(n);
  return <Typography.Text style={{ color: n > 0 ? '#cf1322' : n < 0 ? '#389e0d' : undefined }}>{text}</Typography.Text>;
}

/** Streets with their communities folded under them (expand a street to see its communities). */
export function SimulationAreaTable({ streets, communities }: { streets: SimulationAreaRow[]; communities: SimulationAreaRow[] }) {
  const { p } = usePolicyText();
  const lines: Line[] = streets.map((s) => {
    const kids = communities.filter((c) => c.areaCode.startsWith(s.areaCode)).map((c) => ({ key: c.areaCode, row: c }));
    return { key: s.areaCode, row: s, ...(kids.length ? { children: kids } : {}) };
  });
  return (
    <Table<Line>
      data-testid="street-table"
      size="small"
      pagination={false}
      dataSource={lines}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: p('sim.colArea'), render: (_, l) => l.row.name, fixed: 'left', width: 220 },
        { title: p('sim.colBaselineHouseholds'), align: 'right', render: (_, l) => l.row.baseline.eligibleHouseholds },
        { title: p('sim.colSimulatedHouseholds'), align: 'right', render: (_, l) => l.row.simulated.eligibleHouseholds },
        { title: p('sim.colNewly'), align: 'right', render: (_, l) => (l.row.newlyEligible ? `+${l.row.newlyEligible}` : 0) },
        { title: p('sim.colLost'), align: 'right', render: (_, l) => (l.row.noLongerEligible ? `−${l.row.noLongerEligible}` : 0) },
        { title: p('sim.colBaselineAmount'), align: 'right', render: (_, l) => formatFen(l.row.baseline.monthlyAmount) },
        { title: p('sim.colSimulatedAmount'), align: 'right', render: (_, l) => formatFen(l.row.simulated.monthlyAmount) },
        { title: p('sim.colChange'), align: 'right', render: (_, l) => change(l.row.monthlyChange) },
      ]}
    />
  );
}
