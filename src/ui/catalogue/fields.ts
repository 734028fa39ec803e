// What each key of booklet.yaml and of a manuscript's front matter is for: the schema's descriptions
// (config/schema.ts, in English, its documentation) in Chinese, for the hint under a mistake at that key.
// test/ui/config-messages.test.ts holds that every description of the schemas has its Chinese here.
import type { Entry } from '../phrase.js';
import { THEME_FIELD_ZH } from './themes.js';
import { PRESS_FIELD_ZH } from './press.js';

/** The Chinese of each description, by its English. */
export const FIELD_ZH: Readonly<Record<string, string>> = {
  ...THEME_FIELD_ZH,
  ...PRESS_FIELD_ZH,
  'Article front matter.': '文章的文件头（front matter）。',
  'Anchor id (ASCII, short: it becomes a PDF destination). Default: from the file name.': '锚点 id（ASCII，宜短：它会成为 PDF 的跳转目标）。默认取自文件名。',
  'Article title. Required, unless the text opens with a `# 标题` heading, which then is the title.': '文章标题。必填，除非正文以 `# 标题` 开头，那时它就是标题。',
  'Subtitle, printed under the title.': '副标题，印在标题下方。',
  'Author, printed as the byline.': '作者，作为署名印出。',
  'Where the article was first published (来源).': '文章最初发表的地方（来源）。',
  "The author's affiliation or position.": '作者的单位或职务。',
  'The source note as printed at the end of the article; default built from source and affiliation.': '印在文末的来源说明；默认由来源和作者单位生成。',
  'Editorial decisions made while cleaning the source, one entry per repair.': '整理原文时所作的编辑处理，每处修补一条。',
  'What was done: join a broken paragraph, make a heading, move a fragment, record a gap, move text into the front matter (metadata), mend punctuation, another safe fix of `booklet lint --fix` (fix), …':
    '做了什么：接上断开的段落、设为标题、移动片段、记录缺文、把文字移入前言区（metadata）、修正标点、`booklet lint --fix` 的其他安全修正（fix）……',
  'The line in the original source this concerns (a PDF: the line on its page; a .docx or a web page: the block).': '所涉及的原文行号（PDF：该页上的第几行；.docx 或网页：第几个段块）。',
  'For a PDF source: the page this concerns.': '用于 PDF 原文：所涉及的页码。',
  'For move: the source line the fragment now follows.': '用于移动：片段现在所接的原文行号。',
  'The text concerned, as in the source.': '所涉及的文字，照原文。',
  'Why, in a sentence.': '原因，一句话。',
  'booklet.yaml: the booklet metadata and the order of its articles.': 'booklet.yaml：读本的元数据和文章顺序。',
  'The booklet title, e.g. 学习读本. Required.': '读本书名，例如“学习读本”。必填。',
  'A subtitle under the title on the cover.': '封面上书名下方的副书名。',
  'The compiler or organisation (编者), shown on the cover and colophon.': '编者或编写单位，印在封面和版权页上。',
  'Publication date, for the colophon and the PDF and EPUB metadata, e.g. `date: 2026年12月1日`, or a month alone, `date: 2026年12月` (PDF dates then take its first day).':
    '出版日期，用于版权页以及 PDF 和 EPUB 的元数据，例如 `date: 2026年12月1日`，也可只写月份 `date: 2026年12月`（PDF 日期取该月第一天）。',
  'Edition statement (版次), printed after the month: 2026年12月第1版. Default 第1版.': '版次，印在月份之后：2026年12月第1版。默认“第1版”。',
  'The impression (印次), printed as 2026年12月第2次印刷. Default: none printed.': '印次，印作“2026年12月第2次印刷”。默认不印。',
  'A booklet for internal study without an ISBN: the colophon says 内部学习资料　注意保存. Default false.': '无 ISBN 的内部学习读本：版权页印“内部学习资料　注意保存”。默认 false。',
  'What the colophon (版权页) prints beyond the version record.': '版权页在版本记录之外还印什么。',
  'Print a 字体 line naming the faces and their licence. Default false.': '印一行“字体”，列出所用字体及其许可。默认 false。',
  'Language tag of the text (language.ts). Default zh-Hans (also zh, zh-CN, zh-Hans-CN): Simplified Chinese, Mainland punctuation. zh-Hant or zh-Hant-TW (zh-TW): Traditional, Taiwan standard; zh-Hant-HK (zh-HK): Traditional, Hong Kong standard. It selects the faces, the punctuation, the built-in strings and the lint and proof rules.':
    '正文的语言标记（language.ts）。默认 zh-Hans（也可写 zh、zh-CN、zh-Hans-CN）：简体中文，大陆标点。zh-Hant 或 zh-Hant-TW（zh-TW）：繁体中文，台湾标准；zh-Hant-HK（zh-HK）：繁体中文，香港标准。它决定字体、标点、书中的固定文字以及检查和校对的规则。',
  'Page geometry.': '版面尺寸。',
  'The faces text is set in. TrueType (glyf) outlines only: Chromium embeds CFF (.otf) faces as Type 3 fonts.': '排版所用的字体。只收 TrueType（glyf）轮廓：Chromium 会把 CFF（.otf）字体以 Type 3 字体嵌入。',
  "The body text: serif or sans (Noto, in the script of `language`), a TrueType file (`fonts/Kai.ttf`, or `npm:<package>/<file>.ttf`), or {regular, bold}. Default: the theme's, else serif.":
    '正文字体：serif 或 sans（Noto，随 `language` 的简繁），一个 TrueType 文件（`fonts/Kai.ttf`，或 `npm:<包名>/<文件>.ttf`），或 {regular, bold}。默认取主题的，否则 serif。',
  'The regular face (body: weight 400; headings: 500).': '常规字重的字体（正文：400；标题：500）。',
  'The bold face (weight 700). Default: Chromium emboldens the regular one.': '粗体（700）。默认由 Chromium 把常规字体加粗。',
  "Titles, headings, running heads and study boxes: as body. Default: the theme's, else sans.": '书名、标题、书眉和学习栏目的字体：写法同 body。默认取主题的，否则 sans。',
  'Trim size: A5, A4, B5, 大32开, 16开, 32开, 64开 (in any case), or {width, height} in mm. Default A5.': '成品尺寸：A5、A4、B5、大32开、16开、32开、64开（不分大小写），或以毫米计的 {width, height}。默认 A5。',
  'Page margins in mm. The type area is what they leave, a whole number of characters wide and of line pitches high (clreq E1–E3): what is left over goes to the outer and the bottom margin. Default: a type area of about 70 % of the trim width and 76 % of its height.':
    '页边距，单位 mm。版心是页边距留下的部分，宽为整数个字、高为整数个行距（clreq E1–E3），余量归入外侧和下边距。默认：版心约为成品宽度的 70 %、高度的 76 %。',
  'Top margin in mm (the running head sits in it; at least 8). Default: from the trim size.': '上边距，单位 mm（书眉在其中；至少 8）。默认由成品尺寸算出。',
  'Bottom margin in mm (the folio sits in it; at least 8). Below the type area, it takes the part of a line pitch the height leaves over. Default: from the trim size.': '下边距，单位 mm（页码在其中；至少 8）。版心高度除不尽一个行距的余量归入下边距。默认由成品尺寸算出。',
  'Inner margin (gutter, the binding side) in mm, at least 5. Default: from the trim size.': '内边距（订口一侧），单位 mm，至少 5。默认由成品尺寸算出。',
  'Outer margin in mm, at least 5. Beside the type area, it takes the part of a character the width leaves over. Default: from the trim size.': '外边距，单位 mm，至少 5。版心宽度除不尽一个字的余量归入外边距。默认由成品尺寸算出。',
  'The contents page (目录).': '目录页。',
  'How deep the printed contents go: 1 the articles, 2 their sections (##), 3 also subsections (###). Default 2. The EPUB navigation always lists articles and sections.': '印刷目录列到第几级：1 只列文章，2 加各节（##），3 再加小节（###）。默认 2。EPUB 的导航总是列出文章和各节。',
  "Running heads (书眉) at the outer head corner; none on an article's opening page or on blank pages.": '书眉，位于页面上方外侧；文章首页和空白页不印。',
  'The running head of versos (left pages): title (the booklet), article, section (the current ## heading) or none. Default title.': '左页（双数页）书眉：title（书名）、article（文章标题）、section（当前的 ## 标题）或 none。默认 title。',
  'The running head of rectos (right pages): title, article, section or none. Default article.': '右页（单数页）书眉：title、article、section 或 none。默认 article。',
  'Page numbers (页码) of the body pages; the front matter has none.': '正文页的页码；前辅文不印页码。',
  'Where the folio stands: outer (the outer foot corner) or center (the middle of the foot). Default outer.': '页码位置：outer（页脚外侧）或 center（页脚居中）。默认 outer。',
  'How it is written: plain (12) or dashes (— 12 —, as GB/T 9704 numbers official documents). Default plain.': '页码写法：plain（12）或 dashes（— 12 —，即 GB/T 9704 公文的页码格式）。默认 plain。',
  'Study boxes (:::key-points, :::questions, :::reading, :::note).': '学习栏目（:::key-points、:::questions、:::reading、:::note）。',
  'The title of each kind of study box, e.g. `questions: 课后思考`; `:::questions[…]` in the text still wins. Default: 学习要点, 思考题, 延伸阅读, 注 (in the script of the book).': '各类学习栏目的标题，例如 `questions: 课后思考`；正文中的 `:::questions[…]` 仍然优先。默认：学习要点、思考题、延伸阅读、注（随全书的简繁）。',
  'The title of :::key-points boxes. Default: the built-in one.': ':::key-points 栏目的标题。默认用内置标题。',
  'The title of :::questions boxes. Default: the built-in one.': ':::questions 栏目的标题。默认用内置标题。',
  'The title of :::reading boxes. Default: the built-in one.': ':::reading 栏目的标题。默认用内置标题。',
  'The title of :::note boxes. Default: the built-in one.': ':::note 栏目的标题。默认用内置标题。',
  'Trim width in millimetres.': '成品宽度，单位毫米。',
  'Trim height in millimetres.': '成品高度，单位毫米。',
  'Body type size in pt. Default 10.5 (五号), the usual size for body text (clreq).': '正文字号，单位 pt。默认 10.5（五号），正文的常用字号（clreq）。',
  'Line pitch as a multiple of the body size, 1.5–2.0 (clreq E4). Default 1.75.': '行距，为正文字号的倍数，1.5–2.0（clreq E4）。默认 1.75。',
  'Ruled note pages for the reader (print editions only).': '供读者书写的横线笔记页（仅印刷版）。',
  'Ruled note pages (学习笔记): none, after each article, or at the end. Default none.': '横线笔记页（学习笔记）：不加、每篇文章之后，或全书末尾。默认不加。',
  'How many note pages each time. Default 1.': '每次加几页笔记页。默认 1。',
  'Figures: an image alone in a paragraph, captioned with its title or alt text.': '插图：独占一段的图片，以其标题或替代文字作图注。',
  'Number the captions 图1, 图2 … through the booklet. Default false.': '全书图注依次编号为图1、图2……。默认 false。',
  'Footnote numbering.': '脚注编号。',
  'Footnotes are numbered ① ② … from 1 in each article, or on each page of the print editions. Default article.': '脚注编号为 ① ② ……，每篇文章从 1 起，或在印刷版中每页从 1 起。默认按文章（article）。',
  'booklet lint: which rules run, and how severe they are.': 'booklet lint：运行哪些规则，以及各自的严重程度。',
  'Per lint rule: off, warning or error, overriding its default severity.': '逐条规则设定：off、warning 或 error，覆盖其默认严重程度。',
  'The language booklet speaks in for this booklet (messages, progress, the proof report, the preview panel): zh or en. Default: the locale (LANG=zh_CN.UTF-8 is zh); `--ui` overrides it.':
    'booklet 对这本读本使用的界面语言（消息、进度、校对报告、预览面板）：zh 或 en。默认按系统语言环境（LANG=zh_CN.UTF-8 即为 zh）；`--ui` 可覆盖它。',
  'The editions `booklet build` makes, by the names `booklet build --help` lists (html, screen, print, epub, …), or all; the HTML is always made. Default all; `--edition` overrides it.':
    '`booklet build` 生成的版本，用 `booklet build --help` 列出的名称（html、screen、print、epub……），或 all；HTML 总会生成。默认 all；`--edition` 优先于此设置。',
  // The imposed edition (src/impose/).
  'The imposed edition (booklet-imposed.pdf): the pages two to a side on sheets, in the order that folds and staples into the booklet (骑马订), for duplex printing flipped on the short edge.':
    '拼版版（booklet-imposed.pdf）：每面纸并排印两页，按对折、骑马订后成册的顺序排好，用于双面打印（短边翻转）。',
  'The sheet two pages are printed on, side by side: A4, A3, A2, A1, A0, A5, B5, B4, B3 (in any case), or {width, height} in mm; it lies whichever way holds them. Default: the smallest of A4, A3, A2, A1, A0 that holds two pages (A4 for A5 and 大32开, A3 for 16开, B5 and A4).':
    '并排印两页所用的纸：A4、A3、A2、A1、A0、A5、B5、B4、B3（不分大小写），或以毫米计的 {width, height}；纸横放或竖放，以放得下为准。默认取 A4、A3、A2、A1、A0 中放得下两页的最小者（A5 和大32开用 A4，16开、B5 和 A4 用 A3）。',
  'Sheet width in millimetres.': '纸张宽度，单位毫米。',
  'Sheet height in millimetres.': '纸张高度，单位毫米。',
  "Creep compensation in mm: how far each sheet's pages move toward the fold for every sheet folded outside it (the outermost stays put, the innermost moves most), so that the text keeps its place when the folded booklet is trimmed. About the paper's thickness: 0.1 for 80 g/m² office paper. Default 0.":
    '爬移补偿，单位 mm：外面每多套一张纸，这张纸上的页面就向折线移动这么多（最外一张不动，最里一张移得最多），使成册裁切后文字位置一致。约为纸的厚度：80 g/m² 的办公用纸约 0.1。默认 0。',
  'Draw a fold mark at the spine and crop marks at the corners of the pages, where the sheet leaves room around them. Default false.': '在书脊处画折线标记、在页面四角画裁切标记（纸张在页面周围留有余地时）。默认 false。',
  'Pages per signature, for perfect binding: each group of this many pages (16 or 32; a multiple of 4) is folded as a booklet of its own, and the groups are stacked in order. Default: one saddle-stitched booklet of all the pages.':
    '每帖页数，用于胶订：每这么多页（16 或 32；须为 4 的倍数）单独拼成一帖对折，各帖按顺序叠放。默认：全书拼成一本骑马订。',
  'The folder the editions are written to, relative to booklet.yaml. Default output (inside the booklet folder); `booklet build --out` overrides it.':
    '各版本写入的文件夹，相对于 booklet.yaml。默认 output（在读本文件夹内）；`booklet build --out` 可覆盖它。',
  'booklet proof: which checks run, and where the visual baseline lives.': 'booklet proof：运行哪些检查，以及视觉基线存放在哪里。',
  'Per proof check: off, warning or error, overriding its default severity.': '逐项检查设定：off、warning 或 error，覆盖其默认严重程度。',
  'The folder of approved page images, relative to booklet.yaml.': '已批准的页面图像所在的文件夹，相对于 booklet.yaml。',
  'The article files, in reading order, relative to booklet.yaml.': '文章文件，按阅读顺序排列，路径相对于 booklet.yaml。',
  // The pagination (src/paginate/paginate.ts) and its browsers (browser-pool.ts).
  'How the book is paginated: parts (parts of the book laid out in parallel, kept in the page cache: fast) or simple (the whole book in one page of Chromium, nothing cached: the plain path, for when a speed layer is in doubt). Default parts; `booklet build --simple` overrides it.':
    '分页方式：parts（书的各部分并行排版，并存入页面缓存：快）或 simple（全书在一个 Chromium 页面中一次排版，不用缓存：最简单的路径，用于怀疑加速机制有误时）。默认 parts；`booklet build --simple` 优先于此设置。',
  'Running headless Chromiums to lay the book out in instead of starting one: a DevTools address each (http://host:port of its --remote-debugging-port, or ws://…). More than one is a pool: the parts of the book are spread over them, and those of one that goes away are laid out again on the others. Default none (booklet starts Chromium); `--browser-url` overrides it.':
    '用于排版的、已在运行的无头 Chromium，而不另行启动：每项一个 DevTools 地址（其 --remote-debugging-port 的 http://主机:端口，或 ws://…）。多于一个即为浏览器池：书的各部分分散到池中排版，中途退出的浏览器所承担的部分改由其余浏览器重新排版。默认没有（booklet 自行启动 Chromium）；`--browser-url` 优先于此设置。',
  // Traditional variants (src/variant/).
  'Traditional variants to make beside the editions, converted with OpenCC (booklet.zh-Hant.pdf, …): `variants: [zh-Hant]`, or `[{language: zh-Hant-HK, dictionary: zh-Hant-HK.txt}]`. `booklet build --variant` overrides the list. Default none.':
    '在各版本之外另行生成的繁体变体，用 OpenCC 转换（booklet.zh-Hant.pdf 等）：`variants: [zh-Hant]`，或 `[{language: zh-Hant-HK, dictionary: zh-Hant-HK.txt}]`。`booklet build --variant` 优先于此列表。默认不生成。',
  'The variant: zh-Hant (Taiwan standard, with its phrases), zh-Hant-TW (the same) or zh-Hant-HK (Hong Kong standard).': '变体：zh-Hant（台湾标准，含台湾用词）、zh-Hant-TW（同前）或 zh-Hant-HK（香港标准）。',
  'A conversion dictionary of this booklet, relative to booklet.yaml: one `简体<TAB>繁體` a line (a phrase or a character), taken before OpenCC. Default none.':
    '本读本自己的转换词典，路径相对于 booklet.yaml：每行一条“简体<TAB>繁體”（一个词或一个字），优先于 OpenCC。默认没有。',
};

export const FIELDS = {
  'config.field': {
    en: (v) => v.text,
    zh: (v) => FIELD_ZH[v.text] ?? `说明：${v.text}`,
  } as Entry<{ text: string } & Record<string, string | number>>,
} satisfies Record<string, Entry<never>>;
