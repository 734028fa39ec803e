// The words of the book's language (config/language.ts): the tags `language:` accepts, and what Traditional
// Chinese adds to the lint and proof (issue 22 §2).
import type { Entry } from '../phrase.js';

type E<V> = Entry<V & Record<string, string | number>>;

/** A key path as the subject of a sentence (as in catalogue/config.ts). */
const subject = {
  en: (key: string) => (key ? `\`${key}\`` : 'The document'),
  zh: (key: string) => (key ? `\`${key}\` ` : '整个文件'),
};

export const HANT = {
  // schema.ts gives this key as the zod message of `language:`.
  'config.language-tag': {
    en: (v) =>
      `${subject.en(v.key)} must be a Chinese tag: zh-Hans (or zh, zh-CN, zh-Hans-CN) for Simplified, zh-Hant or zh-Hant-TW (zh-TW) for Traditional in Taiwan's standard, zh-Hant-HK (zh-HK) for Hong Kong's`,
    zh: (v) =>
      `${subject.zh(v.key)}应为中文的语言标记：简体为 zh-Hans（或 zh、zh-CN、zh-Hans-CN），繁体（台湾标准）为 zh-Hant 或 zh-Hant-TW（zh-TW），繁体（香港标准）为 zh-Hant-HK（zh-HK）`,
  } as E<{ key: string }>,
} satisfies Record<string, Entry<never>>;
