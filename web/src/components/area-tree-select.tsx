import { TreeSelect } from 'antd';
import { useSession } from '../session.tsx';
import { useAreaTree } from './use-area-tree.ts';

interface Props {
  value?: string;
  onChange?: (code: string) => void;
  id?: string;
  placeholder?: string;
}

/** Pick an area within the user's scope; levels load on expand. A form control (value/onChange). */
export function AreaTreeSelect({ value, onChange, id, placeholder }: Props) {
  const { user } = useSession();
  const tree = useAreaTree(user.areaCode);
  const treeData = Object.values(tree.areas).map((area) => ({
    id: area.code,
    pId: area.parentCode ?? undefined,
    value: area.code,
    title: area.name,
    isLeaf: !area.hasChildren,
  }));
  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDataSimpleMode
      treeData={treeData}
      treeDefaultExpandedKeys={[user.areaCode]}
      loadData={(node) => tree.loadChildren(String(node.value))}
      loading={!tree.root && !tree.error}
      styles={{ popup: { root: { maxHeight: 360, overflow: 'auto' } } }}
    />
  );
}
