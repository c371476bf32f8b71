import { Tag, Typography } from 'antd';
import type { PolicySource } from './api.ts';
import { usePolicyText } from './use-policy-text.ts';

/** Where a value comes from: 本级设定 or 继承自 <area>, 自 <date> 起, 第 N 版. */
export function SourceLabel({ source, areaCode, areaLabel }: { source: PolicySource | undefined; areaCode: string; areaLabel: (code: string) => string }) {
  const { p } = usePolicyText();
  if (!source) return null;
  const local = source.areaCode === areaCode;
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 6, rowGap: 2 }}>
      <Tag color={local ? 'blue' : 'gold'} style={{ marginInlineEnd: 0, maxWidth: '100%', whiteSpace: 'normal' }}>
        {local ? p('policies.sourceLocal') : p('policies.sourceInherited', { area: areaLabel(source.areaCode) })}
      </Tag>
      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
        {p('policies.sourceSince', { date: source.effectiveFrom, version: source.version })}
      </Typography.Text>
    </span>
  );
}
