import { REVIEW_ACTIONS } from '../../domain/reviews/workflow.ts';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_LABELS, auditActionLabel } from '../../domain/audit-actions.ts';
import { CASE_ACTIONS } from '../../domain/cases/transition.ts';
import { READ_ACTIONS } from './service.ts';

const root = path.resolve(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

/**
 * The action strings the code records: every `action: '…'` literal within a recordAudit,
 * recordAudits or recordRead call (the call and its argument object), and the template families.
 */
function recordedActions(): { literals: Set<string>; templates: Set<string> } {
  const literals = new Set<string>();
  const templates = new Set<string>();
  for (const file of sourceFiles(path.join(root, 'src'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const call of text.matchAll(/\brecord(?:Audit|Audits|Read)\(/g)) {
      if (text.slice(Math.max(0, call.index - 20), call.index).match(/function\s+$/)) continue;
      const window = text.slice(call.index, call.index + 900);
      const first = window.match(/action:\s*(['`])([^'`]+)\1/);
      if (!first) continue;
      (first[1] === '`' && first[2]!.includes('${') ? templates : literals).add(first[2]!);
    }
  }
  return { literals, templates };
}

describe('audit action labels (the log in Chinese)', () => {
  it('labels every action the code records', () => {
    const { literals, templates } = recordedActions();
    expect(literals.size).toBeGreaterThan(40);
    const missing = [...literals, ...READ_ACTIONS].filter((a) => !(a in AUDIT_ACTION_LABELS));
    expect(missing, 'add a Chinese label in src/domain/audit-actions.ts').toEqual([]);
    // The template families, each expanded over its codes.
    expect([...templates].sort()).toEqual(['case.${input.action}', 'case.record.${input.kind}', 'debt.${entry.kind}', 'enrolment.${input.kind}', 'review.${action}']);
    for (const a of REVIEW_ACTIONS) expect(AUDIT_ACTION_LABELS[`review.${a}`]).toMatch(/^复核：/);
    for (const k of ['deduction', 'bank_transfer', 'cash', 'write_off']) expect(AUDIT_ACTION_LABELS[`debt.${k}`]).toBeDefined();
    for (const a of CASE_ACTIONS) expect(AUDIT_ACTION_LABELS[`case.${a}`]).toMatch(/^案件：/);
    for (const k of ['investigation', 'neighbour_interview', 'verification', 'review_meeting']) expect(AUDIT_ACTION_LABELS[`case.record.${k}`]).toBeDefined();
    for (const k of ['amount', 'suspend', 'resume', 'stop']) expect(AUDIT_ACTION_LABELS[`enrolment.${k}`]).toBeDefined();
  });

  it('reads every label in Chinese, and an unknown action as its code', () => {
    for (const [code, label] of Object.entries(AUDIT_ACTION_LABELS)) expect(label, code).toMatch(/[\u4e00-\u9fff]/);
    expect(auditActionLabel('payroll.approve')).toBe('审批发放名册');
    expect(auditActionLabel('some.future_action')).toBe('some.future_action');
  });
});
