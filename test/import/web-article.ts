// The known text of the .docx and web-page fixtures (read-docx.test.ts, read-html.test.ts): one article
// with a title, a subtitle, a byline, numbered sections, a bold run-in line, a table and a source note,
// and the helpers that check a reading of it holds every sentence, in order.
import assert from 'node:assert/strict';
import type { SourceBlock, SourceDocument } from '../../src/import/source.js';
import { BookletError, formatMessage } from '../../src/diagnostics.js';

export const TITLE = '让科技创新成果更好惠及人民群众';
export const SUBTITLE = '——学习贯彻关于科技创新的重要论述';
export const BYLINE = '作者：李明远';

export const INTRO = [
  '科技创新是提高社会生产力和综合国力的战略支撑，必须摆在国家发展全局的核心位置。近年来，我国科技事业取得历史性成就，一些关键核心技术实现突破，战略性新兴产业发展壮大，进入创新型国家行列。',
  '实践证明，只有把关键核心技术掌握在自己手中，才能从根本上保障国家经济安全、国防安全和其他安全。我们要坚持创新在现代化建设全局中的核心地位，把科技自立自强作为国家发展的战略支撑。',
];

export const SECTION_1 = '一、深刻认识科技创新的重大意义';
export const SECTION_1_TEXT = [
  '当今世界百年未有之大变局加速演进，新一轮科技革命和产业变革深入发展，科技创新成为国际战略博弈的主要战场。谁能在科技创新上下先手棋，谁就能掌握主动、赢得未来。',
  '人工智能、量子信息、生物技术等前沿领域不断取得新进展，为经济社会发展注入强劲动力。我们要把握大势、抢占先机，直面问题、迎难而上。',
];

/** A line that is all bold: a run-in heading. */
export const RUN_IN = '坚持面向人民生命健康';

export const SECTION_2 = '二、推动科技成果转化为现实生产力';
export const SECTION_2_TEXT = [
  '科技成果只有同国家需要、人民要求、市场需求相结合，完成从科学研究、实验开发到推广应用的三级跳，才能真正实现创新价值。要加快建设高水平科技成果转化平台，打通从实验室到生产线的“最后一公里”。',
  '各地要因地制宜发展新质生产力，让更多科技成果走出实验室、走进生产线、走向市场。',
];

/** The table: a header row and two rows. */
export const TABLE = [
  ['指标', '2022年', '2023年'],
  ['研发经费投入（亿元）', '30783', '33278'],
  ['发明专利拥有量（万件）', '421.2', '499.1'],
];

export const NOTE = '（来源：《示例日报》；作者系示例大学教授）';

/** The text of the article, in reading order: what every reading must hold, sentence by sentence. */
export const ARTICLE_TEXT = [TITLE, SUBTITLE, BYLINE, ...INTRO, SECTION_1, ...SECTION_1_TEXT, RUN_IN, SECTION_2, ...SECTION_2_TEXT, ...TABLE.flat(), NOTE];

/** The sentences of `texts`: each cut after 。！？ (and a closing quotation mark that follows). */
export function sentences(texts: string[]): string[] {
  return texts.flatMap((text) => text.match(/[^。！？]+(?:[。！？]+[”’」』）]*|$)/gu) ?? []).map((s) => s.trim()).filter(Boolean);
}

/** The blocks' text, one block a line. */
export function joined(document: SourceDocument): string {
  assert.ok(document.blocks && document.blocks.length > 0, 'the document has blocks');
  return document.blocks.map((block) => block.text).join('\n');
}

/** Assert that every sentence of `texts` is in `text`, in their order. */
export function assertInOrder(text: string, texts: string[]): void {
  let from = 0;
  for (const sentence of sentences(texts)) {
    const at = text.indexOf(sentence, from);
    assert.ok(at >= 0, `«${sentence}» is in the reading after offset ${from}${text.includes(sentence) ? ' (it is there, out of order)' : ''}:\n${text}`);
    from = at + sentence.length;
  }
}

/** The block whose text is `text`. */
export function blockWith(blocks: SourceBlock[], text: string): SourceBlock {
  const block = blocks.find((candidate) => candidate.text === text);
  assert.ok(block, `a block is «${text}»: ${JSON.stringify(blocks.map((b) => b.text))}`);
  return block;
}

/** The key of the catalogue's phrase that `run` fails with, and the message as printed. */
export async function failure(run: () => Promise<unknown>): Promise<{ key: string; printed: string }> {
  try {
    await run();
  } catch (error) {
    assert.ok(error instanceof BookletError, String(error));
    const message = error.messages[0]!;
    return { key: message.phrases?.reason?.key ?? '', printed: formatMessage(message, '/') };
  }
  assert.fail('it was read');
}
