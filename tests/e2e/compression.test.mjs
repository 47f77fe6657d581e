// Compressed on any host: `make dist` writes FILE.br and FILE.gz beside the
// code and pages (scripts/compress.mjs), and a host that only serves files
// (nginx with gzip_static/brotli_static, deploy/nginx/) sends them. Served the
// same way here, the browser must receive the wasm, JS, CSS and HTML as
// brotli, the wasm at under 40 % of its size, and the app must still start.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { COMPRESSIBLE, EDITABLE, ENCODINGS, compressDist } from '../../scripts/compress.mjs';
import { expectNoProblems, launchBrowser, openPage, SUB_PATH } from './harness.mjs';

const DIST = resolve(import.meta.dirname, '../../dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
};

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

const isCompressed = (path) => path.endsWith('.br') || path.endsWith('.gz');
const editable = (root, path) => EDITABLE.includes(relative(root, path).split(sep)[0]);
/** The files that should have FILE.br and FILE.gz beside them. */
const compressible = (root) =>
  walk(root).filter((path) => !isCompressed(path) && COMPRESSIBLE.includes(extname(path)) && !editable(root, path));
const DECODE = { '.br': brotliDecompressSync, '.gz': gunzipSync };

/**
 * Checks every compressible file under `root` has a FILE.br and FILE.gz that
 * decode to it (or none, when compressing would not make it smaller), and
 * returns how many it checked.
 */
function expectCompressedCopies(root) {
  const files = compressible(root);
  for (const path of files) {
    const original = readFileSync(path);
    for (const ending of ['.br', '.gz']) {
      const name = relative(root, path) + ending;
      if (existsSync(path + ending)) {
        assert.ok(DECODE[ending](readFileSync(path + ending)).equals(original), `${name} does not decode to its file`);
      } else {
        assert.ok(ENCODINGS[ending](original).length >= original.length, `${name} is missing`);
      }
    }
  }
  return files.length;
}

/**
 * A file server that does what nginx's try_files, gzip_static and
 * brotli_static do with deploy/nginx/cop-navigator.conf: /route from
 * route.html, /route/ from route/index.html, FILE.br when the browser accepts
 * br and it exists (else FILE.gz for gzip, else FILE), with the original
 * file's Content-Type and `Vary: Accept-Encoding`. It never compresses.
 */
async function startCompressingServer(root) {
  const base = mkdtempSync(join(tmpdir(), 'cop-compress-'));
  const served = join(base, SUB_PATH);
  mkdirSync(join(served, '..'), { recursive: true });
  cpSync(root, served, { recursive: true });
  const isFile = (path) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (!path.startsWith(SUB_PATH) || path.includes('..')) return response.writeHead(404).end();
    const wanted = join(served, path.slice(SUB_PATH.length));
    let file = path.endsWith('/') ? join(wanted, 'index.html') : [wanted, wanted + '.html'].find(isFile);
    let status = 200;
    if (!file || !isFile(file)) {
      file = join(served, '404.html');
      status = 404;
    }
    const accepted = (request.headers['accept-encoding'] || '').split(',').map((token) => token.split(';')[0].trim());
    const [ending, encoding] =
      [['.br', 'br'], ['.gz', 'gzip']].find(([end, name]) => accepted.includes(name) && isFile(file + end)) ?? ['', null];
    const body = readFileSync(file + ending);
    const headers = {
      'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
      'Content-Length': body.length,
      Vary: 'Accept-Encoding',
      ...(encoding && { 'Content-Encoding': encoding }),
    };
    response.writeHead(status, headers).end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    url: (path = '') => origin + SUB_PATH + path,
    stop() {
      server.close();
      rmSync(base, { recursive: true, force: true });
    },
  };
}

describe('precompressed files', () => {
  it('dist/ has a brotli and a gzip copy of every code, page and text file, none of data/', () => {
    const wasm = readdirSync(DIST).filter((name) => name.endsWith('.wasm'));
    assert.equal(wasm.length, 1, 'one wasm in dist/');
    assert.ok(existsSync(join(DIST, wasm[0] + '.br')), `dist/${wasm[0]}.br is missing: \`make dist\` must write it`);
    assert.ok(expectCompressedCopies(DIST) > 20);
    const inData = readdirSync(join(DIST, 'data')).filter(isCompressed);
    assert.deepEqual(inData, [], 'data/ is edited after the build: no precompressed copies there');
  });

  it('compressDist writes FILE.br and FILE.gz that decode to FILE, removes stale ones, and changes nothing on a second run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cop-compress-unit-'));
    try {
      cpSync(DIST, dir, { recursive: true, filter: (path) => !isCompressed(path) });
      // Every listed kind of file, and a file too small to gain from compression.
      writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\nAllow: /\n'.repeat(20));
      writeFileSync(join(dir, 'sitemap.xml'), '<url><loc>https://example.ac.uk/</loc></url>\n'.repeat(20));
      writeFileSync(join(dir, 'NOTES.md'), '# Notes\n\nSome notes about this build.\n'.repeat(20));
      writeFileSync(join(dir, 'tiny.txt'), 'x');
      // Stale: an old build's hashed file, a data file's copy; a published archive stays.
      writeFileSync(join(dir, 'old-0123456789abcdef.js.br'), 'stale');
      writeFileSync(join(dir, 'data', 'directory.json.gz'), 'stale');
      writeFileSync(join(dir, 'handbook.tar.gz'), 'an archive, not ours');

      const first = compressDist(dir);
      const kinds = new Set(compressible(dir).map((path) => extname(path)));
      assert.deepEqual([...kinds].sort(), [...COMPRESSIBLE].sort(), 'every listed kind is present in the test');
      assert.equal(expectCompressedCopies(dir), first.files);
      assert.ok(!existsSync(join(dir, 'tiny.txt.br')) && !existsSync(join(dir, 'tiny.txt.gz')), 'no copy larger than its file');
      assert.ok(!existsSync(join(dir, 'old-0123456789abcdef.js.br')), 'a stale copy is removed');
      assert.ok(!existsSync(join(dir, 'data', 'directory.json.gz')), 'a data file copy is removed');
      assert.ok(existsSync(join(dir, 'handbook.tar.gz')), 'other .gz files are left alone');
      assert.equal(first.removed, 2);
      assert.ok(first.br < first.raw / 3, `brotli ${first.br} of ${first.raw} bytes`);

      const before = new Map(walk(dir).map((path) => [path, statSync(path).mtimeMs]));
      const second = compressDist(dir);
      assert.equal(second.written + second.removed, 0, 'the second run writes and removes nothing');
      assert.deepEqual(new Map(walk(dir).map((path) => [path, statSync(path).mtimeMs])), before);
      assert.deepEqual(walk(dir).filter((path) => /\.(br|gz)\.(br|gz)$/.test(path)), [], 'no copy of a copy');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('served precompressed, like nginx with gzip_static and brotli_static', () => {
  let server;
  let browser;
  before(async () => {
    server = await startCompressingServer(DIST);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    server?.stop();
  });

  for (const [route, heading] of [['', 'What do you want to do?'], ['directory', 'Community directory']]) {
    it(`/${route} arrives as brotli and the app starts`, async () => {
      const page = await openPage(browser);
      const responses = [];
      page.on('response', (response) => responses.push(response));
      await page.goto(server.url(route));
      await page.waitForFunction(() => performance.getEntriesByName('cop-navigator:ready').length > 0);
      assert.equal(await page.locator('h1').first().innerText(), heading);

      const received = new Map();
      for (const response of responses) {
        const path = new URL(response.url()).pathname.slice(SUB_PATH.length);
        const { responseBodySize } = await response.request().sizes();
        received.set(path, { headers: await response.allHeaders(), bytes: responseBodySize });
      }
      const page_ = route ? `${route}.html` : 'index.html';
      const code = readdirSync(DIST).filter((name) => /\.(wasm|js|css)$/.test(name));
      for (const file of [page_, ...code]) {
        const got = received.get(file === page_ ? route : file);
        assert.ok(got, `${file} was not requested`);
        assert.equal(got.headers['content-encoding'], 'br', `${file} Content-Encoding`);
        assert.equal(got.headers['content-type'], TYPES[extname(file)], `${file} Content-Type`);
        assert.equal(got.headers.vary, 'Accept-Encoding', `${file} Vary`);
        assert.equal(got.bytes, statSync(join(DIST, file + '.br')).size, `${file}: bytes received`);
      }
      const wasm = code.find((name) => name.endsWith('.wasm'));
      const onDisk = statSync(join(DIST, wasm)).size;
      assert.ok(
        received.get(wasm).bytes < 0.4 * onDisk,
        `wasm: ${received.get(wasm).bytes} bytes received for ${onDisk} on disk`,
      );
      expectNoProblems(page, `/${route} served precompressed`);
      await page.context().close();
    });
  }
});
