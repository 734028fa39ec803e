// Temporary files left by builds that died (kill -9, a crash, a power cut): their names carry the pid of
// the process that wrote them, so a later build removes those whose process is gone, and never those of
// a build still running (concurrent builds into one folder share it).
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** A process with this pid exists (EPERM: it exists, owned by someone else). */
export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove the files (or folders: Chromium's profiles) in `dir` whose name `pattern` matches with the
 *  writer's pid as its group `pid`, when that process is gone. A folder that cannot be read is left alone (the build reports what it cannot
 *  write when it writes). */
export async function removeStaleTemporaries(dir: string, pattern: RegExp): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((name) => {
    const pid = pattern.exec(name)?.groups?.['pid'];
    return pid !== undefined && Number(pid) !== process.pid && !processAlive(Number(pid));
  });
  await Promise.all(stale.map((name) => rm(join(dir, name), { recursive: true, force: true }).catch(() => {})));
}
