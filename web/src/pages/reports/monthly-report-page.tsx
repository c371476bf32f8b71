import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Empty, Flex, Form, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { MONEY_COLUMNS, PROGRAM_COLUMNS, TOTAL_GROUPS, totalColumnValue } from '../../../../src/domain/reports/main-table.ts';
import { ApiError } from '../../api/client.ts';
import { AreaTreeSelect } from '../../components/area-tree-select.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useSession } from '../../session.tsx';
import { lastCompleteMonth, monthLabel, reportsApi, yuan, type MonthlyReport, type ReportRow } from './api.ts';
import { ConsistencyPanel } from './consistency-panel.tsx';
import { useReportText } from './labels.ts';
import { MonthSelect } from './month-select.tsx';

/** 统计报表 → 月报表: area and month, the table rolled up the tree, the checks, Excel and PDF. */
export function MonthlyReportPage() {
  const { user } = useSession();
  const { r, lang, program, exitReason, column, group } = useReportText();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const areaCode = params.get('areaCode') ?? user.areaCode;
  const month = params.get('month') ?? lastCompleteMonth();
  const [report, setReport] = useState<MonthlyReport | null>(null);
  const [loading, setLoading] = useState(false);
  const [form] = Form.useForm<{ areaCode: string; month: string }>();

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setReport(await reportsApi.monthly(areaCode, month));
    } catch (e) {
      if (e instanceof ApiError) message.error(e.message);
      else throw e;
    } finally {
      setLoading(false);
    }
  }, [areaCode, month, message]);
  useEffect(() => void load(), [load]);
  useEffect(() => form.setFieldsValue({ areaCode, month }), [form, areaCode, month]);

  const columns = useMemo<ColumnsType<ReportRow>>(() => {
    if (!report) return [];
    const num = (key: string, title: string, value: (row: ReportRow) => number, money = false) => ({
      key,
      title,
      align: 'right' as const,
      width: money ? 120 : 72,
      render: (_: unknown, row: ReportRow) => (money ? yuan(value(row)) : value(row)),
    });
    return [
      { key: 'name', title: r('areaCol'), fixed: 'left', width: 200, render: (_, row) => (row.areaCode === report.area.code ? <b>{r('totalRow')}</b> : row.name) },
      ...report.programs.map((p) => ({
        key: p,
        title: program(p),
        children: PROGRAM_COLUMNS.map((k) => num(`${p}.${k}`, column(k), (row) => row.programs[p]?.[k] ?? 0, MONEY_COLUMNS.includes(k))),
      })),
      ...TOTAL_GROUPS.map(({ group: g, columns: keys }) => ({
        key: g,
        title: group(g),
        children: keys.map((k) => num(k, column(k), (row) => totalColumnValue(row, k), MONEY_COLUMNS.includes(k))),
      })),
    ];
  }, [report, r, program, column, group]);

  // The tree: the totals row (the area itself) first, then streets with their communities under them.
  const data = useMemo(() => {
    if (!report) return [];
    const [root, ...rest] = report.rows;
    type Node = ReportRow & { children?: Node[] };
    const nodes = new Map<string, Node>(rest.map((row) => [row.areaCode, { ...row }]));
    const top: Node[] = [];
    for (const row of rest) {
      const node = nodes.get(row.areaCode)!;
      const parent = row.parentCode ? nodes.get(row.parentCode) : undefined;
      if (parent) (parent.children ??= []).push(node);
      else top.push(node);
    }
    return [{ ...root! }, ...top];
  }, [report]);

  const exits = report ? report.programs.flatMap((p) => Object.entries(report.totals.programs[p]?.exitReasons ?? {}).map(([reason, n]) => ({ p, reason, n }))) : [];

  return (
    <Flex vertical gap={16}>
      <Card title={r('reportTitle')}>
        <Form
          form={form}
          layout="inline"
          initialValues={{ areaCode, month }}
          onFinish={(v) => setParams({ areaCode: v.areaCode, month: v.month })}
        >
          <Form.Item name="areaCode" label={r('area')} rules={[{ required: true }]} style={{ minWidth: 320 }}>
            <AreaTreeSelect />
          </Form.Item>
          <Form.Item name="month" label={r('month')} rules={[{ required: true }]}>
            <MonthSelect />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" loading={loading}>
                {r('query')}
              </Button>
              <Button icon={<DownloadOutlined />} href={reportsApi.downloadUrl(areaCode, month, 'xlsx')} data-testid="download-xlsx">
                {r('downloadExcel')}
              </Button>
              <Button icon={<PrinterOutlined />} href={reportsApi.downloadUrl(areaCode, month, 'pdf')} target="_blank" data-testid="download-pdf">
                {r('downloadPdf')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      {report && (
        <Card
          data-testid="monthly-report"
          title={r('titleOf', { area: report.area.name, month: monthLabel(report.month, lang) })}
          extra={<Typography.Text type="secondary">{r('generatedAt', { time: formatDateTime(report.generatedAt, lang) })}</Typography.Text>}
        >
          {report.programs.length === 0 && <Empty description={r('noData')} style={{ marginBottom: 16 }} />}
          <Table<ReportRow & { children?: ReportRow[] }>
            rowKey="areaCode"
            size="small"
            bordered
            loading={loading}
            columns={columns}
            dataSource={data}
            pagination={false}
            scroll={{ x: 'max-content', y: 560 }}
            expandable={{ defaultExpandedRowKeys: report.rows.filter((x) => x.depth === 1).map((x) => x.areaCode) }}
            onRow={(row) => (row.areaCode === report.area.code ? { style: { fontWeight: 600, background: '#fffbe6' } } : {})}
          />
          {exits.length > 0 && (
            <Descriptions
              style={{ marginTop: 16 }}
              size="small"
              title={r('exitReasons')}
              column={{ xs: 1, md: 3 }}
              items={exits.map((x) => ({ key: `${x.p}.${x.reason}`, label: `${program(x.p)} · ${exitReason(x.reason)}`, children: x.n }))}
            />
          )}
        </Card>
      )}
      {report && <ConsistencyPanel report={report} />}
    </Flex>
  );
}
