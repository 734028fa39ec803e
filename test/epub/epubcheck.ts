// EPUBCheck (Debian's, a Java program: ~3 s a run), for the tests that build an EPUB.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** EPUBCheck's report on `file` (its summary line says `Messages: 0 fatals / 0 errors / 0 warnings`). */
export async function epubcheck(file: string): Promise<string> {
  const { stdout } = await run('java', ['-jar', '/usr/bin/epubcheck', file], { maxBuffer: 16 << 20 }).catch(
    (error: { stdout: string; stderr: string }) => ({ stdout: `${error.stdout}\n${error.stderr}` }),
  );
  return stdout;
}
