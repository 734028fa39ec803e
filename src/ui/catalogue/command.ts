// The command line itself: `--help` (commands, arguments, options, the section titles), and commander's
// and the option parsers' errors (cli/commander-text.ts reads commander's English into these phrases).
import type { Entry } from '../phrase.js';

type E<V> = Entry<V & Record<string, string | number>>;
const text = (en: string, zh: string): E<object> => ({ en: () => en, zh: () => zh });

export const COMMAND = {
  // commander's errors.
  'cli.unknown-option': { en: (v) => `error: unknown option '${v.flag}'`, zh: (v) => `错误：未知选项“${v.flag}”` } as E<{ flag: string }>,
  'cli.unknown-command': { en: (v) => `error: unknown command '${v.name}'`, zh: (v) => `错误：未知命令“${v.name}”` } as E<{ name: string }>,
  'cli.did-you-mean': { en: (v) => `(Did you mean ${v.names}?)`, zh: (v) => `（是不是想输入 ${v.names}？）` } as E<{ names: string }>,
  'cli.invalid-argument': {
    en: (v) => `error: option '${v.flags}' argument '${v.value}' is invalid.${v.why ? ` ${v.why}` : ''}`,
    zh: (v) => `错误：选项“${v.flags}”的值“${v.value}”无效。${v.why}`,
  } as E<{ flags: string; value: string; why: string }>,
  'cli.choices': { en: (v) => `Allowed choices are ${v.names}.`, zh: (v) => `可选值为 ${v.names}。` } as E<{ names: string }>,
  'cli.option-missing-argument': { en: (v) => `error: option '${v.flags}' argument missing`, zh: (v) => `错误：选项“${v.flags}”缺少值` } as E<{ flags: string }>,
  'cli.missing-argument': { en: (v) => `error: missing required argument '${v.name}'`, zh: (v) => `错误：缺少必需的参数“${v.name}”` } as E<{ name: string }>,
  'cli.too-many-arguments': {
    en: (v) => `error: too many arguments${v.command ? ` for '${v.command}'` : ''}. Expected ${v.limit} argument${v.limit === 1 ? '' : 's'} but got ${v.n}.`,
    zh: (v) => `错误：${v.command ? `“${v.command}”的` : ''}参数太多：最多 ${v.limit} 个，实际给了 ${v.n} 个。`,
  } as E<{ command: string; limit: number; n: number }>,
  'cli.help-after-error': text('(add --help for the options)', '（加上 --help 可查看选项）'),

  // The option parsers' errors (the part after "is invalid.").
  'cli.whole-number': text('expected a whole number, 1 or more', '应为 1 或更大的整数'),
  'cli.port': text('expected a port number, 0 to 65535 (0: any free port)', '应为 0 到 65535 之间的端口号（0：任一空闲端口）'),
  'cli.editions-empty': {
    en: (v) => `expected one or more of ${v.names}, separated by commas`,
    zh: (v) => `应为 ${v.names} 中的一个或多个，用逗号分隔`,
  } as E<{ names: string }>,
  'cli.edition-unknown': {
    en: (v) => `unknown edition \`${v.name}\`${v.near ? ` (did you mean \`${v.near}\`?)` : ''}; the editions are ${v.names}`,
    zh: (v) => `未知的版本 \`${v.name}\`${v.near ? `（是不是 \`${v.near}\`？）` : ''}；可用的版本有 ${v.names}`,
  } as E<{ name: string; near: string; names: string }>,

  // --help: the section titles commander prints.
  'help.usage': text('Usage:', '用法：'),
  'help.arguments': text('Arguments:', '参数：'),
  'help.options': text('Options:', '选项：'),
  'help.commands': text('Commands:', '命令：'),
  'help.global-options': text('Global Options:', '全局选项：'),
  'help.choices': text('choices: ', '可选值：'),
  'help.default': text('default: ', '默认：'),
  'help.help': text('display help for command', '显示命令的帮助'),
  'help.version': text('print the version and exit', '显示版本号并退出'),
  'help.ui': text(
    "the language of messages, progress and reports: zh or en (default: booklet.yaml's ui:, else the locale, LANG=zh_CN.UTF-8 is zh)",
    '消息、进度和报告的语言：zh 或 en（默认：booklet.yaml 的 ui:，否则按系统语言环境，LANG=zh_CN.UTF-8 即为 zh）',
  ),
  'help.program': text('Print-ready Chinese study booklets from Markdown: typeset HTML, paginated PDF, EPUB 3', '用 Markdown 稿件生成可付印的中文学习读本：排好版的 HTML、分好页的 PDF、EPUB 3'),

  // --help: the commands and their options.
  'help.build': text('Build the editions of the booklet in DIR into the output folder', '把 DIR 中读本的各个版本生成到输出文件夹'),
  'help.build.no-lint': text('build even when lint finds errors in the manuscripts', '即使稿件检查发现错误也照样生成'),
  'help.build.watch': text(
    'build again on every change to the manuscripts, booklet.yaml or a stylesheet, with the same Chromium (Ctrl-C stops)',
    '稿件、booklet.yaml 或样式表每次改动后都重新生成，沿用同一个 Chromium（按 Ctrl-C 停止）',
  ),
  'help.dir': text(
    'the folder with booklet.yaml (default: the current folder when it holds one, else manuscripts)',
    '含 booklet.yaml 的文件夹（默认：当前文件夹中有 booklet.yaml 时用当前文件夹，否则用 manuscripts）',
  ),
  'help.out': text(
    "the output folder (default: booklet.yaml's output:, else output/ in the booklet folder)",
    '输出文件夹（默认：booklet.yaml 的 output:，否则为读本文件夹中的 output/）',
  ),
  'help.chromium': text(
    'the Chromium binary (default $BOOKLET_CHROMIUM, else the Debian chromium-headless-shell or chromium)',
    'Chromium 可执行文件（默认 $BOOKLET_CHROMIUM，否则用 Debian 的 chromium-headless-shell 或 chromium）',
  ),
  'help.browser-url': text(
    'use a running Chromium (ws://… or http://host:port) instead of starting one; give it again for a pool, over which the parts are spread',
    '使用一个已在运行的 Chromium（ws://… 或 http://host:port），而不另行启动；多次给出即为浏览器池，书的各部分分散到池中排版',
  ),
  'help.simple': text('paginate the plain way: the whole book in one page of Chromium, no page cache (the reference when a speed layer is in doubt)', '用最简单的方式分页：全书在一个 Chromium 页面中一次排版，不用页面缓存（怀疑加速机制有误时作为参照）'),
  'help.jobs': text(
    'pages of Chromium laying out parts of the book at once (default and most: the number of cores, ~250 MB of free memory each)',
    '同时排版书中各部分的 Chromium 页面数（默认及上限：CPU 核心数，每个约需 250 MB 空闲内存）',
  ),
  'help.no-cache': text('lay out every part afresh (the cache is <out>/.cache/pages/)', '每个部分都重新排版（缓存位于 <out>/.cache/pages/）'),
  'help.page-timeout': text('fail when Paged.js lays out no page for this long (default 60)', 'Paged.js 在这么长时间（秒）内排不出新页即失败（默认 60）'),
  'help.quiet': text('print only problems', '只显示问题'),
  'help.timings': text('print each stage and its time', '显示每个阶段及其用时'),
  'help.lint': text(
    'Check manuscripts for extraction damage and Chinese punctuation (GB/T 15834); --fix repairs what is safe',
    '检查稿件中的提取损伤和中文标点（GB/T 15834）；--fix 修复可以安全修复的问题',
  ),
  'help.lint.paths': text(
    'files, or folders with booklet.yaml (default: the current folder when it holds one, else manuscripts)',
    '文件，或含 booklet.yaml 的文件夹（默认：当前文件夹中有 booklet.yaml 时用当前文件夹，否则用 manuscripts）',
  ),
  'help.lint.fix': text(
    'apply the fixes that cannot change meaning, and print each change at its line in the file as it was',
    '应用不会改变原意的修正，并按修改前文件中的行号显示每一处改动',
  ),
  'help.lint.dry-run': text('print the changes --fix would make, and change no file (implies --fix)', '显示 --fix 将做的改动，但不修改任何文件（隐含 --fix）'),
  'help.lint.format': text('output format', '输出格式'),
  'help.proof': text(
    'Build the booklet, check its pages (typography, fonts, lost text) and compare them with the approved baseline',
    '生成读本，检查各页（排版、字体、丢字），并与已认可的基线比较',
  ),
  'help.proof.out': text(
    "the output folder, the report in its proof/ (default: booklet.yaml's output:, else output/ in the booklet folder)",
    '输出文件夹，报告在其中的 proof/（默认：booklet.yaml 的 output:，否则为读本文件夹中的 output/）',
  ),
  'help.proof.approve': text('store the current pages as the new baseline', '把当前各页存为新的基线'),
  'help.preview': text(
    'Serve the booklet on 127.0.0.1, laid out by Paged.js in your browser; it reloads as you edit, showing lint and proof findings',
    '在 127.0.0.1 上提供读本预览，由 Paged.js 在浏览器中排版；编辑后自动刷新，并显示稿件检查和校对的结果',
  ),
  'help.preview.out': text(
    "the output folder, for a cache (default: booklet.yaml's output:, else output/ in the booklet folder)",
    '输出文件夹，用作缓存（默认：booklet.yaml 的 output:，否则为读本文件夹中的 output/）',
  ),
  'help.preview.port': text('the port (0: any free port)', '端口（0：任一空闲端口）'),
  'help.preview.host': text(
    'the address to listen on; anything but 127.0.0.1 or ::1 shows the booklet to the network',
    '监听的地址；除 127.0.0.1 或 ::1 外，其他地址都会把读本暴露给网络',
  ),
} satisfies Record<string, Entry<never>>;
