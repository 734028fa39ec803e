// The editions' words: an unknown edition in booklet.yaml, and `--edition`'s help, which lists the
// editions of the registry (editions/index.ts).
import type { Entry } from '../phrase.js';

type E<V> = Entry<V & Record<string, string | number>>;

export const EDITIONS = {
  'config.edition-unknown': {
    en: (v) => `Unknown edition \`${v.name}\`${v.near ? `; did you mean \`${v.near}\`?` : ''}`,
    zh: (v) => `未知的版本 \`${v.name}\`${v.near ? `；是不是想写 \`${v.near}\`？` : ''}`,
  } as E<{ name: string; near: string }>,
  'config.edition-known': {
    en: (v) => `The editions are ${v.names}.`,
    zh: (v) => `可用的版本有 ${v.names}。`,
  } as E<{ names: string }>,
  'help.build.editions': {
    en: (v) => `${v.names} or all; a list (-e screen,epub) or the option again (-e screen -e epub). Default: booklet.yaml's editions:, else all`,
    zh: (v) => `${v.names} 或 all；可写成列表（-e screen,epub）或重复该选项（-e screen -e epub）。默认：booklet.yaml 的 editions:，否则 all`,
  } as E<{ names: string }>,
} as const satisfies Record<string, Entry<never>>;
