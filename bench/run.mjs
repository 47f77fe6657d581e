// `make bench`: measures CoP Navigator and writes bench/results/latest.{md,json}.
// A report, not a test: nothing here fails on time. Figures:
//   size  — raw/gzip/brotli of every dist/ file, first-load totals, and the same
//           for a minimal Leptos 0.8 + router app built the same way;
//   load  — headless Chromium with Lighthouse's DevTools throttling (4× CPU, slow
//           4G), cold cache: navigation → `cop-navigator:ready` mark, FCP, LCP;
//           median of RUNS runs per view; and a screenshot of each view as it
//           first paints, before the wasm has arrived (results/first-paint/);
//   lighthouse — mobile (simulated and applied throttling) and desktop presets
//           on every view;
//   search — the directory search benchmark's report, when present.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../tests/e2e/harness.mjs';
import { securityHeaders } from '../scripts/headers.mjs';
import { filesIn, firstLoad } from '../scripts/sizes.mjs';
import { serveCompressed } from './serve.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS || 5);
const VIEWS = ['', 'guide', 'roles', 'directory', 'assess', 'toolkit', 'accessibility'];
// `guide/`, not `guide`: the server (like nginx) redirects a folder without its
// slash, which measures the host's redirect (one more round trip), not the app.
const pageUrl = (server, view) => server.url(view && `${view}/`);
// Lighthouse's DevTools ("applied") throttling for mobile: slow 4G and a 4× slower CPU.
const THROTTLE = { latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8, cpu: 4 };
const TARGETS = { codeBrotliKb: 160, interactiveMs: 1000, performance: 98, accessibility: 100, bestPractices: 100, seo: 90 };
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

function sizeReport() {
  const app = firstLoad(join(ROOT, 'dist'));
  const minimalDist = join(ROOT, 'bench/minimal/dist');
  console.log('[bench] building the minimal Leptos + router app for comparison');
  execFileSync('trunk', ['build', '--release'], { cwd: join(ROOT, 'bench/minimal'), stdio: 'inherit' });
  const minimal = firstLoad(minimalDist, []);
  // The precompressed copies (FILE.br, FILE.gz) are the same files again.
  const files = filesIn(join(ROOT, 'dist')).filter((f) => !/\.(br|gz)$/.test(f.file));
  return { files, app, minimal };
}

async function loadTimes(server) {
  const browser = await launchBrowser();
  const results = {};
  try {
    for (const view of VIEWS) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Network.emulateNetworkConditions', { offline: false, ...THROTTLE });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpu });
        await page.goto(pageUrl(server, view));
        await page.waitForFunction(() => performance.getEntriesByName('cop-navigator:ready').length > 0, null, { timeout: 60000 });
        runs.push(await page.evaluate(async () => {
          const lcp = await new Promise((done) => {
            new PerformanceObserver((list) => done(list.getEntries().at(-1).startTime)).observe({ type: 'largest-contentful-paint', buffered: true });
            setTimeout(() => done(null), 3000);
          });
          return {
            interactive: performance.getEntriesByName('cop-navigator:ready')[0].startTime,
            fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
            lcp,
          };
        }));
        await context.close();
      }
      const pick = (key) => Math.round(median(runs.map((r) => r[key]).filter((v) => v !== null)));
      results[view || 'home'] = { interactive: pick('interactive'), fcp: pick('fcp'), lcp: pick('lcp'), runs: runs.length };
      console.log(`[bench] load /${view}: ${JSON.stringify(results[view || 'home'])}`);
    }
  } finally {
    await browser.close();
  }
  return results;
}

/**
 * What each view shows before its wasm has arrived (the wasm request is held):
 * its prerendered first screen, at a phone's size.
 */
async function firstPaintScreenshots(server) {
  const dir = join(ROOT, 'bench/results/first-paint');
  mkdirSync(dir, { recursive: true });
  const browser = await launchBrowser();
  try {
    for (const view of VIEWS) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      await page.route('**/*_bg.wasm', () => {});
      await page.goto(pageUrl(server, view), { waitUntil: 'domcontentloaded' });
      await page.locator('h1').waitFor();
      await page.screenshot({ path: join(dir, `${view || 'home'}.jpeg`), type: 'jpeg', quality: 60 });
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

/** Runs a command without blocking this process: the server under test lives here too. */
function run(command, args, env) {
  return new Promise((done, fail) => {
    spawn(command, args, { env, stdio: 'inherit' })
      .on('error', fail)
      .on('close', (code) => (code === 0 ? done() : fail(new Error(`${command} exited with ${code}`))));
  });
}

async function lighthouse(server) {
  const bin = join(ROOT, 'bench/node_modules/.bin/lighthouse');
  const flags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --disable-quic --no-first-run';
  const scores = {};
  // `mobile` is Lighthouse's default (PageSpeed Insights'): simulated throttling,
  // which estimates the largest paint from an unthrottled load. There the wasm
  // arrives before the first paint, so the estimate waits for it although the
  // prerendered page paints without it; `mobile, applied` throttles the real
  // load (as the load figures above do) and measures the paint instead.
  for (const preset of ['mobile', 'mobile, applied', 'desktop']) {
    for (const view of VIEWS) {
      const out = join(ROOT, 'bench/work/lighthouse.json');
      const args = [pageUrl(server, view), '--quiet', '--output=json', `--output-path=${out}`, `--chrome-flags=${flags}`,
        '--only-categories=performance,accessibility,best-practices,seo'];
      if (preset === 'desktop') args.push('--preset=desktop');
      if (preset === 'mobile, applied') args.push('--throttling-method=devtools');
      await run(bin, args, { ...process.env, CHROME_PATH: '/usr/bin/chromium' });
      const report = JSON.parse(readFileSync(out, 'utf8'));
      const score = (id) => Math.round(report.categories[id].score * 100);
      scores[`${preset} /${view}`] = {
        performance: score('performance'), accessibility: score('accessibility'),
        bestPractices: score('best-practices'), seo: score('seo'),
        lcp: Math.round(report.audits['largest-contentful-paint'].numericValue),
        tbt: Math.round(report.audits['total-blocking-time'].numericValue),
        failing: Object.values(report.categories).flatMap((c) => c.auditRefs)
          .map((ref) => report.audits[ref.id]).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
          .map((a) => a.id).slice(0, 8),
      };
      console.log(`[bench] lighthouse ${preset} /${view}: ${JSON.stringify(scores[`${preset} /${view}`])}`);
    }
  }
  return scores;
}

function markdown({ date, size, load, lighthouse: lh, search }) {
  const ok = (good) => (good ? '✅' : '❌');
  const lines = [`# CoP Navigator benchmark — ${date}`, ''];
  const code = kb(size.app.codeTotal.brotli);
  lines.push('## Size', '', `First-load code (wasm + JS + CSS): **${code} KB brotli** (target ≤ ${TARGETS.codeBrotliKb} KB ${ok(code <= TARGETS.codeBrotliKb)}); ` +
    `whole first load of the home page incl. HTML and its JSON: ${kb(size.app.total.brotli)} KB brotli, ${kb(size.app.total.raw)} KB raw.`, '');
  lines.push(`Minimal Leptos 0.8 + router app built the same way: ${kb(size.minimal.codeTotal.brotli)} KB brotli ` +
    `(${kb(size.minimal.codeTotal.raw)} KB raw): CoP Navigator's code is ${(size.app.codeTotal.brotli / size.minimal.codeTotal.brotli).toFixed(2)}× that.`, '');
  lines.push('| file | raw KB | gzip KB | brotli KB |', '|---|---:|---:|---:|');
  for (const f of size.files.filter((f) => !/\/index\.html$|^[a-z]+\.html$/.test(f.file) || f.file === 'index.html')) {
    lines.push(`| ${f.file} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
  }
  lines.push('', '### Prerendered pages', '', 'Each view\'s page carries its first screen (crates/prerender), so it reads before the wasm arrives ' +
    '([screenshots](first-paint/), taken with the wasm held back).', '', '| page | raw KB | brotli KB |', '|---|---:|---:|');
  for (const f of size.files.filter((f) => f.file === 'index.html' || /^[a-z]+\.html$/.test(f.file))) {
    lines.push(`| ${f.file} | ${kb(f.raw)} | ${kb(f.brotli)} |`);
  }
  lines.push('', `## Load (median of ${RUNS} cold loads, 4× CPU slowdown, slow 4G)`, '', '| view | interactive ms | FCP ms | LCP ms |', '|---|---:|---:|---:|');
  for (const [view, r] of Object.entries(load)) lines.push(`| /${view === 'home' ? '' : view} | ${r.interactive} ${ok(r.interactive <= TARGETS.interactiveMs)} | ${r.fcp} | ${r.lcp} |`);
  lines.push('', `Target: interactive ≤ ${TARGETS.interactiveMs} ms.`, '', '## Lighthouse 12', '',
    '| preset / view | performance | accessibility | best practices | SEO | LCP ms | TBT ms | audits below 90 |', '|---|---:|---:|---:|---:|---:|---:|---|');
  for (const [key, s] of Object.entries(lh)) {
    lines.push(`| ${key} | ${s.performance} ${ok(s.performance >= TARGETS.performance)} | ${s.accessibility} ${ok(s.accessibility >= TARGETS.accessibility)} | ` +
      `${s.bestPractices} ${ok(s.bestPractices >= TARGETS.bestPractices)} | ${s.seo} ${ok(s.seo >= TARGETS.seo)} | ${s.lcp} | ${s.tbt} | ${s.failing.join(', ')} |`);
  }
  lines.push('', `Targets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, best practices ${TARGETS.bestPractices}, SEO ≥ ${TARGETS.seo}.`);
  if (search) lines.push('', '## Search', '', search.replace(/^(#+) /gm, '#$1 '));
  return lines.join('\n') + '\n';
}

mkdirSync(join(ROOT, 'bench/work'), { recursive: true });
const size = sizeReport();
const server = await serveCompressed(join(ROOT, 'dist'), { subPath: '/cop/', headers: Object.fromEntries(securityHeaders(join(ROOT, 'dist'))) });
let load;
let scores;
try {
  await firstPaintScreenshots(server);
  load = await loadTimes(server);
  scores = await lighthouse(server);
} finally {
  server.stop();
}
const searchReport = join(ROOT, 'bench/results/search.md');
const search = existsSync(searchReport) ? readFileSync(searchReport, 'utf8').replace(/^# .*\n/, '') : null;
const report = { date: new Date().toISOString(), targets: TARGETS, size, load, lighthouse: scores, search };
writeFileSync(join(ROOT, 'bench/results/latest.json'), JSON.stringify(report, null, 2) + '\n');
writeFileSync(join(ROOT, 'bench/results/latest.md'), markdown(report));
console.log('[bench] wrote bench/results/latest.md and latest.json');
