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

/**
 * Several import workbooks cut from one generated population (one generator, one set of used
 * ID numbers), so no person is in two of them. Returns each workbook's head ID numbers.
 */
export async function demoImportWorkbooks(
  files: { file: string; households: number }[],
  opts: { seed?: number; communities: PopulationOptions['communities']; today?: string; idAreaCode?: string },
): Promise<{ heads: string[] }[]> {
  const population: PopulationOptions = { seed: opts.seed ?? 7, today: opts.today ?? '2026-03-02', communities: opts.communities, idAreaCode: opts.idAreaCode ?? '420105' };
  const rand = seededRandom(population.seed);
  const used = new Set<string>();
  const out: { heads: string[] }[] = [];
  for (const f of files) {
    const slice: NewHousehold[] = [];
    for (let i = 0; i < f.households; i++) slice.push(syntheticHousehold(rand, population, used));
    await writeImportWorkbook(f.file, () => slice);
    out.push({ heads: slice.map((h) => h.members.find((m) => m.relation === 'head')!.idNumber) });
  }
  return out;
}
