// The sample article's figure: a small bar chart (six bars rising, gridlines, an axis) drawn as SVG and
// made a PNG by sharp (libvips), so that the new booklet has a real raster image to typeset. No text in
// it: the caption says what it shows, and an image's words would need a Chinese face in libvips.

/** Pixels: 900 × 450, printed at most 3 × 1.5 inches (300 dpi), half the height of the A5 type area. */
const WIDTH = 900;
const HEIGHT = 450;
const BARS = [0.38, 0.47, 0.55, 0.66, 0.78, 0.9];

/** The chart as SVG. */
export function sampleChartSvg(): string {
  const left = 60;
  const base = 410;
  const top = 30;
  const slot = (WIDTH - left - 30) / BARS.length;
  const grid = [0.25, 0.5, 0.75, 1].map((f) => {
    const y = base - f * (base - top);
    return `<line x1="${left}" y1="${y}" x2="${WIDTH - 30}" y2="${y}" stroke="#d0d0d0" stroke-width="2"/>`;
  });
  const bars = BARS.map((f, i) => {
    const h = f * (base - top);
    return `<rect x="${left + i * slot + slot * 0.2}" y="${base - h}" width="${slot * 0.6}" height="${h}" fill="#a8322d"/>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    ...grid,
    ...bars,
    `<line x1="${left}" y1="${base}" x2="${WIDTH - 30}" y2="${base}" stroke="#333333" stroke-width="3"/>`,
    `<line x1="${left}" y1="${top - 10}" x2="${left}" y2="${base}" stroke="#333333" stroke-width="3"/>`,
    '</svg>',
  ].join('\n');
}

/** The chart as PNG bytes (300 dpi in its header). */
export async function sampleChartPng(): Promise<Uint8Array> {
  const { default: sharp } = await import('sharp');
  return sharp(Buffer.from(sampleChartSvg())).withMetadata({ density: 300 }).png({ compressionLevel: 9, palette: true }).toBuffer();
}
