// The press edition's printing condition: the CMYK ICC profile its colours are converted to and that its
// PDF/X output intent carries. booklet.yaml's `press.profile` names one (the printer's), else the default.
import { readFile } from 'node:fs/promises';
import { createMessage, type Place } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import { readIccProfile, type IccProfile } from './icc-profile.js';
import type { VFileMessage } from 'vfile-message';

/** A profile named in booklet.yaml: as written, absolute, and where. */
export interface PressProfileRef {
  name: string;
  path: string;
  place: Place;
}

/** The default: ISO Coated v2 300% (basICColor), the ECI's characterisation of offset printing on coated
 *  paper (ISO 12647-2, FOGRA39L data) limited to 300 % ink, under the zlib licence, in Debian's scribus-data
 *  (Debian 12 ships no other free CMYK printer profile: icc-profiles-free and colord-data hold RGB and grey
 *  ones only; Ghostscript's default_cmyk.icc is a generic SWOP, no registered condition). */
export const DEFAULT_PROFILE = {
  path: '/usr/share/scribus/profiles/ISOcoated_v2_300_bas.icc',
  package: 'scribus-data',
  /** The registered characterisation (ICC's registry) it was made from. */
  identifier: 'FOGRA39',
  registry: 'http://www.color.org',
  condition: 'Offset commercial printing, ISO 12647-2:2004/Amd 1, paper type 1 or 2 (gloss or matte coated), 300 % total area coverage',
} as const;

/** Widely used profiles, by their description, and the registered condition (ICC's characterization
 *  data registry) each was made for: a printer's profile among them is named by its condition, as a
 *  preflight expects; any other is `Custom`, described by its own description. */
const REGISTERED: readonly [RegExp, string][] = [
  [/^ISO Coated v2 (300% )?\((basICColor|ECI)\)$|^Coated FOGRA39\b/i, 'FOGRA39'],
  [/^PSO Coated v3\b/i, 'FOGRA51'],
  [/^PSO Uncoated v3\b/i, 'FOGRA52'],
  [/^Japan Color 2001 Coated\b/i, 'JC200103'],
  [/^U\.S\. Web Coated \(SWOP\) v2\b/i, 'CGATS TR 001'],
  [/^Coated GRACoL 2006\b|^GRACoL2006_Coated1v2\b/i, 'CGATS TR 006'],
];

/** The output intent's profile and the condition it names. */
export interface PressProfile {
  path: string;
  bytes: Uint8Array;
  icc: IccProfile;
  /** OutputConditionIdentifier: a registered condition (FOGRA39), or `Custom` for a profile of one's own. */
  identifier: string;
  /** RegistryName, for a registered condition. */
  registry?: string;
  /** OutputCondition and Info: what the condition is, in words. */
  condition: string;
}

/** The profile `ref` names (default: DEFAULT_PROFILE), read and checked: a CMYK printer profile; else the
 *  message, at booklet.yaml's line (or naming the package of the default). */
export async function readPressProfile(ref: PressProfileRef | undefined, configFile: string): Promise<PressProfile | VFileMessage> {
  const path = ref?.path ?? DEFAULT_PROFILE.path;
  const place = ref?.place ?? { file: configFile };
  const hint = phrase('press.profile.hint');
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => error);
  if (bytes instanceof Error) {
    if (!ref) return createMessage(phrase('press.default-profile-missing', { path }), place, 'press', { hint: phrase('press.default-profile-missing.hint', { package: DEFAULT_PROFILE.package }) });
    return createMessage(phrase('press.profile-missing', { name: ref.name, path, code: bytes.code ?? bytes.message }), place, 'press', { hint });
  }
  const name = ref?.name ?? path;
  const icc = readIccProfile(bytes);
  if (!icc) return createMessage(phrase('press.profile-not-icc', { name, path }), place, 'press', { hint });
  if (icc.colourSpace !== 'CMYK' || icc.deviceClass !== 'prtr') {
    const given = { name, space: icc.colourSpace, kind: icc.deviceClass, description: icc.description };
    return createMessage(phrase('press.profile-not-cmyk', given), place, 'press', { hint });
  }
  const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!ref) return { path, bytes: data, icc, identifier: DEFAULT_PROFILE.identifier, registry: DEFAULT_PROFILE.registry, condition: DEFAULT_PROFILE.condition };
  const registered = REGISTERED.find(([pattern]) => pattern.test(icc.description))?.[1];
  const condition = icc.description || name;
  return registered ? { path, bytes: data, icc, identifier: registered, registry: DEFAULT_PROFILE.registry, condition } : { path, bytes: data, icc, identifier: 'Custom', condition };
}
