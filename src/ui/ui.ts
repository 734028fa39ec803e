// The language of the interface (messages, hints, progress, the proof report, the preview panel): `--ui`,
// else booklet.yaml's `ui:`, else the locale (LC_ALL, LC_MESSAGES, LANG: zh_* is Chinese), else English.
// Rule ids, `file:line:col` and the book's own text are never translated.

export const UIS = ['en', 'zh'] as const;
export type Ui = (typeof UIS)[number];

/** The interface language the locale asks for, as POSIX reads it: the first of LC_ALL, LC_MESSAGES and
 *  LANG that is set (`zh_CN.UTF-8`, `zh_TW`, `zh`: Chinese; `C`, `en_US`: English). */
export function uiFromLocale(env: NodeJS.ProcessEnv = process.env): Ui {
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return /^zh([_.@-]|$)/i.test(locale) ? 'zh' : 'en';
}
