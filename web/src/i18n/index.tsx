import { useMemo } from 'react';
import { interpolate, useLanguage, type Language, type Translate } from './language.tsx';

/**
 * The UI language: zh-CN (default) and en. The shell's labels live in zh-CN.ts / en.ts;
 * a page module keeps its own in pages/<module>/messages.ts and reads them with `tx`.
 */
export { LANGUAGE_NAMES, LanguageProvider, useLanguage, useT, type Language, type Translate } from './language.tsx';
export type { MessageKey } from './zh-CN.ts';
export type Lang = Language;

type Params = Record<string, string | number>;
export type ModuleMessages = { 'zh-CN': Record<string, string>; en: Record<string, string> };

export interface I18n {
  lang: Language;
  setLang(lang: Language): void;
  t: Translate;
  /** Text from a page module's own dictionary, falling back to Chinese, then the key. */
  tx(dict: ModuleMessages, key: string, params?: Params): string;
}

export function useI18n(): I18n {
  const { language, setLanguage, t } = useLanguage();
  return useMemo(
    () => ({
      lang: language,
      setLang: setLanguage,
      t,
      tx: (dict, key, params) => interpolate(dict[language][key] ?? dict['zh-CN'][key] ?? key, params),
    }),
    [language, setLanguage, t],
  );
}
