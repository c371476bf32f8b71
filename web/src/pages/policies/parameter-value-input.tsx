import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Input, InputNumber, Select, Typography, type FormItemProps } from 'antd';
import { PAYMENT_PERIODS, type PolicyKey } from './api.ts';
import { fenToYuanInput, RATE_PATTERN, yuanToFen } from './money.ts';
import type { ParameterKind } from './parameter-catalog.ts';
import type { PolicyText } from './use-policy-text.ts';

/**
 * What the editor holds for each kind of value, and how it becomes the stored value:
 * yuan strings → fen exactly, rates stay the strings typed, lists are JSON.
 */
export type FormValue = string | number | string[] | Record<string, string> | ProgramRow[] | null;
/** One line of a per-program setting as edited: the program's code and its number, share or period. */
export interface ProgramRow {
  program: string;
  value: number | string | null;
}
/** The server's program codes (src/domain/policy.ts): built-in or an admin's local program. */
const PROGRAM_CODE = /^[a-z][a-z0-9_]{1,39}$/;
type Rule = NonNullable<FormItemProps['rules']>[number];

export function toFormValue(kind: ParameterKind, value: unknown): FormValue {
  switch (kind.type) {
    case 'money':
      return typeof value === 'number' ? fenToYuanInput(value) : null;
    case 'count':
      return typeof value === 'number' ? value : null;
    case 'rate':
      return typeof value === 'string' ? value : null;
    case 'rateGroup':
    case 'moneyGroup': {
      const v = (value ?? {}) as Record<string, unknown>;
      return Object.fromEntries(kind.parts.map((part) => [part, kind.type === 'moneyGroup' && typeof v[part] === 'number' ? fenToYuanInput(v[part]) : String(v[part] ?? '')]));
    }
    case 'incomeTypes':
      return Array.isArray(value) ? (value as string[]) : [];
    case 'programNumbers':
    case 'programShares':
    case 'programPeriods':
      return Object.entries((value ?? {}) as Record<string, number | string>).map(([program, v]) => ({ program, value: v }));
    case 'tiers':
    case 'careGrades':
      return JSON.stringify(value ?? [], null, 2);
  }
}

/** The stored value; call after the rules passed. */
export function fromFormValue(kind: ParameterKind, value: FormValue): unknown {
  switch (kind.type) {
    case 'money':
      return yuanToFen(value as string);
    case 'count':
      return Number(value);
    case 'rate':
      return String(value).trim();
    case 'rateGroup':
      return Object.fromEntries(Object.entries(value as Record<string, string>).map(([k, v]) => [k, v.trim()]));
    case 'moneyGroup':
      return Object.fromEntries(Object.entries(value as Record<string, string>).map(([k, v]) => [k, yuanToFen(v)]));
    case 'incomeTypes':
      return value;
    case 'programNumbers':
    case 'programPeriods':
      return Object.fromEntries((value as ProgramRow[]).filter((r) => r.program.trim()).map((r) => [r.program.trim(), r.value]));
    case 'programShares':
      return Object.fromEntries((value as ProgramRow[]).filter((r) => r.program.trim()).map((r) => [r.program.trim(), String(r.value ?? '').trim()]));
    case 'tiers':
    case 'careGrades':
      return JSON.parse(value as string) as unknown;
  }
}

/** Client-side checks that mirror the server's, so most mistakes never leave the form. */
export function valueRules(key: PolicyKey, kind: ParameterKind, pt: PolicyText): Rule[] {
  const label = pt.paramLabel(key);
  const required = { required: true, message: pt.p('adjust.required', { label }) };
  const check = (ok: (v: FormValue) => string | null): Rule => ({
    validator: async (_, v: FormValue) => {
      const problem = v === null || v === undefined ? null : ok(v);
      if (problem) throw new Error(problem);
    },
  });
  const rateOk = (v: string) => RATE_PATTERN.test(v.trim());
  switch (kind.type) {
    case 'money':
      return [required, check((v) => (yuanToFen(v as string) === null ? pt.p('adjust.required', { label }) : null))];
    case 'count':
      return [
        required,
        check((v) => {
          const n = Number(v);
          const min = kind.min ?? 0;
          const max = kind.max ?? Number.MAX_SAFE_INTEGER;
          return Number.isInteger(n) && n >= min && n <= max ? null : pt.p('adjust.range', { min, max });
        }),
      ];
    case 'programNumbers':
    case 'programShares':
    case 'programPeriods': {
      // The value of one line, or what is wrong with it.
      const valueProblem = (value: ProgramRow['value']): string | null => {
        if (kind.type === 'programNumbers') {
          return value === null || typeof value !== 'number' || !Number.isInteger(value) || value < kind.min || value > kind.max ? pt.p('adjust.range', { min: kind.min, max: kind.max }) : null;
        }
        if (kind.type === 'programShares') return rateOk(String(value ?? '')) && Number(value) <= 1 ? null : pt.p('adjust.shareInvalid');
        return (PAYMENT_PERIODS as readonly unknown[]).includes(value) ? null : pt.p('adjust.periodRequired');
      };
      return [
        check((v) => {
          const rows = (v as ProgramRow[]).filter((r) => r.program.trim() || (r.value !== null && r.value !== ''));
          const seen = new Set<string>();
          for (const r of rows) {
            const code = r.program.trim();
            if (!PROGRAM_CODE.test(code)) return pt.p('adjust.programInvalid');
            if (seen.has(code)) return pt.p('adjust.programDuplicate', { program: pt.programLabel(code) });
            seen.add(code);
            const problem = valueProblem(r.value);
            if (problem) return `${pt.programLabel(code)}：${problem}`;
          }
          return null;
        }),
      ];
    }
    case 'rate':
      return [required, check((v) => (rateOk(String(v)) ? null : pt.p('adjust.rateInvalid')))];
    case 'rateGroup':
    case 'moneyGroup':
      return [
        check((v) => {
          const missing = Object.entries(v as Record<string, string>).find(([, part]) => (kind.type === 'rateGroup' ? !rateOk(part) : yuanToFen(part) === null));
          if (!missing) return null;
          const part = pt.partLabel(key, missing[0]);
          return kind.type === 'rateGroup' ? `${part}：${pt.p('adjust.rateInvalid')}` : pt.p('adjust.required', { label: part });
        }),
      ];
    case 'incomeTypes':
      return [];
    case 'tiers':
    case 'careGrades':
      return [
        required,
        check((v) => {
          try {
            return Array.isArray(JSON.parse(String(v))) ? null : pt.p('adjust.jsonNotList');
          } catch (e) {
            return pt.p('adjust.jsonInvalid', { detail: e instanceof Error ? e.message : String(e) });
          }
        }),
      ];
  }
}

interface InputProps {
  parameterKey: PolicyKey;
  kind: ParameterKind;
  pt: PolicyText;
  id?: string;
  value?: FormValue;
  onChange?: (v: FormValue) => void;
}

/** The control for one kind of value: a form control (value/onChange). */
export function ParameterValueInput({ parameterKey, kind, pt, id, value, onChange }: InputProps) {
  const yuanSuffix = pt.lang === 'en' ? 'yuan' : '元';
  switch (kind.type) {
    case 'money':
      return (
        <InputNumber<string>
          id={id}
          stringMode
          min="0"
          precision={2}
          style={{ width: 220 }}
          suffix={yuanSuffix}
          value={(value as string | null) ?? null}
          onChange={(v) => onChange?.(v)}
          data-testid="value-input"
        />
      );
    case 'count':
      return <InputNumber id={id} min={kind.min ?? 0} max={kind.max} precision={0} style={{ width: 160 }} value={value as number | null} onChange={(v) => onChange?.(v)} data-testid="value-input" />;
    case 'programNumbers':
    case 'programShares':
    case 'programPeriods':
      return <ProgramRowsInput id={id} parameterKey={parameterKey} kind={kind} pt={pt} rows={(value as ProgramRow[] | null) ?? []} onChange={(rows) => onChange?.(rows)} />;
    case 'rate':
      return <Input id={id} style={{ width: 160 }} value={(value as string | null) ?? ''} onChange={(e) => onChange?.(e.target.value)} data-testid="value-input" />;
    case 'rateGroup':
    case 'moneyGroup': {
      const parts = (value ?? {}) as Record<string, string>;
      const set = (part: string, v: string | null) => onChange?.({ ...parts, [part]: v ?? '' });
      return (
        <div id={id} style={{ display: 'grid', gridTemplateColumns: 'max-content max-content', gap: '8px 12px', alignItems: 'center' }}>
          {kind.parts.map((part) => (
            <div key={part} style={{ display: 'contents' }}>
              <Typography.Text>{pt.partLabel(parameterKey, part)}</Typography.Text>
              {kind.type === 'moneyGroup' ? (
                <InputNumber<string> stringMode min="0" precision={2} style={{ width: 200 }} suffix={yuanSuffix} value={parts[part] ?? null} onChange={(v) => set(part, v)} />
              ) : (
                <Input style={{ width: 160 }} value={parts[part] ?? ''} onChange={(e) => set(part, e.target.value)} />
              )}
            </div>
          ))}
        </div>
      );
    }
    case 'incomeTypes':
      return (
        <Select
          id={id}
          mode="multiple"
          value={(value as string[] | null) ?? []}
          onChange={(v: string[]) => onChange?.(v)}
          options={Object.entries(pt.codes.incomeType).map(([code, label]) => ({ value: code, label }))}
        />
      );
    case 'tiers':
    case 'careGrades':
      return (
        <Input.TextArea
          id={id}
          autoSize={{ minRows: 6, maxRows: 14 }}
          style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: 13 }}
          value={(value as string | null) ?? ''}
          onChange={(e) => onChange?.(e.target.value)}
          data-testid="value-input"
        />
      );
  }
}

/**
 * A value per program (公示天数, 榜数, 市级分担比例, 发放周期): one line per program, chosen by name
 * or typed as a code (a local program an admin defined), with its value; programs not listed keep
 * the general setting.
 */
function ProgramRowsInput({
  id,
  parameterKey,
  kind,
  pt,
  rows,
  onChange,
}: {
  id?: string;
  parameterKey: PolicyKey;
  kind: Extract<ParameterKind, { type: 'programNumbers' | 'programShares' | 'programPeriods' }>;
  pt: PolicyText;
  rows: ProgramRow[];
  onChange(rows: ProgramRow[]): void;
}) {
  const set = (i: number, patch: Partial<ProgramRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const options = Object.entries(pt.codes.program).map(([code, name]) => ({ value: code, label: `${name}（${code}）` }));
  const valueLabel = pt.paramLabel(parameterKey);
  const valueInput = (r: ProgramRow, i: number) => {
    switch (kind.type) {
      case 'programNumbers':
        return (
          <InputNumber
            aria-label={valueLabel}
            min={kind.min}
            max={kind.max}
            precision={0}
            style={{ width: 120 }}
            suffix={pt.p(`value.${kind.unit}`, { n: '' }).trim()}
            value={typeof r.value === 'number' ? r.value : null}
            onChange={(v) => set(i, { value: v })}
            data-testid={`program-value-${i}`}
          />
        );
      case 'programShares':
        return <Input aria-label={valueLabel} style={{ width: 120 }} placeholder="0.5" value={r.value === null ? '' : String(r.value)} onChange={(e) => set(i, { value: e.target.value })} data-testid={`program-value-${i}`} />;
      case 'programPeriods':
        return (
          <Select
            aria-label={valueLabel}
            style={{ width: 120 }}
            value={typeof r.value === 'string' ? r.value : undefined}
            options={PAYMENT_PERIODS.map((period) => ({ value: period, label: pt.p(`period.${period}`) }))}
            onChange={(v: string) => set(i, { value: v })}
            data-testid={`program-value-${i}`}
          />
        );
    }
  };
  return (
    <div id={id} style={{ display: 'flex', flexDirection: 'column', gap: 8, maxWidth: '100%' }} data-testid="program-numbers">
      {rows.map((r, i) => (
        <div key={i} style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
          <AutoComplete
            aria-label={pt.p('adjust.program')}
            style={{ width: 240, maxWidth: '100%' }}
            options={options}
            value={r.program}
            placeholder={pt.p('adjust.programPlaceholder')}
            filterOption={(input, option) => `${option?.label ?? ''}`.toLowerCase().includes(input.toLowerCase())}
            onChange={(v: string) => set(i, { program: v })}
            data-testid={`program-code-${i}`}
          />
          {valueInput(r, i)}
          <Button type="text" icon={<DeleteOutlined />} aria-label="delete" onClick={() => onChange(rows.filter((_, j) => j !== i))} />
        </div>
      ))}
      <div>
        <Button type="dashed" icon={<PlusOutlined />} onClick={() => onChange([...rows, { program: '', value: null }])} data-testid="program-add">
          {pt.p('adjust.addProgram')}
        </Button>
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {pt.p('adjust.programHint')}
      </Typography.Text>
    </div>
  );
}
