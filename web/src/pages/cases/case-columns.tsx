import { Tag, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useSession } from '../../session.tsx';
import type { CaseListItem } from './api.ts';
import { DueCell } from './due-cell.tsx';
import { useCaseText } from './labels.ts';

/** The columns the inbox and the case list share. */
export function useCaseColumns<T extends CaseListItem>(): TableColumnsType<T> {
  const { c, label } = useCaseText();
  const { user } = useSession();
  return [
    { title: c('id'), dataIndex: 'id', width: 90, render: (id: number) => <Link to={`/cases/${id}`}>{id}</Link> },
    {
      title: c('head'),
      dataIndex: 'headName',
      render: (name: string | null, row) => (
        <>
          {name ?? '—'}
          {row.priority && (
            <Tag color="red" style={{ marginLeft: 8 }}>
              {c('priorityTag')}
            </Tag>
          )}
          {row.relativeFlagged && (
            <Tag color="orange" style={{ marginLeft: 8 }}>
              {c('relativeFlag')}
            </Tag>
          )}
        </>
      ),
    },
    { title: c('program'), dataIndex: 'program', render: (p: string) => label('program', p) },
    { title: c('area'), dataIndex: 'areaName' },
    {
      title: c('state'),
      dataIndex: 'state',
      render: (s: string, row) => (
        <>
          <Tag color={s === 'approved' ? 'green' : s === 'rejected' || s === 'withdrawn' ? 'default' : 'blue'}>{label('state', s)}</Tag>
          {/* The community forwarded the file; a street sees what another street's window took. */}
          {s === 'submitted' && (user.role === 'community_worker' || row.forwarded) && <Tag color="gold">{c('forwardedTag')}</Tag>}
          {row.investigationOverdue && <Tag color="red">{c('investigationOverdueTag')}</Tag>}
        </>
      ),
    },
    { title: c('acceptedOn'), dataIndex: 'acceptedOn', width: 110, render: (d: string | null) => d ?? '—' },
    { title: c('dueOn'), dataIndex: 'dueOn', width: 190, render: (d: string | null, row) => <DueCell dueOn={d} overdue={row.overdue} workingDaysLeft={row.workingDaysLeft} closed={['approved', 'rejected', 'withdrawn'].includes(row.state)} /> },
  ];
}
