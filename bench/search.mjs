// The search benchmark (`make bench-search`; not a test): synthetic
// directories of 1,000, 10,000 and 100,000 communities, searched in headless
// Chromium by this app's engine (compiled to WebAssembly from the same Rust
// as the app) and, in the same page on the same data and queries, by
// MiniSearch and Fuse.js. Writes bench/results/search.{json,md}.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, createReadStream } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, openPage, settled, startServer } from '../tests/e2e/harness.mjs';
import { generate, QUERIES } from './generate.mjs';
import { report } from './report.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, 'bench/work');
const SIZES = (process.env.SIZES ?? '1000,10000,100000').split(',').map(Number);
const queries = QUERIES.map(([, q]) => q);

function log(message) {
  process.stdout.write(`[bench] ${message}\n`);
}

// How many timed runs (builds: the median is reported, and the minimum,
// which says most about the code on a machine busy with other work). Fuse.js scans every document on every query (about
// a second per query at 10,000), so it gets fewer runs, and at 100,000 no
// warm-up, to keep the whole benchmark within minutes.
const buildRuns = (size) => (size >= 100000 ? 3 : 7);
const queryReps = (size, engine) =>
  engine === 'fuse.js' ? (size >= 100000 ? 1 : size >= 10000 ? 2 : 5) : size >= 100000 ? 5 : 20;
const warmUp = (size, engine) => !(engine === 'fuse.js' && size >= 100000);

function ensureData() {
  mkdirSync(WORK, { recursive: true });
  for (const size of SIZES) {
    const file = join(WORK, `data-${size}.json`);
    if (existsSync(file)) continue;
    log(`generating ${size.toLocaleString('en')} communities`);
    writeFileSync(file, generate(size));
  }
}

/** Serves bench/ and the two npm packages, cross-origin isolated so performance.now() has 5 µs resolution. */
function serve() {
  const types = { '.html': 'text/html', '.mjs': 'text/javascript', '.js': 'text/javascript', '.json': 'application/json', '.wasm': 'application/wasm' };
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const allowed = path.startsWith('/node_modules/minisearch/') || path.startsWith('/node_modules/fuse.js/');
    const file = allowed ? join(ROOT, path) : join(ROOT, 'bench', path);
    if (path.includes('..') || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const percentile = (samples, p) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const median = (values) => percentile(values, 50);
const stats = (samples) => ({ p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples), n: samples.length });

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

async function measureEngines(browser, origin) {
  const results = [];
  for (const size of SIZES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    const cdp = await context.newCDPSession(page);
    await page.goto(`${origin}/page.html`);
    await page.waitForFunction(() => document.querySelector('#state')?.textContent === 'ready');
    if (!(await page.evaluate(() => window.bench.isolated()))) throw new Error('page is not cross-origin isolated');
    const bytes = await page.evaluate((n) => window.bench.load(n), size);
    log(`${size.toLocaleString('en')} communities, ${(bytes / 1e6).toFixed(1)} MB of JSON`);
    for (const engine of await page.evaluate(() => window.bench.engines)) {
      const heapBefore = await heapUsed(cdp);
      const liveBefore = await page.evaluate(() => window.bench.liveBytes());
      const { times: builds, parts } = await page.evaluate(([e, runs]) => window.bench.build(e, runs), [engine, buildRuns(size)]);
      const heapAfter = await heapUsed(cdp);
      const liveAfter = await page.evaluate(() => window.bench.liveBytes());
      const { samples, hits } = await page.evaluate(
        ([q, reps, warm]) => window.bench.query(q, reps, warm),
        [queries, queryReps(size, engine), warmUp(size, engine)],
      );
      const row = {
        engine, size, bytes,
        build_ms: median(builds), build_min_ms: Math.min(...builds), build_runs: builds,
        query_ms: stats(samples),
        js_heap_bytes: heapAfter - heapBefore,
        wasm_heap_bytes: liveAfter - liveBefore,
        hits,
      };
      if (engine === 'cop-navigator') {
        row.parse_ms = median(parts.map((p) => p.parse));
        row.index_ms = median(parts.map((p) => p.index));
        row.json_parse_ms = median(await page.evaluate((runs) => window.bench.jsonParse(runs), buildRuns(size)));
        row.view_ms = stats(await page.evaluate(([q, reps]) => window.bench.viewQuery(q, reps), [queries, queryReps(size, engine)]));
      }
      await page.evaluate(() => window.bench.release());
      log(`  ${engine.padEnd(14)} build ${row.build_ms.toFixed(1)} ms, query p50 ${row.query_ms.p50.toFixed(3)} / p95 ${row.query_ms.p95.toFixed(3)} ms, memory ${((row.js_heap_bytes + row.wasm_heap_bytes) / 1e6).toFixed(1)} MB`);
      results.push(row);
    }
    await context.close();
  }
  return results;
}

/**
 * The real app with a 1,000-community directory (content files are capped at
 * 2 MB, so larger ones cannot be loaded). Per keystroke: the script (input
 * event to the last DOM change) and the rendering that follows (style,
 * layout, paint: from the frame's requestAnimationFrame to the next task).
 * Their sum is the work one keystroke costs; a frame is 16.7 ms.
 */
async function measureApp(browser) {
  if (!existsSync(join(ROOT, 'dist/index.html'))) throw new Error('dist/ is missing: run make dist');
  const server = await startServer();
  try {
    const page = await openPage(browser);
    const body = readFileSync(join(WORK, 'data-1000.json'));
    await page.route('**/data/directory.json', (route) => route.fulfill({ contentType: 'application/json', body }));
    await page.goto(server.url('directory'));
    await settled(page);
    await page.locator('#results-list li').first().waitFor();
    const samples = [];
    for (let round = 0; round < 5; round++) {
      for (const q of [...queries, '']) {
        samples.push(await page.evaluate(async (text) => {
          const input = document.querySelector('#directory-search');
          let last = 0;
          const observer = new MutationObserver(() => { last = performance.now(); });
          observer.observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true, attributes: true });
          const start = performance.now();
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          const frame = await new Promise((done) => requestAnimationFrame(done));
          const rendered = await new Promise((done) => setTimeout(() => done(performance.now()), 0));
          observer.disconnect();
          const heading = document.querySelector('#results-title').textContent;
          const shown = text ? heading.includes(`“${text}”`) : !heading.includes('“');
          return { script: (last || start) - start, render: rendered - frame, beforeNextFrame: shown && last <= frame };
        }, q));
      }
    }
    await page.context().close();
    const work = samples.map((s) => s.script + s.render);
    return {
      size: 1000,
      script_ms: stats(samples.map((s) => s.script)),
      render_ms: stats(samples.map((s) => s.render)),
      work_ms: stats(work),
      within_a_frame: work.filter((w) => w <= 1000 / 60).length,
      all_before_next_frame: samples.every((s) => s.beforeNextFrame),
      samples: samples.length,
    };
  } finally {
    server.stop();
  }
}

ensureData();
const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const engines = await measureEngines(browser, origin);
  log('the app: typing into the directory with 1,000 communities');
  const app = SIZES.includes(1000) ? await measureApp(browser) : null;
  const chromiumVersion = browser.version();
  const out = { generated: new Date().toISOString(), chromium: chromiumVersion, queries: QUERIES, engines, app };
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/search.json'), `${JSON.stringify(out, null, 2)}\n`);
  writeFileSync(join(ROOT, 'bench/results/search.md'), report(out));
  log('wrote bench/results/search.md and search.json');
} finally {
  await browser.close();
  server.close();
}
