// The command's first module: it starts Chromium for `build` and `proof` before the rest of the command
// loads (src/paginate/chromium-process.ts), so that the browser is up by the time the book is typeset.
import { startEarly } from '../paginate/chromium-process.js';

startEarly(process.argv);
