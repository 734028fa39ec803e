// The press edition's words (src/press/, `press:` in booklet.yaml): its profile, Ghostscript, the images
// it tells the printer about, and the PDF/X check that refuses a file that is not PDF/X-4.
import type { Entry } from '../phrase.js';

type E<V> = Entry<V & Record<string, string | number>>;
const text = (en: string, zh: string): E<object> => ({ en: () => en, zh: () => zh });

/** The Chinese of the schema's descriptions of `press:` (fields.ts spreads them). */
export const PRESS_FIELD_ZH: Readonly<Record<string, string>> = {
  'The press edition (booklet-press.pdf): the print PDF as PDF/X-4 in CMYK, for the printer.': '付印版（booklet-press.pdf）：交给印刷厂的 PDF/X-4 文件，即印刷版 PDF 转为 CMYK。',
  "The printing condition's CMYK ICC profile (.icc, from the printer), relative to booklet.yaml (or absolute): the press PDF's colours are converted to it and it is embedded as the output intent. Default ISO Coated v2 300% (basICColor; FOGRA39, coated paper), from Debian's scribus-data.":
    '印刷条件的 CMYK ICC 特性文件（.icc，由印刷厂提供），路径相对于 booklet.yaml（也可写绝对路径）：付印版的颜色转换到它，并把它作为输出意图嵌入。默认 ISO Coated v2 300%（basICColor；FOGRA39，铜版纸），来自 Debian 的 scribus-data。',
};

export const PRESS = {
  'stage.press': { en: () => 'Make the press PDF (PDF/X-4, CMYK)', zh: () => '生成付印版 PDF（PDF/X-4，CMYK）' } as E<object>,

  // The profile (profile.ts).
  'press.profile-missing': {
    en: (v) => `Press profile \`${v.name}\` not found (${v.path}: ${v.code})`,
    zh: (v) => `找不到付印版的特性文件 \`${v.name}\`（${v.path}：${v.code}）`,
  } as E<{ name: string; path: string; code: string }>,
  'press.profile-not-icc': {
    en: (v) => `Press profile \`${v.name}\` is not an ICC profile (${v.path})`,
    zh: (v) => `付印版的特性文件 \`${v.name}\` 不是 ICC 特性文件（${v.path}）`,
  } as E<{ name: string; path: string }>,
  'press.profile-not-cmyk': {
    en: (v) => `Press profile \`${v.name}\` is for ${v.space} (class ${v.kind}${v.description ? `: “${v.description}”` : ''}), not a CMYK printer profile (class prtr)`,
    zh: (v) => `付印版的特性文件 \`${v.name}\` 是 ${v.space} 特性文件，类别 ${v.kind}${v.description ? `（“${v.description}”）` : ''}，不是 CMYK 印刷特性文件（类别 prtr）`,
  } as E<{ name: string; space: string; kind: string; description: string }>,
  'press.profile.hint': text(
    "Give `press.profile` the printing condition's CMYK ICC profile (the .icc file the printer names, e.g. PSOcoated_v3.icc), relative to booklet.yaml; or remove it for the default, ISO Coated v2 300% (FOGRA39).",
    '请在 `press.profile` 中写印刷条件的 CMYK ICC 特性文件（印刷厂指定的 .icc 文件，如 PSOcoated_v3.icc），路径相对于 booklet.yaml；或删去此项，使用默认的 ISO Coated v2 300%（FOGRA39）。',
  ),
  'press.default-profile-missing': {
    en: (v) => `The press edition's default profile is not installed: ${v.path}`,
    zh: (v) => `付印版的默认特性文件未安装：${v.path}`,
  } as E<{ path: string }>,
  'press.default-profile-missing.hint': {
    en: (v) => `Install Debian's ${v.package} (\`apt-get install ${v.package}\`, or run \`make\`), or give your printer's profile as \`press.profile\` in booklet.yaml.`,
    zh: (v) => `请安装 Debian 的 ${v.package}（\`apt-get install ${v.package}\`，或运行 \`make\`），或在 booklet.yaml 的 \`press.profile\` 中写印刷厂的特性文件。`,
  } as E<{ package: string }>,

  // Ghostscript (ghostscript.ts).
  'press.gs-missing': { en: (v) => `Ghostscript (${v.command}) not found`, zh: (v) => `找不到 Ghostscript（${v.command}）` } as E<{ command: string }>,
  'press.gs-missing.hint': text(
    'Install ghostscript (`apt-get install ghostscript`, or run `make`): the press edition converts its colours to CMYK with it.',
    '请安装 ghostscript（`apt-get install ghostscript`，或运行 `make`）：付印版用它把颜色转换为 CMYK。',
  ),
  'press.gs-failed': { en: (v) => `Ghostscript failed: ${v.detail}`, zh: (v) => `Ghostscript 运行失败：${v.detail}` } as E<{ detail: string }>,
  'press.gs-timeout': {
    en: (v) => `Ghostscript did not finish the press PDF in ${v.seconds} s`,
    zh: (v) => `Ghostscript 未能在 ${v.seconds} 秒内完成付印版 PDF`,
  } as E<{ seconds: number }>,
  'press.cancelled': text('The press PDF was cancelled', '付印版 PDF 已取消'),

  // The check (verify-pdfx.ts).
  'press.not-pdfx': {
    en: (v) => `The press PDF is not PDF/X-4, so it was not written: ${v.problem}${v.more > 0 ? ` (and ${v.more} more)` : ''}`,
    zh: (v) => `付印版 PDF 不符合 PDF/X-4，因此没有写出：${v.problem}${v.more > 0 ? `（另有 ${v.more} 处）` : ''}`,
  } as E<{ problem: string; more: number }>,
  'press.not-pdfx.hint': text(
    'This is a fault of booklet or Ghostscript, not of the manuscripts: please report it. Meanwhile build the other editions (`booklet build -e screen,print,epub`).',
    '这是 booklet 或 Ghostscript 的问题，不是稿件的问题：请报告它。在此期间可先生成其他版本（`booklet build -e screen,print,epub`）。',
  ),
  'press.check.version': { en: (v) => `its PDF version is ${v.version} (PDF/X-4: 1.6 at most)`, zh: (v) => `其 PDF 版本为 ${v.version}（PDF/X-4 至多为 1.6）` } as E<{ version: string }>,
  'press.check.encrypted': text('it is encrypted', '文件已加密'),
  'press.check.info': text('its document information has no GTS_PDFXVersion (PDF/X-4)', '文档信息中没有 GTS_PDFXVersion（PDF/X-4）'),
  'press.check.trapped': text('its document information does not say whether it is trapped (Trapped)', '文档信息未说明是否已补漏白（Trapped）'),
  'press.check.id': text('it has no file identifier (ID)', '文件没有标识符（ID）'),
  'press.check.xmp': text('its XMP metadata has no pdfxid:GTS_PDFXVersion (PDF/X-4)', 'XMP 元数据中没有 pdfxid:GTS_PDFXVersion（PDF/X-4）'),
  'press.check.intent': text('it has no GTS_PDFX output intent with a CMYK printer profile', '没有带 CMYK 印刷特性文件的 GTS_PDFX 输出意图'),
  'press.check.pages': {
    en: (v) => `it has ${v.found} pages, the print edition ${v.expected}`,
    zh: (v) => `它有 ${v.found} 页，印刷版有 ${v.expected} 页`,
  } as E<{ expected: number; found: number }>,
  'press.check.box': {
    en: (v) => `page ${v.page} has no ${v.box}, or not the print edition's`,
    zh: (v) => `第 ${v.page} 页没有 ${v.box}，或与印刷版的不同`,
  } as E<{ page: number; box: string }>,
  'press.check.font': { en: (v) => `page ${v.page} uses the font ${v.font}, not embedded`, zh: (v) => `第 ${v.page} 页所用字体 ${v.font} 未嵌入` } as E<{ page: number; font: string }>,
  'press.check.rgb': { en: (v) => `page ${v.page} still has RGB colour`, zh: (v) => `第 ${v.page} 页仍有 RGB 颜色` } as E<{ page: number }>,

  // The images (image-colours.ts).
  'press.image-profile': {
    en: (v) => `Image ${v.path} has its own colour profile (${v.profile}): the press PDF converts it from that profile to the printing condition's CMYK`,
    zh: (v) => `图片 ${v.path} 带有自己的颜色特性文件（${v.profile}）：付印版把它从该特性文件转换为印刷条件的 CMYK`,
  } as E<{ path: string; profile: string }>,
  'press.image-profile.hint': text(
    "Colours outside the press's gamut are clipped: check the image on the printer's proof, or give an image converted to sRGB (or to the printer's CMYK) beforehand.",
    '超出印刷色域的颜色会被裁切：请在印刷厂的打样上检查这张图片，或事先提供已转换为 sRGB（或印刷厂 CMYK）的图片。',
  ),
  'press.image-alpha': {
    en: (v) => `Image ${v.path} has transparency (an alpha channel): the press PDF keeps it live, as PDF/X-4 allows, and the printer's RIP flattens it`,
    zh: (v) => `图片 ${v.path} 带有透明（alpha 通道）：付印版按 PDF/X-4 的允许保留透明，由印刷厂的 RIP 合并`,
  } as E<{ path: string }>,
  'press.image-alpha.hint': text(
    "Check the image on the printer's proof, or give it without transparency (flattened onto white) to print it exactly as on screen.",
    '请在印刷厂的打样上检查这张图片，或提供不带透明（已合并到白底）的图片，使印出的与屏幕上完全一致。',
  ),
  'press.image-no-colour': {
    en: (v) => `The colours of image ${v.path} could not be read (${v.detail}): the press PDF converts them as sRGB`,
    zh: (v) => `无法读取图片 ${v.path} 的颜色信息（${v.detail}）：付印版按 sRGB 转换它`,
  } as E<{ path: string; detail: string }>,
  'press.image-no-colour.hint': text(
    'Save the image again as an ordinary RGB PNG or JPEG (any image editor does), so that its colours are known.',
    '请把图片重新保存为普通的 RGB PNG 或 JPEG（任何图像编辑软件都可以），使其颜色可知。',
  ),
} satisfies Record<string, Entry<never>>;
