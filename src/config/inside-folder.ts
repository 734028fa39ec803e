// Whether a file is inside a folder once every symbolic link is followed: the booklet publishes only its
// own files, and `../x.md`, an absolute path or a link in the folder pointing out of it would publish
// another's. Checked on the real paths, since the name as written says nothing about where a link leads.
import { realpath } from 'node:fs/promises';
import { relative, isAbsolute, sep } from 'node:path';

/** Whether `file` (which exists) lies below `folder`, both resolved with realpath. */
export async function insideFolder(folder: string, file: string): Promise<boolean> {
  const [root, real] = await Promise.all([realpath(folder), realpath(file)]);
  const rel = relative(root, real);
  return rel !== '' && rel.split(sep)[0] !== '..' && !isAbsolute(rel);
}
