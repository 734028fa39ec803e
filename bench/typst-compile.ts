// One Typst compile for the benchmark, a process of its own per run (as `booklet build` and pagedjs-cli
// are): `node dist/bench/typst-compile.js MAIN.typ OUT.pdf FONT…`. Loads Typst, indexes the fonts given
// (and the system's: the package has no switch against them; the source names its faces and turns
// fallback off), compiles MAIN to pages and writes them as PDF. Prints the page count.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadTypst } from './typst/compiler.js';

const [main, out, ...fonts] = process.argv.slice(2);
if (!main || !out) {
  console.error('usage: typst-compile.js MAIN.typ OUT.pdf FONT…');
  process.exit(2);
}
const typst = loadTypst();
if ('missing' in typst) {
  console.error(`Typst is not installed: ${typst.missing}`);
  process.exit(3);
}
const compiler = typst.NodeCompiler.create({ workspace: dirname(resolve(main)), fontArgs: [{ fontPaths: fonts }] });
const compiled = compiler.compile({ mainFilePath: resolve(main) });
const diagnostics = compiled.takeDiagnostics();
if (!compiled.result) {
  console.error(`Typst could not compile ${main}:\n${JSON.stringify(diagnostics?.shortDiagnostics ?? [], null, 2)}`);
  process.exit(1);
}
// Warnings (a face not found, say) go to stderr, where the benchmark's first, untimed run shows them.
if (diagnostics && diagnostics.shortDiagnostics.length > 0) console.error(JSON.stringify(diagnostics.shortDiagnostics, null, 2));
writeFileSync(out, compiler.pdf(compiled.result));
console.log(`${compiled.result.numOfPages} pages`);
