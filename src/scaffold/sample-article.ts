// The sample article of a new booklet: Chinese prose written for it (a template, nobody's text), which
// shows on its pages what a manuscript can hold, in the house's punctuation (GB/T 15834), so that
// `booklet lint` finds nothing in it and `booklet proof` nothing on its pages. Its comment tells the
// editor how each thing is written; sanitizing drops the comment from every edition.

/** The sample's file name: its ASCII id (`sample`) comes from it. */
export const SAMPLE_ARTICLE_FILE = '01-sample.md';

/** The sample's figure, relative to the article. */
export const SAMPLE_FIGURE_FILE = 'figures/chart.png';

/** The sample article's Markdown. */
export const SAMPLE_ARTICLE = `---
title: 怎样编好一本学习读本
subtitle: ——写在样稿前面的话
author: 李明
source: 本读本样稿
affiliation: 本书编写组
---

<!--
这是 booklet new 生成的样稿，用来演示稿件的写法，换成读本自己的文章即可。
文件头（两行 --- 之间）：title 标题，subtitle 副标题，author 作者，source 来源，affiliation 作者单位。
正文：## 一级小标题，### 二级小标题；*着重号*，**粗体**；[^1] 是脚注，脚注的内容写在文末；
:::key-points 学习要点，:::questions 思考题，:::reading 延伸阅读，:::note 注，各以 ::: 结束；
![图注](${SAMPLE_FIGURE_FILE}) 是插图，方括号里的文字就是图注。
-->

:::key-points
1. 一本读本由 booklet.yaml 和若干篇稿件组成，每篇稿件是一个 Markdown 文件。
2. 标题、作者和来源写在稿件开头的文件头里。
3. 付印之前，用 booklet proof 逐页检查。
:::

学习读本是把若干篇重要文章汇编成册、供集中学习使用的小书。编好一本读本，既要选准篇目，也要把每篇文章整理干净、排印规范。本文就是一篇样稿，它用到了读本常用的各种格式，编辑可以照着它的写法，把自己的稿件一篇一篇地替换进来。

编读本和读书一样，贵在循序渐进、细致认真。朱熹谈读书的方法时说：

> 读书之法，在循序而渐进，熟读而精思。

## 一、先把稿件整理干净

### （一）对照原文逐段核对

稿件大多来自报纸的 PDF、网页或者 Word 文件，复制出来的文字常常带着断行、半角标点和多余的空格。整理稿件，首先要*对照原文*，逐段核对，做到不增一字、不漏一字。**凡是改动原文的地方，都应当记录下来**，写明改了什么、为什么改。[^1]

### （二）标点符号要合乎规范

中文的逗号、句号、引号和括号都用全角，英文单词和阿拉伯数字照常书写，例如 Markdown、PDF 和2026年。书名用书名号，例如《标点符号用法》。引文要逐字核对原书，注明出处。

## 二、用表格归纳学习安排

表格适合归纳并列的内容，例如四周的学习安排：

| 时间 | 学习内容 | 形式 |
| --- | --- | --- |
| 第一周 | 通读全书，了解各篇的主要观点 | 个人自学 |
| 第二周 | 精读重点篇目，做好读书笔记 | 个人自学 |
| 第三周 | 围绕思考题交流体会 | 集中研讨 |
| 第四周 | 联系实际，形成学习成果 | 总结交流 |

## 三、图文配合，重点突出

一张好的统计图，往往胜过大段的文字说明。下面的柱状图是一个示意，展示了六个年度参加集中学习的人数，从中可以看出逐年上升的趋势。

![六个年度参加集中学习的人数（示意）](${SAMPLE_FIGURE_FILE})

插图应当放在第一次提到它的段落之后，图注写明图的内容。读本的篇幅不宜太长，每篇文章之后可以附上思考题和延伸阅读，帮助读者把学到的内容联系到实际工作中去。

:::note
本文中的人名、数据和图表均为示意，编辑时请换成读本自己的内容。
:::

:::questions
1. 从 PDF 复制出来的文章，常有哪些毛病？
2. 结合本单位的实际，谈谈思考题应当怎样设计。
:::

:::reading
- 《标点符号用法》（GB/T 15834—2011）
- 《出版物上数字用法》（GB/T 15835—2011）
:::

[^1]: 改动记在文件头的 editorial 列表里，每处一条，写明原文的行号和改动的理由。
`;
