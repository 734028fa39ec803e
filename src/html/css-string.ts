// Values written into the booklet's CSS, which sits inside a <style> element: a quote ends the CSS string,
// and `</style` ends the element whatever CSS thinks (the HTML tokenizer does not read CSS). Every value
// goes through here, so nothing the user wrote can leave its string or its element.

/** `value` as a quoted CSS string: `"` `\` `<` `>` `&` and control characters (C0, DEL, C1, line ends)
 *  as CSS hex escapes (`<` is `\3c `), so the text reads the same and cannot close the string or the
 *  <style> element. */
export function cssString(value: string): string {
  // The space after the hex digits ends the escape (CSS Syntax §4.3.7); it is not part of the value.
  return `"${value.replace(/["\\<>&\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** Where `</style` (any case) is in `css`, which would end its <style> element early; undefined if nowhere. */
export function styleEndTag(css: string): { line: number; column: number } | undefined {
  const index = css.search(/<\/style/i);
  if (index < 0) return undefined;
  const before = css.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}
