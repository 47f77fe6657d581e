// Precompresses a build (the last post-build step; also runnable by hand:
// node scripts/compress.mjs DIR). Writes FILE.br (brotli, quality 11) and
// FILE.gz (gzip, level 9) beside every text or wasm file, so a host that only
// serves files (nginx `gzip_static`/`brotli_static`, GitLab Pages, Apache with
// rewrite rules) sends the 1.4 MB wasm at about a quarter of its size without
// compressing on every request. Hosts that compress by themselves do not need them.
//
// Idempotent: a second run rewrites nothing, a compressed file that would not
// be smaller is not kept, and a FILE.br or FILE.gz whose FILE is gone (an old
// build's hashed names) is deleted.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Files worth compressing: code, markup and text. Images and fonts already are. */
export const COMPRESSIBLE = ['.wasm', '.js', '.css', '.html', '.json', '.svg', '.xml', '.txt', '.md'];

/**
 * Folders left uncompressed: editors replace data/*.json in the deployed
 * folder without a rebuild, and nginx's gzip_static would go on serving the
 * old FILE.gz beside the edited file.
 */
export const EDITABLE = ['data'];

export const ENCODINGS = {
  '.br': (bytes) =>
    brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }),
  // gzip's header carries no time or name from zlib, so the output is the same on every run.
  '.gz': (bytes) => gzipSync(bytes, { level: 9 }),
};

const compressedSuffix = (name) => Object.keys(ENCODINGS).find((suffix) => name.endsWith(suffix));

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : entry.isFile() ? [path] : [];
  });
}

function inEditable(dir, path) {
  const top = relative(dir, path).split(sep)[0];
  return EDITABLE.includes(top);
}

/** Whether the build keeps FILE.br/FILE.gz for `path` (when they are smaller). */
function wanted(dir, path) {
  return COMPRESSIBLE.includes(extname(path)) && !inEditable(dir, path);
}

/** Writes `bytes` to `path` unless it already holds exactly them; true if written. */
function writeIfChanged(path, bytes) {
  if (existsSync(path) && readFileSync(path).equals(bytes)) return false;
  writeFileSync(path, bytes);
  return true;
}

/**
 * Compresses every compressible file under `dir` and removes stale compressed
 * files. Returns the totals it prints.
 */
export function compressDist(dir) {
  const totals = { files: 0, raw: 0, br: 0, gz: 0, written: 0, removed: 0 };
  const remove = (path) => {
    if (existsSync(path)) {
      rmSync(path);
      totals.removed++;
    }
  };
  const files = walk(dir);
  for (const path of files) {
    const suffix = compressedSuffix(path);
    if (suffix) {
      // Only our own kind (x.js.br): a published archive such as x.tar.gz stays.
      const original = path.slice(0, -suffix.length);
      if (COMPRESSIBLE.includes(extname(original)) && !(existsSync(original) && wanted(dir, original))) remove(path);
      continue;
    }
    if (!wanted(dir, path)) continue;
    const bytes = readFileSync(path);
    totals.files++;
    totals.raw += bytes.length;
    for (const [ending, compress] of Object.entries(ENCODINGS)) {
      const compressed = compress(bytes);
      const key = ending.slice(1);
      if (compressed.length < bytes.length) {
        totals[key] += compressed.length;
        if (writeIfChanged(path + ending, compressed)) totals.written++;
      } else {
        // The host then sends the file itself: count what goes over the wire.
        totals[key] += bytes.length;
        remove(path + ending);
      }
    }
  }
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `[compress] ${totals.files} files, ${kb(totals.raw)} → ${kb(totals.br)} brotli, ${kb(totals.gz)} gzip` +
      ` (${totals.written} written, ${totals.removed} removed) in ${dir}`,
  );
  return totals;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const dir = process.argv[2];
  if (!dir || !statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    console.error('usage: node scripts/compress.mjs DIR');
    process.exit(2);
  }
  compressDist(dir);
}
