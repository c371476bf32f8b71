import { buildIdNumber } from '../../domain/id-number.ts';
import type { NewHousehold, PersonInput } from '../registry/schema.ts';

/**
 * A deterministic synthetic population for the demo district: plausible Chinese names,
 * ages, household shapes, disabilities, illnesses and incomes, with valid ID numbers
 * whose area part is the district's real code (420102 江岸区). Same seed, same people.
 */
export function seededRandom(seed: number): () => number {
  // mulberry32: tiny, fast, good enough for synthetic data.
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const MALE_GIVEN = ['建国', '建华', '国强', '志刚', '德明', '永红', '伟', '强', '磊', '军', '勇', '杰', '涛', '斌', '超', '明', '刚', '平', '辉', '鹏', '华', '飞', '浩', '宇', '俊杰', '子豪', '浩然', '宇轩', '振华', '文斌', '海波', '家豪'];
const FEMALE_GIVEN = ['秀英', '桂英', '秀兰', '玉兰', '桂兰', '凤英', '淑芬', '丽', '静', '敏', '燕', '艳', '娟', '霞', '芳', '娜', '丽娟', '红梅', '春梅', '晓燕', '欣怡', '梓涵', '诗涵', '雨涵', '佳怡', '思琪', '婷', '雪', '慧', '琳'];
const STREETS_OF_ADDRESS = ['二七路', '解放大道', '中山大道', '黄浦大街', '沿江大道', '胜利街', '京汉大道', '台北路', '香港路', '后湖大道', '百步亭路', '塔子湖东路', '新村街', '球场路', '车站路', '一元路'];
const BANKS = ['中国工商银行', '中国农业银行', '中国建设银行', '中国银行', '湖北农信', '汉口银行', '中国邮政储蓄银行'];
const DISABILITY_CATEGORIES = ['visual', 'hearing', 'speech', 'physical', 'intellectual', 'mental', 'multiple'] as const;

export interface PopulationOptions {
  seed: number;
  /** The date ages are computed against. */
  today: string;
  /** 12-digit community codes with their urban/rural class. */
  communities: { code: string; urbanRural: 'urban' | 'rural' }[];
  /** GB/T 2260 code used in ID numbers. */
  idAreaCode: string;
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

function birthDate(rand: () => number, today: string, minAge: number, maxAge: number): string {
  const year = Number(today.slice(0, 4)) - minAge - Math.floor(rand() * (maxAge - minAge + 1));
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Builds a household payload; `used` keeps ID numbers unique across the whole population. */
export function syntheticHousehold(rand: () => number, opts: PopulationOptions, used: Set<string>): NewHousehold {
  const community = pick(rand, opts.communities);
  const surname = SURNAMES[Math.floor(rand() * SURNAMES.length)]!;
  const person = (sex: 'male' | 'female', minAge: number, maxAge: number, relation: PersonInput['relation'], family = surname): PersonInput => {
    let idNumber = '';
    let born = '';
    do {
      born = birthDate(rand, opts.today, minAge, maxAge);
      const seq = Math.floor(rand() * 499) * 2 + (sex === 'male' ? 1 : 2);
      idNumber = buildIdNumber({ areaCode: opts.idAreaCode, birthDate: born, sequence: seq });
    } while (used.has(idNumber));
    used.add(idNumber);
    const age = Number(opts.today.slice(0, 4)) - Number(born.slice(0, 4));
    const disabled = rand() < 0.06;
    const serious = age > 40 && rand() < 0.05;
    const elderly = age >= 60;
    return {
      idNumber,
      name: family + pick(rand, sex === 'male' ? MALE_GIVEN : FEMALE_GIVEN),
      relation,
      ethnicity: rand() < 0.97 ? '汉族' : pick(rand, ['回族', '土家族', '苗族', '满族']),
      maritalStatus: age < 22 ? 'unmarried' : relation === 'head' || relation === 'spouse' ? 'married' : pick(rand, ['married', 'unmarried', 'divorced', 'widowed'] as const),
      laborCapacity: disabled || serious || age >= 70 ? 'none' : elderly || age < 16 ? 'none' : rand() < 0.15 ? 'partial' : 'full',
      employment: age < 16 ? 'not_applicable' : age >= 60 ? 'retired' : pick(rand, ['employed', 'employed', 'flexible', 'unemployed'] as const),
      student: age >= 6 && age < 22,
      health: serious ? 'serious' : elderly && rand() < 0.35 ? 'chronic' : 'healthy',
      diagnosis: serious ? pick(rand, ['恶性肿瘤', '尿毒症', '白血病', '脑卒中后遗症']) : null,
      disability: disabled
        ? { category: pick(rand, DISABILITY_CATEGORIES), grade: 1 + Math.floor(rand() * 4), certificate: `${idNumber}${1 + Math.floor(rand() * 7)}${1 + Math.floor(rand() * 4)}` }
        : null,
      selfCare: age >= 60 ? (rand() < 0.85 ? 'self' : rand() < 0.6 ? 'partial' : 'full') : null,
      flags: [],
      inPrison: false,
    };
  };

  // Shapes seen on community ledgers: elderly alone, couples, couples with a child, single parents, three generations.
  const shape = rand();
  const members: PersonInput[] = [];
  if (shape < 0.22) {
    const head = person(rand() < 0.6 ? 'female' : 'male', 65, 92, 'head');
    head.flags = rand() < 0.5 ? ['solitary_elderly'] : ['empty_nest'];
    members.push(head);
  } else if (shape < 0.45) {
    members.push(person('male', 55, 85, 'head'), person('female', 50, 83, 'spouse'));
    if (members[0]!.laborCapacity === 'none') members[0]!.flags = ['empty_nest'];
  } else if (shape < 0.8) {
    members.push(person('male', 32, 55, 'head'), person('female', 30, 53, 'spouse'), person(rand() < 0.5 ? 'male' : 'female', 3, 17, 'child'));
    if (rand() < 0.35) members.push(person(rand() < 0.5 ? 'male' : 'female', 1, 15, 'child'));
  } else if (shape < 0.92) {
    members.push(person('female', 28, 50, 'head'), person(rand() < 0.5 ? 'male' : 'female', 2, 17, 'child'));
  } else {
    members.push(person('male', 35, 55, 'head'), person('female', 33, 53, 'spouse'), person('male', 68, 88, 'parent'), person('female', 8, 16, 'child'));
  }

  const incomes: NewHousehold['incomes'] = [];
  const deductions: NewHousehold['deductions'] = [];
  // Monthly incomes in fen, skewed so a few percent fall under the dibao line and some just above it.
  for (const m of members) {
    if (m.employment === 'employed') {
      const wage = Math.round(1200 + rand() * rand() * 7000) * 100;
      incomes.push({ idNumber: m.idNumber, type: 'wage', monthly: wage });
      deductions.push({ idNumber: m.idNumber, type: 'social_insurance', monthly: Math.round(wage * 0.105) });
    } else if (m.employment === 'flexible') {
      incomes.push({ idNumber: m.idNumber, type: 'business', monthly: Math.round(500 + rand() * 2500) * 100 });
    } else if (m.employment === 'retired') {
      if (rand() < 0.8) incomes.push({ idNumber: m.idNumber, type: 'pension', monthly: Math.round(300 + rand() * rand() * 4500) * 100 });
    }
  }
  const head = members[0]!;
  const deposits = Math.round(rand() * rand() * 80000) * 100;
  return {
    areaCode: community.code,
    address: `江岸区${pick(rand, STREETS_OF_ADDRESS)}${1 + Math.floor(rand() * 300)}号${1 + Math.floor(rand() * 12)}栋${1 + Math.floor(rand() * 6)}0${1 + Math.floor(rand() * 4)}室`,
    urbanRural: community.urbanRural,
    phone: `1${pick(rand, ['3', '5', '7', '8'])}${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`,
    bankAccount: { bankName: pick(rand, BANKS), accountNumber: `62${String(Math.floor(rand() * 1e16)).padStart(17, '0')}`, accountHolder: head.name },
    members,
    incomes,
    deductions,
    assets: [
      ...(deposits > 0 ? [{ type: 'deposit' as const, value: deposits, exempt: false }] : []),
      ...(rand() < 0.08 ? [{ type: 'vehicle' as const, value: 0, exempt: rand() < 0.3 }] : []),
      { type: 'house' as const, value: 0, exempt: false, areaSqm: 35 + Math.floor(rand() * 80) },
    ],
    obligors: [],
  };
}
