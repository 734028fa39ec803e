// The whole booklet: read → html → write. Later stages (paginate, epub, proof) plug in here.
import { resolve } from 'node:path';
import type { Reporter } from './diagnostics.js';
import { loadBooklet } from './config/load.js';
import { readManuscripts } from './manuscript/read.js';
import { renderHtml } from './html/render-html.js';
import { writeOutputs } from './output.js';

export interface BuildOptions {
  /** The folder with booklet.yaml. Default `manuscripts`. */
  dir: string;
  /** The output folder. Default `output`. */
  out: string;
  reporter: Reporter;
}

export interface BuildResult {
  written: string[];
}

/** Build every edition of the booklet in `options.dir` into `options.out`. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const { reporter } = options;
  const booklet = await stage(reporter, 'Read booklet.yaml', () => loadBooklet(options.dir));
  const manuscripts = await stage(reporter, `Read ${booklet.articles.length} manuscripts`, () => readManuscripts(booklet));
  const html = await stage(reporter, 'Typeset HTML', () => renderHtml(booklet, manuscripts));
  html.messages.forEach((m) => reporter.message(m));
  const written = await stage(reporter, 'Write outputs', () =>
    writeOutputs(resolve(options.out), [{ name: 'booklet.html', data: html.html }], html.assets),
  );
  return { written };
}

async function stage<T>(reporter: Reporter, label: string, run: () => Promise<T>): Promise<T> {
  const done = reporter.stage(label);
  try {
    const result = await run();
    done('ok');
    return result;
  } catch (error) {
    done('fail');
    throw error;
  }
}
