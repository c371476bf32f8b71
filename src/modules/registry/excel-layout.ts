import {
  DISABILITY_CATEGORIES,
  EMPLOYMENT_STATUSES,
  HEALTH_STATUSES,
  LABOR_CAPACITIES,
  MARITAL_STATUSES,
  PERSON_FLAGS,
  RELATIONS,
  SELF_CARE_LEVELS,
} from '../../domain/household.ts';

/**
 * The familiar two-sheet ledger layout (户信息 + 成员), shared by the template, the export
 * and the import so the three can never drift apart. Codes appear in Chinese in cells.
 */
export const HOUSEHOLD_SHEET = '户信息';
export const MEMBER_SHEET = '成员';

type LabelsFor<T extends readonly string[]> = Record<T[number], string>;

export const LABELS = {
  relation: { head: '户主', spouse: '配偶', child: '子女', parent: '父母', grandchild: '孙子女', sibling: '兄弟姐妹', other: '其他' } satisfies LabelsFor<typeof RELATIONS>,
  urbanRural: { urban: '城市', rural: '农村' },
  laborCapacity: { full: '有劳动能力', partial: '部分劳动能力', none: '无劳动能力' } satisfies LabelsFor<typeof LABOR_CAPACITIES>,
  employment: { employed: '就业', flexible: '灵活就业', unemployed: '失业', retired: '退休', not_applicable: '不适用' } satisfies LabelsFor<typeof EMPLOYMENT_STATUSES>,
  health: { healthy: '健康', chronic: '慢性病', serious: '重病' } satisfies LabelsFor<typeof HEALTH_STATUSES>,
  disabilityCategory: { visual: '视力', hearing: '听力', speech: '言语', physical: '肢体', intellectual: '智力', mental: '精神', multiple: '多重' } satisfies LabelsFor<
    typeof DISABILITY_CATEGORIES
  >,
  selfCare: { self: '自理', partial: '半失能', full: '全失能' } satisfies LabelsFor<typeof SELF_CARE_LEVELS>,
  maritalStatus: { unmarried: '未婚', married: '已婚', divorced: '离异', widowed: '丧偶' } satisfies LabelsFor<typeof MARITAL_STATUSES>,
  flags: { solitary_elderly: '孤寡', empty_nest: '空巢', left_behind: '留守', orphan: '孤儿', de_facto_orphan: '事实无人抚养儿童', entitled_group: '优抚对象' } satisfies LabelsFor<
    typeof PERSON_FLAGS
  >,
  yesNo: { true: '是', false: '否' },
} as const;

export interface ColumnDef {
  key: string;
  header: string;
  width: number;
  required?: boolean;
  /** Shown as the header cell's note in the template. */
  hint?: string;
}

export const HOUSEHOLD_COLUMNS: ColumnDef[] = [
  { key: 'headIdNumber', header: '户主身份证号', width: 22, required: true, hint: '18 位，单元格请设为文本；用于匹配已有户' },
  { key: 'areaCode', header: '社区代码', width: 16, required: true, hint: '12 位统计用区划代码' },
  { key: 'address', header: '家庭住址', width: 32, required: true },
  { key: 'urbanRural', header: '城乡类别', width: 10, required: true, hint: '城市 / 农村' },
  { key: 'phone', header: '联系电话', width: 14 },
  { key: 'bankName', header: '开户银行', width: 16 },
  { key: 'bankAccount', header: '银行账号', width: 24, hint: '单元格请设为文本' },
  { key: 'bankAccountHolder', header: '账户名', width: 10 },
  { key: 'deposits', header: '存款及有价证券(元)', width: 18 },
  { key: 'vehicles', header: '非豁免车辆(辆)', width: 14 },
  { key: 'houses', header: '住房(套)', width: 10 },
];

export const MEMBER_COLUMNS: ColumnDef[] = [
  { key: 'headIdNumber', header: '户主身份证号', width: 22, required: true, hint: '所属户的户主身份证号' },
  { key: 'idNumber', header: '身份证号', width: 22, required: true, hint: '18 位，单元格请设为文本' },
  { key: 'name', header: '姓名', width: 10, required: true },
  { key: 'relation', header: '与户主关系', width: 12, required: true, hint: Object.values(LABELS.relation).join(' / ') },
  { key: 'ethnicity', header: '民族', width: 8 },
  { key: 'maritalStatus', header: '婚姻状况', width: 10, hint: Object.values(LABELS.maritalStatus).join(' / ') },
  { key: 'laborCapacity', header: '劳动能力', width: 14, hint: Object.values(LABELS.laborCapacity).join(' / ') },
  { key: 'employment', header: '就业状况', width: 10, hint: Object.values(LABELS.employment).join(' / ') },
  { key: 'student', header: '在校学生', width: 10, hint: '是 / 否' },
  { key: 'health', header: '健康状况', width: 10, hint: Object.values(LABELS.health).join(' / ') },
  { key: 'diagnosis', header: '病种', width: 14 },
  { key: 'disabilityCategory', header: '残疾类别', width: 10, hint: Object.values(LABELS.disabilityCategory).join(' / ') },
  { key: 'disabilityGrade', header: '残疾等级', width: 10, hint: '1–4' },
  { key: 'disabilityCertificate', header: '残疾证号', width: 22 },
  { key: 'selfCare', header: '自理能力', width: 10, hint: Object.values(LABELS.selfCare).join(' / ') },
  { key: 'flags', header: '特殊标识', width: 18, hint: `多个用逗号分隔：${Object.values(LABELS.flags).join('、')}` },
  { key: 'inPrison', header: '服刑或强制隔离', width: 14, hint: '是 / 否' },
  { key: 'wage', header: '月工资收入(元)', width: 14 },
  { key: 'business', header: '月经营收入(元)', width: 14 },
  { key: 'property', header: '月财产收入(元)', width: 14 },
  { key: 'pension', header: '月养老金(元)', width: 12 },
  { key: 'maintenance', header: '月赡养扶养费(元)', width: 16 },
  { key: 'otherIncome', header: '月其他收入(元)', width: 14 },
  { key: 'socialInsurance', header: '个人社保缴费(元/月)', width: 18 },
  { key: 'ownBankName', header: '本人开户银行', width: 16, hint: '个人待遇（特困、残疾人补贴、高龄津贴等）发到本人账户' },
  { key: 'ownBankAccount', header: '本人银行账号', width: 24, hint: '户名为本人；单元格请设为文本' },
];

export const MEMBER_INCOME_COLUMNS = [
  ['wage', 'wage'],
  ['business', 'business'],
  ['property', 'property'],
  ['pension', 'pension'],
  ['maintenance', 'maintenance'],
  ['otherIncome', 'other'],
] as const;

/** Chinese label → code for one labelled field; also accepts the code itself. */
export function codeOf<T extends keyof typeof LABELS>(field: T, text: string): keyof (typeof LABELS)[T] | undefined {
  const labels = LABELS[field] as Record<string, string>;
  const trimmed = text.trim();
  if (trimmed in labels) return trimmed as keyof (typeof LABELS)[T];
  return Object.entries(labels).find(([, label]) => label === trimmed)?.[0] as keyof (typeof LABELS)[T] | undefined;
}

export function labelOf<T extends keyof typeof LABELS>(field: T, code: string | null | undefined): string {
  if (code === null || code === undefined) return '';
  return (LABELS[field] as Record<string, string>)[code] ?? code;
}
