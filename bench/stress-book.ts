// The stress book: the project's two articles repeated into N chapters (default 40, about 300 A5 pages),
// written as a booklet folder. Used by the benchmark only.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Write a booklet of `chapters` chapters into `dir`, made from the booklet in `source`. */
export async function writeStressBook(source: string, dir: string, chapters = 40): Promise<string> {
  await mkdir(dir, { recursive: true });
  const originals = ['01-ai.md', '02-heyuan.md'];
  const names: string[] = [];
  for (let i = 0; i < chapters; i++) {
    const original = originals[i % originals.length]!;
    const name = `${String(i + 1).padStart(2, '0')}-chapter.md`;
    const text = (await readFile(join(source, original), 'utf8')).replace(/^id: .*$/m, `id: c${i + 1}`);
    await writeFile(join(dir, name), text);
    names.push(name);
  }
  const yaml = (await readFile(join(source, 'booklet.yaml'), 'utf8')).replace(/articles:[\s\S]*?(?=\n\w|$)/, `articles:\n${names.map((n) => `  - ${n}`).join('\n')}\n`);
  await writeFile(join(dir, 'booklet.yaml'), yaml);
  await copyFile(join(source, 'booklet.yaml'), join(dir, 'booklet.original.yaml'));
  return dir;
}
