// `node dist/src/config/write-json-schema.js FILE`: write booklet.schema.json (scripts/build-dist.sh).
import { writeFileSync } from 'node:fs';
import { bookletJsonSchema } from './json-schema.js';

const file = process.argv[2];
if (!file) throw new Error('usage: write-json-schema.js FILE');
writeFileSync(file, `${JSON.stringify(bookletJsonSchema(), null, 2)}\n`);
