import { PrinterOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import type { ModuleMessages } from '../i18n/index.tsx';
import { useI18n } from '../i18n/index.tsx';

/** The papers' names as the print buttons show them. */
export const printMessages = {
  'zh-CN': {
    print: '打印',
    application_form: '社会救助申请审批表',
    investigation: '入户调查表',
    neighbour_interview: '邻里访问记录',
    review_meeting: '民主评议记录',
    consent: '家庭经济状况核对授权书',
    payroll: '打印发放名册',
    certificate: '打印救助证',
    roster_dibao: '低保花名册',
    roster_tekun: '特困花名册',
  },
  en: {
    print: 'Print',
    application_form: 'Application and approval form',
    investigation: 'Home-visit form',
    neighbour_interview: 'Neighbour interview record',
    review_meeting: 'Democratic review record',
    consent: 'Verification consent forms',
    payroll: 'Print payroll sheet',
    certificate: 'Print certificate',
    roster_dibao: 'Dibao roster',
    roster_tekun: 'Tekun roster',
  },
} satisfies ModuleMessages;

export type PrintKey = keyof (typeof printMessages)['zh-CN'];

/** One paper: a button opening the PDF in a new tab (the browser prints it). */
export function PrintButton({ href, label, testId }: { href: string; label: PrintKey; testId?: string }) {
  const { tx } = useI18n();
  return (
    <Button icon={<PrinterOutlined />} href={href} target="_blank" rel="noreferrer" data-testid={testId}>
      {tx(printMessages, label)}
    </Button>
  );
}

/** Several papers of one page behind a 打印 menu. */
export function PrintMenu({ items, testId }: { items: { key: PrintKey; href: string }[]; testId?: string }) {
  const { tx } = useI18n();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: items.map((i) => ({
          key: i.key,
          label: (
            <a href={i.href} target="_blank" rel="noreferrer" data-testid={`print-${i.key}`}>
              {tx(printMessages, i.key)}
            </a>
          ),
        })),
      }}
    >
      <Button icon={<PrinterOutlined />} data-testid={testId}>
        {tx(printMessages, 'print')}
      </Button>
    </Dropdown>
  );
}
