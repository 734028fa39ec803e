// What a failed write means to the user: the system's error code turned into what is wrong and how to
// fix it (a read-only disk is not a full one), for every place that writes outputs.
import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/** What is wrong, and how to fix it, for a write that failed with `code`. */
export function writeHint(code: string | undefined): string {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'The disk is full (or your quota is used up): free some space, or build with --out on another disk.';
    case 'EROFS':
      return 'The folder is on a read-only file system: build with --out on a writable disk, or mount it read-write.';
    case 'EACCES':
    case 'EPERM':
      return 'You may not write there (permissions, or a file marked immutable or locked): fix its permissions or owner, or build with --out in a folder of yours.';
    case 'EISDIR':
      return 'A folder stands where the file should be written: move or remove that folder, or build with --out elsewhere.';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'A file stands where a folder should be (a part of the path is a file): move or remove that file, or build with --out elsewhere.';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'The file is in use (open in another program, or a mount point): close that program or pick another --out.';
    case 'ENAMETOOLONG':
    case 'ELOOP':
      return 'The path is too long or loops through symbolic links: build with a shorter --out.';
    case 'EMFILE':
    case 'ENFILE':
      return 'Too many files are open: close some programs (or raise `ulimit -n`) and build again.';
    case 'EIO':
      return 'The disk reported an input/output error: check the disk (and its connection) and build again.';
    default:
      return 'Check that the folder is writable and the disk has space.';
  }
}

/** `mkdir -p` whose error says what is wrong: Node's recursive mkdir reports ENOENT when a missing
 *  folder cannot be made (read-only, no permission); the first missing folder is made alone to learn why. */
export async function makeFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    let missing = dir;
    while (dirname(missing) !== missing && !(await exists(dirname(missing)))) missing = dirname(missing);
    await mkdir(missing);
    throw error;
  }
}

const exists = (path: string) => stat(path).then(() => true, () => false);
