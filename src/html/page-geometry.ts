// The type area (版心) from the trim size: a whole number of characters wide (clreq E1) and a whole
// number of line pitches high (E2/E3), so that body lines sit on one grid on every page.
import type { ResolvedPage } from '../config/resolve.js';

/** Points per millimetre. */
export const PT_PER_MM = 72 / 25.4;
/** A CSS px is 0.75 pt (96 px to the inch). */
export const PT_PER_PX = 0.75;
/** Chromium rounds page sizes down by up to ~0.5 pt (cjk-print-rules §1.9); keep this much slack. */
const ROUNDING_SLACK_PT = 1;

export interface PageGeometry {
  /** Trim size in mm, as configured. */
  trim: { width: number; height: number };
  /** Trim size in pt. */
  width: number;
  height: number;
  bodySize: number;
  /** Line pitch in pt (body size × line height). */
  pitch: number;
  /** Characters per line and lines per page. */
  chars: number;
  lines: number;
  /** Margins in pt; inner is the gutter (binding side). */
  top: number;
  bottom: number;
  inner: number;
  outer: number;
}

/** The smallest type area booklet.yaml may leave (type-area-check.ts): below it a line holds a phrase or two. */
export const MIN_CHARS = 15;
export const MIN_LINES = 10;

/** Type area ≈ 70 % of the trim width and 76 % of its height, then snapped to the character grid. With
 *  margins in booklet.yaml (mm), the type area is what they leave (a margin not given is the default's),
 *  snapped the same way: the inner and top margins stay as given, and what is left over — less than a
 *  character across, less than a line pitch down — goes to the outer and the bottom margin. */
export function pageGeometry(page: ResolvedPage): PageGeometry {
  const width = page.width * PT_PER_MM;
  const height = page.height * PT_PER_MM;
  const pitch = round(page.bodySize * page.lineHeight);
  const chars = Math.round((width * 0.7) / page.bodySize);
  const lines = Math.round((height * 0.76) / pitch);
  const measure = chars * page.bodySize;
  const area = lines * pitch + ROUNDING_SLACK_PT;
  const inner = round((width - measure) * 0.45);
  const top = round((height - area) * 0.42);
  const base = { trim: { width: page.width, height: page.height }, width: round(width), height: round(height), bodySize: page.bodySize, pitch };
  const fallback = { top, bottom: round(height - area - top), inner, outer: round(width - measure - inner) };
  const margins = page.margins ?? {};
  if (Object.values(margins).every((m) => m === undefined)) return { ...base, chars, lines, ...fallback };
  const given = (mm: number | undefined, or: number) => (mm === undefined ? or : round(mm * PT_PER_MM));
  const m = { top: given(margins.top, fallback.top), bottom: given(margins.bottom, fallback.bottom), inner: given(margins.inner, fallback.inner), outer: given(margins.outer, fallback.outer) };
  // A hair of tolerance: 50 mm of margins that leave exactly 30 characters must not give 29.
  const fit = (room: number, step: number) => Math.max(0, Math.floor(room / step + 1e-6));
  const fitChars = fit(width - m.inner - m.outer, page.bodySize);
  const fitLines = fit(height - m.top - m.bottom - ROUNDING_SLACK_PT, pitch);
  return {
    ...base,
    chars: fitChars,
    lines: fitLines,
    top: m.top,
    bottom: round(height - m.top - fitLines * pitch - ROUNDING_SLACK_PT),
    inner: m.inner,
    outer: round(width - m.inner - fitChars * page.bodySize),
  };
}

/** The type area's width and height in pt. */
export function typeArea(page: ResolvedPage): { width: number; height: number } {
  const g = pageGeometry(page);
  return { width: g.chars * g.bodySize, height: g.lines * g.pitch };
}

/** Custom properties for the stylesheets, and the `@page` geometry (paged media only). */
export function geometryCss(g: PageGeometry, options: { paged: boolean }): string {
  const vars =
    `:root { --body-size: ${g.bodySize}pt; --pitch: ${g.pitch}pt; --chars: ${g.chars}; ` +
    `--measure: ${round(g.chars * g.bodySize)}pt; --lines: ${g.lines}; }`;
  if (!options.paged) return vars;
  return [
    vars,
    `@page { size: ${g.trim.width}mm ${g.trim.height}mm; margin: ${g.top}pt ${g.outer}pt ${g.bottom}pt ${g.inner}pt; }`,
    `@page :left { margin-left: ${g.outer}pt; margin-right: ${g.inner}pt; }`,
    `@page :right { margin-left: ${g.inner}pt; margin-right: ${g.outer}pt; }`,
  ].join('\n');
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
