// `booklet new`: its help, its messages, and the comments it writes into the files it makes (booklet.yaml,
// .gitignore, the CI recipes), so that a booklet made in Chinese explains itself in Chinese.
import type { Entry } from '../phrase.js';

type E<V> = Entry<V & Record<string, string | number>>;
const text = (en: string, zh: string): E<object> => ({ en: () => en, zh: () => zh });

export const NEW = {
  // --help.
  'help.new': text(
    'Create a booklet in DIR that builds at once: booklet.yaml (every key explained), a sample article, .gitignore, and CI recipes that proof it',
    '在 DIR 中新建一本可以直接生成的读本：booklet.yaml（每个键都有说明）、一篇样稿、.gitignore，以及用于校对的 CI 配置',
  ),
  'help.new.dir': text('the folder to create: a new one, or an empty one', '要新建的文件夹：不存在的文件夹，或空文件夹'),
  'help.new.title': text("the booklet's title, written into booklet.yaml (default: a sample title to change there)", '读本书名，写入 booklet.yaml（默认：一个样例书名，可在其中修改）'),

  // Messages.
  'new.not-empty': {
    en: (v) => `The folder is not empty: it holds ${v.names}`,
    zh: (v) => `文件夹不是空的：其中有 ${v.names}`,
  } as E<{ names: string }>,
  'new.not-folder': text('This is a file, not a folder', '这是一个文件，不是文件夹'),
  'new.not-empty.hint': {
    en: (v) => `booklet new writes only into a new or an empty folder, so that it overwrites nothing: name a new one (\`booklet new ${v.example}\`), or empty this one.`,
    zh: (v) => `booklet new 只写入新的或空的文件夹，以免覆盖任何文件：请换一个新文件夹名（\`booklet new ${v.example}\`），或先清空这个文件夹。`,
  } as E<{ example: string }>,
  'new.title-empty': text('--title is empty', '--title 为空'),
  'new.title-control': {
    en: (v) => `--title holds a control character (${v.name})`,
    zh: (v) => `--title 中含有控制字符（${v.name}）`,
  } as E<{ name: string }>,
  'new.title.hint': text('Give the title as it is printed on the cover, in quotes if it has spaces.', '请给出封面上印的书名，例如 --title 学习读本。'),
  'new.created': {
    en: (v) => `Created the booklet ${v.dir}: ${v.files}`,
    zh: (v) => `已新建读本 ${v.dir}：${v.files}`,
  } as E<{ dir: string; files: string }>,
  'new.next': {
    en: (v) => `Next: cd ${v.dir} && booklet build (the editions go to output/); booklet proof checks every page. Replace the sample with your articles, and list them in booklet.yaml.`,
    zh: (v) => `下一步：cd ${v.dir} && booklet build（各版本写入 output/）；booklet proof 逐页校对。请用自己的文章替换样稿，并在 booklet.yaml 中列出它们。`,
  } as E<{ dir: string }>,

  // The comments of booklet.yaml (the keys' own come from the schema's descriptions: config.field).
  'new.yaml.header': text(
    "Written by `booklet new`. Above each key: what it is for. A key behind `#` is optional and shows its default (or, where it has none, an example): remove the `#` to set it. An article is listed under `articles:`, in reading order; a mistake in this file is reported at its line.",
    '由 `booklet new` 生成。每个键的上方是它的说明。前面有 `#` 的键是可选的，所写的值是它的默认值（没有默认值的，是一个示例）：去掉 `#` 即可设置。文章按阅读顺序列在 `articles:` 下；本文件中的错误会报告到所在行。',
  ),
  // .gitignore.
  'new.gitignore': text(
    "The editions and the proof report that booklet build and booklet proof write (booklet.yaml's output:); commit proof-baseline/, the approved pages.",
    'booklet build 和 booklet proof 写出的各版本和校对报告（booklet.yaml 的 output:）；proof-baseline/（已认可的页面）要提交。',
  ),
  // The CI recipes.
  'new.ci.github': text(
    'Proofs the booklet on every push and pull request: builds it, checks every page, and keeps the report (output/proof/) and the PDF as the artifact "proof", also when the proof fails.',
    '每次推送和拉取请求时校对读本：生成读本、逐页检查，并把报告（output/proof/）和 PDF 保存为构件“proof”，校对失败时也保存。',
  ),
  'new.ci.gitlab': text(
    'Proofs the booklet on every push: builds it, checks every page, and keeps the report (output/proof/) and the PDF as artifacts, also when the proof fails; junit.xml shows the checks in the merge request.',
    '每次推送时校对读本：生成读本、逐页检查，并把报告（output/proof/）和 PDF 保存为构件，校对失败时也保存；junit.xml 让各项检查显示在合并请求中。',
  ),
  'new.ci.image': text(
    'Debian 12 with Node 20: booklet drives Debian\'s Chromium; the same packages as the project\'s `make`.',
    'Debian 12 加 Node 20：booklet 使用 Debian 的 Chromium；所装软件包与 booklet 项目的 `make` 相同。',
  ),
  'new.ci.source': text(
    "Where booklet comes from: your copy of the booklet project's git repository, and the tag or branch to build (empty: its default branch). booklet is not on the npm registry (its package is private): `npm install -g booklet` would not install it.",
    'booklet 从哪里来：你们的 booklet 项目 git 仓库，以及要用的标签或分支（留空：默认分支）。booklet 没有发布到 npm 官方仓库（它的包是私有的）：`npm install -g booklet` 装不上它。',
  ),
  'new.ci.puppeteer': text(
    "Building booklet installs its development tools too (npm ci): none of them may download a browser.",
    '构建 booklet 时也会安装它的开发工具（npm ci）：不允许它们下载浏览器。',
  ),
  'new.ci.build': text(
    'booklet, built as its README says (npm ci builds dist/), then installed as the command `booklet`. With a tarball made by `npm pack`, the three lines are one: npm install -g https://…/booklet-0.1.0.tgz',
    'booklet 按其 README 的方法构建（npm ci 生成 dist/），然后安装为 `booklet` 命令。如果用 `npm pack` 打出的包，这三行可换成一行：npm install -g https://…/booklet-0.1.0.tgz',
  ),
  'new.ci.packages': text(
    'The Debian packages: Chromium (the headless shell; chromium is the fallback), poppler for the proof, EPUBCheck, Noto CJK, and for the press PDF Ghostscript and scribus-data (its CMYK profile).',
    'Debian 软件包：Chromium（无界面版，chromium 作后备）、校对所用的 poppler、EPUBCheck、Noto CJK 字体，以及付印版 PDF 所用的 Ghostscript 和 scribus-data（其 CMYK 特性文件）。',
  ),
  'new.ci.baseline': text(
    'Without proof-baseline/ the pages are checked but not compared; `booklet proof --approve`, then commit proof-baseline/ (made by the same Chromium version as here).',
    '没有 proof-baseline/ 时只检查页面，不作比较；请运行 `booklet proof --approve`，然后提交 proof-baseline/（应由与这里相同版本的 Chromium 生成）。',
  ),
} satisfies Record<string, Entry<never>>;
