import { buildIdNumber } from '../../domain/id-number.ts';
import { DISABILITY_CATEGORIES } from '../../domain/household.ts';
import type { NewHousehold, PersonInput } from '../registry/schema.ts';

/**
 * A deterministic synthetic population for the demo district: plausible Chinese names,
 * ages, household shapes, disabilities, illnesses, incomes and assets, with valid ID numbers
 * (mostly the district's own code, some issued elsewhere to people who moved in). Same seed,
 * same people.
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

/**
 * What incomes and assets are calibrated against: the dibao standards (fen per person per
 * month) and asset limit of `demoPolicy` in domain/policy.ts. About 4% of households fall
 * below the line with assets inside the limit, about 3% sit just above it (低保边缘,
 * 1.0–1.5 × the standard), the rest well above.
 */
export const DEMO_STANDARDS = { urban: 104_000, rural: 85_000 } as const;
export const DEMO_ASSET_MONTHS = 24;
const BELOW_LINE_SHARE = 0.04;
const EDGE_SHARE = 0.03;

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const MALE_GIVEN = ['建国', '建华', '国强', '志刚', '德明', '永红', '伟', '强', '磊', '军', '勇', '杰', '涛', '斌', '超', '明', '刚', '平', '辉', '鹏', '华', '飞', '浩', '宇', '俊杰', '子豪', '浩然', '宇轩', '振华', '文斌', '海波', '家豪'];
const FEMALE_GIVEN = ['秀英', '桂英', '秀兰', '玉兰', '桂兰', '凤英', '淑芬', '丽', '静', '敏', '燕', '艳', '娟', '霞', '芳', '娜', '丽娟', '红梅', '春梅', '晓燕', '欣怡', '梓涵', '诗涵', '雨涵', '佳怡', '思琪', '婷', '雪', '慧', '琳'];
const STREETS_OF_ADDRESS = ['二七路', '解放大道', '中山大道', '黄浦大街', '沿江大道', '胜利街', '京汉大道', '台北路', '香港路', '后湖大道', '百步亭路', '塔子湖东路', '新村街', '球场路', '车站路', '一元路'];
const BANKS = ['中国工商银行', '中国农业银行', '中国建设银行', '中国银行', '湖北农信', '汉口银行', '中国邮政储蓄银行'];
const DIAGNOSES = ['恶性肿瘤', '尿毒症', '白血病', '脑卒中后遗症'];
/** Where adults who moved into the district were registered at birth (other Hubei and neighbouring districts). */
const ORIGIN_AREA_CODES = ['420103', '420104', '420106', '420111', '420115', '420117', '421023', '420984', '421127', '422801', '430602', '411502'];

export interface PopulationOptions {
  seed: number;
  /** The date ages are computed against. */
  today: string;
  /** 12-digit community codes with their urban/rural class. */
  communities: { code: string; urbanRural: 'urban' | 'rural' }[];
  /** GB/T 2260 code used in the ID numbers of people born in the district. */
  idAreaCode: string;
  /** Start of every address; the demo district when omitted. */
  districtName?: string;
}

type Sex = 'male' | 'female';
type Economy = 'below_line' | 'edge' | 'general';

interface Traits {
  /** true forces a disability (of grade 1–2 when `severe`); a number is the chance of one. */
  disabled?: boolean | number;
  severe?: boolean;
  serious?: boolean;
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

function yuan(amount: number): number {
  return Math.floor(amount / 100) * 100;
}

function birthDate(rand: () => number, today: string, minAge: number, maxAge: number): string {
  const year = Number(today.slice(0, 4)) - minAge - Math.floor(rand() * (maxAge - minAge + 1));
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function ageOf(p: PersonInput, today: string): number {
  return Number(today.slice(0, 4)) - Number(p.idNumber.slice(6, 10));
}

/** Builds a household payload; `used` keeps ID numbers unique across the whole population. */
export function syntheticHousehold(rand: () => number, opts: PopulationOptions, used: Set<string>): NewHousehold {
  const community = pick(rand, opts.communities);
  const standard = DEMO_STANDARDS[community.urbanRural];
  const surname = SURNAMES[Math.floor(rand() * SURNAMES.length)]!;
  const draw = rand();
  const economy: Economy = draw < BELOW_LINE_SHARE ? 'below_line' : draw < BELOW_LINE_SHARE + EDGE_SHARE ? 'edge' : 'general';
  const person = (sex: Sex, minAge: number, maxAge: number, relation: PersonInput['relation'], traits: Traits = {}): PersonInput => {
    const areaCode = minAge >= 18 && rand() < 0.12 ? pick(rand, ORIGIN_AREA_CODES) : opts.idAreaCode;
    let idNumber = '';
    let born = '';
    do {
      born = birthDate(rand, opts.today, minAge, maxAge);
      const seq = Math.floor(rand() * 499) * 2 + (sex === 'male' ? 1 : 2);
      idNumber = buildIdNumber({ areaCode, birthDate: born, sequence: seq });
    } while (used.has(idNumber));
    used.add(idNumber);
    const age = Number(opts.today.slice(0, 4)) - Number(born.slice(0, 4));
    const chance = traits.disabled ?? (economy === 'below_line' ? 0.1 : 0.055);
    const disabled = chance === true || (typeof chance === 'number' && rand() < chance);
    const serious = traits.serious ?? (age > 40 && rand() < 0.05);
    const elderly = age >= 60;
    const categoryIndex = Math.floor(rand() * DISABILITY_CATEGORIES.length);
    const grade = traits.severe ? 1 + Math.floor(rand() * 2) : 1 + Math.floor(rand() * 4);
    // Grades 1–2 (the severe ones) and serious illness leave no capacity to work; 3–4 some.
    const noLabor = (disabled && grade <= 2) || serious || elderly || age < 16;
    return {
      idNumber,
      name: (relation === 'spouse' ? SURNAMES[Math.floor(rand() * SURNAMES.length)]! : surname) + pick(rand, sex === 'male' ? MALE_GIVEN : FEMALE_GIVEN),
      relation,
      ethnicity: rand() < 0.97 ? '汉族' : pick(rand, ['回族', '土家族', '苗族', '满族']),
      maritalStatus: age < 22 ? 'unmarried' : relation === 'head' || relation === 'spouse' ? 'married' : pick(rand, ['married', 'unmarried', 'divorced', 'widowed'] as const),
      laborCapacity: noLabor ? 'none' : disabled || rand() < 0.15 ? 'partial' : 'full',
      employment: age < 16 ? 'not_applicable' : age >= 60 ? 'retired' : noLabor ? 'unemployed' : pick(rand, ['employed', 'employed', 'employed', 'flexible', 'unemployed'] as const),
      student: age >= 6 && age < 22,
      health: serious ? 'serious' : elderly && rand() < 0.35 ? 'chronic' : 'healthy',
      diagnosis: serious ? pick(rand, DIAGNOSES) : null,
      // 残疾证号: the holder's ID number, then category (1–7) and grade (1–4).
      disability: disabled ? { category: DISABILITY_CATEGORIES[categoryIndex]!, grade, certificate: `${idNumber}${categoryIndex + 1}${grade}` } : null,
      selfCare: age >= 60 ? (rand() < 0.85 ? 'self' : rand() < 0.6 ? 'partial' : 'full') : null,
      flags: [],
      inPrison: false,
    };
  };
  const anySex = (): Sex => (rand() < 0.5 ? 'male' : 'female');

  const members = economy === 'below_line' ? belowLineMembers(rand, person, anySex) : generalMembers(rand, person, anySex);
  const today = opts.today;
  if (economy !== 'general') {
    // No formal job below or near the line: odd jobs (灵活就业) for those who earn, set below.
    for (const m of members) if (m.employment === 'employed' || m.employment === 'flexible') m.employment = 'unemployed';
  }

  const { incomes, deductions } =
    economy === 'general' ? generalIncomes(rand, members, standard, today) : incomesNear(rand, members, standard, economy === 'below_line' ? [0, 0.92] : [1.02, 1.48], today);
  // Benefits everyone of the age or status gets; not income for the means test.
  for (const m of members) {
    const age = ageOf(m, today);
    if (age >= 80) incomes.push({ idNumber: m.idNumber, type: 'elderly_allowance', monthly: age >= 90 ? 20_000 : 10_000 });
    if (m.flags.includes('orphan') || m.flags.includes('de_facto_orphan')) incomes.push({ idNumber: m.idNumber, type: 'orphan_allowance', monthly: 160_000 });
  }

  const head = members[0]!;
  const n = members.length;
  const anyDisabled = members.some((m) => m.disability);
  const assets: NewHousehold['assets'] = [];
  const deposits =
    economy === 'below_line'
      ? yuan(rand() * rand() * 0.5 * DEMO_ASSET_MONTHS * standard * n)
      : economy === 'edge'
        ? yuan(rand() * 0.8 * DEMO_ASSET_MONTHS * standard * n)
        : Math.round(rand() * rand() * 80000) * 100;
  if (deposits > 0) assets.push({ type: 'deposit', value: deposits, exempt: false });
  if (economy === 'general' && rand() < 0.1) assets.push({ type: 'securities', value: Math.round(rand() * 200000) * 100, exempt: false });
  if (economy === 'below_line') {
    // A mobility vehicle for a disabled member is exempt (残疾人代步车).
    if (anyDisabled && rand() < 0.1) assets.push({ type: 'vehicle', value: 300_000, exempt: true, description: '残疾人代步车' });
  } else if (rand() < (economy === 'edge' ? 0.05 : 0.18)) {
    assets.push({ type: 'vehicle', value: Math.round(30000 + rand() * 150000) * 100, exempt: rand() < 0.05 });
  }
  if (economy !== 'below_line' || rand() < 0.85) assets.push({ type: 'house', value: 0, exempt: false, areaSqm: (economy === 'general' ? 45 : 20) + Math.floor(rand() * 80) });
  if (economy === 'general' && rand() < 0.12) assets.push({ type: 'house', value: 0, exempt: false, areaSqm: 40 + Math.floor(rand() * 90) });

  // Children of elderly dibao applicants are recorded even when they cannot pay.
  const obligors: NewHousehold['obligors'] =
    economy === 'below_line' && ageOf(head, today) >= 60 && rand() < 0.4
      ? [{ name: surname + pick(rand, MALE_GIVEN), relation: '儿子', monthlySupport: 0, ableToSupport: false }]
      : [];

  return {
    areaCode: community.code,
    address: `${opts.districtName ?? '江岸区'}${pick(rand, STREETS_OF_ADDRESS)}${1 + Math.floor(rand() * 300)}号${1 + Math.floor(rand() * 12)}栋${1 + Math.floor(rand() * 6)}0${1 + Math.floor(rand() * 4)}室`,
    urbanRural: community.urbanRural,
    phone: `1${pick(rand, ['3', '5', '7', '8'])}${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`,
    bankAccount: { bankName: pick(rand, BANKS), accountNumber: `62${String(Math.floor(rand() * 1e16)).padStart(17, '0')}`, accountHolder: head.name },
    members,
    incomes,
    deductions,
    assets,
    obligors,
  };
}

type MakePerson = (sex: Sex, minAge: number, maxAge: number, relation: PersonInput['relation'], traits?: Traits) => PersonInput;

/** Shapes seen on community ledgers: elderly alone, couples, couples with a child, single parents, three generations. */
function generalMembers(rand: () => number, person: MakePerson, anySex: () => Sex): PersonInput[] {
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
    members.push(person('male', 32, 55, 'head'), person('female', 30, 53, 'spouse'), person(anySex(), 3, 17, 'child'));
    if (rand() < 0.35) members.push(person(anySex(), 1, 15, 'child'));
  } else if (shape < 0.92) {
    members.push(person('female', 28, 50, 'head'), person(anySex(), 2, 17, 'child'));
  } else {
    members.push(person('male', 35, 55, 'head'), person('female', 33, 53, 'spouse'), person('male', 68, 88, 'parent'), person('female', 8, 16, 'child'));
  }
  return members;
}

/**
 * Dibao households are small (1.7 persons on average): elderly alone, a disabled adult alone,
 * a single parent, a couple with a seriously ill or disabled member, a grandparent raising an
 * orphan or a child nobody else looks after (事实无人抚养儿童).
 */
function belowLineMembers(rand: () => number, person: MakePerson, anySex: () => Sex): PersonInput[] {
  const shape = rand();
  if (shape < 0.28) {
    const head = person(rand() < 0.62 ? 'female' : 'male', 62, 92, 'head', { disabled: 0.15 });
    head.flags = ['solitary_elderly'];
    head.maritalStatus = rand() < 0.8 ? 'widowed' : 'unmarried';
    return [head];
  }
  if (shape < 0.42) {
    const head = person(anySex(), 25, 59, 'head', { disabled: true, severe: rand() < 0.7 });
    head.maritalStatus = rand() < 0.7 ? 'unmarried' : 'divorced';
    return [head];
  }
  if (shape < 0.66 || (shape >= 0.82 && shape < 0.88)) {
    const head = person(rand() < 0.75 ? 'female' : 'male', 26, 50, 'head');
    head.maritalStatus = rand() < 0.75 ? 'divorced' : 'widowed';
    const children = [person(anySex(), 2, 17, 'child')];
    if (shape >= 0.82) children.push(person(anySex(), 1, 12, 'child'));
    return [head, ...children];
  }
  if (shape < 0.94) {
    const ill = rand() < 0.5;
    const members = [person('male', 45, 72, 'head', ill ? { serious: true } : { disabled: true }), person('female', 42, 70, 'spouse')];
    if (shape >= 0.88) members.push(person(anySex(), 6, 17, 'child'));
    return members;
  }
  const head = person(rand() < 0.6 ? 'female' : 'male', 58, 80, 'head');
  const child = person(anySex(), 3, 16, 'grandchild');
  child.flags = [rand() < 0.5 ? 'orphan' : 'de_facto_orphan'];
  return [head, child];
}

type Incomes = Pick<NewHousehold, 'incomes' | 'deductions'>;

/** Wages with social insurance withheld, odd-job earnings and pensions, lifted to at least 1.6 × the standard per person. */
function generalIncomes(rand: () => number, members: PersonInput[], standard: number, today: string): Incomes {
  const incomes: NewHousehold['incomes'] = [];
  for (const m of members) {
    if (m.employment === 'employed') incomes.push({ idNumber: m.idNumber, type: 'wage', monthly: Math.round(2200 + rand() * rand() * 12000) * 100 });
    else if (m.employment === 'flexible') incomes.push({ idNumber: m.idNumber, type: 'business', monthly: Math.round(1500 + rand() * 4500) * 100 });
    else if (m.employment === 'retired' && rand() < 0.95) incomes.push({ idNumber: m.idNumber, type: 'pension', monthly: Math.round(1800 + rand() * rand() * 5000) * 100 });
  }
  // Counted at the worst case (social insurance and the full work-cost allowance off every wage),
  // so no reading of the deduction rules puts a general household under the line.
  const counted = (i: NewHousehold['incomes'][number]) => (i.type === 'wage' ? i.monthly * 0.695 : i.monthly);
  const shortfall = 1.6 * standard * members.length - incomes.reduce((s, i) => s + counted(i), 0);
  if (shortfall > 0) {
    let main = incomes[0];
    if (!main) {
      // Nobody earns yet: someone able to work takes odd jobs, else the head draws a pension or family help.
      const able = members.find((m) => m.laborCapacity !== 'none' && ageOf(m, today) >= 16 && ageOf(m, today) < 60);
      const head = members[0]!;
      if (able) able.employment = 'flexible';
      main = able
        ? { idNumber: able.idNumber, type: 'business', monthly: 0 }
        : ageOf(head, today) >= 60
          ? { idNumber: head.idNumber, type: 'pension', monthly: 0 }
          : { idNumber: head.idNumber, type: 'other', monthly: 0, note: '亲友资助' };
      incomes.push(main);
    }
    main.monthly += Math.ceil(shortfall / (main.type === 'wage' ? 0.695 : 1) / 100) * 100 + Math.round(rand() * 2000) * 100;
  }
  const deductions = incomes.filter((i) => i.type === 'wage').map((i) => ({ idNumber: i.idNumber, type: 'social_insurance' as const, monthly: Math.round(i.monthly * 0.105) }));
  return { incomes, deductions };
}

/**
 * Incomes with no deductions (pensions, odd jobs, help from relatives) whose total per person
 * falls in `band` × the standard: below the line, or just above it.
 */
function incomesNear(rand: () => number, members: PersonInput[], standard: number, band: [number, number], today: string): Incomes {
  const incomes: NewHousehold['incomes'] = [];
  const total = (band[0] + rand() * (band[1] - band[0])) * standard * members.length;
  if (band[0] === 0 && rand() < 0.15) return { incomes, deductions: [] };
  const earners = members.filter((m) => ageOf(m, today) >= 60 || (ageOf(m, today) >= 16 && m.laborCapacity !== 'none'));
  if (earners.length === 0) {
    incomes.push({ idNumber: members[0]!.idNumber, type: 'other', monthly: yuan(total), note: '亲友接济' });
    return { incomes, deductions: [] };
  }
  const weights = earners.map(() => 0.3 + rand());
  const sum = weights.reduce((a, b) => a + b, 0);
  earners.forEach((m, i) => {
    const monthly = yuan((total * weights[i]!) / sum);
    if (monthly === 0) return;
    if (ageOf(m, today) >= 60) incomes.push({ idNumber: m.idNumber, type: 'pension', monthly });
    else {
      m.employment = 'flexible';
      incomes.push({ idNumber: m.idNumber, type: 'business', monthly });
    }
  });
  return { incomes, deductions: [] };
}
