# Sundhedsråd-beregneren: the one place that knows the steps.
#   make run    set up what is missing, build, serve the demo (PORT overrides 8080)
#   make test   every test: native, browser (wasm-bindgen-test), end-to-end
#   make bench  the benchmark with its targets (non-zero exit when one is broken)
#   make fuzz   the options fuzz target for a bounded time (FUZZ_SECONDS)
#   make data-check   validate data/edition.toml and print the reconciliation

SHELL := /bin/bash
PORT ?= 8080
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
WASM_PACK_FLAGS := --target web --out-dir pkg --no-pack

.PHONY: setup build run test test-native test-browser test-e2e bench fuzz data-check lint clean

setup:
	@bash tools/setup.sh

build: setup
	wasm-pack build --release $(WASM_PACK_FLAGS)
	# Drop the wasm-streams classes Leptos links in but nothing uses (see the script).
	node tools/strip-streams.mjs
	# The second module, loaded after the first view: map, overview, regions, power (src/explore).
	rm -rf pkg/explore
	wasm-pack build --release --target web --out-dir pkg/explore --out-name explore_wasm --no-pack -- --no-default-features --features explore
	rm -f pkg/explore/.gitignore
	cp js/sundhedsraad.js js/sundhedsraad.d.ts js/explore.js pkg/
	# Minify the JS the widget loads (names of exports and wasm imports are kept).
	for f in pkg/sundhedsraad.js pkg/sundhedsraad_beregner.js pkg/explore.js pkg/explore/explore_wasm.js; do terser "$$f" --module --compress --mangle -o "$$f"; done
	# The widget of every council and language as static HTML (same src/render code):
	# pkg/prerender/ (fallbacks for the element) and pkg/raad/ (a page per council).
	rm -rf pkg/prerender pkg/raad
	cargo run --release --quiet --bin prerender -- pkg
	# pkg/ as an npm package and a folder to host: package.json, README, .br and .gz copies.
	node tools/package.mjs

run: build
	python3 tools/serve.py --port $(PORT)

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --no-default-features --features explore -- -D warnings

test-native:
	cargo test

test-browser: setup
	wasm-pack test --headless --chrome

test-e2e: build
	node tests/e2e/run.mjs

test: setup lint test-native test-browser test-e2e
	@echo "make test: all suites passed"

bench: build
	cargo run --release --quiet --bin bench-native
	node bench/bench.mjs

fuzz:
	bash tools/fuzz.sh

data-check:
	cargo run --quiet --bin data-check

clean:
	cargo clean
	rm -rf pkg
