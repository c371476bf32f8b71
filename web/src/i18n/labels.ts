import type { AreaLevel, Role } from '../api/types.ts';
import type { Translate } from './index.tsx';
import { zhCN, type MessageKey } from './zh-CN.ts';

/** Message keys of the codes the UI names: roles and area levels. */
export function roleLabelKey(role: Role): MessageKey {
  return `role.${role}` as const;
}

export function levelLabelKey(level: AreaLevel): MessageKey {
  return `level.${level}` as const;
}

/** An audit entity type or action in words; codes not (yet) named show as they are. */
export function auditLabel(t: Translate, kind: 'entity' | 'action', code: string): string {
  const key = `audit.${kind}.${code}`;
  return key in zhCN ? t(key as MessageKey) : code;
}
