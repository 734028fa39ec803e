// Bundled in place of the `linkedom` package (Makefile: esbuild --alias). BudouX (phrase-breaks.ts)
// loads linkedom for its HTMLProcessor, which rewrites HTML strings; booklet uses only its parser of
// plain text, and loading linkedom cost every command ~200 ms.

/** Stands in for linkedom's DOMParser; nothing in booklet constructs one. */
export class DOMParser {
  constructor() {
    throw new Error('booklet does not parse HTML with BudouX: linkedom is not bundled (src/bundle/no-linkedom.ts)');
  }
}
