import { EnvironmentOutlined } from '@ant-design/icons';
import { Breadcrumb } from 'antd';
import type { User } from '../api/types.ts';

/** The user's area from the root down, e.g. 湖北省 / 武汉市 / 江岸区 / 二七街道 / 操场社区. */
export function AreaPath({ path }: { path: User['areaPath'] }) {
  return (
    <div data-testid="area-path" style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0, overflow: 'hidden', whiteSpace: 'nowrap' }}>
      <EnvironmentOutlined style={{ color: '#1677ff' }} />
      <Breadcrumb items={path.map((area) => ({ key: area.code, title: area.name }))} />
    </div>
  );
}
