// Markdown's fenced code blocks (CommonMark 4.5), as the readers of a .md source meet them line by line:
// what is inside one is code, kept as it is.

/** The fence a line opens a code block with (``` or ~~~, three or more, after up to three spaces). */
export const opensFence = (line: string): string | undefined => /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];

/** Whether a line closes the code block `open` opened: the same mark, at least as long, alone. */
export function closesFence(line: string, open: string): boolean {
  const close = /^\s{0,3}(`{3,}|~{3,})\s*$/.exec(line)?.[1];
  return close !== undefined && close[0] === open[0] && close.length >= open.length;
}
