import { TreeSelect } from 'antd';
import { useEffect, useState } from 'react';
import { areasApi } from '../../api/endpoints.ts';
import type { Area } from '../../api/types.ts';
import { useSession } from '../../session.tsx';

interface Node {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
  selectable: boolean;
}

const nodeOf = (a: Area): Node => ({ id: a.code, pId: a.parentCode, value: a.code, title: `${a.name}（${a.code}）`, isLeaf: a.level === 'community', selectable: a.level === 'community' });

/** Picks a community (社区/村) below the user's own area, loading the tree a level at a time. */
export function CommunitySelect({ value, onChange }: { value?: string; onChange?: (v: string) => void }) {
  const { user } = useSession();
  const [nodes, setNodes] = useState<Node[]>([]);
  useEffect(() => {
    areasApi.node(user.areaCode).then((r) => setNodes([nodeOf(r.area), ...r.children.map(nodeOf)]));
  }, [user.areaCode]);
  return (
    <TreeSelect
      treeDataSimpleMode
      showSearch
      treeNodeFilterProp="title"
      value={value}
      onChange={onChange}
      treeData={nodes}
      treeDefaultExpandedKeys={[user.areaCode]}
      loadData={async ({ id }) => {
        if (nodes.some((n) => n.pId === id)) return;
        const r = await areasApi.node(String(id));
        setNodes((old) => [...old, ...r.children.filter((c) => !old.some((o) => o.id === c.code)).map(nodeOf)]);
      }}
      style={{ width: '100%' }}
    />
  );
}
