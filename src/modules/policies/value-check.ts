import { zhCN } from 'zod/locales';
import { DomainError } from '../../domain/errors.ts';
import { policyValueSchema, type PolicyKey } from '../../domain/policy.ts';

const zhMessages = zhCN().localeError;

/**
 * Validates one parameter value, naming the exact place inside it (`value.0.amount`) with a
 * Chinese message: policy editors work in Chinese, and zod's default text is English.
 */
export function checkPolicyValue(key: PolicyKey, value: unknown, field: string): unknown {
  const parsed = policyValueSchema(key).safeParse(value, {
    error: (issue) => {
      const out = zhMessages(issue as never);
      return typeof out === 'string' ? out : (out?.message ?? issue.message);
    },
  });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path.map(String) ?? [];
  throw new DomainError('validation', 'policy_value_invalid_input', { field: [field, ...path].join('.'), params: { detail: issue?.message ?? '' } });
}
