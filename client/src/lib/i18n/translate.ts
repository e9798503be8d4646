import { en } from './en';
import { vi, type Dictionary, type TranslationKey } from './vi';

export type { TranslationKey } from './vi';

export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];

export const defaultLanguage: Language = 'vi';

export const dictionaries: Record<Language, Dictionary> = { vi, en };

/** BCP 47 tags used for <html lang> and Intl formatting of UI values. */
export const htmlLang: Record<Language, string> = { vi: 'vi', en: 'en' };
export const intlLocale: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

export type TranslationParams = Record<string, string | number>;
export type Translate = (key: TranslationKey, params?: TranslationParams) => string;

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languages as readonly string[]).includes(value);

/**
 * Looks a key up and fills {placeholders}. When params.count is 1 and the dictionary has
 * `<key>.one`, that singular form is used.
 */
export function translate(language: Language, key: TranslationKey, params?: TranslationParams): string {
  const dictionary = dictionaries[language];
  const singularKey = `${key}.one`;
  const template =
    params?.count === 1 && singularKey in dictionary ? dictionary[singularKey as TranslationKey] : dictionary[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined ? match : String(value);
  });
}

export const createTranslate =
  (language: Language): Translate =>
  (key, params) =>
    translate(language, key, params);
