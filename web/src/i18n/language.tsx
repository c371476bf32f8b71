import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { setApiLanguage } from '../api/client.ts';
import { en } from './en.ts';
import { zhCN, type MessageKey, type Messages } from './zh-CN.ts';

export type Language = 'zh-CN' | 'en';

/** Each language named in itself, as language switches do. */
export const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '中文', en: 'EN' };

const CATALOGUES: Record<Language, Messages> = { 'zh-CN': zhCN, en };
const STORAGE_KEY = 'minzheng.language';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface LanguageContextValue {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
}

/** Where the language goes besides React: API calls (Accept-Language) and dates in antd pickers. */
function applyLanguage(language: Language): void {
  setApiLanguage(language);
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
}

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function interpolate(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const LanguageContext = createContext<LanguageContextValue | null>(null);

/** Holds the UI language: persisted in localStorage and sent as Accept-Language on every API call. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => {
    const initial = storedLanguage();
    applyLanguage(initial);
    return initial;
  });

  const setLanguage = useCallback((next: Language) => {
    applyLanguage(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    setLanguageState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = CATALOGUES[language]['app.name'];
  }, [language]);

  const value = useMemo<LanguageContextValue>(() => {
    const messages = CATALOGUES[language];
    return { language, setLanguage, t: (key, params) => interpolate(messages[key], params) };
  }, [language, setLanguage]);

  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage outside <LanguageProvider>');
  return value;
}

export function useT(): Translate {
  return useLanguage().t;
}
