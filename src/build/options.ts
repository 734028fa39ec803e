// What a build is asked to do, and what it gives back (build.ts).
import type { Reporter } from '../diagnostics.js';
import type { PaginationFacts, LayoutFacts } from '../paginate/in-page/bridge.js';
import type { UsedFont } from '../paginate/used-fonts.js';
import type { ResolvedBooklet } from '../config/resolve.js';
import type { Manuscript } from '../manuscript/read.js';
import type { RenderedHtml } from '../html/render-html.js';
import type { Engine, Paginated } from '../paginate/paginate.js';
import type { VariantBuild } from '../variant/variant-build.js';
import type { Chromium } from '../paginate/browser.js';
import type { KeepSession } from '../keep-session.js';

export interface BuildOptions {
  /** The folder with booklet.yaml. Default `manuscripts`. */
  dir: string;
  /** The output folder. Default: booklet.yaml's `output:`, else `output/` in the booklet folder. */
  out?: string | undefined;
  /** Which editions to make (names of editions/index.ts, or `all`), overriding booklet.yaml's `editions:`;
   *  the HTML is always made (the others are made from it). Default: booklet.yaml's, which defaults to all. */
  editions?: readonly string[] | undefined;
  /** Make a language variant instead (src/variant/): the text converted, its tag (`zh-Hant`) the book's
   *  language and in the editions' file names (booklet.zh-Hant.pdf). Default none. */
  variant?: VariantBuild | undefined;
  reporter: Reporter;
  /** Cancels the build's child processes (the press edition's Ghostscript). Default none. */
  signal?: AbortSignal | undefined;
  /** Chromium binary (default: $BOOKLET_CHROMIUM, else Debian's chromium-headless-shell or chromium). */
  chromium?: string;
  /** Collect the layout and fonts for proofing (slower). Default false. */
  collect?: boolean;
  /** Pages of Chromium laying out parts of the book at once. Default: the number of cores. */
  jobs?: number;
  /** How long Paged.js may go without laying out a page, in ms. Default 60 000. */
  pageTimeout?: number;
  /** Use and keep laid-out parts in `<out>/.cache/pages/`. Default true. */
  cache?: boolean;
  /** The theme, overriding booklet.yaml's `theme:`: a built-in name or a folder (relative to the current
   *  folder). Default: booklet.yaml's. */
  theme?: string | undefined;
  /** Lint the manuscripts first: warnings are shown, errors stop the build. Default true. */
  lint?: boolean;
  /** Running browsers to lay out in instead of starting Chromium: `ws://…` or `http://host:port` each;
   *  more than one is a pool, the book's parts spread over them. Default: booklet.yaml's `browsers:`,
   *  else none (Chromium is started). */
  browserUrls?: readonly string[] | undefined;
  /** Browsers already starting or connecting (the CLI starts them while it loads the pipeline); the
   *  build releases them (closes them, or disconnects from those it did not start). Default: the build
   *  starts or connects them itself, as soon as it begins. */
  browsers?: Promise<Chromium[]> | undefined;
  /** The pagination engine (paginate/paginate.ts): parts, or simple (the whole book in one page, no
   *  cache). Default: booklet.yaml's `engine:`, which defaults to parts. */
  engine?: Engine | undefined;
  /** Leave the browser running after the build (`build --watch` reuses it); the build is done with the
   *  pages it opened (closed, or kept blank for the next build: worker-pages.ts). Default false. */
  keepBrowser?: boolean;
  /** What a command that runs on (build --watch) keeps from one build for the next (keep-session.ts): its
   *  parse trees, lint findings, faces loaded for subsetting, pages of Chromium. Default none: a single
   *  build keeps nothing. */
  keep?: KeepSession | undefined;
}

export interface BuildResult {
  written: string[];
  /** The editions written, in order (the HTML first). */
  editions: string[];
  pagination?: PaginationFacts;
  /** The parts of the book laid out in this build, taken from the cache, and the pages of Chromium used. */
  parts?: Paginated['parts'];
  /** With `collect`: what proofing needs from the build. */
  collected?: {
    booklet: ResolvedBooklet;
    manuscripts: Manuscript[];
    html: RenderedHtml;
    layout: LayoutFacts;
    fonts: UsedFont[];
    /** The files written, by edition. */
    files: Partial<Record<string, string>>;
  };
}
