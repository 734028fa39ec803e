// booklet.yaml's `faces:`: each role (body, headings) in a built-in design (serif, sans) or in TrueType
// files of the user's (a path relative to booklet.yaml, or `npm:<package>/<file>` installed beside it).
// A file is judged by its bytes (html/font-file.ts): CFF outlines would be embedded as Type 3 fonts, a
// Type 1 font Chromium cannot load at all, and WOFF or a collection the subsetter cannot cut.
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { BookletError, createMessage, type Place } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import { fontFile } from '../html/font-file.js';
import { bookFaces, builtInRole, ROLE_WEIGHTS, type BookFaces, type FaceDesign, type FaceRole, type FontFace, type RoleFaces } from '../html/fonts.js';
import type { VFileMessage } from 'vfile-message';
import type { FacesSchema, FaceChoice } from './schema.js';
import type { Locate } from './validate-yaml.js';

/** Each role's design when neither booklet.yaml nor the theme chooses: serif body, sans headings. */
export const DEFAULT_DESIGNS: Record<FaceRole, FaceDesign> = { body: 'serif', heading: 'sans' };

/** The book's faces: booklet.yaml's choice for each role, else the theme's (`designs`), else the default,
 *  in the script of `language`. Every mistake in a file is reported at its line. */
export async function resolveFaces(
  config: FacesSchema,
  language: string,
  dir: string,
  locate: Locate,
  designs: Partial<Record<FaceRole, FaceDesign>> = {},
): Promise<BookFaces> {
  const problems: VFileMessage[] = [];
  const role = async (name: FaceRole): Promise<RoleFaces> => {
    const choice: FaceChoice = config[name] ?? designs[name] ?? DEFAULT_DESIGNS[name];
    if (choice === 'serif' || choice === 'sans') return builtInRole(name, choice, language);
    const files = typeof choice === 'string' ? { regular: choice } : choice;
    const at = (slot: string) => locate(typeof choice === 'string' ? ['faces', name] : ['faces', name, slot]);
    // The role's own CSS family: a file's family name may be a built-in one's (Noto Serif SC Black
    // calls itself Noto Serif SC), and its weights would then replace theirs.
    const family = name === 'body' ? 'Booklet Body' : 'Booklet Heading';
    const regular = await userFace(files.regular, family, ROLE_WEIGHTS[name].regular, dir, at('regular'), problems);
    const bold = files.bold === undefined ? undefined : await userFace(files.bold, family, ROLE_WEIGHTS[name].bold, dir, at('bold'), problems);
    return regular ? { regular, bold, generic: name === 'body' ? 'serif' : 'sans-serif' } : builtInRole(name, DEFAULT_DESIGNS[name], language);
  };
  const body = await role('body');
  const heading = await role('heading');
  if (problems.length > 0) throw new BookletError(problems);
  return bookFaces(body, heading);
}

/** The face a booklet.yaml entry names, checked; undefined (with the problem) when it cannot be used. */
async function userFace(spec: string, family: string, weight: FontFace['weight'], dir: string, place: Place, problems: VFileMessage[]): Promise<FontFace | undefined> {
  const path = facePath(spec, dir);
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) {
    const hint = spec.startsWith('npm:') ? phrase('faces.missing-package.hint', { name: spec.slice(4).split('/').slice(0, spec.startsWith('npm:@') ? 2 : 1).join('/') }) : phrase('faces.missing.hint');
    problems.push(createMessage(phrase('faces.missing', { name: spec, path }), place, 'faces', { hint }));
    return undefined;
  }
  const bytes = await readFile(path);
  const font = fontFile(bytes);
  const head = bytes.toString('latin1', 0, 32);
  if (!font) {
    // PFB (a segment marker, then the PostScript text) or PFA: Type 1, which Chromium does not load.
    const type1 = (bytes[0] === 0x80 && bytes[1] === 0x01) || /^%!(PS-AdobeFont|FontType1)/.test(head);
    problems.push(createMessage(phrase(type1 ? 'faces.type1' : 'faces.not-font', { name: spec }), place, 'faces', { hint: phrase('faces.truetype.hint') }));
    return undefined;
  }
  if (font.outlines === 'cff') {
    problems.push(createMessage(phrase('faces.cff', { name: spec }), place, 'faces', { hint: phrase('faces.truetype.hint') }));
    return undefined;
  }
  if (font.container !== 'sfnt' || font.outlines !== 'truetype') {
    const why = font.outlines !== 'truetype' ? 'outlines' : font.container;
    problems.push(createMessage(phrase('faces.container', { name: spec, container: why }), place, 'faces', { hint: phrase('faces.container.hint') }));
    return undefined;
  }
  const postScriptName = (font.postScriptName ?? basename(path).replace(/\.[^.]*$/, '')).replace(/[^A-Za-z0-9_-]/g, '_');
  return { family, label: font.family ?? postScriptName, weight, path, name: `${postScriptName}.ttf`, postScriptName, source: spec };
}

/** A face's file: `npm:<package>/<file>` in the packages installed beside booklet.yaml, else a path
 *  relative to the booklet folder. */
export function facePath(spec: string, dir: string): string {
  if (!spec.startsWith('npm:')) return resolve(dir, spec);
  const parts = spec.slice(4).split('/');
  const scoped = parts[0]?.startsWith('@') ? 2 : 1;
  const pkg = parts.slice(0, scoped).join('/');
  try {
    // The package's folder, from its package.json (a package's `exports` may not list its font files).
    const require = createRequire(join(resolve(dir), 'booklet.yaml'));
    return join(require.resolve(`${pkg}/package.json`).replace(/package\.json$/, ''), ...parts.slice(scoped));
  } catch {
    return join(resolve(dir), 'node_modules', ...parts);
  }
}
