import type { Deps } from '../deps.ts';
import { closeDeps } from '../deps.ts';
import { DomainError } from '../domain/errors.ts';
import { translate } from '../messages.ts';

/**
 * The body of a command over its deps: a refusal of the domain (bad month, unknown user, …) is
 * printed in Chinese and exits 1, anything else is a bug and propagates; the deps are always
 * closed. `onFailure` stops what the body left on screen (a progress bar) before the message.
 */
export async function runWithDeps(deps: Deps, body: () => Promise<number>, onFailure?: () => void): Promise<number> {
  try {
    return await body();
  } catch (e) {
    onFailure?.();
    if (e instanceof DomainError) {
      console.error(translate('zh-CN', e.code, e.params));
      return 1;
    }
    throw e;
  } finally {
    await closeDeps(deps);
  }
}
