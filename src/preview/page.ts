// The documents the preview serves at `/`: the booklet with the preview's scripts in its head, or, when the
// booklet cannot be typeset, its errors with the manuscript lines they point at.
import { readFile } from 'node:fs/promises';
import { formatMessage } from '../diagnostics.js';
import { installBookletHandlers } from '../paginate/in-page/handlers.js';
import { keepUnits } from '../paginate/in-page/units.js';
import { unitPages } from '../paginate/in-page/unit-pages.js';
import { numberPages } from '../paginate/in-page/folios.js';
import { measurePages } from '../paginate/in-page/measure.js';
import { collectLayout } from '../paginate/in-page/collect-layout.js';
import { previewClient, type PanelWords, type PreviewConfig } from './client.js';
import { phrase, say } from '../ui/catalogue.js';
import type { Ui } from '../ui/ui.js';
import type { PreviewBook } from './typeset.js';
import type { VFileMessage } from 'vfile-message';
import { contentPolicy } from '../html/content-policy.js';

/** The booklet's policy, but for the preview's own server: its events (EventSource) and the page's
 *  questions (fetch) go to the origin the page came from, and nowhere else. */
export const PREVIEW_POLICY = contentPolicy({ connect: "'self'" });

/** The script at /__booklet/preview.js: the build's in-page functions and the preview's client. */
export const CLIENT_SCRIPT = `(${String(previewClient)})({
  keepUnits: ${String(keepUnits)},
  installBookletHandlers: ${String(installBookletHandlers)},
  unitPages: ${String(unitPages)},
  numberPages: ${String(numberPages)},
  measurePages: ${String(measurePages)},
  collectLayout: ${String(collectLayout)},
});
`;

/** The head of a preview document: what the page is told, the client, then Paged.js (which reads the
 *  client's PagedConfig as it loads). */
function previewHead(config: PreviewConfig, paged: boolean): string {
  const json = JSON.stringify(config).replaceAll('<', '\\u003c');
  return (
    `<script type="application/json" id="booklet-preview">${json}</script>\n` +
    `<script src="/__booklet/preview.js"></script>\n` +
    (paged ? `<script src="/__booklet/paged.polyfill.js"></script>\n` : '')
  );
}

/** The panel's words in `ui`, for the page's script (client.ts runs in the browser, with no catalogue):
 *  each worded here with `{name}` in the place of its values, which the script fills in. */
export function panelWords(ui: Ui): PanelWords {
  // A slot stands for a number too: English's plural reads "{count} findings" (and one finding is
  // worded with its number, as headingOne).
  const slot = (name: string) => `{${name}}` as unknown as number;
  return {
    lang: ui === 'zh' ? 'zh-Hans' : 'en',
    heading: say(ui, phrase('preview.panel.heading', { count: slot('count'), n: slot('n') })),
    headingOne: say(ui, phrase('preview.panel.heading', { count: 1, n: slot('n') })),
    note: say(ui, phrase('preview.panel.note', { pages: slot('pages') })),
    book: say(ui, phrase('preview.panel.book')),
    page: say(ui, phrase('preview.panel.page', { page: slot('page'), folio: '{folio}' })),
    lint: say(ui, phrase('preview.kind.lint')),
    proof: say(ui, phrase('preview.kind.proof')),
    failed: say(ui, phrase('preview.failed', { detail: '{detail}' })),
  };
}

/** The booklet as typeset, ready for Paged.js in the reader's browser; its panel worded in `ui` (default
 *  English). */
export function bookPage(book: PreviewBook, version: number, ui: Ui = 'en'): string {
  const at = book.html.indexOf('<meta charset="utf-8">') + '<meta charset="utf-8">'.length;
  return `${book.html.slice(0, at)}\n${previewHead({ version, sizes: book.sizes, words: panelWords(ui) }, true)}${book.html.slice(at)}`;
}

/** The errors that stop the booklet, each with its manuscript line, in place of the booklet; in `ui`
 *  (default English). */
export async function errorPage(errors: VFileMessage[], version: number, ui: Ui = 'en'): Promise<string> {
  const items = await Promise.all(
    errors.map(async (m) => {
      const excerpt = m.file && m.line ? await sourceLine(m.file, m.line) : undefined;
      const shown = excerpt === undefined ? '' : `<pre lang="zh-Hans">${m.line} | ${escape(excerpt)}\n${' '.repeat(String(m.line).length)} | ${' '.repeat(Math.max(0, (m.column ?? 1) - 1))}^</pre>`;
      return `<li><code>${escape(formatMessage(m, process.cwd(), ui))}</code>${shown}</li>`;
    }),
  );
  return `<!doctype html>
<html lang="${ui === 'zh' ? 'zh-Hans' : 'en'}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${escape(PREVIEW_POLICY)}"><title>${escape(say(ui, phrase('preview.errors.title', { errors: errors.length })))}</title>
${previewHead({ version }, false)}<style>
body { font: 15px/1.6 system-ui, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0; background: #fbeaea; color: #222; }
main { max-width: 60em; margin: 2em auto; padding: 0 1em; }
h1 { color: #b71c1c; font-size: 1.4em; }
li { margin: 1em 0; } code { white-space: pre-wrap; } pre { background: #fff; padding: 0.5em 1em; border-left: 3px solid #b71c1c; overflow: auto; }
</style></head>
<body><main id="booklet-errors"><h1>${escape(say(ui, phrase('preview.errors.heading')))}</h1>
<ul>${items.join('\n')}</ul>
<p>${escape(say(ui, phrase('preview.errors.fix')))}</p></main></body></html>
`;
}

async function sourceLine(file: string, line: number): Promise<string | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  return text?.replace(/^\uFEFF/, '').split(/\r?\n/)[line - 1];
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
