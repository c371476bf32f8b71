import { seededRandom, syntheticHousehold, type PopulationOptions } from '../../src/modules/demo/population.ts';
import { writeImportWorkbook } from '../../src/modules/registry/import-workbook.ts';
import type { NewHousehold } from '../../src/modules/registry/schema.ts';

/**
 * A large import workbook from the demo population generator (valid ID numbers, realistic
 * members, incomes and assets), written as a stream. Same seed, same households. People born in
 * 汉阳区 (420105) by default, so none collides with the demo district's own population.
 */
export async function demoImportWorkbook(
  file: string,
  opts: { households: number; seed?: number; communities: PopulationOptions['communities']; today?: string; idAreaCode?: string },
): Promise<{ households: number; members: number }> {
  const population: PopulationOptions = { seed: opts.seed ?? 7, today: opts.today ?? '2026-03-02', communities: opts.communities, idAreaCode: opts.idAreaCode ?? '420105' };
  function* households(): Iterable<NewHousehold> {
    const rand = seededRandom(population.seed);
    const used = new Set<string>();
    for (let i = 0; i < opts.households; i++) yield syntheticHousehold(rand, population, used);
  }
  return writeImportWorkbook(file, households);
}
