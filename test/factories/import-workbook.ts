import { seededRandom, syntheticHousehold, type PopulationOptions } from '../../src/modules/demo/population.ts';
import { writeImportWorkbook } from '../../src/modules/registry/import-workbook.ts';
import type { NewHousehold } from '../../src/modules/registry/schema.ts';

/**
 * A large import workbook from the demo population generator (valid ID numbers, realistic
 * members, incomes and assets), written as a stream. Same seed, same households.
 */
export async function demoImportWorkbook(
  file: string,
  opts: { households: number; seed?: number; communities: PopulationOptions['communities']; today?: string },
): Promise<{ households: number; members: number }> {
  const population: PopulationOptions = { seed: opts.seed ?? 7, today: opts.today ?? '2026-03-02', communities: opts.communities, idAreaCode: '420102' };
  function* households(): Iterable<NewHousehold> {
    const rand = seededRandom(population.seed);
    const used = new Set<string>();
    for (let i = 0; i < opts.households; i++) yield syntheticHousehold(rand, population, used);
  }
  return writeImportWorkbook(file, households);
}
