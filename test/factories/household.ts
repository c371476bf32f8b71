import { buildIdNumber } from '../../src/domain/id-number.ts';
import type { Deps } from '../../src/deps.ts';
import type { Actor } from '../../src/domain/actor.ts';
import { createHousehold } from '../../src/modules/registry/service.ts';
import type { NewHousehold, PersonInput } from '../../src/modules/registry/schema.ts';

let sequence = 0;

/** A valid, unique ID number per call (real 420102 area code, sequence parity = sex). */
export function uniqueIdNumber(opts: { birthDate?: string; sex?: 'male' | 'female'; areaCode?: string } = {}): string {
  sequence += 1;
  const worker = Number(process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? 1);
  // Different workers and calls get different birth days and sequences, so numbers never collide.
  const day = ((sequence + worker * 97) % 28) + 1;
  const birthDate = opts.birthDate ?? `19${50 + (sequence % 45)}-${String((sequence % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  let seq = ((sequence * 7 + worker * 131) % 499) * 2 + 1; // odd: male
  if (opts.sex === 'female') seq += 1;
  return buildIdNumber({ areaCode: opts.areaCode ?? '420102', birthDate, sequence: Math.min(seq, 999) });
}

export function buildPerson(overrides: Partial<PersonInput> = {}): PersonInput {
  return {
    idNumber: uniqueIdNumber(),
    name: '张三丰',
    relation: 'head',
    laborCapacity: 'full',
    employment: 'employed',
    student: false,
    health: 'healthy',
    flags: [],
    inPrison: false,
    ...overrides,
  };
}

/** A valid household payload: head and spouse in 操场社区, with a wage and a deposit. */
export function buildHousehold(overrides: Partial<NewHousehold> = {}): NewHousehold {
  const head = buildPerson({ name: '张三丰', relation: 'head' });
  const spouse = buildPerson({ name: '李秀英', relation: 'spouse', idNumber: uniqueIdNumber({ sex: 'female' }), employment: 'unemployed' });
  return {
    areaCode: '420102010001',
    address: '江岸区二七路 18 号 3 栋 201',
    urbanRural: 'urban',
    members: [head, spouse],
    incomes: [{ idNumber: head.idNumber, type: 'wage', monthly: 180000 }],
    deductions: [{ idNumber: head.idNumber, type: 'social_insurance', monthly: 21000 }],
    assets: [{ type: 'deposit', value: 1200000, exempt: false }],
    obligors: [],
    ...overrides,
  };
}

export function createTestHousehold(deps: Deps, actor: Actor, overrides: Partial<NewHousehold> = {}) {
  return createHousehold(deps, actor, buildHousehold(overrides));
}
