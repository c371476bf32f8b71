import { Alert, Card, Col, Row, Spin, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useState } from 'react';
import type { Area } from '../../api/types.ts';
import { errorMessageOf } from '../../components/api-error-feedback.ts';
import { useAreaTree } from '../../components/use-area-tree.ts';
import { useT } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';
import { AreaDetail } from './area-detail.tsx';

/** 区划: the user's area and everything below it, children loaded on expand. */
export function AreasPage() {
  const { user } = useSession();
  const t = useT();
  const tree = useAreaTree(user.areaCode);
  const [selected, setSelected] = useState<string>(user.areaCode);

  function toNode(area: Area): TreeDataNode {
    const kids = tree.children[area.code];
    return {
      key: area.code,
      isLeaf: !area.hasChildren,
      title: (
        <span>
          {area.name}
          <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
            {area.code}
          </Typography.Text>
        </span>
      ),
      children: kids?.flatMap((code) => (tree.areas[code] ? [toNode(tree.areas[code])] : [])),
    };
  }

  const selectedArea = tree.areas[selected];
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card title={t('areas.tree')}>
          {tree.error ? (
            <Alert type="error" showIcon title={errorMessageOf(tree.error, t)} />
          ) : !tree.root ? (
            <Spin />
          ) : (
            <Tree
              showLine
              blockNode
              defaultExpandedKeys={[user.areaCode]}
              selectedKeys={[selected]}
              onSelect={(keys) => keys[0] !== undefined && setSelected(String(keys[0]))}
              loadData={(node) => tree.loadChildren(String(node.key))}
              treeData={[toNode(tree.root)]}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card title={t('areas.detail')}>
          {selectedArea ? <AreaDetail area={selectedArea} /> : <Typography.Text type="secondary">{t('areas.pickHint')}</Typography.Text>}
        </Card>
      </Col>
    </Row>
  );
}
