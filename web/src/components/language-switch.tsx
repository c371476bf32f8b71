import { Segmented } from 'antd';
import { LANGUAGE_NAMES, useLanguage, type Language } from '../i18n/index.tsx';

/** 中文 | EN: the choice is kept in localStorage and sent to the server with every call. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useLanguage();
  return (
    <Segmented<Language>
      size="small"
      aria-label={t('header.language')}
      value={language}
      onChange={setLanguage}
      options={(Object.keys(LANGUAGE_NAMES) as Language[]).map((value) => ({ value, label: LANGUAGE_NAMES[value] }))}
    />
  );
}
