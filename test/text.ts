// The no-text-lost assertions, on top of the proof's own text comparison.
import assert from 'node:assert/strict';
import { missingSentences } from '../src/proof/text.js';

export { normalise, sentences, manuscriptText } from '../src/proof/text.js';

/** Every sentence of `expected` is in `actual`, in order. */
export function assertSentencesInOrder(expected: string, actual: string, what: string): void {
  const missing = missingSentences(expected, actual);
  assert.deepEqual(missing, [], `${what}: sentences missing or out of order`);
}
