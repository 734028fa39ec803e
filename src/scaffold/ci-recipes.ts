// The CI recipes of a new booklet: a GitHub Actions workflow and a GitLab CI job that install what the
// project's `make` installs (Debian 12's packages, Node 20), then booklet, run `booklet proof`, and keep
// its report as an artifact even when the proof fails. The README shows them (test/cli/new.test.ts holds
// that it shows these). Comments in the interface's language; the steps the same in both.
import { phrase, say, type MessageKey } from '../ui/catalogue.js';
import type { Ui } from '../ui/ui.js';
import { comment } from './comment-lines.js';

/** The Debian packages the project's Makefile installs (its SYSTEM_PACKAGES; the test holds they agree). */
export const SYSTEM_PACKAGES = ['chromium', 'chromium-headless-shell', 'poppler-utils', 'epubcheck', 'fonts-noto-cjk', 'ghostscript', 'scribus-data'] as const;

/** Debian 12 (bookworm: chromium-headless-shell is a Debian package) with Node 20. */
export const CI_IMAGE = 'node:20-bookworm';

/** Where booklet comes from, until the booklet's owners name their copy of the project (new.ci.source). */
export const BOOKLET_GIT_PLACEHOLDER = 'https://git.example.com/your-team/booklet.git';

/** Where CI builds booklet. */
export const BOOKLET_HOME = '/opt/booklet';

/** What the report of `booklet proof` is, and the PDF it checked (booklet.yaml's default output:). */
export const PROOF_ARTIFACTS = ['output/proof/', 'output/booklet.pdf'] as const;

const APT = `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${SYSTEM_PACKAGES.join(' ')}`;
/** booklet from its git repository, built as the project builds it (`npm ci`: its `prepare` makes dist/),
 *  then linked as the command `booklet`. Not `npm install -g git+…`: npm does not install a git
 *  package's dependencies before its `prepare` when it installs globally (npm/cli#8440). */
export const INSTALL = [
  `git clone --quiet --depth 1 \${BOOKLET_REF:+--branch "$BOOKLET_REF"} "$BOOKLET_GIT" ${BOOKLET_HOME}`,
  `npm ci --prefix ${BOOKLET_HOME} --no-audit --no-fund`,
  // A link to the folder, whose node_modules npm ci made: nothing to install or build again.
  `npm install -g --ignore-scripts --no-audit --no-fund ${BOOKLET_HOME}`,
];

/** A phrase as comment lines at an indentation. */
const notes = (ui: Ui) => (key: MessageKey, indent: string) => comment(say(ui, phrase(key)), `${indent}# `).join('\n');

/** `.github/workflows/proof.yml`. */
export function githubWorkflow(ui: Ui): string {
  const note = notes(ui);
  return `# .github/workflows/proof.yml
${note('new.ci.github', '')}
name: proof
on: [push, pull_request]
jobs:
  proof:
    runs-on: ubuntu-latest
${note('new.ci.image', '    ')}
    container: ${CI_IMAGE}
    env:
${note('new.ci.source', '      ')}
      BOOKLET_GIT: ${BOOKLET_GIT_PLACEHOLDER}
      BOOKLET_REF: ""
${note('new.ci.puppeteer', '      ')}
      PUPPETEER_SKIP_DOWNLOAD: "1"
    steps:
      - uses: actions/checkout@v4
${note('new.ci.packages', '      ')}
      - name: Debian packages
        run: ${APT}
${note('new.ci.build', '      ')}
      - name: booklet
        run: |
${INSTALL.map((line) => `          ${line}`).join('\n')}
${note('new.ci.baseline', '      ')}
      - name: booklet proof
        run: booklet proof
      - name: keep the report
        if: always()
        uses: actions/upload-artifact@v4
        with:
          name: proof
          path: |
${PROOF_ARTIFACTS.map((path) => `            ${path}`).join('\n')}
          if-no-files-found: ignore
`;
}

/** `.gitlab-ci.yml`. */
export function gitlabJob(ui: Ui): string {
  const note = notes(ui);
  return `# .gitlab-ci.yml
${note('new.ci.gitlab', '')}
proof:
${note('new.ci.image', '  ')}
  image: ${CI_IMAGE}
  variables:
${note('new.ci.source', '    ')}
    BOOKLET_GIT: ${BOOKLET_GIT_PLACEHOLDER}
    BOOKLET_REF: ""
${note('new.ci.puppeteer', '    ')}
    PUPPETEER_SKIP_DOWNLOAD: "1"
  before_script:
${note('new.ci.packages', '    ')}
    - ${APT}
${note('new.ci.build', '    ')}
${INSTALL.map((line) => `    - ${line}`).join('\n')}
  script:
${note('new.ci.baseline', '    ')}
    - booklet proof
  artifacts:
    when: always
    paths:
${PROOF_ARTIFACTS.map((path) => `      - ${path}`).join('\n')}
    reports:
      junit: output/proof/junit.xml
`;
}
