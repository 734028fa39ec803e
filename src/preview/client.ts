// Runs in the reader's browser (the server sends it as text: self-contained, no imports). Lays the booklet
// out with Paged.js and the build's own in-page code, asks the server for the page numbers the built book
// has and for the findings, then shows them: a badge on each page with findings, the block outlined, and a
// side panel listing the findings of the pages on screen. Reloads when the booklet changes, keeping the
// reader's place: the same manuscript line at the same height, else the same page.
import type { AnchorFacts, LayoutFacts, PaginationFacts, UnitPageFacts } from '../paginate/in-page/bridge.js';

/** The build's in-page functions (src/paginate/in-page/), passed in by the server's script. */
export interface PreviewLibrary {
  keepUnits: (args: [number[], number[]]) => boolean;
  installBookletHandlers: () => void;
  unitPages: () => { pages: UnitPageFacts[]; anchors: AnchorFacts[] };
  numberPages: (args: [number[], Record<string, number>]) => void;
  measurePages: () => Omit<PaginationFacts, 'anchors'>;
  collectLayout: (only?: number[]) => LayoutFacts;
}

/** What the page is told (`<script type="application/json" id="booklet-preview">`). */
export interface PreviewConfig {
  /** Changes on every change to the booklet: an event with another version reloads the page. */
  version: number;
  /** Top-level elements of each unit; absent on the error page. */
  sizes?: number[];
  /** The panel's words in the reader's language (worded on the server: this script has no catalogue);
   *  absent on the error page. */
  words?: PanelWords;
}

/** The panel's words: templates whose `{name}` slots the page fills in (page.ts panelWords). */
export interface PanelWords {
  /** The panel's `lang`: en or zh-Hans. */
  lang: string;
  /** "{count} findings; {n} on the pages in view", and as it reads with one finding (`headingOne`). */
  heading: string;
  headingOne: string;
  /** What is checked when: "… each of the {pages} pages …". */
  note: string;
  /** The group of the findings of no page. */
  book: string;
  /** A page's group: "Page {page} (folio {folio})". */
  page: string;
  lint: string;
  proof: string;
  /** "The preview failed: {detail}". */
  failed: string;
}

/** A lint or proof finding, with the physical page (1-based) it is on, or null for the whole booklet. */
export interface PreviewFinding {
  page: number | null;
  severity: 'error' | 'warning';
  kind: 'lint' | 'proof';
  rule: string;
  message: string;
  /** `file:line` as the command line shows it. */
  where: string;
  source?: string;
  line?: number;
  excerpt?: string;
}

/** Run the preview in the reader's browser (the server's /__booklet/preview.js calls it with the build's
 *  in-page functions). */
export function previewClient(lib: PreviewLibrary): void {
  type PagedWindow = Window & { PagedConfig: { auto: boolean }; PagedPolyfill: { preview: () => Promise<unknown> } };
  type Place = { source: string; line: string; top: number; page: number };
  const w = window as unknown as PagedWindow;
  class Stale extends Error {}
  const config = JSON.parse(document.getElementById('booklet-preview')?.textContent ?? '{}') as PreviewConfig;
  const root = document.documentElement;
  const PLACE = 'booklet-preview-place';
  let ready = false;
  history.scrollRestoration = 'manual';

  // The booklet changed: reload, where the reader is. (A server restarted says its version on reconnect.)
  const events = new EventSource('/__booklet/events');
  events.onmessage = (event) => {
    if (Number(event.data) === config.version) return;
    savePlace();
    location.reload();
  };
  window.addEventListener('pagehide', savePlace);
  if (!config.sizes || !config.words) return;
  const sizes = config.sizes;
  const words = config.words;
  /** A template of `words` with its `{name}` slots filled. */
  const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));

  // The book stays hidden until Paged.js lays it out (as one long page first, it flashes and is slow);
  // the handler keeps the pages unpainted until the last is laid out, so the reader sees the book whole.
  const hold = new CSSStyleSheet();
  hold.replaceSync('body { display: none !important; }');
  document.adoptedStyleSheets = [hold];
  w.PagedConfig = { auto: false };
  document.addEventListener('DOMContentLoaded', () => {
    paginate().catch((error: Error) => {
      // The booklet changed while this page was laid out: the reload is on its way.
      if (!(error instanceof Stale)) showError(fill(words.failed, { detail: error.message }));
    });
  });

  async function paginate(): Promise<void> {
    lib.keepUnits([sizes, sizes.map((_, i) => i)]);
    lib.installBookletHandlers();
    document.adoptedStyleSheets = [];
    await w.PagedPolyfill.preview();
    document.adoptedStyleSheets = [chrome()];
    const { pages, anchors } = lib.unitPages();
    const numbered = await post<{ numbers: number[]; targets: Record<string, number> }>('numbers', { pages, anchors });
    lib.numberPages([numbered.numbers, numbered.targets]);
    restorePlace();
    const facts = lib.measurePages();
    // The lint findings of the whole book at once; the proof checks page by page as pages come into view
    // (they measure every character: 3 s for 336 pages).
    const panel = showFindings(facts.pages.length);
    const checked = new Set<number>();
    let first = true;
    const check = async (pages: number[]) => {
      const fresh = pages.filter((n) => !checked.has(n));
      if (fresh.length === 0 && !first) return;
      fresh.forEach((n) => checked.add(n));
      const { findings } = await post<{ findings: PreviewFinding[] }>('findings', { ...facts, anchors, lint: first, layout: lib.collectLayout(fresh) });
      first = false;
      panel.add(findings);
      root.dataset['bookletChecked'] = String(checked.size);
    };
    await check(panel.inView());
    panel.onView((pages) => void check(pages).catch(() => {}));
    ready = true;
    root.dataset['bookletPreview'] = 'ready';
  }

  async function post<T>(what: string, body: unknown): Promise<T> {
    const response = await fetch(`/__booklet/${what}?version=${config.version}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (response.status === 409) throw new Stale();
    if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  function pageElements(): HTMLElement[] {
    return [...document.querySelectorAll<HTMLElement>('.pagedjs_page')];
  }

  /** The block a finding or a saved place names: the first piece of manuscript line `line` of `source`. */
  function blockAt(source: string, line: string, page?: number): HTMLElement | undefined {
    const found = [...document.querySelectorAll<HTMLElement>(`.pagedjs_page_content [data-line="${CSS.escape(line)}"]`)].filter(
      (el) => el.closest('[data-source]')?.getAttribute('data-source') === source,
    );
    const onPage = page === undefined ? undefined : found.find((el) => el.closest('.pagedjs_page') === pageElements()[page - 1]);
    return onPage ?? found[0];
  }

  function savePlace(): void {
    if (!ready) return;
    const page = pageElements().findIndex((p) => p.getBoundingClientRect().bottom > 0) + 1;
    let place: Place = { source: '', line: '', top: 0, page };
    for (const el of document.querySelectorAll<HTMLElement>('.pagedjs_page_content [data-line]')) {
      const box = el.getBoundingClientRect();
      if (box.height === 0 || box.bottom <= 0) continue;
      const source = el.closest('[data-source]')?.getAttribute('data-source') ?? '';
      place = { source, line: el.dataset['line'] ?? '', top: box.top, page };
      break;
    }
    sessionStorage.setItem(PLACE, JSON.stringify(place));
  }

  function restorePlace(): void {
    const place = JSON.parse(sessionStorage.getItem(PLACE) ?? 'null') as Place | null;
    if (!place) return;
    const block = place.source ? blockAt(place.source, place.line, place.page) : undefined;
    if (block) window.scrollBy(0, block.getBoundingClientRect().top - place.top);
    else pageElements()[Math.max(0, place.page - 1)]?.scrollIntoView();
  }

  /** The preview's own look: pages as sheets on grey, room for the panel. Not the booklet's styles
   *  (Paged.js has read those): an adopted sheet, which it does not touch. */
  function chrome(): CSSStyleSheet {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`
      html { background: #d9d9d9; }
      body { margin: 0; }
      .pagedjs_pages { padding: 24px 340px 24px 24px; }
      .pagedjs_page { margin: 0 auto 24px; background: #fff; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25); }
      .booklet-badge { position: absolute; top: 4px; right: 4px; z-index: 10; padding: 0 6px; border-radius: 9px;
        font: 600 11px/18px system-ui, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #fff; background: #c77700; }
      .booklet-badge.error, .booklet-item.error::before { background: #c62828; }
      .booklet-flagged { outline: 2px solid #c77700; outline-offset: 1px; }
      .booklet-flagged.error { outline-color: #c62828; }
      #booklet-panel { position: fixed; top: 0; right: 0; bottom: 0; width: 316px; overflow: auto; box-sizing: border-box;
        padding: 12px 14px; background: #fafafa; border-left: 1px solid #bbb; font: 13px/1.5 system-ui, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #222; }
      #booklet-panel * { text-align: left; text-indent: 0; letter-spacing: normal; max-width: none; }
      #booklet-panel > small { display: block; color: #666; }
      #booklet-panel h2 { font-size: 14px; margin: 0 0 8px; }
      #booklet-panel h3 { font-size: 12px; margin: 12px 0 4px; color: #555; }
      #booklet-panel ul { list-style: none; margin: 0; padding: 0; }
      .booklet-item { position: relative; padding: 4px 0 4px 14px; border-bottom: 1px solid #e4e4e4; cursor: pointer; }
      .booklet-item::before { content: ""; position: absolute; left: 0; top: 10px; width: 8px; height: 8px; border-radius: 4px; background: #c77700; }
      .booklet-item small { display: block; color: #666; }
      #booklet-error { position: fixed; top: 0; left: 0; right: 0; z-index: 20; padding: 12px 16px; background: #c62828; color: #fff;
        font: 14px/1.5 system-ui, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; white-space: pre-wrap; }
    `);
    return sheet;
  }

  /** The findings panel and the page markers; findings arrive in batches (`add`). */
  function showFindings(count: number): { add: (found: PreviewFinding[]) => void; inView: () => number[]; onView: (run: (pages: number[]) => void) => void } {
    const pages = pageElements();
    const findings: PreviewFinding[] = [];
    const panel = Object.assign(document.createElement('aside'), { id: 'booklet-panel', lang: words.lang });
    document.body.append(panel);
    const inView = new Set<number>();
    let viewed: ((pages: number[]) => void) | undefined;
    const mark = (f: PreviewFinding) => {
      if (f.page === null) return;
      const page = pages[f.page - 1];
      if (!page) return;
      const badge = page.querySelector('.booklet-badge') ?? page.appendChild(Object.assign(document.createElement('span'), { className: 'booklet-badge' }));
      badge.textContent = String(Number(badge.textContent || 0) + 1);
      if (f.severity === 'error') badge.classList.add('error');
      const block = f.source && f.line ? blockAt(f.source, String(f.line), f.page) : undefined;
      if (block) {
        block.classList.add('booklet-flagged', ...(f.severity === 'error' ? ['error'] : []));
        block.title = [block.title, f.message].filter(Boolean).join('\n');
      }
    };
    const draw = () => {
      const shown = findings.filter((f) => f.page === null || inView.has(f.page));
      const heading = fill(findings.length === 1 ? words.headingOne : words.heading, { count: findings.length, n: shown.length });
      const note = fill(words.note, { pages: count });
      panel.replaceChildren(Object.assign(document.createElement('h2'), { textContent: heading }), Object.assign(document.createElement('small'), { textContent: note }));
      const groups = new Map<number | null, PreviewFinding[]>();
      for (const f of shown) groups.set(f.page, [...(groups.get(f.page) ?? []), f]);
      for (const [page, items] of [...groups].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))) {
        const folio = page === null ? '' : pages[page - 1]?.dataset['bookletFolio'];
        panel.append(Object.assign(document.createElement('h3'), { textContent: page === null ? words.book : fill(words.page, { page, folio: folio ?? '' }) }));
        const list = document.createElement('ul');
        for (const f of items) {
          const item = Object.assign(document.createElement('li'), { className: `booklet-item ${f.severity}` });
          item.dataset['page'] = String(f.page ?? '');
          item.append(f.message, Object.assign(document.createElement('small'), { textContent: `${f.where} · ${words[f.kind]} ${f.rule}` }));
          item.addEventListener('click', () => {
            const block = f.source && f.line ? blockAt(f.source, String(f.line), f.page ?? undefined) : undefined;
            (block ?? (f.page ? pages[f.page - 1] : undefined))?.scrollIntoView({ block: 'center' });
          });
          list.append(item);
        }
        panel.append(list);
      }
    };
    // Pages on screen now, from their boxes (the observer reports only after the next frame).
    const onScreen = () =>
      pages.flatMap((page, i) => {
        const box = page.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight ? [i + 1] : [];
      });
    onScreen().forEach((n) => inView.add(n));
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const index = pages.indexOf(entry.target as HTMLElement) + 1;
        if (entry.isIntersecting) inView.add(index);
        else inView.delete(index);
      }
      draw();
      viewed?.([...inView]);
    });
    pages.forEach((page) => observer.observe(page));
    draw();
    return {
      add(found) {
        findings.push(...found);
        found.forEach(mark);
        findings.sort((a, b) => (a.page ?? 0) - (b.page ?? 0));
        draw();
      },
      inView: () => [...inView],
      onView: (run) => (viewed = run),
    };
  }

  function showError(text: string): void {
    document.adoptedStyleSheets = [chrome()];
    document.body.append(Object.assign(document.createElement('div'), { id: 'booklet-error', textContent: text }));
    root.dataset['bookletPreview'] = 'failed';
  }
}
