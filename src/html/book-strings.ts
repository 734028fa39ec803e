// Every word the book prints or says of itself that no manuscript gave (the contents' heading, the
// colophon's fields, the study boxes' titles, the EPUB's navigation), in the book's script (language.ts).
// The Traditional column is written as a Taiwan or Hong Kong editor would, not converted character by
// character (內部, 註釋, 紙本, 流動版型).
import type { BookScript } from '../config/language.js';

export interface BookStrings {
  /** The contents page's heading and the EPUB nav's. */
  contents: string;
  /** The ruled note pages' title. */
  notes: string;
  /** After the compiler's name on the cover and title page: 某某　编. */
  compiled: string;
  /** The sections' accessible names (and the EPUB content documents' titles). */
  cover: string;
  titlePage: string;
  colophon: string;
  /** The colophon's labels (GB/T 12450-2001's version record; the same fields in Taiwan's 版權頁). */
  fields: { title: string; compiler: string; size: string; characters: string; edition: string; impression: string; faces: string };
  /** The 字数 value: `n` thousand characters. */
  thousands: (n: number) => string;
  /** The 印次 value after the month: 第n次印刷. */
  printing: (n: number) => string;
  /** The colophon's line for booklets without an ISBN. */
  internal: string;
  /** The source note's labels (来源：…；作者单位：…). */
  source: string;
  affiliation: string;
  /** remark-rehype's footnote section heading and the back link's label. */
  footnotes: string;
  footnoteBack: string;
  /** A numbered figure's caption prefix: 图1. */
  figure: string;
  /** The study boxes and their default titles (key → title); booklet.yaml's titles apply on top. */
  studyBoxes: Readonly<Record<string, string>>;
  /** The EPUB navigation: landmarks' heading, the body's landmark, the page list's heading. */
  guide: string;
  bodymatter: string;
  pageList: string;
  /** schema:accessibilitySummary of the EPUB. */
  accessibilitySummary: string;
}

const HANS: BookStrings = {
  contents: '目录',
  notes: '学习笔记',
  compiled: '编',
  cover: '封面',
  titlePage: '扉页',
  colophon: '版权页',
  fields: { title: '书名', compiler: '编者', size: '开本', characters: '字数', edition: '版次', impression: '印次', faces: '字体' },
  thousands: (n) => `${n}千字`,
  printing: (n) => `第${n}次印刷`,
  internal: '内部学习资料　注意保存',
  source: '来源',
  affiliation: '作者单位',
  footnotes: '注释',
  footnoteBack: '返回正文',
  figure: '图',
  studyBoxes: { 'key-points': '学习要点', questions: '思考题', reading: '延伸阅读', note: '注' },
  guide: '导览',
  bodymatter: '正文',
  pageList: '页码',
  accessibilitySummary: '本书为可重排的简体中文电子书，含完整目录导航、与印刷版一致的页码标记和脚注弹出说明；封面图片配有替代文字；无闪烁、声音或动态内容。',
};

const HANT: BookStrings = {
  contents: '目錄',
  notes: '學習筆記',
  compiled: '編',
  cover: '封面',
  titlePage: '扉頁',
  colophon: '版權頁',
  fields: { title: '書名', compiler: '編者', size: '開本', characters: '字數', edition: '版次', impression: '印次', faces: '字體' },
  thousands: (n) => `${n}千字`,
  printing: (n) => `第${n}次印刷`,
  internal: '內部學習資料　注意保存',
  source: '來源',
  affiliation: '作者單位',
  // 註 for annotations is the Taiwan Ministry of Education's form (註釋, 附註); Hong Kong books use it too.
  footnotes: '註釋',
  footnoteBack: '返回正文',
  figure: '圖',
  studyBoxes: { 'key-points': '學習要點', questions: '思考題', reading: '延伸閱讀', note: '註' },
  guide: '導覽',
  bodymatter: '正文',
  pageList: '頁碼',
  // 流動版型 is what Taiwan's e-book shops call a reflowable EPUB; 紙本 the printed edition.
  accessibilitySummary: '本書為流動版型的繁體中文電子書，附完整的目錄導覽、與紙本一致的頁碼標記及彈出式註腳；封面圖片附有替代文字；不含閃爍、聲音或動態內容。',
};

/** The book's own words in `script` (default Hans, the Mainland's). */
export function bookStrings(script: BookScript = 'Hans'): BookStrings {
  return script === 'Hant' ? HANT : HANS;
}
