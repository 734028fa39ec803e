// The editions, one line each, in the order they are listed (`--help`, `all`) and written: each module
// registers itself. Adding an edition is a module like html.ts and its line here. Import the registry
// through this module: it is the one that has the built-in editions in it.
import './html.js';
import './screen.js';
import './print.js';
import './press.js';
import './imposed.js';
import './epub.js';

export * from './registry.js';
export type { EditionContext, Pagination } from './context.js';
