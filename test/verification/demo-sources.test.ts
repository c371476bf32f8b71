import { describe, expect, it } from 'vitest';
import { DEMO_COMMUNITY, seedDemoIfEmpty } from '../../src/modules/demo/service.ts';
import { createTestDeps, dialects } from '../helpers/test-deps.ts';

describe.each(dialects)('the demo district’s department files on %s', (dialect) => {
  it('imports a handful of records with the seed and matches them: a death still paid, a car, a business, an undeclared pension', async () => {
    const deps = await createTestDeps(dialect, { seedDemo: false });
    try {
      await seedDemoIfEmpty(deps, { households: 200, seed: 7 });
      const imports = await deps.db.selectFrom('source_imports').select(['source_id', 'row_count']).orderBy('id').execute();
      // Then 主动发现's two: a hospital bill and an earner's death among residents who receive nothing.
      expect(imports.map((i) => [i.source_id, i.row_count])).toEqual([['public_security', 1], ['vehicles', 1], ['business', 1], ['social_insurance', 1], ['medical_insurance', 2], ['public_security', 1]]);
      const alerts = await deps.db.selectFrom('alerts').select(['rule', 'area_code', 'status']).orderBy('id').execute();
      expect(alerts.map((a) => a.rule).sort()).toEqual(['business_registration', 'death', 'undeclared_pension', 'vehicle_not_exempt']);
      expect(alerts.every((a) => a.area_code === DEMO_COMMUNITY && a.status === 'open')).toBe(true);
      const leads = await deps.db.selectFrom('discovery_leads').select(['rule', 'area_code']).execute();
      expect(leads.map((l) => l.rule)).toEqual(expect.arrayContaining(['large_medical_spending', 'breadwinner_death']));
      expect(leads.every((l) => l.area_code === DEMO_COMMUNITY)).toBe(true);
    } finally {
      await deps.dispose();
    }
  }, 240_000);
});
