// The no-text-lost assertions, on top of the proof's own text comparison.
import assert from 'node:assert/strict';
import { missingSentences, sentences } from '../src/proof/text.js';

export { normalise, sentences, manuscriptText } from '../src/proof/text.js';

/** Every sentence of `expected` is in `actual`, in order; an `expected` of no sentence is a failure (it
 *  would pass on nothing). */
export function assertSentencesInOrder(expected: string, actual: string, what: string): void {
  assert.ok(sentences(expected).length > 0, `${what}: the expected text has no sentence to look for`);
  const missing = missingSentences(expected, actual);
  assert.deepEqual(missing, [], `${what}: sentences missing or out of order`);
}
