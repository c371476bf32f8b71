import { Select } from 'antd';
import { useRef, useState } from 'react';
import { registryApi } from '../api/endpoints.ts';
import type { PersonHit } from '../api/types.ts';

/**
 * Picks a person of the user's area by name, pinyin initials or ID digits (GET /persons); the
 * value is the person's id. Used by the service registers (残疾人, 儿童, 优抚).
 */
export function PersonSelect(props: { id?: string; value?: number; onChange?: (id: number) => void; placeholder?: string }) {
  const [options, setOptions] = useState<PersonHit[]>([]);
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);
  const search = async (q: string) => {
    if (q.trim().length < 1) return;
    const mine = ++seq.current;
    setLoading(true);
    try {
      const res = await registryApi.persons(q.trim());
      if (mine === seq.current) setOptions(res.items);
    } finally {
      if (mine === seq.current) setLoading(false);
    }
  };
  return (
    <Select<number>
      id={props.id}
      showSearch={{ filterOption: false, onSearch: (q) => void search(q) }}
      value={props.value}
      onChange={(v) => props.onChange?.(v)}
      loading={loading}
      placeholder={props.placeholder ?? '输入姓名、拼音首字母或身份证号查找'}
      options={options.map((p) => ({ value: p.id, label: `${p.name}（${p.idNumberMasked}，${p.areaName}）` }))}
      notFoundContent={null}
      style={{ width: '100%' }}
    />
  );
}
