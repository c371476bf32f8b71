import { Segmented } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';
import type { SimulationAreaRow } from './api.ts';
import { formatFen } from './money.ts';
import { usePolicyText } from './use-policy-text.ts';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Measure = 'households' | 'amount';

const BASELINE_COLOR = '#8c8c8c';
const SIMULATED_COLOR = '#c0392b';

/** Baseline vs simulated per street, as grouped bars: households covered or monthly payments. */
export function StreetChart({ rows }: { rows: SimulationAreaRow[] }) {
  const { p } = usePolicyText();
  const [measure, setMeasure] = useState<Measure>('households');
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const instance = echarts.init(el);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const pick = (row: SimulationAreaRow, side: 'baseline' | 'simulated') =>
      measure === 'households' ? row[side].eligibleHouseholds : row[side].monthlyAmount / 100;
    const many = rows.length > 8;
    chart.current?.setOption(
      {
        animationDuration: 400,
        color: [BASELINE_COLOR, SIMULATED_COLOR],
        tooltip: {
          trigger: 'axis',
          axisPointer: { type: 'shadow' },
          valueFormatter: (v: unknown) => (measure === 'households' ? String(v) : formatFen(Math.round(Number(v) * 100))),
        },
        legend: { top: 0, data: [p('sim.baseline'), p('sim.simulated')] },
        grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
        xAxis: {
          type: 'category',
          data: rows.map((r) => r.name),
          axisLabel: { interval: 0, rotate: many ? 30 : 0, fontSize: 12 },
        },
        yAxis: {
          type: 'value',
          name: measure === 'households' ? p('sim.chartHouseholds') : p('sim.chartAmount'),
          nameTextStyle: { align: 'left' },
          minInterval: measure === 'households' ? 1 : 0,
        },
        series: [
          { name: p('sim.baseline'), type: 'bar', barMaxWidth: 28, data: rows.map((r) => pick(r, 'baseline')) },
          { name: p('sim.simulated'), type: 'bar', barMaxWidth: 28, data: rows.map((r) => pick(r, 'simulated')) },
        ],
      },
      true,
    );
  }, [rows, measure, p]);

  return (
    <div>
      <Segmented<Measure>
        value={measure}
        onChange={setMeasure}
        options={[
          { value: 'households', label: p('sim.chartHouseholds') },
          { value: 'amount', label: p('sim.chartAmount') },
        ]}
        style={{ marginBottom: 8 }}
      />
      <div ref={element} style={{ width: '100%', height: 320 }} data-testid="street-chart" />
    </div>
  );
}
