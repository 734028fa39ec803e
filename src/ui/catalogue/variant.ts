// Traditional variants of a Simplified booklet (src/variant/): the conversion's characters to check, the
// user's dictionary, and the options.
import { count, type Entry } from '../phrase.js';

type E<V> = Entry<V & Record<string, string | number>>;

export const VARIANT = {
  'variant.ambiguous': {
    en: (v) => `${v.char} has ${v.n} Traditional forms (${v.forms}): ${v.chosen} was chosen by the character alone, not by a phrase`,
    zh: (v) => `“${v.char}”有 ${v.n} 个繁体字形（${v.forms}）：此处取“${v.chosen}”，只按单字转换，未经词语判定`,
  } as E<{ char: string; n: number; forms: string; chosen: string }>,
  'variant.ambiguous-many': {
    en: (v) => `${v.char} has ${v.n} Traditional forms (${v.forms}): ${v.chosen} was chosen by the character alone ${count(v.times, 'time')}, not by a phrase (${v.lineCount === 1 ? 'line' : 'lines'} ${v.lines})`,
    zh: (v) => `“${v.char}”有 ${v.n} 个繁体字形（${v.forms}）：有 ${v.times} 处只按单字转换取“${v.chosen}”，未经词语判定（第 ${v.lines} 行）`,
  } as E<{ char: string; n: number; forms: string; chosen: string; times: number; lines: string; lineCount: number }>,
  'variant.ambiguous.hint': {
    en: (v) => `Check it in booklet.${v.tag}.pdf. To choose another form, add the phrase (or the character) to the variant's dictionary (a line: the Simplified text, a tab, its Traditional form), named in booklet.yaml: \`variants: [{language: ${v.tag}, dictionary: ${v.tag}.txt}]\`. An entry there also silences this warning.`,
    zh: (v) => `请在 booklet.${v.tag}.pdf 中核对。如需改用其他字形，请把该词（或该字）写进此变体的词典，每行“简体<TAB>繁體”：booklet.yaml 中写 \`variants: [{language: ${v.tag}, dictionary: ${v.tag}.txt}]\`。词典中有了该词条，这条警告也就不再出现。`,
  } as E<{ tag: string }>,
  'variant.already': {
    en: (v) => `The booklet is already in Traditional characters (language: ${v.language}): no ${v.tag} variant is made`,
    zh: (v) => `读本已是繁体（language: ${v.language}），不再生成 ${v.tag} 变体`,
  } as E<{ language: string; tag: string }>,
  'variant.already.hint': {
    en: () => 'A variant converts a Simplified booklet (zh-Hans). Remove the variant, or build without --variant.',
    zh: () => '变体用于转换简体读本（zh-Hans）。请删去该变体，或不加 --variant 构建。',
  } as E<object>,
  'variant.building': { en: (v) => `Variant ${v.tag}`, zh: (v) => `变体 ${v.tag}` } as E<{ tag: string }>,
  'variant.unknown': {
    en: (v) => `unknown variant ${v.name}${v.near ? ` (did you mean ${v.near}?)` : ''}; the variants are ${v.names}`,
    zh: (v) => `未知的变体 ${v.name}${v.near ? `（是否想写 ${v.near}？）` : ''}；可用的变体：${v.names}`,
  } as E<{ name: string; near: string; names: string }>,
  'variant.twice': {
    en: (v) => `variant ${v.tag} is named twice`,
    zh: (v) => `变体 ${v.tag} 写了两次`,
  } as E<{ tag: string }>,
  'variant.twice.hint': { en: () => 'Remove one of the two entries.', zh: () => '请删去其中一项。' } as E<object>,
  // The dictionary file (dictionary.ts).
  'variant.dictionary-tab': {
    en: (v) => (v.tabs === 0 ? 'A dictionary line needs a tab between the Simplified text and its Traditional form' : `A dictionary line has ${v.tabs} tabs: one entry a line`),
    zh: (v) => (v.tabs === 0 ? '词典的每一行须在简体与繁体之间用一个制表符（Tab）隔开' : `这一行有 ${v.tabs} 个制表符：每行只写一个词条`),
  } as E<{ tabs: number }>,
  'variant.dictionary-empty': {
    en: () => 'A dictionary line has nothing on one side of its tab',
    zh: () => '词典的这一行在制表符的一侧没有内容',
  } as E<object>,
  'variant.dictionary-space': {
    en: () => 'A dictionary entry has a space in it: an entry is a phrase or a character, without spaces',
    zh: () => '词条中有空格：词条是一个词或一个字，不含空格',
  } as E<object>,
  'variant.dictionary-twice': {
    en: (v) => `${v.text} is already in the dictionary, at line ${v.line}`,
    zh: (v) => `“${v.text}”已在词典第 ${v.line} 行出现过`,
  } as E<{ text: string; line: number }>,
  'variant.dictionary.hint': {
    en: () => 'One entry a line: the Simplified phrase or character, a tab, its Traditional form; a line starting with # is a comment.',
    zh: () => '每行一个词条：简体的词或字、一个制表符、对应的繁体（头发<TAB>頭髮）；以 # 开头的行是注释。',
  } as E<object>,
  // Options.
  'help.build.variant': {
    en: () => 'also make each edition in Traditional characters, converted with OpenCC: zh-Hant (Taiwan standard), zh-Hant-TW or zh-Hant-HK; a list or the option again (written as booklet.zh-Hant.pdf, …). Default: booklet.yaml\'s variants',
    zh: () => '另外生成各版本的繁体变体（用 OpenCC 转换）：zh-Hant（台湾标准）、zh-Hant-TW 或 zh-Hant-HK；可写成列表或重复该选项（文件名如 booklet.zh-Hant.pdf）。默认取 booklet.yaml 的 variants',
  } as E<object>,
  'help.proof.variant': {
    en: () => 'proof the booklet converted to this Traditional variant (zh-Hant, zh-Hant-TW or zh-Hant-HK); the report goes to <out>/proof.<variant>/',
    zh: () => '校对转换为该繁体变体（zh-Hant、zh-Hant-TW 或 zh-Hant-HK）的读本；报告写入 <out>/proof.<变体>/',
  } as E<object>,
} satisfies Record<string, Entry<never>>;
