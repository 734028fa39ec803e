// The build's words about making the editions: Chromium and Paged.js, writing the outputs, the EPUB's
// links, the watch (build.ts has the book's images, HTML and stylesheets).
import { count, type Entry } from '../phrase.js';

type E<V> = Entry<V & Record<string, string | number>>;

/** What a failed write means, by the system's error code (write-errors.ts), and how to fix it. */
const WRITE_HINTS: Record<string, { en: string; zh: string }> = {
  ENOSPC: {
    en: 'The disk is full (or your quota is used up): free some space, or build with --out on another disk.',
    zh: '磁盘已满（或配额已用完）：请腾出空间，或用 --out 输出到另一块磁盘。',
  },
  EROFS: {
    en: 'The folder is on a read-only file system: build with --out on a writable disk, or mount it read-write.',
    zh: '该文件夹位于只读文件系统上：请用 --out 输出到可写的磁盘，或以读写方式挂载。',
  },
  EACCES: {
    en: 'You may not write there (permissions, or a file marked immutable or locked): fix its permissions or owner, or build with --out in a folder of yours.',
    zh: '没有写入权限（权限不足，或文件被设为不可改或已锁定）：请修改其权限或所有者，或用 --out 输出到自己的文件夹。',
  },
  EISDIR: {
    en: 'A folder stands where the file should be written: move or remove that folder, or build with --out elsewhere.',
    zh: '要写入文件的位置上有一个同名文件夹：请移走或删除它，或用 --out 输出到别处。',
  },
  ENOTDIR: {
    en: 'A file stands where a folder should be (a part of the path is a file): move or remove that file, or build with --out elsewhere.',
    zh: '应为文件夹的位置上有一个文件（路径中的某一段是文件）：请移走或删除它，或用 --out 输出到别处。',
  },
  EBUSY: {
    en: 'The file is in use (open in another program, or a mount point): close that program or pick another --out.',
    zh: '文件正被占用（在别的程序中打开，或是挂载点）：请关闭该程序，或换一个 --out。',
  },
  ENAMETOOLONG: {
    en: 'The path is too long or loops through symbolic links: build with a shorter --out.',
    zh: '路径太长，或符号链接构成了循环：请用更短的 --out。',
  },
  EMFILE: {
    en: 'Too many files are open: close some programs (or raise `ulimit -n`) and build again.',
    zh: '打开的文件太多：请关闭一些程序（或调高 `ulimit -n`）后重新生成。',
  },
  EIO: {
    en: 'The disk reported an input/output error: check the disk (and its connection) and build again.',
    zh: '磁盘报告了输入/输出错误：请检查磁盘（及其连接）后重新生成。',
  },
  other: { en: 'Check that the folder is writable and the disk has space.', zh: '请检查文件夹是否可写、磁盘是否还有空间。' },
};
const SAME_HINT: Record<string, string> = { EDQUOT: 'ENOSPC', EPERM: 'EACCES', EEXIST: 'ENOTDIR', ETXTBSY: 'EBUSY', ELOOP: 'ENAMETOOLONG', ENFILE: 'EMFILE' };
const writeHint = (code: string, ui: 'en' | 'zh') => (WRITE_HINTS[SAME_HINT[code] ?? code] ?? WRITE_HINTS['other']!)[ui];

/** What the outputs are after a failed write: `kept` (nothing replaced), `mixed`, or `left` (not touched). */
const KEPT: Record<string, { en: string; zh: string }> = {
  kept: { en: 'No output was replaced: the previous ones are as they were.', zh: '没有替换任何输出：原有文件保持原样。' },
  mixed: {
    en: 'Some outputs may be from this build and some from the one before: build again once it is fixed.',
    zh: '部分输出可能来自这次生成，部分来自上一次：修复后请重新生成。',
  },
  left: { en: 'The previous outputs were left as they were.', zh: '原有输出保持原样。' },
};

export const OUTPUT = {
  // Chromium and Paged.js (browser.ts, pagedjs.ts, paginate-book.ts, first-page.ts).
  'chromium.quit': {
    en: (v) => `Chromium quit while it paginated the book: ${v.detail}`,
    zh: (v) => `Chromium 在分页时退出了：${v.detail}`,
  } as E<{ detail: string }>,
  'chromium.quit.hint': {
    en: () => 'Build again; if it quits again, see whether the machine ran out of memory (`dmesg`), and report it.',
    zh: () => '请重新生成；若再次退出，请查看机器是否内存不足（`dmesg`），并报告此问题。',
  } as E<object>,
  'chromium.none': {
    en: (v) => `Chromium not found: looked for ${v.paths}, and for ${v.names} on PATH`,
    zh: (v) => `找不到 Chromium：查找过 ${v.paths}，也在 PATH 中查找过 ${v.names}`,
  } as E<{ paths: string; names: string }>,
  'chromium.missing': { en: (v) => `Chromium not found at ${v.path}`, zh: (v) => `${v.path} 处没有 Chromium` } as E<{ path: string }>,
  'chromium.install.hint': {
    en: () => 'Install it with `apt-get install chromium-headless-shell` (Debian, Ubuntu; or run `make` in the project), or name a Chromium or Chrome binary with --chromium or BOOKLET_CHROMIUM.',
    zh: () => '请用 `apt-get install chromium-headless-shell` 安装（Debian、Ubuntu；或在项目中运行 `make`），或用 --chromium 或 BOOKLET_CHROMIUM 指定 Chromium 或 Chrome 的可执行文件。',
  } as E<object>,
  'chromium.not-executable': {
    en: (v) => `Chromium at ${v.path} is not executable`,
    zh: (v) => `${v.path} 处的 Chromium 不可执行`,
  } as E<{ path: string }>,
  'chromium.not-executable.hint': {
    en: (v) => `Make it executable (\`chmod +x ${v.path}\`), or name another binary with --chromium or BOOKLET_CHROMIUM.`,
    zh: (v) => `请赋予它执行权限（\`chmod +x ${v.path}\`），或用 --chromium 或 BOOKLET_CHROMIUM 指定另一个可执行文件。`,
  } as E<{ path: string }>,
  'chromium.start-failed': {
    en: (v) => `Chromium failed to start: ${v.detail}`,
    zh: (v) => `Chromium 启动失败：${v.detail}`,
  } as E<{ detail: string }>,
  'browser.not-url': { en: (v) => `Not a browser URL: ${v.url}`, zh: (v) => `不是浏览器的网址：${v.url}` } as E<{ url: string }>,
  'browser.url.hint': {
    en: () => 'Give the ws:// endpoint Chromium prints, or http://HOST:PORT of its --remote-debugging-port.',
    zh: () => '请给出 Chromium 打印的 ws:// 端点，或其 --remote-debugging-port 的 http://HOST:PORT。',
  } as E<object>,
  'browser.unanswered': {
    en: (v) => `The browser at ${v.url} did not answer within ${v.seconds} s`,
    zh: (v) => `${v.url} 处的浏览器在 ${v.seconds} 秒内没有应答`,
  } as E<{ url: string; seconds: number }>,
  'browser.unanswered.hint': {
    en: () => 'Check that it is a Chromium with --remote-debugging-port (not another server on that port), and that it is not hung.',
    zh: () => '请确认它是开了 --remote-debugging-port 的 Chromium（而不是占用该端口的其他服务），并且没有卡住。',
  } as E<object>,
  'browser.unreachable': {
    en: (v) => `Cannot reach the browser at ${v.url}: ${v.detail}`,
    zh: (v) => `无法连接 ${v.url} 处的浏览器：${v.detail}`,
  } as E<{ url: string; detail: string }>,
  'paginate.nothing': { en: () => 'Nothing was laid out', zh: () => '没有排出任何内容' } as E<object>,
  'paginate.cancelled': { en: () => 'Pagination was cancelled', zh: () => '分页已取消' } as E<object>,
  'page.console': { en: (v) => `Console error in the page: ${v.detail}`, zh: (v) => `页面控制台报错：${v.detail}` } as E<{ detail: string }>,
  'page.script': { en: (v) => `Script error in the page: ${v.detail}`, zh: (v) => `页面脚本出错：${v.detail}` } as E<{ detail: string }>,
  'page.load-failed': { en: (v) => `Failed to load ${v.url} (${v.detail})`, zh: (v) => `加载 ${v.url} 失败（${v.detail}）` } as E<{ url: string; detail: string }>,
  'page.blocked': {
    en: (v) => `Blocked a request outside the booklet's files: ${v.url}`,
    zh: (v) => `已拦截对读本文件之外的请求：${v.url}`,
  } as E<{ url: string }>,
  'page.blocked.hint': {
    en: () => 'Booklets may use only files in their own folder; copy the file there and link it relatively.',
    zh: () => '读本只能使用自己文件夹中的文件；请把文件复制进来，并用相对路径引用。',
  } as E<object>,
  'html.broken-body': {
    en: (v) => `The typeset HTML is broken: its body holds ${v.n} elements where the build typeset ${v.count}`,
    zh: (v) => `排好的 HTML 已损坏：body 中只有 ${v.n} 个元素，而生成时排了 ${v.count} 个`,
  } as E<{ n: number; count: number }>,
  'html.broken-body.hint': {
    en: () => 'Something written into the document head ended it early: look for `</style>` or `</script>` in the title and the other values of booklet.yaml, and in the stylesheets.',
    zh: () => '写进文档头部的某段内容让它提前结束了：请在 booklet.yaml 的标题等值以及样式表中查找 `</style>` 或 `</script>`。',
  } as E<object>,
  'print.script-failed': {
    en: (v) => `The page's script failed while printing ${count(v.pages, 'page')}: ${v.detail}`,
    zh: (v) => `打印 ${v.pages} 页时页面脚本出错：${v.detail}`,
  } as E<{ pages: number; detail: string }>,
  'print.script-failed.hint': {
    en: () => 'This is a bug in booklet; please report it with the booklet.',
    zh: () => '这是 booklet 的缺陷；请连同这本读本一起报告。',
  } as E<object>,
  'print.crashed': {
    en: (v) => `Chromium's page crashed while printing ${count(v.pages, 'page')}: ${v.detail}`,
    zh: (v) => `打印 ${v.pages} 页时 Chromium 的页面崩溃了：${v.detail}`,
  } as E<{ pages: number; detail: string }>,
  'print.crashed.hint': { en: () => 'Build again; if it fails again, report it.', zh: () => '请重新生成；若再次失败，请报告此问题。' } as E<object>,
  'paginate.unanswered': {
    en: (v) => `The page of Chromium gave no answer for ${v.seconds} s`,
    zh: (v) => `Chromium 页面 ${v.seconds} 秒没有应答`,
  } as E<{ seconds: number }>,
  'paginate.unanswered.hint': {
    en: () => 'Its browser did not answer either: it may be stopped, or cut off from this machine (a node of a pool). See whether it runs and can be reached from here.',
    zh: () => '其浏览器也没有应答：可能已停止，或与本机断开（浏览器池中的节点）。请查看它是否在运行、能否从本机连接。',
  } as E<object>,
  'paginate.stalled': {
    en: (v) => `Paged.js stalled: no new page for ${v.seconds} s after page ${v.page}${v.starts ? ` (which starts “${v.starts}”)` : ''}`,
    zh: (v) => `Paged.js 停滞了：排完第 ${v.page} 页${v.starts ? `（以“${v.starts}”开头）` : ''}后 ${v.seconds} 秒没有新页`,
  } as E<{ seconds: number; page: number; starts: string }>,
  'paginate.stalled.hint': {
    en: () => 'Look for content that cannot fit on a page (a huge image or table, a very long unbreakable line) after that page.',
    zh: () => '请在该页之后查找一页容纳不下的内容（很大的图片或表格、很长且不能断开的一行）。',
  } as E<object>,
  'paginate.failed': {
    en: (v) => `Paged.js failed while it laid out page ${v.page}: ${v.detail}`,
    zh: (v) => `Paged.js 在排第 ${v.page} 页时出错：${v.detail}`,
  } as E<{ page: number; detail: string }>,
  'paginate.failed.hint': {
    en: () =>
      "Look in the stylesheets for a URL that cannot be resolved against the booklet's folder (`url(//host:port/…)`, a remote `@import`): booklets may use only files in their own folder. If there is none, report it.",
    zh: () =>
      '请在样式表中查找无法按读本文件夹解析的网址（`url(//host:port/…)`、远程的 `@import`）：读本只能使用自己文件夹中的文件。若没有这样的网址，请报告此问题。',
  } as E<object>,
  'paginate.crashed': {
    en: (v) => `Chromium's page crashed while Paged.js laid out page ${v.page}${v.starts ? ` (after the page that starts “${v.starts}”)` : ''}: ${v.detail}`,
    zh: (v) => `Paged.js 排第 ${v.page} 页${v.starts ? `（在以“${v.starts}”开头的那页之后）` : ''}时 Chromium 的页面崩溃了：${v.detail}`,
  } as E<{ page: number; starts: string; detail: string }>,
  'paginate.crashed.hint': {
    en: () => 'Build again; if it crashes at the same page, look at what that page holds (a huge image or table) and report it.',
    zh: () => '请重新生成；若仍在同一页崩溃，请查看该页的内容（很大的图片或表格），并报告此问题。',
  } as E<object>,
  'page.html-unreadable': {
    en: (v) => `The browser at ${v.where} cannot read the book's files in ${v.dir}`,
    zh: (v) => `位于 ${v.where} 的浏览器无法读取书的文件（${v.dir}）`,
  } as E<{ where: string; dir: string }>,
  'page.html-unreadable.hint': {
    en: (v) => `A browser on another machine or in a container must see the output folder at the same path: mount ${v.dir} there (docker run -v ${v.dir}:${v.dir} …), or build with --out on a folder both see.`,
    zh: (v) => `另一台机器或容器中的浏览器必须能在同一路径下看到输出文件夹：请把 ${v.dir} 挂载到那里（docker run -v ${v.dir}:${v.dir} …），或用 --out 指定双方都能看到的文件夹。`,
  } as E<{ dir: string }>,
  'pool.layouts-differ': {
    en: (v) => `The browser at ${v.where} laid out a part on another number of pages than the browser that laid it out first`,
    zh: (v) => `位于 ${v.where} 的浏览器排出的某一部分页数与最初排版该部分的浏览器不同`,
  } as E<{ where: string }>,
  'pool.layouts-differ.hint': {
    en: () => 'The browsers of a pool must be alike: the same Chromium version, started with --font-render-hinting=none, with the same fonts installed.',
    zh: () => '浏览器池中的浏览器必须一致：同一 Chromium 版本，以 --font-render-hinting=none 启动，并装有相同的字体。',
  } as E<object>,
  'pool.browser-lost': {
    en: (v) => `The browser at ${v.where} went away during the build: its parts were laid out again in the others`,
    zh: (v) => `位于 ${v.where} 的浏览器在生成中途退出：它承担的部分已改由其余浏览器重新排版`,
  } as E<{ where: string }>,
  'pool.browser-lost.hint': {
    en: () => 'See whether that machine or container is still up (its memory, its logs); until it is, leave it out of --browser-url or browsers:.',
    zh: () => '请检查该机器或容器是否仍在运行（内存、日志）；在恢复之前，请把它从 --browser-url 或 browsers: 中去掉。',
  } as E<object>,
  'jobs.capped': {
    en: (v) =>
      `--jobs ${v.n} is more than this machine runs at once: laying out with ${v.limit} (${count(v.count, 'core')}, ${v.free} GB free, ~250 MB each)`,
    zh: (v) => `--jobs ${v.n} 超出了本机能同时运行的数量：改用 ${v.limit} 个并行排版（${v.count} 个核心，空闲 ${v.free} GB，每个约 250 MB）`,
  } as E<{ n: number; limit: number; count: number; free: string }>,
  'jobs.capped.hint': { en: (v) => `Give --jobs ${v.limit} or fewer.`, zh: (v) => `请把 --jobs 设为 ${v.limit} 或更少。` } as E<{ limit: number }>,

  // Writing the outputs (output.ts, subset-fonts.ts, write-errors.ts).
  'write.hint': { en: (v) => writeHint(v.code, 'en'), zh: (v) => writeHint(v.code, 'zh') } as E<{ code: string }>,
  'write.hint-kept': {
    en: (v) => `${writeHint(v.code, 'en')} ${KEPT[v.kept]?.en ?? ''}`.trim(),
    zh: (v) => `${writeHint(v.code, 'zh')}${KEPT[v.kept]?.zh ?? ''}`,
  } as E<{ code: string; kept: string }>,
  'write.cannot-replace': { en: (v) => `Cannot replace ${v.path} (${v.code})`, zh: (v) => `无法替换 ${v.path}（${v.code}）` } as E<{ path: string; code: string }>,
  'write.cannot-write': { en: (v) => `Cannot write ${v.path} (${v.code})`, zh: (v) => `无法写入 ${v.path}（${v.code}）` } as E<{ path: string; code: string }>,
  'write.font-cache-folder': {
    en: (v) => `Cannot create the font cache ${v.path} (${v.code})`,
    zh: (v) => `无法创建字体缓存 ${v.path}（${v.code}）`,
  } as E<{ path: string; code: string }>,
  'write.font-cache': { en: (v) => `Cannot write the font cache ${v.path} (${v.code})`, zh: (v) => `无法写入字体缓存 ${v.path}（${v.code}）` } as E<{ path: string; code: string }>,

  // The EPUB (epub/links.ts).
  'epub.dead-link': {
    en: (v) => `Link to ${v.href}, which no part of the booklet has`,
    zh: (v) => `链接指向 ${v.href}，但读本中没有这一处`,
  } as E<{ href: string }>,
  'epub.file-link': {
    en: (v) => `Link to the file ${v.href}, which is not part of the booklet`,
    zh: (v) => `链接指向文件 ${v.href}，它不在读本之中`,
  } as E<{ href: string }>,
  'epub.file-link.hint': {
    en: () => 'Link to a web address (https://…) or to a heading’s id; its text stays, unlinked, in the EPUB.',
    zh: () => '请链接到网址（https://…）或标题的 id；在 EPUB 中这段文字保留，但不带链接。',
  } as E<object>,
  'epub.dead-link.hint': {
    en: () => 'Link to a heading’s id (see the contents) or to an id set in the manuscript; its text stays, unlinked, in the EPUB.',
    zh: () => '请链接到标题的 id（见目录）或稿件中设定的 id；在 EPUB 中这段文字保留，但不带链接。',
  } as E<object>,

  // The watch (build-watch.ts).
  'watch.built': {
    en: (v) => `Built ${v.files} in ${v.seconds} s${v.parts ? `; ${v.laidOut} of ${count(v.parts, 'part')} laid out` : ''}. Watching for changes; Ctrl-C stops.`,
    zh: (v) => `${v.seconds} 秒内生成 ${v.files}${v.parts ? `；${v.parts} 个部分中新排 ${v.laidOut} 个` : ''}。正在监视改动；按 Ctrl-C 停止。`,
  } as E<{ files: string; seconds: string; laidOut: number; parts: number }>,
  'watch.failed': {
    en: (v) => `Nothing was written (${v.seconds} s); the previous editions stay. Watching for a fix.`,
    zh: (v) => `未写出任何文件（${v.seconds} 秒）；之前的版本保持不变。正在等待修正。`,
  } as E<{ seconds: string }>,
} satisfies Record<string, Entry<never>>;
