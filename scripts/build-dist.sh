#!/bin/sh
# Compile (and type check) src/ and test/ into dist/, then bundle the command into dist/bin/ (esbuild).
# Run by `make` (dist/.built) and by npm's `prepare` (`npm install -g .` in a clone, `npm pack`): one recipe.
# See the Makefile for why the command is bundled and what stays outside the bundle.
set -e
cd "$(dirname "$0")/.."
rm -rf dist
node_modules/.bin/tsc -p tsconfig.json
node_modules/.bin/esbuild dist/src/cli/main.js --bundle --splitting --format=esm --platform=node \
  --target=node20 --minify-whitespace --minify-syntax --outdir=dist/bin --log-level=warning \
  --external:harfbuzzjs --external:pdfjs-dist --external:pagedjs --external:css-tree --external:sharp --external:'@expo-google-fonts/*' \
  --alias:proxy-agent=./dist/src/bundle/no-proxy-agent.js --alias:linkedom=./dist/src/bundle/no-linkedom.js \
  --banner:js="import { createRequire as bookletRequire } from 'node:module'; const require = bookletRequire(import.meta.url);"
chmod +x dist/bin/main.js
# The code that runs inside Chromium (src/paginate/in-page/), as the one script each page loads: it sets
# window.bookletInPage (in-page/booklet-in-page.ts), and the page cache's keys hash its bytes.
node_modules/.bin/esbuild dist/src/paginate/in-page/booklet-in-page.js --bundle --format=iife --outfile=dist/bin/in-page.js --log-level=warning
# The JSON Schema of booklet.yaml, from the compiled zod schema, for editors; shipped at the package root
# (package.json files), where `booklet new` copies it from.
node dist/src/config/write-json-schema.js booklet.schema.json
touch dist/.built
