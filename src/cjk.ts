// The character classes of Chinese text that the typesetting, the lint rules and the proof checks share
// (cjk-print-rules A1, A2): one list each, so that what the build allows is what proof holds.

/** Han ideographs: the Unified Ideographs, Extension A, the Compatibility Ideographs and the
 *  supplementary planes' extensions (B and after: U+20000–3FFFF). A character class body, for a
 *  RegExp with the `u` flag. */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{3ffff}';

const HAN_CHAR = new RegExp(`^[${HAN}]$`, 'u');

/** Whether `ch` (one code point) is a Han ideograph. */
export const isHan = (ch: string) => HAN_CHAR.test(ch);

/** 避头, at clreq's strict level: the marks no line may start with (pause and stop marks, closing
 *  brackets and quotes, connectors, the interpunct, the solidus, units). */
export const NO_LINE_START = new Set('。，、；：？！）》〉”’」』】〕〗…·～—–/%℃‰');

/** 避尾: the marks no line may end with (opening brackets and quotes). */
export const NO_LINE_END = new Set('（《〈“‘「『【〔〖');
