import type { Rule } from 'antd/es/form';
import type { Translate } from '../../i18n/index.tsx';

/** What the server accepts (≥ 8 characters, two of letters / digits / symbols), checked before sending. */
export function passwordRules(t: Translate, label: string): Rule[] {
  return [
    { required: true, message: t('users.required', { label }) },
    {
      validator: async (_rule, value: string | undefined) => {
        if (!value) return;
        const classes = [/[A-Za-z]/, /\d/, /[^A-Za-z\d]/].filter((re) => re.test(value)).length;
        if (value.length < 8 || classes < 2) throw new Error(t('users.passwordWeak'));
      },
    },
  ];
}
