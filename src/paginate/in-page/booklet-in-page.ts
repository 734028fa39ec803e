// The entry of the in-page bundle: scripts/build-dist.sh bundles it, and the modules it imports, into
// dist/bin/in-page.js, which each page of Chromium loads once (page-scripts.ts) and which sets one global,
// `bookletInPage`. Node calls the functions on it by name (callInPage). The page cache's keys hash that
// file's bytes: a change to any module here lays the book out afresh. Never imported by Node (it would
// set `window`): Node imports only its type.
import { keepUnits } from './units.js';
import { installBookletHandlers } from './handlers.js';
import { unitPages } from './unit-pages.js';
import { numberPages } from './folios.js';
import { measurePages } from './measure.js';
import { collectLinks } from './links.js';
import { collectStructure } from './structure.js';
import { collectLayout } from './collect-layout.js';
import { placesOf } from './request-places.js';

/** Every function Node runs in the page, in the order a build calls them. */
export const bookletInPage = { keepUnits, installBookletHandlers, unitPages, placesOf, numberPages, measurePages, collectLinks, collectStructure, collectLayout };

export type BookletInPage = typeof bookletInPage;

(window as unknown as { bookletInPage: BookletInPage }).bookletInPage = bookletInPage;
