/**
 * 核对数据源: the records other departments hand the verification centre as files (issue 18).
 * Each source is one department's file with Chinese column headers; its column mapping turns a
 * row into a `SourceRecord`, the one shape every matching rule reads. Pure: no I/O.
 *
 * `mode` is the source's rule on import: a snapshot (vehicles held today, balances) replaces the
 * source's previous import; an event register (deaths, cremations, prison terms, moves) appends,
 * a record already held being kept once.
 */
import { createHash } from 'node:crypto';
import { yuanToFen } from '../money.ts';
import { parseIdNumber, idNumberProblemMessage } from '../id-number.ts';

export const SOURCE_IDS = [
  'public_security',
  'funeral',
  'social_insurance',
  'real_estate',
  'vehicles',
  'business',
  'housing_fund',
  'tax',
  'bank',
  'prison',
  'medical_insurance',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export function isSourceId(s: string): s is SourceId {
  return (SOURCE_IDS as readonly string[]).includes(s);
}

type ColumnType = 'text' | 'date' | 'money' | 'number' | 'yesno' | { values: Record<string, string> };

export interface SourceColumn {
  header: string;
  field: string;
  type: ColumnType;
  required: boolean;
}

/** A record as every rule reads it; amounts in fen. */
export interface SourceRecord {
  idNumber: string;
  name: string;
  kind: string;
  eventDate: string | null;
  endDate: string | null;
  amount: number | null;
  item: string | null;
  exempt: boolean;
  detail: Record<string, string | number | boolean | null>;
}

export interface SourceDefinition {
  id: SourceId;
  /** 来源部门 and what it holds */
  name: string;
  department: string;
  mode: 'replace' | 'append';
  columns: readonly SourceColumn[];
  /** The mapped row (values by field) as a record. */
  toRecord(v: Values): Omit<SourceRecord, 'idNumber' | 'name' | 'detail'>;
}

type Values = Record<string, string | number | boolean | null>;

const col = (header: string, field: string, type: ColumnType, required = true): SourceColumn => ({ header, field, type, required });
const person = [col('姓名', 'name', 'text'), col('身份证号', 'idNumber', 'text')];
const str = (v: Values, k: string): string | null => (v[k] === null || v[k] === undefined ? null : String(v[k]));
const num = (v: Values, k: string): number | null => (typeof v[k] === 'number' ? (v[k] as number) : null);
const base = { eventDate: null, endDate: null, amount: null, item: null, exempt: false };

export const SOURCES: readonly SourceDefinition[] = [
  {
    id: 'public_security',
    name: '公安户籍（死亡、迁移）',
    department: '公安',
    mode: 'append',
    columns: [...person, col('事项', 'kind', { values: { 死亡: 'death', 迁出: 'move_out', 迁入: 'move_in' } }), col('日期', 'date', 'date'), col('说明', 'note', 'text', false)],
    toRecord: (v) => ({ ...base, kind: str(v, 'kind')!, eventDate: str(v, 'date'), item: str(v, 'note') }),
  },
  {
    id: 'funeral',
    name: '殡葬火化记录',
    department: '民政殡葬',
    mode: 'append',
    columns: [...person, col('火化日期', 'date', 'date'), col('殡仪馆', 'place', 'text', false)],
    toRecord: (v) => ({ ...base, kind: 'cremation', eventDate: str(v, 'date'), item: str(v, 'place') }),
  },
  {
    id: 'social_insurance',
    name: '人社（社保缴费、养老金、失业金、工资）',
    department: '人力资源和社会保障',
    mode: 'replace',
    columns: [
      ...person,
      col('类别', 'kind', { values: { 养老金: 'pension', 工资: 'wage', 失业金: 'unemployment', 社保缴费: 'contribution' } }),
      col('月金额(元)', 'amount', 'money'),
      col('单位', 'employer', 'text', false),
      col('所属年月', 'month', 'text', false),
    ],
    toRecord: (v) => ({ ...base, kind: str(v, 'kind')!, amount: num(v, 'amount'), item: str(v, 'employer') }),
  },
  {
    id: 'real_estate',
    name: '不动产登记',
    department: '自然资源和规划（不动产登记）',
    mode: 'replace',
    columns: [...person, col('坐落', 'address', 'text'), col('建筑面积(㎡)', 'area', 'number'), col('登记日期', 'date', 'date', false)],
    toRecord: (v) => ({ ...base, kind: 'house', eventDate: str(v, 'date'), item: str(v, 'address') }),
  },
  {
    id: 'vehicles',
    name: '机动车登记',
    department: '公安车管',
    mode: 'replace',
    columns: [
      ...person,
      col('号牌号码', 'plate', 'text'),
      col('车辆类型', 'vehicleType', 'text'),
      col('价值(元)', 'value', 'money'),
      col('登记日期', 'date', 'date', false),
      col('豁免', 'exempt', 'yesno', false),
      col('豁免事由', 'exemptReason', 'text', false),
    ],
    toRecord: (v) => ({ ...base, kind: 'vehicle', eventDate: str(v, 'date'), amount: num(v, 'value'), item: str(v, 'plate'), exempt: v['exempt'] === true }),
  },
  {
    id: 'business',
    name: '市场主体登记',
    department: '市场监督管理',
    mode: 'replace',
    columns: [
      ...person,
      col('企业名称', 'company', 'text'),
      col('角色', 'role', { values: { 法定代表人: 'legal_representative', 股东: 'shareholder', 个体工商户经营者: 'sole_trader' } }),
      col('注册资本(元)', 'capital', 'money', false),
      col('登记状态', 'status', { values: { 存续: 'active', 注销: 'cancelled', 吊销: 'revoked' } }),
    ],
    toRecord: (v) => ({ ...base, kind: str(v, 'status') === 'active' ? 'business' : 'business_closed', amount: num(v, 'capital'), item: str(v, 'company') }),
  },
  {
    id: 'housing_fund',
    name: '住房公积金',
    department: '住房公积金管理中心',
    mode: 'replace',
    columns: [...person, col('单位', 'employer', 'text', false), col('月缴存额(元)', 'amount', 'money'), col('账户余额(元)', 'balance', 'money', false)],
    toRecord: (v) => ({ ...base, kind: 'housing_fund', amount: num(v, 'amount'), item: str(v, 'employer') }),
  },
  {
    id: 'tax',
    name: '个人所得税',
    department: '税务',
    mode: 'replace',
    columns: [...person, col('年度', 'year', 'number'), col('年收入额(元)', 'amount', 'money'), col('扣缴单位', 'payer', 'text', false)],
    toRecord: (v) => ({ ...base, kind: 'taxable_income', amount: num(v, 'amount'), item: str(v, 'payer') }),
  },
  {
    id: 'bank',
    name: '银行存款及理财（核对系统反馈）',
    department: '银行业金融机构',
    mode: 'replace',
    columns: [...person, col('银行', 'bank', 'text'), col('类别', 'kind', { values: { 存款: 'deposit', 理财: 'wealth' } }), col('余额(元)', 'amount', 'money'), col('查询日期', 'date', 'date', false)],
    toRecord: (v) => ({ ...base, kind: str(v, 'kind')!, eventDate: str(v, 'date'), amount: num(v, 'amount'), item: str(v, 'bank') }),
  },
  {
    id: 'prison',
    name: '服刑人员信息',
    department: '监狱管理局 / 司法',
    mode: 'append',
    columns: [...person, col('入监日期', 'start', 'date'), col('刑满日期', 'end', 'date', false), col('监所', 'place', 'text', false)],
    toRecord: (v) => ({ ...base, kind: 'imprisonment', eventDate: str(v, 'start'), endDate: str(v, 'end'), item: str(v, 'place') }),
  },
  {
    // 医保结算: one row per settlement (住院, 门诊慢特病 …), the patient's own share (个人自付) as the
    // amount. An event register: settlements append. The proactive-discovery rule of large
    // medical spending (支出型困难) sums the self-paid shares of the last twelve months.
    id: 'medical_insurance',
    name: '医保结算（个人自付医疗费用）',
    department: '医疗保障',
    mode: 'append',
    columns: [
      ...person,
      col('结算日期', 'date', 'date'),
      col('就诊类别', 'visitType', { values: { 住院: 'inpatient', 门诊慢特病: 'chronic_outpatient', 普通门诊: 'outpatient' } }),
      col('医疗总费用(元)', 'total', 'money', false),
      col('个人自付(元)', 'amount', 'money'),
      col('医疗机构', 'hospital', 'text', false),
    ],
    toRecord: (v) => ({ ...base, kind: 'medical_expense', eventDate: str(v, 'date'), amount: num(v, 'amount'), item: str(v, 'hospital') }),
  },
];

export function sourceDefinition(id: SourceId): SourceDefinition {
  return SOURCES.find((s) => s.id === id)!;
}

export interface RowProblem {
  column: string;
  message: string;
}

export type RowResult = { ok: true; record: SourceRecord } | { ok: false; problems: RowProblem[] };

function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** 2026/1/5, 2026.01.05, 20260105 → 2026-01-05 (department files write dates every way). */
export function normaliseDate(raw: string): string | null {
  const s = raw.trim();
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s);
  if (!m) m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return null;
  const out = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isDate(out) ? out : null;
}

/**
 * Validates one row (cells by header) against the source's mapping. Every bad cell is
 * reported, not only the first, as the registry import does.
 */
export function parseSourceRow(source: SourceDefinition, cells: Record<string, string>, today: string): RowResult {
  const problems: RowProblem[] = [];
  const values: Values = {};
  let idNumber = '';
  for (const c of source.columns) {
    const raw = (cells[c.header] ?? '').trim();
    if (raw === '') {
      if (c.required) problems.push({ column: c.header, message: '必填' });
      values[c.field] = c.type === 'yesno' ? false : null;
      continue;
    }
    if (c.field === 'idNumber') {
      const r = parseIdNumber(raw, today);
      if (!r.ok) problems.push({ column: c.header, message: idNumberProblemMessage(r.problem, 'zh-CN', r.expected) });
      else idNumber = r.value.idNumber;
      continue;
    }
    const t = c.type;
    if (t === 'text') values[c.field] = raw.slice(0, 200);
    else if (t === 'date') {
      const d = normaliseDate(raw);
      if (!d) problems.push({ column: c.header, message: `日期无效：${raw}（应为 2026-01-05）` });
      values[c.field] = d;
    } else if (t === 'money') {
      try {
        const fen = yuanToFen(raw);
        if (fen < 0) throw new RangeError('negative');
        values[c.field] = fen;
      } catch {
        problems.push({ column: c.header, message: `金额无效：${raw}（元，至多两位小数）` });
      }
    } else if (t === 'number') {
      const n = Number(raw);
      if (!Number.isFinite(n) || n < 0) problems.push({ column: c.header, message: `数值无效：${raw}` });
      values[c.field] = n;
    } else if (t === 'yesno') {
      if (raw !== '是' && raw !== '否') problems.push({ column: c.header, message: `应填“是”或“否”：${raw}` });
      values[c.field] = raw === '是';
    } else {
      const code = t.values[raw];
      if (!code) problems.push({ column: c.header, message: `应为 ${Object.keys(t.values).join('/')}：${raw}` });
      values[c.field] = code ?? null;
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const { name: _n, ...detail } = values;
  return { ok: true, record: { idNumber, name: String(values['name']), detail, ...source.toRecord(values) } };
}

/** A record's natural identity: the same fact imported twice has the same key. */
export function recordKey(source: SourceId, r: SourceRecord): string {
  return createHash('sha256')
    .update(JSON.stringify([source, r.idNumber, r.kind, r.eventDate, r.endDate, r.amount, r.item, r.exempt]))
    .digest('hex')
    .slice(0, 40);
}
