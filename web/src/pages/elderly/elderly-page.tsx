import { Card, Tabs } from 'antd';
import { AlarmsTab } from './alarms-tab.tsx';
import { AssessmentsTab } from './assessments-tab.tsx';
import { CardsTab } from './cards-tab.tsx';
import { CaregiversTab } from './caregivers-tab.tsx';

/** 老年人服务 (issue 21): senior cards, ability assessments, emergency call devices, caregivers. */
export function ElderlyPage() {
  return (
    <Card title="老年人服务">
      <Tabs
        items={[
          { key: 'cards', label: '老年证', children: <CardsTab /> },
          { key: 'assessments', label: '能力评估', children: <AssessmentsTab /> },
          { key: 'alarms', label: '电子保姆', children: <AlarmsTab /> },
          { key: 'caregivers', label: '养护员', children: <CaregiversTab /> },
        ]}
      />
    </Card>
  );
}
