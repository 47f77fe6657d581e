# CoP Navigator. The two commands: `make serve` and `make test`.
# Every target installs what it needs first (scripts/ensure-tools.sh), so a
# fresh machine needs only rustup, node/npm and apt.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
# wasm-opt 132 comes from npm (Debian's binaryen 108 breaks the app silently).
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
WASM_TEST := CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner cargo test --locked --target wasm32-unknown-unknown

.DEFAULT_GOAL := help
.PHONY: help serve dist bench fuzz size-budget test test-native test-schema test-browser test-e2e lint validate deploy-configs screenshots tools test-tools clean bench-search

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

serve: tools ## Build and serve the app with its sample content at http://127.0.0.1:8080
	cargo fetch --locked
	@echo "CoP Navigator: http://127.0.0.1:8080/  (rebuilds on change; Ctrl-C stops)"
	@echo "(no prerendered first screens or .br/.gz files here, for fast rebuilds: make dist has them)"
	COP_FAST_BUILD=1 trunk serve --release

dist: tools ## Release build into dist/ (copy that folder to any static host)
	cargo fetch --locked
	trunk build --release
	# Start together (apps/together), into dist/together/: after the navigator,
	# whose build replaces dist/ as a whole.
	trunk build --release --config apps/together/Trunk.toml
	# The content studio (apps/studio), into dist/studio/, the same way.
	trunk build --release --config apps/studio/Trunk.toml

test: test-tools ## Install what is missing, then run every test layer
	$(MAKE) lint test-native test-schema test-browser dist size-budget test-e2e
	@echo "All test layers passed."

test-native: ## Layer 1: the domain crate, the validator and the app's native checks
	cargo test --locked --workspace
	cargo run --locked --quiet -p domain --bin validate

test-schema: ## The JSON Schemas match the data and reject what the app rejects
	node tests/schema/check.mjs

test-browser: ## Layer 2: component tests in headless Chromium (wasm-bindgen-test)
	$(WASM_TEST) --test 'browser_*'
	$(WASM_TEST) -p together --test 'browser_*'
	$(WASM_TEST) -p studio --test 'browser_*'

size-budget: ## First-load code (wasm+JS+CSS, brotli) of each app within bench/size-budget.json
	node scripts/size-budget.mjs

test-e2e: ## Layer 3: Playwright + axe against dist/ on a static server at a sub-path
	node scripts/deploy-configs.mjs --check
	node --test --test-reporter=spec tests/e2e/

lint: ## Formatting and clippy, warnings are errors
	cargo fmt --all -- --check
	cargo clippy --locked --workspace --all-targets -- -D warnings

validate: ## Check content files: make validate [FILES="path/to/file.json …"]
	cargo run --locked --quiet -p domain --bin validate -- $(FILES)

bench: dist ## Measure size, load time, Lighthouse scores and search speed: bench/results/latest.md (~40 min)
	cd bench && npm ci --no-audit --no-fund
	$(MAKE) bench-search
	node bench/run.mjs

# No AddressSanitizer (-s none): crates/domain/ forbids unsafe code, and without it
# the targets run 3-14x faster (measured: content 5,500 instead of 400
# executions/s, url_state 8,000 instead of 2,400).
FUZZ_RUNS ?= 10000000
fuzz: ## Fuzz the content loaders and URL decoders (nightly + cargo-fuzz): FUZZ_RUNS executions each
	@command -v cargo-fuzz >/dev/null || { echo "[tools] installing cargo-fuzz (fuzzing driver)"; cargo install cargo-fuzz --locked; }
	cd fuzz && for target in content url_state rich_text group import_csv studio_work; do \
	  mkdir -p corpus/$$target; \
	  if [ $$target = content ]; then cp ../public/data/*.json ../tests/fixtures/bad/*.json corpus/$$target/; fi; \
	  if [ $$target = studio_work ]; then cp ../public/data/directory.json ../tests/fixtures/bad/directory.*.json corpus/$$target/; fi; \
	  cargo +nightly fuzz run -s none $$target corpus/$$target -- -runs=$(FUZZ_RUNS) -max_len=8192 -print_final_stats=1 2>&1 \
	    | grep -E '^(Done|stat::number_of_executed_units|stat::average_exec_per_sec)|ERROR|panicked'; \
	done

deploy-configs: dist ## Regenerate deploy/nginx/cop-navigator-headers.conf from the build
	node scripts/deploy-configs.mjs

screenshots: dist ## Refresh the README screenshots in docs/
	node scripts/screenshot.mjs

tools:
	scripts/ensure-tools.sh build

test-tools:
	scripts/ensure-tools.sh test

clean: ## Remove build output (keeps the installed tools)
	rm -rf dist target

bench-search: dist ## Only the search benchmark: this engine vs MiniSearch and Fuse.js at 1k/10k/100k entries
	cargo build --locked --release --target wasm32-unknown-unknown -p search-bench
	wasm-bindgen --target web --out-dir bench/work/pkg target/wasm32-unknown-unknown/release/search_bench.wasm
	wasm-opt -Oz bench/work/pkg/search_bench_bg.wasm -o bench/work/pkg/search_bench_bg.wasm
	node bench/search.mjs
