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

/** Type area ≈ 70 % of the trim width and 76 % of its height, then snapped to the character grid. */
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
  return {
    trim: { width: page.width, height: page.height },
    width: round(width),
    height: round(height),
    bodySize: page.bodySize,
    pitch,
    chars,
    lines,
    top,
    bottom: round(height - area - top),
    inner,
    outer: round(width - measure - inner),
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
