import { App, Button } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useSession } from '../../session.tsx';
import { usePaymentText } from './labels.ts';

/**
 * 显示完整号码: lists show ID and account numbers masked for every role; a role that may reveal
 * them asks for one record's full numbers, and the server audits each request. Hidden for roles
 * that may not (the administrator).
 */
export function RevealButton<T>({ reveal, onRevealed, testId }: { reveal(): Promise<T>; onRevealed(value: T): void; testId?: string }) {
  const { p } = usePaymentText();
  const { access } = useSession();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  if (!access.revealIdNumbers) return null;
  const run = async () => {
    setBusy(true);
    try {
      onRevealed(await reveal());
    } catch (e) {
      if (e instanceof ApiError) void message.error(e.message);
      else throw e;
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="small" type="link" loading={busy} onClick={() => void run()} style={{ padding: '0 4px', height: 'auto' }} data-testid={testId} title={p('revealHint')}>
      {p('reveal')}
    </Button>
  );
}
