// A second newspaper-style article, written for these tests (not the user's source): a title, a subtitle,
// a byline of the form 作者：…, sections numbered 一、 with subsections （一）, and an affiliation note in
// full-width brackets. `hardWrapped` sets it as text copied out of a PDF line by line: every paragraph
// wrapped at 20 ems with a two-em indent, and a page's end (an empty line) in the middle of a sentence.

export const TITLE = '以科技创新引领乡村全面振兴';
export const SUBTITLE = '——关于县域数字乡村建设的几点思考';
export const AUTHOR = '李明远';
export const AFFILIATION = '某省农业科学院农村发展研究所';

/** The body as its manuscript should be: headings with their levels, paragraphs as the repairs leave them. */
export const BODY: { heading?: number; text: string }[] = [
  { text: '乡村振兴是全面建设社会主义现代化国家的重大历史任务。近年来，各地围绕数字乡村建设开展了大量探索，积累了宝贵经验，也暴露出一些亟待解决的问题。本文结合县域实践，就以科技创新引领乡村全面振兴谈几点认识。' },
  { heading: 2, text: '一、把握数字乡村建设的时代要求' },
  { text: '数字技术正在深刻改变农业生产方式和农民生活方式。从田间地头的智能传感器，到直播间里的农产品销售，数字化已经渗透到乡村经济社会的各个环节。据统计，2024年全国农村网络零售额继续保持增长，农村电商成为带动农民增收的重要渠道。' },
  { heading: 3, text: '（一）夯实数字基础设施' },
  { text: '基础设施是数字乡村的“底座”。要加快推进农村地区光纤网络和移动通信网络覆盖，推动水利、公路、电力、冷链物流等传统基础设施数字化改造，缩小城乡之间的“数字鸿沟”。' },
  { heading: 3, text: '（二）培育数字人才队伍' },
  { text: '人才是乡村振兴的关键。要通过定向培养、在岗培训、返乡创业扶持等方式，培育一批懂技术、会经营、善管理的新型职业农民，让更多年轻人愿意留在乡村、建设乡村。' },
  { heading: 2, text: '二、破解数字乡村建设的现实难题' },
  { text: '当前，一些地方的数字乡村建设仍存在重建设轻运营、重硬件轻应用等问题。部分平台上线之后使用率不高，数据分散在不同部门，难以形成合力。对此，要坚持需求导向，把群众用得上、用得好作为检验成效的根本标准。' },
  { heading: 2, text: '三、完善数字乡村建设的体制机制' },
  { text: '数字乡村建设是一项系统工程，需要政府、企业、社会组织和农民群众共同参与。要健全统筹协调机制，明确各方责任，建立稳定的投入保障制度，引导社会资本有序参与，形成多元共建的良好格局。' },
  { text: '展望未来，只要我们坚持以科技创新为引领，因地制宜、久久为功，就一定能够让数字技术更好地服务乡村全面振兴，让广大农民共享数字时代的发展成果。' },
];

/** What the source has where the manuscript has been repaired: full-width digits and a half-width comma. */
const DAMAGE: [string, string][] = [
  ['2024年', '２０２４年'],
  ['增长，农村', '增长,农村'],
];

/** Where the page ends in the middle of a sentence: after this text. */
export const PAGE_BREAK_AFTER = '数据分散在';

/** The source as lines: hard-wrapped at `width` ems with a two-em indent, a page end inside a sentence. */
export function hardWrapped(width = 20): string {
  const lines = ['', TITLE, SUBTITLE, `作者：${AUTHOR}`, ''];
  for (const block of BODY) {
    if (block.heading) {
      lines.push(block.text);
      continue;
    }
    let text = block.text;
    for (const [fixed, damaged] of DAMAGE) text = text.replace(fixed, damaged);
    const chars = [...`　　${text}`];
    for (let i = 0; i < chars.length; i += width) {
      const line = chars.slice(i, i + width).join('');
      const cut = line.indexOf(PAGE_BREAK_AFTER);
      if (cut >= 0) {
        const end = cut + PAGE_BREAK_AFTER.length;
        lines.push(line.slice(0, end), '', line.slice(end));
      } else lines.push(line);
    }
  }
  lines.push(`（作者单位：${AFFILIATION}）`, '');
  return lines.join('\n');
}

/** The manuscript body the import should write. */
export function expectedBody(): string {
  return BODY.map((b) => (b.heading ? `${'#'.repeat(b.heading)} ${b.text}` : b.text)).join('\n\n');
}
