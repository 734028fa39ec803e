// Which fonts Chromium drew the laid-out pages with, and how many glyphs of each (for the proof's font
// checks): the DevTools protocol knows, per text node (CSS.getPlatformFontsForNode).
import type { Page } from 'puppeteer-core';

/** A font Chromium drew text with, and how many glyphs. */
export interface UsedFont {
  postScriptName: string;
  familyName: string;
  /** A web font (@font-face), not a system font. */
  custom: boolean;
  glyphs: number;
}

/** Every font Chromium used for the text of the pages (CDP CSS.getPlatformFontsForNode). */
export async function usedFonts(page: Page): Promise<UsedFont[]> {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const selector = '.pagedjs_page_content *, .pagedjs_margin-content';
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const used = new Map<string, UsedFont>();
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const font of fonts) {
        const key = `${font.postScriptName}|${font.isCustomFont}`;
        const entry = used.get(key) ?? { postScriptName: font.postScriptName, familyName: font.familyName, custom: font.isCustomFont, glyphs: 0 };
        entry.glyphs += font.glyphCount;
        used.set(key, entry);
      }
    }
    return [...used.values()].sort((a, b) => a.postScriptName.localeCompare(b.postScriptName));
  } finally {
    await cdp.detach().catch(() => {});
  }
}
