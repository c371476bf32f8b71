import { Card, Checkbox, Descriptions, Empty, Flex, Pagination, Spin, Table, type TableColumnType, type TableProps } from 'antd';
import { useState, type Key, type ReactNode } from 'react';
import { usePhone } from './use-phone.ts';

export type ResponsiveTableProps<T> = TableProps<T> & {
  /** The card's heading on a phone; by default the first column's cell. */
  cardTitle?: (row: T, index: number) => ReactNode;
};

type Column<T> = TableColumnType<T> & { children?: Column<T>[] };

function leaves<T>(columns: readonly Column<T>[]): Column<T>[] {
  return columns.flatMap((c) => (c.children ? leaves(c.children) : [c]));
}

function valueOf<T>(row: T, dataIndex: TableColumnType<T>['dataIndex']): unknown {
  if (dataIndex === undefined || dataIndex === null) return undefined;
  const path = Array.isArray(dataIndex) ? dataIndex : [dataIndex];
  return path.reduce<unknown>((v, k) => (v === null || v === undefined ? undefined : (v as Record<string, unknown>)[k as string]), row);
}

function cell<T>(column: Column<T>, row: T, index: number): ReactNode {
  const value = valueOf(row, column.dataIndex);
  if (column.render) {
    const out = column.render(value, row, index) as unknown;
    // The old cell API ({ children, props }) still reads as its children.
    if (out && typeof out === 'object' && !Array.isArray(out) && 'children' in out && !('$$typeof' in out)) return (out as { children: ReactNode }).children;
    return out as ReactNode;
  }
  return value === null || value === undefined ? '' : (value as ReactNode);
}

function titleOf<T>(column: Column<T>): ReactNode {
  return typeof column.title === 'function' ? column.title({}) : column.title;
}

/**
 * A table on a desk, a list of cards on a phone (below `md`): each row becomes a card headed
 * by its first column (or `cardTitle`), the other columns stacked as label — value. Takes
 * antd Table's props, so a page switches by changing its tag; row selection, paging (local or
 * server), loading and the empty text carry over. Desktop rendering is exactly antd's Table.
 */
export function ResponsiveTable<T extends object>(props: ResponsiveTableProps<T>) {
  const phone = usePhone();
  const [localPage, setLocalPage] = useState(1);
  const { cardTitle, ...tableProps } = props;
  if (!phone) return <Table<T> {...tableProps} />;

  const { columns = [], dataSource = [], rowKey = 'key', loading, locale, rowSelection, onRow } = props;
  const keyOf = (row: T, i: number): Key => (typeof rowKey === 'function' ? rowKey(row, i) : ((row as Record<string, unknown>)[rowKey as string] as Key) ?? i);
  const all = leaves(columns as Column<T>[]).filter((c) => !c.hidden);
  const [head, ...rest] = cardTitle ? [undefined, ...all] : all;

  const paging = props.pagination === false ? null : (props.pagination ?? {});
  const pageSize = paging?.pageSize ?? 10;
  const current = paging?.current ?? localPage;
  // A server-paged table gets one page; a local one gets everything and is sliced here.
  const serverPaged = paging?.total !== undefined && dataSource.length <= pageSize;
  const total = paging?.total ?? dataSource.length;
  const rows = paging && !serverPaged ? dataSource.slice((current - 1) * pageSize, current * pageSize) : dataSource;
  const offset = paging && !serverPaged ? (current - 1) * pageSize : 0;

  const selected = new Set(rowSelection?.selectedRowKeys ?? []);
  const toggle = (row: T, key: Key, checked: boolean) => {
    const keys = checked ? [...selected, key] : [...selected].filter((k) => k !== key);
    const chosen = dataSource.filter((r, i) => keys.includes(keyOf(r, i)));
    rowSelection?.onChange?.(keys, chosen, { type: 'single' });
  };
  const spinning = typeof loading === 'object' ? Boolean(loading.spinning) : Boolean(loading);

  return (
    <Spin spinning={spinning}>
      <Flex vertical gap={8} className="responsive-table-cards">
        {rows.length === 0 && !spinning && (locale?.emptyText !== undefined ? <div style={{ padding: 16, textAlign: 'center' }}>{typeof locale.emptyText === 'function' ? locale.emptyText() : locale.emptyText}</div> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />)}
        {rows.map((row, n) => {
          const index = offset + n;
          const key = keyOf(row, index);
          const checkbox = rowSelection ? rowSelection.getCheckboxProps?.(row) : undefined;
          const heading = cardTitle ? cardTitle(row, index) : head ? cell(head, row, index) : null;
          const handlers = onRow?.(row, index) ?? {};
          return (
            <Card
              key={key}
              size="small"
              data-testid="table-card"
              title={
                <Flex gap={8} align="center" style={{ minWidth: 0, whiteSpace: 'normal' }}>
                  {rowSelection && <Checkbox checked={selected.has(key)} disabled={checkbox?.disabled} onChange={(e) => toggle(row, key, e.target.checked)} />}
                  <div style={{ minWidth: 0, flex: 1 }}>{heading}</div>
                </Flex>
              }
              styles={{ body: { padding: '8px 12px' } }}
              onClick={handlers.onClick as never}
              onDoubleClick={handlers.onDoubleClick as never}
            >
              <Descriptions
                size="small"
                column={1}
                colon={false}
                styles={{ label: { color: 'rgba(0,0,0,0.45)', minWidth: '5.5em', paddingBottom: 4 }, content: { minWidth: 0, wordBreak: 'break-word', paddingBottom: 4 } }}
                items={rest
                  .filter((c): c is Column<T> => Boolean(c))
                  .map((c, i) => ({ key: String(c.key ?? (Array.isArray(c.dataIndex) ? c.dataIndex.join('.') : (c.dataIndex as string | undefined)) ?? i), label: titleOf(c), children: cell(c, row, index) }))}
              />
            </Card>
          );
        })}
        {paging && total > pageSize && (
          <Pagination
            simple
            align="center"
            current={current}
            pageSize={pageSize}
            total={total}
            onChange={(p, size) => {
              setLocalPage(p);
              paging.onChange?.(p, size);
            }}
          />
        )}
      </Flex>
    </Spin>
  );
}
