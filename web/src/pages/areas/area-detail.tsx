import { Descriptions, Tag, Typography } from 'antd';
import type { Area } from '../../api/types.ts';
import { levelLabelKey } from '../../i18n/labels.ts';
import { useT } from '../../i18n/index.tsx';

export function AreaDetail({ area }: { area: Area }) {
  const t = useT();
  return (
    <Descriptions
      column={1}
      items={[
        { key: 'name', label: t('areas.name'), children: area.name },
        { key: 'level', label: t('areas.level'), children: <Tag>{t(levelLabelKey(area.level))}</Tag> },
        { key: 'code', label: t('areas.code'), children: <Typography.Text copyable>{area.code}</Typography.Text> },
        { key: 'statCode', label: t('areas.statCode'), children: <Typography.Text copyable>{area.statCode}</Typography.Text> },
      ]}
    />
  );
}
