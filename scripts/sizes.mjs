// Byte sizes of a build: raw, gzip (level 9) and brotli (quality 11) per file,
// and what a first visit downloads. Used by the size budget (make test) and
// by the benchmark report (make bench).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function measure(path) {
  const bytes = readFileSync(path);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every file in `dir` with its sizes, largest first. */
export function filesIn(dir) {
  return walk(dir)
    .map((path) => ({ file: relative(dir, path), ...measure(path) }))
    .sort((a, b) => b.raw - a.raw);
}

const sum = (files, key) => files.reduce((total, f) => total + f[key], 0);

/**
 * The code a first visit must download (wasm, JS, CSS), and the whole first
 * load of a view (its HTML and the JSON it reads too).
 */
export function firstLoad(dir, dataFiles = ['data/site.json', 'data/directory.json']) {
  const files = filesIn(dir);
  const code = files.filter((f) => /^[^/]+\.(wasm|js|css)$/.test(f.file));
  const page = files.filter((f) => f.file === 'index.html' || dataFiles.includes(f.file));
  const total = (list) => ({ raw: sum(list, 'raw'), gzip: sum(list, 'gzip'), brotli: sum(list, 'brotli') });
  return { code, codeTotal: total(code), page, total: total([...code, ...page]) };
}
