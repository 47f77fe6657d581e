#!/usr/bin/env bash
# Installs what a fresh machine lacks, idempotently, saying what and why.
# Usage: scripts/ensure-tools.sh build|test
#   build: wasm32 target, trunk, wasm-bindgen-cli, wasm-opt (npm binaryen)
#   test:  build + Debian chromium/chromium-driver + the npm test packages
# Versions are pinned here and nowhere else (see ../shared/TOOLCHAIN.md for why).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock, so read it from there.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock 2>/dev/null || true)
WASM_BINDGEN_VERSION=${WASM_BINDGEN_VERSION:-0.2.130}

say() { printf '\033[1m[tools]\033[0m %s\n' "$*"; }

ensure_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then return; fi
  say "installing rust target wasm32-unknown-unknown (the app compiles to WebAssembly)"
  rustup target add wasm32-unknown-unknown
}

ensure_trunk() {
  if command -v trunk >/dev/null && trunk --version | grep -q " $TRUNK_VERSION"; then return; fi
  say "installing trunk $TRUNK_VERSION (builds and serves the app; 0.22 needs a newer rustc) — ~15 CPU-minutes, once"
  cargo install trunk --version "$TRUNK_VERSION" --locked
}

ensure_wasm_bindgen() {
  if command -v wasm-bindgen >/dev/null && wasm-bindgen --version | grep -q " $WASM_BINDGEN_VERSION"; then return; fi
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (must equal Cargo.lock's wasm-bindgen) — ~6 minutes, once"
  # Not --locked: its own lockfile wants a webpki-roots release the registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
}

ensure_npm() {
  # binaryen (wasm-opt 132) is needed to build; playwright-core and axe only to test,
  # but one lockfile keeps it simple and none of them downloads a browser.
  if [ -x node_modules/.bin/wasm-opt ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then return; fi
  say "installing npm packages from package-lock.json (wasm-opt 132 from binaryen; playwright-core and axe for tests)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return; fi
  say "installing Debian chromium and chromium-driver (headless browser for the component and end-to-end tests)"
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq chromium chromium-driver
}

mode=${1:-build}
ensure_target
ensure_npm
ensure_wasm_bindgen
ensure_trunk
if [ "$mode" = test ]; then ensure_chromium; fi
say "all tools present (trunk $TRUNK_VERSION, wasm-bindgen $WASM_BINDGEN_VERSION, wasm-opt $(node_modules/.bin/wasm-opt --version | awk '{print $3}'))"
