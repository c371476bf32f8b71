/**
 * 核对比对规则: what a department's record says against what the household declared. Each
 * finding names its rule, its source record, the declared value beside the matched one, and
 * whether it breaks a rule of the program (DOMAIN.md §2 assets, §3 dibao; STYLE: every finding
 * names its rule and evidence). Informational findings (a housing-fund account, a tax record, a
 * prisoner already released) go into the verification report but raise no alert. Pure.
 */
import { formatYuan } from '../money.ts';
import type { SourceId } from './sources.ts';

/** Rules whose breach makes a finding an alert. */
export const FINDING_RULES = [
  'death',
  'imprisonment',
  'vehicle_not_exempt',
  'assets_above_limit',
  'houses_above_limit',
  'business_registration',
  'undeclared_pension',
  'undeclared_wage',
] as const;
export type FindingRule = (typeof FINDING_RULES)[number];

/** A record as matching reads it (from the database, with its row id and identity key). */
export interface MatchedRecord {
  id: number;
  sourceId: SourceId;
  recordKey: string;
  idNumber: string;
  kind: string;
  eventDate: string | null;
  endDate: string | null;
  amount: number | null;
  item: string | null;
  exempt: boolean;
}

export interface MemberDeclaration {
  personId: number;
  idNumber: string;
  name: string;
  /** declared monthly income by type, fen (wage, pension, …) */
  monthlyIncome: Readonly<Record<string, number>>;
}

export interface HouseholdDeclaration {
  householdId: number;
  members: readonly MemberDeclaration[];
  /** declared deposits and securities, fen */
  financialAssets: number;
  /** declared houses */
  houses: number;
  /** descriptions of the vehicles the household declared exempt (a plate in the text) */
  exemptVehicles: readonly string[];
}

export interface VerificationLimits {
  /** financial assets allowed to the household: assetMonths × standard × members, fen */
  assetLimit: number;
  maxHouses: number;
}

export interface Finding {
  /** null: informational, the record breaks no rule */
  rule: FindingRule | null;
  breaksRule: boolean;
  sourceId: SourceId;
  recordId: number;
  recordKey: string;
  personId: number;
  declared: string;
  matched: string;
}

const yuan = (fen: number | null) => `${formatYuan(fen ?? 0, { grouping: true })} 元`;
const KIND_LABELS: Record<string, string> = {
  death: '死亡',
  move_out: '户籍迁出',
  move_in: '户籍迁入',
  cremation: '火化',
  pension: '养老金',
  wage: '工资',
  unemployment: '失业金',
  contribution: '社保缴费',
  housing_fund: '公积金缴存',
  taxable_income: '年收入额',
  deposit: '存款',
  wealth: '理财',
  business: '市场主体（存续）',
  business_closed: '市场主体（已注销/吊销）',
  medical_expense: '医疗个人自付',
};

/** Declared and matched values of a finding, as the report and the alert show them. */
export interface FindingText {
  declared: string;
  matched: string;
}

/** 死亡/火化: the person is on file as living. */
export function deathText(r: Pick<MatchedRecord, 'kind' | 'eventDate'>): FindingText {
  return { declared: '在册（在世）', matched: `${KIND_LABELS[r.kind] ?? r.kind} ${r.eventDate ?? ''}`.trim() };
}

/** A prison term is being served when it has begun and has not ended before today. */
export function servingOn(r: Pick<MatchedRecord, 'eventDate' | 'endDate'>, today: string): boolean {
  return (r.eventDate ?? '') <= today && (r.endDate === null || r.endDate >= today);
}

export function imprisonmentText(r: Pick<MatchedRecord, 'eventDate' | 'endDate'>, serving: boolean): FindingText {
  return { declared: '未申报服刑', matched: `服刑 ${r.eventDate ?? ''} 至 ${r.endDate ?? '（未定）'}${serving ? '' : '（已刑满）'}` };
}

/** The household declared this vehicle exempt: its plate appears in an exempt vehicle's description. */
export function declaredExemptVehicle(item: string | null, exemptVehicles: readonly string[]): boolean {
  return item !== null && exemptVehicles.some((d) => d.replace(/\s/g, '').includes(item.replace(/\s/g, '')));
}

export function vehicleText(r: Pick<MatchedRecord, 'item' | 'amount' | 'exempt'>, declaredExempt: boolean): FindingText {
  return { declared: declaredExempt ? `已申报（豁免）` : '未申报', matched: `${r.item ?? ''} ${yuan(r.amount)}${r.exempt ? '（豁免车辆）' : ''}`.trim() };
}

export function businessText(r: Pick<MatchedRecord, 'kind' | 'item'>): FindingText {
  return { declared: '未申报', matched: `${r.item ?? ''} ${KIND_LABELS[r.kind] ?? r.kind}`.trim() };
}

/** A pension or wage: what the member declared a month of that type beside the department's amount. */
export function incomeText(r: Pick<MatchedRecord, 'kind' | 'amount'>, declared: number): FindingText {
  const label = KIND_LABELS[r.kind] ?? r.kind;
  return { declared: `${label} 每月 ${yuan(declared)}`, matched: `${label} 每月 ${yuan(r.amount)}` };
}

/** The finding on the household's largest deposit or wealth product. */
export function assetsText(declaredFinancialAssets: number, total: number, limit: number): FindingText {
  return { declared: `金融资产 ${yuan(declaredFinancialAssets)}`, matched: `金融资产合计 ${yuan(total)}（上限 ${yuan(limit)}）` };
}

/** The finding on the household's first house on record. */
export function housesText(declaredHouses: number, houses: number, maxHouses: number): FindingText {
  return { declared: `住房 ${declaredHouses} 套`, matched: `不动产登记 ${houses} 套（上限 ${maxHouses} 套）` };
}

/**
 * Every finding for one household from the records matched on its members' ID numbers, as of
 * `today`. Household-level limits (assets, houses) yield one finding on the largest record.
 * The batch run (modules/verification/matching.ts) evaluates the same rules in SQL and builds
 * its alerts with the same text functions; test/verification/matching-set.test.ts holds the two
 * to the same answers.
 */
export function evaluateHousehold(h: HouseholdDeclaration, limits: VerificationLimits, records: readonly MatchedRecord[], today: string): Finding[] {
  const byId = new Map(h.members.map((m) => [m.idNumber, m]));
  const out: Finding[] = [];
  const financial: { r: MatchedRecord; m: MemberDeclaration }[] = [];
  const houses: { r: MatchedRecord; m: MemberDeclaration }[] = [];
  const push = (rule: FindingRule | null, r: MatchedRecord, m: MemberDeclaration, t: FindingText) =>
    out.push({ rule, breaksRule: rule !== null, sourceId: r.sourceId, recordId: r.id, recordKey: r.recordKey, personId: m.personId, declared: t.declared, matched: t.matched });

  for (const r of records) {
    const m = byId.get(r.idNumber);
    if (!m) continue;
    const label = KIND_LABELS[r.kind] ?? r.kind;
    switch (r.kind) {
      case 'death':
      case 'cremation':
        push('death', r, m, deathText(r));
        break;
      case 'imprisonment': {
        const serving = servingOn(r, today);
        push(serving ? 'imprisonment' : null, r, m, imprisonmentText(r, serving));
        break;
      }
      case 'vehicle': {
        const declaredExempt = declaredExemptVehicle(r.item, h.exemptVehicles);
        const exempt = r.exempt || declaredExempt;
        push(exempt ? null : 'vehicle_not_exempt', r, m, vehicleText(r, declaredExempt));
        break;
      }
      case 'business':
        push('business_registration', r, m, businessText(r));
        break;
      case 'pension':
      case 'wage': {
        const declared = m.monthlyIncome[r.kind] ?? 0;
        const rule: FindingRule | null = (r.amount ?? 0) > declared ? (r.kind === 'pension' ? 'undeclared_pension' : 'undeclared_wage') : null;
        push(rule, r, m, incomeText(r, declared));
        break;
      }
      case 'deposit':
      case 'wealth':
        financial.push({ r, m });
        break;
      case 'house':
        houses.push({ r, m });
        break;
      default:
        push(null, r, m, { declared: '—', matched: `${label} ${r.amount === null ? '' : yuan(r.amount)} ${r.item ?? ''}`.trim() });
    }
  }

  if (financial.length > 0) {
    const total = financial.reduce((s, f) => s + (f.r.amount ?? 0), 0);
    const largest = financial.reduce((a, b) => ((b.r.amount ?? 0) > (a.r.amount ?? 0) ? b : a));
    // Assets exactly at the limit are allowed: only more than the limit breaks the rule.
    const over = total > limits.assetLimit;
    for (const f of financial) {
      if (f === largest) push(over ? 'assets_above_limit' : null, f.r, f.m, assetsText(h.financialAssets, total, limits.assetLimit));
      else push(null, f.r, f.m, { declared: '—', matched: `${KIND_LABELS[f.r.kind]} ${f.r.item ?? ''} ${yuan(f.r.amount)}` });
    }
  }
  if (houses.length > 0) {
    const over = houses.length > limits.maxHouses;
    houses.forEach((f, i) =>
      push(
        i === 0 && over ? 'houses_above_limit' : null,
        f.r,
        f.m,
        i === 0 ? housesText(h.houses, houses.length, limits.maxHouses) : { declared: `住房 ${h.houses} 套`, matched: `不动产 ${f.r.item ?? ''}` },
      ),
    );
  }
  return out;
}

/** The household's asset limit (DOMAIN.md §3: financial assets per member ≤ assetMonths × standard). */
export function assetLimit(standard: number, assetMonths: number, members: number): number {
  return standard * assetMonths * members;
}
