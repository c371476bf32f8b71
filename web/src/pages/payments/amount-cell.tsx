import { Typography } from 'antd';
import { formatFen } from '../policies/money.ts';

/** Yuan with two decimals in figures of one width, so a column of amounts lines up on the point. */
export function Amount({ fen, strong, testId }: { fen: number | null | undefined; strong?: boolean; testId?: string }) {
  if (fen === null || fen === undefined) return <>—</>;
  return (
    <Typography.Text strong={strong} type={fen < 0 ? 'danger' : undefined} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }} data-testid={testId}>
      {formatFen(fen)}
    </Typography.Text>
  );
}

/** For short numeric columns: the header stays on one line ("Households", "人数"). */
export const NOWRAP_HEADER = { onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' as const } }) };
