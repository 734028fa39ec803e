// The one schema of `booklet.yaml`: every field has a description and a default where one makes sense.
// Nothing downstream reads raw YAML; it reads `ResolvedBooklet` (see resolve.ts).
// A namespace import: esbuild then leaves out what the schema does not use (zod's 40 locales, JSON Schema
// conversion); `import { z }` kept it all, 0.58 MB of the JS every build loads (now 0.14 MB).
import * as z from 'zod';
import { DATE_FORMS, parseBookDate, timestampText, type BookDate } from './book-date.js';
import type { MessageKey } from '../ui/catalogue.js';
import { LANGUAGE_TAG } from './language.js';
import { VARIANT_TAGS } from '../variant/tags.js';
import { SHEET_SIZES, type SheetName } from '../impose/sheet.js';

/** A message the schema gives itself: a key of the catalogue (src/ui/catalogue/config.ts), worded where
 *  shown with the key path as `key` (validate-yaml.ts). */
const own = (key: MessageKey): string => key;

/** Trim sizes in millimetres (GB/T 788-1999 as quoted in cjk-print-rules.md G1; A4, A5 and B5 of ISO 216).
 *  32开 and 64开 are the trimmed sizes of the 787×1092 mm sheet folded 5 and 6 times (GB/T 788; the rules
 *  document quotes only 16开, 大32开 and A5): 130×184 and 92×126 mm. */
export const PAGE_SIZES = {
  A5: { width: 148, height: 210 },
  A4: { width: 210, height: 297 },
  B5: { width: 176, height: 250 },
  '大32开': { width: 140, height: 203 },
  '16开': { width: 185, height: 260 },
  '32开': { width: 130, height: 184 },
  '64开': { width: 92, height: 126 },
} as const;

export type PageSizeName = keyof typeof PAGE_SIZES;

/** A size's name as written, in any case (`a5` is A5). */
export const pageSizeName = z.preprocess(
  (value) => (typeof value === 'string' ? (Object.keys(PAGE_SIZES).find((name) => name.toLowerCase() === value.trim().toLowerCase()) ?? value) : value),
  z.enum(Object.keys(PAGE_SIZES) as [PageSizeName, ...PageSizeName[]]),
);

const customPageSize = z.strictObject({
  width: z.number().min(90).max(420).describe('Trim width in millimetres.'),
  height: z.number().min(120).max(600).describe('Trim height in millimetres.'),
});

/** A sheet's name as written, in any case (`a3` is A3). */
export const sheetSizeName = z.preprocess(
  (value) => (typeof value === 'string' ? (Object.keys(SHEET_SIZES).find((name) => name.toLowerCase() === value.trim().toLowerCase()) ?? value) : value),
  z.enum(Object.keys(SHEET_SIZES) as [SheetName, ...SheetName[]]),
);

/** booklet.yaml's `imposition:` (src/impose/): the sheets of the imposed edition. */
export const ImpositionSchema = z
  .strictObject({
    sheet: z
      .union([
        sheetSizeName,
        z.strictObject({
          width: z.number().positive().max(2000).describe('Sheet width in millimetres.'),
          height: z.number().positive().max(2000).describe('Sheet height in millimetres.'),
        }),
      ])
      .optional()
      .describe('The sheet two pages are printed on, side by side: A4, A3, A2, A1, A0, A5, B5, B4, B3 (in any case), or {width, height} in mm; it lies whichever way holds them. Default: the smallest of A4, A3, A2, A1, A0 that holds two pages (A4 for A5 and 大32开, A3 for 16开, B5 and A4).'),
    creep: z
      .number()
      .min(0)
      .max(1)
      .default(0)
      .describe("Creep compensation in mm: how far each sheet's pages move toward the fold for every sheet folded outside it (the outermost stays put, the innermost moves most), so that the text keeps its place when the folded booklet is trimmed. About the paper's thickness: 0.1 for 80 g/m² office paper. Default 0."),
    marks: z.boolean().default(false).describe('Draw a fold mark at the spine and crop marks at the corners of the pages, where the sheet leaves room around them. Default false.'),
    signatures: z
      .number()
      .int()
      .min(4)
      .max(64)
      .multipleOf(4)
      .optional()
      .describe('Pages per signature, for perfect binding: each group of this many pages (16 or 32; a multiple of 4) is folded as a booklet of its own, and the groups are stacked in order. Default: one saddle-stitched booklet of all the pages.'),
  })
  .default({ creep: 0, marks: false })
  .describe('The imposed edition (booklet-imposed.pdf): the pages two to a side on sheets, in the order that folds and staples into the booklet (骑马订), for duplex printing flipped on the short edge.');

/** A date as written in YAML (see book-date.ts); a number (`2026`) or a YAML 1.1 timestamp is read as its text,
 *  so that the message names the forms it takes. */
export const BookDateSchema = z.preprocess(
  (value) => (value instanceof Date ? timestampText(value) : typeof value === 'number' ? String(value) : value),
  z.string().transform((text, ctx): BookDate => {
    const date = parseBookDate(text);
    if ('error' in date) {
      ctx.issues.push({ code: 'custom', message: own(date.error), input: text, params: date.error === 'config.date-form' ? { forms: DATE_FORMS } : {} });
      return z.NEVER;
    }
    return date;
  }),
);

/** A CSS colour as booklet.yaml may give it: hex, a colour function of numbers, or a colour's name (no
 *  character that could end the declaration it is put in). */
const COVER_COLOUR = /^(#[0-9a-fA-F]{3,4}|#[0-9a-fA-F]{6}|#[0-9a-fA-F]{8}|[a-zA-Z]{3,30}|(rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([0-9a-z.,%\s/+-]{1,80}\))$/;
/** Page margins in mm, each optional: a margin not given is the one the default type area leaves. */
const margin = (min: number, text: string) => z.number().min(min).max(60).optional().describe(text);
export const MarginsSchema = z
  .strictObject({
    top: margin(8, 'Top margin in mm (the running head sits in it; at least 8). Default: from the trim size.'),
    bottom: margin(8, 'Bottom margin in mm (the folio sits in it; at least 8). Below the type area, it takes the part of a line pitch the height leaves over. Default: from the trim size.'),
    inner: margin(5, 'Inner margin (gutter, the binding side) in mm, at least 5. Default: from the trim size.'),
    outer: margin(5, 'Outer margin in mm, at least 5. Beside the type area, it takes the part of a character the width leaves over. Default: from the trim size.'),
  })
  .default({})
  .describe('Page margins in mm. The type area is what they leave, a whole number of characters wide and of line pitches high (clreq E1–E3): what is left over goes to the outer and the bottom margin. Default: a type area of about 70 % of the trim width and 76 % of its height.');

export const PageSchema = z
  .strictObject({
    size: z
      .union([pageSizeName, customPageSize])
      .default('A5')
      .describe('Trim size: A5, A4, B5, 大32开, 16开, 32开, 64开 (in any case), or {width, height} in mm. Default A5.'),
    bodySize: z
      .number()
      .min(7.875)
      .max(14)
      .default(10.5)
      .describe('Body type size in pt. Default 10.5 (五号), the usual size for body text (clreq).'),
    lineHeight: z
      .number()
      .min(1.5)
      .max(2)
      .default(1.75)
      .describe('Line pitch as a multiple of the body size, 1.5–2.0 (clreq E4). Default 1.75.'),
    margins: MarginsSchema,
  })
  .describe('Page geometry.');

/** A TrueType face file: a path relative to booklet.yaml, or `npm:<package>/<file>`. */
const FaceFile = z.string().min(1).regex(/\.(ttf|otf|ttc|otc|woff2?|pfb|pfa|t1)$/i, own('config.ttf-file'));

/** A role's faces: a built-in design, one file (its bold made by Chromium), or a regular and a bold file. */
export const FaceChoice = z.union([
  z.enum(['serif', 'sans']),
  FaceFile,
  z.strictObject({
    regular: FaceFile.describe('The regular face (body: weight 400; headings: 500).'),
    bold: FaceFile.optional().describe('The bold face (weight 700). Default: Chromium emboldens the regular one.'),
  }),
]);
export type FaceChoice = z.infer<typeof FaceChoice>;

export const FacesSchema = z
  .strictObject({
    body: FaceChoice.optional().describe(
      'The body text: serif or sans (Noto, in the script of `language`), a TrueType file (`fonts/Kai.ttf`, or `npm:<package>/<file>.ttf`), or {regular, bold}. Default: the theme\'s, else serif.',
    ),
    heading: FaceChoice.optional().describe('Titles, headings, running heads and study boxes: as body. Default: the theme\'s, else sans.'),
  })
  .describe('The faces text is set in. TrueType (glyf) outlines only: Chromium embeds CFF (.otf) faces as Type 3 fonts.');

export type FacesSchema = z.infer<typeof FacesSchema>;

const RUNNING_HEAD = z.enum(['title', 'article', 'section', 'none']);
const studyBoxTitle = (box: string) => z.string().min(1).optional().describe(`The title of ${box} boxes. Default: the built-in one.`);

export const BookletSchema = z
  .strictObject({
    title: z.string().min(1).describe('The booklet title, e.g. 学习读本. Required.'),
    subtitle: z.string().min(1).optional().describe('A subtitle under the title on the cover.'),
    compiler: z.string().min(1).describe('The compiler or organisation (编者), shown on the cover and colophon.'),
    date: BookDateSchema.describe(
      'Publication date, for the colophon and the PDF and EPUB metadata, e.g. `date: 2026年12月1日`, or a month alone, `date: 2026年12月` (PDF dates then take its first day).',
    ),
    edition: z.string().min(1).default('第1版').describe('Edition statement (版次), printed after the month: 2026年12月第1版. Default 第1版.'),
    impression: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('The impression (印次), printed as 2026年12月第2次印刷. Default: none printed.'),
    internal: z
      .boolean()
      .default(false)
      .describe('A booklet for internal study without an ISBN: the colophon says 内部学习资料　注意保存. Default false.'),
    colophon: z
      .strictObject({
        fonts: z.boolean().default(false).describe('Print a 字体 line naming the faces and their licence. Default false.'),
      })
      .default({ fonts: false })
      .describe('What the colophon (版权页) prints beyond the version record.'),
    language: z
      .string()
      .regex(LANGUAGE_TAG, own('config.language-tag'))
      .default('zh-Hans')
      .describe(
        'Language tag of the text (language.ts). Default zh-Hans (also zh, zh-CN, zh-Hans-CN): Simplified Chinese, Mainland punctuation. zh-Hant or zh-Hant-TW (zh-TW): Traditional, Taiwan standard; zh-Hant-HK (zh-HK): Traditional, Hong Kong standard. It selects the faces, the punctuation, the built-in strings and the lint and proof rules.',
      ),
    page: PageSchema.default({ size: 'A5', bodySize: 10.5, lineHeight: 1.75, margins: {} }),
    faces: FacesSchema.default({}),
    // The book's furniture (issue 22 §4): contents, running heads, folios, study-box titles.
    contents: z
      .strictObject({
        depth: z
          .literal([1, 2, 3])
          .default(2)
          .describe('How deep the printed contents go: 1 the articles, 2 their sections (##), 3 also subsections (###). Default 2. The EPUB navigation always lists articles and sections.'),
      })
      .default({ depth: 2 })
      .describe('The contents page (目录).'),
    runningHeads: z
      .strictObject({
        verso: RUNNING_HEAD.default('title').describe('The running head of versos (left pages): title (the booklet), article, section (the current ## heading) or none. Default title.'),
        recto: RUNNING_HEAD.default('article').describe('The running head of rectos (right pages): title, article, section or none. Default article.'),
      })
      .default({ verso: 'title', recto: 'article' })
      .describe('Running heads (书眉) at the outer head corner; none on an article\'s opening page or on blank pages.'),
    folio: z
      .strictObject({
        position: z.enum(['outer', 'center']).default('outer').describe('Where the folio stands: outer (the outer foot corner) or center (the middle of the foot). Default outer.'),
        form: z.enum(['plain', 'dashes']).default('plain').describe('How it is written: plain (12) or dashes (— 12 —, as GB/T 9704 numbers official documents). Default plain.'),
      })
      .default({ position: 'outer', form: 'plain' })
      .describe('Page numbers (页码) of the body pages; the front matter has none.'),
    studyBoxes: z
      .strictObject({
        titles: z
          .strictObject({
            'key-points': studyBoxTitle(':::key-points'),
            questions: studyBoxTitle(':::questions'),
            reading: studyBoxTitle(':::reading'),
            note: studyBoxTitle(':::note'),
          })
          .default({})
          .describe('The title of each kind of study box, e.g. `questions: 课后思考`; `:::questions[…]` in the text still wins. Default: 学习要点, 思考题, 延伸阅读, 注 (in the script of the book).'),
      })
      .default({ titles: {} })
      .describe('Study boxes (:::key-points, :::questions, :::reading, :::note).'),
    notes: z
      .strictObject({
        placement: z
          .enum(['none', 'article', 'end'])
          .default('none')
          .describe('Ruled note pages (学习笔记): none, after each article, or at the end. Default none.'),
        pages: z.number().int().min(1).max(8).default(1).describe('How many note pages each time. Default 1.'),
      })
      .default({ placement: 'none', pages: 1 })
      .describe('Ruled note pages for the reader (print editions only).'),
    figures: z
      .strictObject({
        numbered: z.boolean().default(false).describe('Number the captions 图1, 图2 … through the booklet. Default false.'),
      })
      .default({ numbered: false })
      .describe('Figures: an image alone in a paragraph, captioned with its title or alt text.'),
    footnotes: z
      .strictObject({
        numbering: z
          .enum(['article', 'page'])
          .default('article')
          .describe('Footnotes are numbered ① ② … from 1 in each article, or on each page of the print editions. Default article.'),
      })
      .default({ numbering: 'article' })
      .describe('Footnote numbering.'),
    styles: z
      .array(z.string().min(1).regex(/\.css$/, own('config.css-file')))
      .default([])
      .describe('Extra stylesheets, after the built-in ones and the theme, relative to booklet.yaml. The EPUB gets them too, without their @page rules (paged media only).'),
    // Themes and covers (issue 22 §3): one block.
    theme: z
      .string()
      .min(1)
      .default('classic')
      .describe('The look of the booklet: a built-in theme (classic, red, modern: `booklet themes` lists them) or a theme folder relative to booklet.yaml (theme.yaml, print.css, epub.css, cover.html). Default classic; `--theme` overrides it.'),
    cover: z
      .strictObject({
        background: z
          .string()
          .regex(COVER_COLOUR, own('themes.colour'))
          .optional()
          .describe("The cover's background colour (a CSS colour: #c8161d, rgb(200 22 29), darkred). Default: the theme's."),
        image: z.string().min(1).optional().describe('A picture on the cover (PNG, JPEG, GIF, WebP, SVG), relative to booklet.yaml. Default none.'),
        emblem: z.string().min(1).optional().describe('An emblem or logo on the cover (an image file), relative to booklet.yaml. Default none.'),
        compiler: z.boolean().default(true).describe("Show the compiler's name (编者) on the cover. Default true."),
        date: z.boolean().default(true).describe('Show the month of publication on the cover. Default true.'),
      })
      .default({ compiler: true, date: true })
      .describe('The cover: colour, picture, emblem, and what it prints (the theme places them: cover.html).'),
    lint: z
      .strictObject({
        rules: z
          .record(z.string(), z.enum(['off', 'warning', 'error']))
          .default({})
          .describe('Per lint rule: off, warning or error, overriding its default severity.'),
      })
      .default({ rules: {} })
      .describe('booklet lint: which rules run, and how severe they are.'),
    engine: z
      .enum(['parts', 'simple'])
      .default('parts')
      .describe('How the book is paginated: parts (parts of the book laid out in parallel, kept in the page cache: fast) or simple (the whole book in one page of Chromium, nothing cached: the plain path, for when a speed layer is in doubt). Default parts; `booklet build --simple` overrides it.'),
    browsers: z
      .array(z.string().regex(/^(wss?|https?):\/\/\S+$/, own('config.browser-url')))
      .default([])
      .describe('Running headless Chromiums to lay the book out in instead of starting one: a DevTools address each (http://host:port of its --remote-debugging-port, or ws://…). More than one is a pool: the parts of the book are spread over them, and those of one that goes away are laid out again on the others. Default none (booklet starts Chromium); `--browser-url` overrides it.'),
    ui: z
      .enum(['en', 'zh'])
      .optional()
      .describe('The language booklet speaks in for this booklet (messages, progress, the proof report, the preview panel): zh or en. Default: the locale (LANG=zh_CN.UTF-8 is zh); `--ui` overrides it.'),
    editions: z
      .array(z.string().min(1))
      .min(1)
      .default(['all'])
      .describe('The editions `booklet build` makes, by the names `booklet build --help` lists (html, screen, print, epub, …), or all; the HTML is always made. Default all; `--edition` overrides it.'),
    imposition: ImpositionSchema,
    output: z
      .string()
      .min(1)
      .default('output')
      .describe('The folder the editions are written to, relative to booklet.yaml. Default output (inside the booklet folder); `booklet build --out` overrides it.'),
    // Traditional variants of a Simplified booklet (src/variant/).
    variants: z
      .array(
        z.union([
          z.enum(VARIANT_TAGS).transform((language) => ({ language })),
          z.strictObject({
            language: z.enum(VARIANT_TAGS).describe('The variant: zh-Hant (Taiwan standard, with its phrases), zh-Hant-TW (the same) or zh-Hant-HK (Hong Kong standard).'),
            dictionary: z
              .string()
              .min(1)
              .optional()
              .describe('A conversion dictionary of this booklet, relative to booklet.yaml: one `简体<TAB>繁體` a line (a phrase or a character), taken before OpenCC. Default none.'),
          }),
        ]),
      )
      .default([])
      .describe(
        'Traditional variants to make beside the editions, converted with OpenCC (booklet.zh-Hant.pdf, …): `variants: [zh-Hant]`, or `[{language: zh-Hant-HK, dictionary: zh-Hant-HK.txt}]`. `booklet build --variant` overrides the list. Default none.',
      ),
    press: z
      .strictObject({
        profile: z
          .string()
          .min(1)
          .optional()
          .describe(
            "The printing condition's CMYK ICC profile (.icc, from the printer), relative to booklet.yaml (or absolute): the press PDF's colours are converted to it and it is embedded as the output intent. Default ISO Coated v2 300% (basICColor; FOGRA39, coated paper), from Debian's scribus-data.",
          ),
      })
      .default({})
      .describe('The press edition (booklet-press.pdf): the print PDF as PDF/X-4 in CMYK, for the printer.'),
    proof: z
      .strictObject({
        checks: z
          .record(z.string(), z.enum(['off', 'warning', 'error']))
          .default({})
          .describe('Per proof check: off, warning or error, overriding its default severity.'),
        baseline: z.string().min(1).default('proof-baseline').describe('The folder of approved page images, relative to booklet.yaml.'),
      })
      .default({ checks: {}, baseline: 'proof-baseline' })
      .describe('booklet proof: which checks run, and where the visual baseline lives.'),
    articles: z
      .array(z.string().min(1).regex(/\.md$/, own('config.markdown-file')))
      .min(1, own('config.at-least-one-article'))
      .describe('The article files, in reading order, relative to booklet.yaml.'),
  })
  .describe('booklet.yaml: the booklet metadata and the order of its articles.');

export type BookletSchema = z.infer<typeof BookletSchema>;

/** The front matter of one article manuscript. */
export const ArticleSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/, own('config.article-id'))
      .optional()
      .describe('Anchor id (ASCII, short: it becomes a PDF destination). Default: from the file name.'),
    title: z
      .string()
      .min(1)
      .optional()
      .describe('Article title. Required, unless the text opens with a `# 标题` heading, which then is the title.'),
    subtitle: z.string().min(1).optional().describe('Subtitle, printed under the title.'),
    author: z.string().min(1).optional().describe('Author, printed as the byline.'),
    source: z.string().min(1).optional().describe('Where the article was first published (来源).'),
    affiliation: z.string().min(1).optional().describe("The author's affiliation or position."),
    note: z
      .string()
      .min(1)
      .optional()
      .describe('The source note as printed at the end of the article; default built from source and affiliation.'),
    editorial: z
      .array(
        z.strictObject({
          action: z
            .enum(['join', 'heading', 'move', 'gap', 'metadata', 'punctuation', 'fix'])
            .describe('What was done: join a broken paragraph, make a heading, move a fragment, record a gap, move text into the front matter (metadata), mend punctuation, another safe fix of `booklet lint --fix` (fix), …'),
          line: z
            .number()
            .int()
            .min(1)
            .describe('The line in the original source this concerns (a PDF: the line on its page; a .docx or a web page: the block).'),
          page: z.number().int().min(1).optional().describe('For a PDF source: the page this concerns.'),
          to: z.number().int().min(1).optional().describe('For move: the source line the fragment now follows.'),
          text: z.string().min(1).optional().describe('The text concerned, as in the source.'),
          note: z.string().min(1).describe('Why, in a sentence.'),
        }),
      )
      .default([])
      .describe('Editorial decisions made while cleaning the source, one entry per repair.'),
  })
  .describe('Article front matter.');

export type ArticleSchema = z.infer<typeof ArticleSchema>;
