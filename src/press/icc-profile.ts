// Reading an ICC profile's header and description (ICC.1:2010 §7.2, §9.2.41; v2's textDescriptionType):
// enough to tell a CMYK printer characterisation, which a PDF/X output intent needs, from anything else.

export interface IccProfile {
  /** The device class: `prtr` for an output (printer) profile, `mntr` a display, `scnr`, `link`, `spac`, … */
  deviceClass: string;
  /** The colour space of the data: `CMYK`, `RGB`, `GRAY`, … (trailing spaces dropped). */
  colourSpace: string;
  /** The number of colour components, as PDF's /N says it (CMYK 4). */
  components: number;
  /** Its version, `2.1`, `4.2`. */
  version: string;
  /** Its description tag (`desc`), e.g. `ISO Coated v2 300% (basICColor)`; '' when it has none. */
  description: string;
}

const COMPONENTS: Record<string, number> = { GRAY: 1, RGB: 3, Lab: 3, XYZ: 3, CMY: 3, CMYK: 4 };

/** The profile in `bytes`, or undefined when they are not an ICC profile (too short, no `acsp`
 *  signature, or a size that is not the file's). */
export function readIccProfile(bytes: Uint8Array): IccProfile | undefined {
  if (bytes.length < 132) return undefined;
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.toString('latin1', 36, 40) !== 'acsp') return undefined;
  const size = data.readUInt32BE(0);
  if (size > bytes.length || size < 132) return undefined;
  const signature = (at: number) => data.toString('latin1', at, at + 4).trimEnd();
  const colourSpace = signature(16);
  const version = `${data[8]}.${(data[9]! >> 4) & 0xf}`;
  return { deviceClass: signature(12), colourSpace, components: COMPONENTS[colourSpace] ?? 0, version, description: description(data, size) };
}

/** The text of the `desc` tag: v2 textDescriptionType (ASCII), or v4 multiLocalizedUnicodeType (the
 *  first record, UTF-16BE). */
function description(data: Buffer, size: number): string {
  const count = data.readUInt32BE(128);
  for (let i = 0; i < count && 132 + 12 * (i + 1) <= size; i++) {
    const entry = 132 + 12 * i;
    if (data.toString('latin1', entry, entry + 4) !== 'desc') continue;
    const at = data.readUInt32BE(entry + 4);
    const length = data.readUInt32BE(entry + 8);
    if (at + length > size || length < 12) return '';
    const type = data.toString('latin1', at, at + 4);
    if (type === 'desc') {
      const n = data.readUInt32BE(at + 8);
      return data.toString('latin1', at + 12, Math.min(at + 12 + n, at + length)).replace(/\0.*$/s, '');
    }
    if (type === 'mluc' && length >= 28) {
      const bytes = data.readUInt32BE(at + 20);
      const from = at + data.readUInt32BE(at + 24);
      if (from + bytes > at + length) return '';
      const utf16 = Buffer.from(data.subarray(from, from + (bytes & ~1))).swap16();
      return utf16.toString('utf16le').replace(/\0.*$/s, '');
    }
    return '';
  }
  return '';
}
