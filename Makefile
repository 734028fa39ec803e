# make        install what is missing (Debian packages, npm packages), then build the booklet into output/
# make test   the type check and the whole test suite
SHELL := /bin/bash
.DEFAULT_GOAL := all

# Debian packages: the browser that paginates (the headless shell; chromium is the fallback), poppler for PDF checks, EPUBCheck (with its Java runtime),
# Debian's CFF Noto CJK, which the proof tests use to show that a CFF font becomes Type 3 in a PDF, and for the press edition
# (PDF/X-4 in CMYK) Ghostscript, which converts the colours, and scribus-data, whose ISO Coated v2 profile is its default printing condition.
SYSTEM_PACKAGES := chromium chromium-headless-shell poppler-utils epubcheck fonts-noto-cjk ghostscript scribus-data
SOURCES := $(shell find src test bench -name '*.ts' 2>/dev/null)

.PHONY: all build test system-deps typecheck clean

all: build

## Install the Debian packages that are missing (as root with apt; otherwise say what to install).
system-deps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	[ -e /usr/lib/chromium/chromium-headless-shell ] || missing="$$missing chromium-headless-shell"; \
	command -v pdftoppm >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	[ -e /usr/bin/epubcheck ] || missing="$$missing epubcheck"; \
	[ -e /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc ] || missing="$$missing fonts-noto-cjk"; \
	command -v gs >/dev/null 2>&1 || missing="$$missing ghostscript"; \
	[ -e /usr/share/scribus/profiles/ISOcoated_v2_300_bas.icc ] || missing="$$missing scribus-data"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else \
	    echo "Missing system packages:$$missing. Install them with: sudo apt-get install$$missing" >&2; exit 1; \
	  fi; \
	fi

## npm packages, exactly as locked. No browser download: booklet drives Debian's Chromium (puppeteer-core);
## the puppeteer that pagedjs-cli (benchmark only) pulls in would try to fetch one (.puppeteerrc.cjs too).
node_modules/.package-lock.json: package.json npm-shrinkwrap.json
	PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund

## Compile (and type check) src/ and test/ into dist/, then bundle the command into dist/bin/ (esbuild):
## loading ~300 modules one by one took a second of the 2 cores that Chromium needs to start. Packages
## that find their own files on disk (WebAssembly, fonts, the Paged.js polyfill, css-tree's JSON data, sharp's libvips, pdf.js's worker and CMaps) stay outside the bundle;
## proxy-agent, which puppeteer-core needs only to download browsers, is left out (src/bundle/no-proxy-agent.ts), and so is
## linkedom, which BudouX needs only to rewrite HTML strings (src/bundle/no-linkedom.ts).
dist/.built: node_modules/.package-lock.json tsconfig.json $(SOURCES) scripts/build-dist.sh
	sh scripts/build-dist.sh

typecheck: dist/.built

build: system-deps dist/.built
	dist/bin/main.js build manuscripts

## Two test files at once: most of a browser test's time is Chromium starting and Node waiting on it, so
## two files at once keep both cores busy (node's default is cores − 1: one file at a time on 2 cores).
test: system-deps dist/.built
	node --test --test-concurrency=2 dist/test/

clean:
	rm -rf dist output/booklet* output/fonts output/.cache
