import type { DbOrTrx } from '../../db/types.ts';
import { areaPath } from '../areas/service.ts';
import { LABELS, type MemberView } from '../registry/service.ts';
import type { PaperMember } from './case-papers.ts';

export { LABELS };

/**
 * The offices a paper names: the community's committee, the street office, and the district
 * bureau (区民政局) in whose name decisions, certificates and rosters are issued.
 */
export interface Offices {
  /** the area the paper is about, by name */
  self: string;
  community: string;
  /** 居民委员会 / 村民委员会 */
  committee: string;
  street: string;
  /** 街道办事处 / 乡镇人民政府 */
  streetOffice: string;
  district: string;
  bureau: string;
}

export function committeeOf(community: string): string {
  if (community.endsWith('村')) return `${community}村民委员会`;
  if (community.endsWith('社区')) return `${community}居民委员会`;
  return community;
}

export function streetOfficeOf(street: string): string {
  if (street.endsWith('街道')) return `${street}办事处`;
  if (street.endsWith('乡') || street.endsWith('镇')) return `${street}人民政府`;
  return street;
}

/** 江岸区 → 江岸区民政局: the district bureau that confirms and issues. */
export function bureauOf(district: string): string {
  return `${district}民政局`;
}

export async function officesOf(db: DbOrTrx, areaCode: string): Promise<Offices> {
  const path = await areaPath(db, areaCode);
  const at = (len: number) => path.find((a) => a.code.length === len)?.name ?? '';
  const self = path.at(-1)?.name ?? areaCode;
  const community = at(12);
  const street = at(9);
  const district = at(6) || self;
  return { self, community, committee: committeeOf(community), street, streetOffice: streetOfficeOf(street), district, bureau: bureauOf(district) };
}

const SEX = { male: '男', female: '女' } as const;

/** Members as the forms list them: codes in Chinese, ID numbers masked, diagnoses never printed. */
export function memberLines(members: MemberView[]): PaperMember[] {
  return members.map((m) => ({
    name: m.name,
    relation: LABELS.relation[m.relation as keyof typeof LABELS.relation] ?? m.relation,
    sex: SEX[m.sex],
    birthDate: m.birthDate,
    age: m.age,
    idNumber: m.idNumberMasked,
    laborCapacity: LABELS.laborCapacity[m.laborCapacity as keyof typeof LABELS.laborCapacity] ?? m.laborCapacity,
    employment: LABELS.employment[m.employment as keyof typeof LABELS.employment] ?? m.employment,
    health: m.health ? (LABELS.health[m.health as keyof typeof LABELS.health] ?? m.health) : '',
    disability: m.disability ? `${LABELS.disabilityCategory[m.disability.category as keyof typeof LABELS.disabilityCategory] ?? m.disability.category}${m.disability.grade}级` : '无',
  }));
}
