// What a command that runs on (build --watch, preview) keeps from one build for the next: made by that
// command, passed down in the build's options, and let go when it ends. A single build makes none, so
// keeps nothing (its memory peak counts); nothing is kept in a module, so two sessions in one process
// (or a test that makes one) never see each other's.
import { keptManuscripts, type KeptManuscripts } from './manuscript/read.js';
import type { KeptFindings } from './manuscript/lint-book.js';
import { openSubsetter, type Subsetter } from './html/subset-face.js';
import { keptPages, type KeptPages } from './paginate/worker-pages.js';

export interface KeepSession {
  /** The parse trees and the front matter found valid, by text (manuscript/read.ts). */
  manuscripts: KeptManuscripts;
  /** Each manuscript's lint findings (manuscript/lint-book.ts). */
  findings: KeptFindings;
  /** HarfBuzz's subsetter, keeping the faces loaded in it (html/subset-face.ts). A build in a session also
   *  makes its subsets with the faces' glyph ids, so that an edit leaves the other parts' printed pages
   *  good. */
  subsetter: Subsetter;
  /** Pages of Chromium kept blank for the next build, with their renderers warm (paginate/worker-pages.ts). */
  pages: KeptPages;
  /** Let go of what is kept (when the command ends). */
  end(): Promise<void>;
}

/** A session with nothing kept yet. */
export function openKeepSession(): KeepSession {
  const session: KeepSession = {
    manuscripts: keptManuscripts(),
    findings: new Map(),
    subsetter: openSubsetter(true),
    pages: keptPages(),
    async end() {
      session.manuscripts.trees.forgetOthers([]);
      session.manuscripts.frontMatters.forgetOthers([]);
      session.findings.clear();
      session.subsetter.free();
      await session.pages.close();
    },
  };
  return session;
}
