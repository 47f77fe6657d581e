// Shared end-to-end test helpers: a plain static server (no SPA fallback, like
// a real static host) serving dist/ at a sub-path, system Chromium through
// playwright-core, console-error capture and an axe check.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

// COP_E2E_DIST: a copy of dist/ to test while dist/ is being rebuilt.
const DIST = process.env.COP_E2E_DIST ?? resolve(import.meta.dirname, '../../dist');
export const SUB_PATH = '/any/sub/path/';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-quic', '--no-first-run',
];

async function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/**
 * For a test file: the static server and Chromium, started before its tests
 * and stopped after them, even if one failed to start. `receive` gets them and
 * may do the file's own set-up that needs them (awaited).
 */
export function serveAndLaunch(receive) {
  const started = {};
  before(async () => {
    started.server = await startServer();
    started.browser = await launchBrowser();
    await receive(started);
  });
  after(async () => {
    await started.browser?.close();
    started.server?.stop();
  });
}

/** Serves a copy of dist/ at `subPath` with python's http.server. */
export async function startServer({ subPath = SUB_PATH } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'cop-e2e-'));
  const target = join(root, subPath);
  mkdirSync(join(target, '..'), { recursive: true });
  cpSync(DIST, target, { recursive: true });
  const port = await freePort();
  const server = spawn('python3', ['-m', 'http.server', '--bind', '127.0.0.1', String(port), '--directory', root], {
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(origin + subPath)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 100) throw new Error('static server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    origin,
    url: (path = '') => origin + subPath + path,
    root: target,
    stop() {
      server.kill();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
};

/** Reads the `/*` block of a Netlify-style `_headers` file. */
function globalHeaders(file) {
  const headers = {};
  let inGlobal = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith(' ') && line.trim()) inGlobal = line.trim() === '/*';
    else if (inGlobal && line.includes(':')) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}

/**
 * A static server that behaves like a configured production host: it sends
 * the headers dist/_headers declares (the generated CSP among them), serves
 * dist/ at `subPath`, redirects directories to a trailing slash, and has no
 * SPA fallback.
 */
export async function startHeaderServer({ subPath = SUB_PATH } = {}) {
  const headers = globalHeaders(join(DIST, '_headers'));
  const server = createHttpServer((request, response) => {
    const url = new URL(request.url, 'http://x');
    const path = decodeURIComponent(url.pathname);
    if (!path.startsWith(subPath)) return response.writeHead(404).end('not found');
    let file = join(DIST, path.slice(subPath.length));
    try {
      if (statSync(file).isDirectory()) {
        // Keep the query, as real hosts do, so deep links survive the redirect.
        if (!path.endsWith('/')) return response.writeHead(301, { Location: path + '/' + url.search }).end();
        file = join(file, 'index.html');
      }
      const body = readFileSync(file);
      const type = TYPES[file.slice(file.lastIndexOf('.'))] || 'application/octet-stream';
      response.writeHead(200, { ...headers, 'Content-Type': type }).end(body);
    } catch {
      response.writeHead(404, headers).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, headers, url: (path = '') => origin + subPath + path, stop: () => server.close() };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * A new page that records console errors, page errors and every request, so
 * tests can assert there were none and that nothing left 127.0.0.1.
 * `timezoneId` sets the browser's time zone (default: the machine's).
 */
export async function openPage(browser, { width = 1280, height = 900, colorScheme = 'light', timezoneId } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, ...(timezoneId && { timezoneId }) });
  const page = await context.newPage();
  page.problems = [];
  page.requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') page.problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => page.problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => page.requests.push(request.url()));
  return page;
}

/**
 * Waits until the app has replaced the prerendered first screen, the view
 * has its heading and nothing is loading.
 */
export async function settled(page) {
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.loading, [data-prerendered]'));
}

/**
 * Fails with a readable list if any of three engines finds a WCAG 2.2 A/AA
 * failure: axe, IBM Equal Access and HTML_CodeSniffer. Institutions audit
 * with more than one, and they disagree (IBM reads a renderer comment in an
 * empty header cell as data; HTML_CodeSniffer wants a submit button in every
 * form), so each view and state must pass all three.
 */
export async function expectAccessible(page, label) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const report = results.violations.map(
    (v) => `axe ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`,
  );
  report.push(...(await ibmFailures(page)), ...(await codeSnifferErrors(page)));
  assert.deepEqual(report, [], `accessibility failures on ${label}:\n${report.join('\n')}`);
}

// The engines' browser builds, evaluated in the page (DevTools evaluation is
// not subject to the app's CSP, so the page itself stays strict).
const engineSource = (path) => readFileSync(new URL(`../../node_modules/${path}`, import.meta.url), 'utf8');
let ibmEngine;
let codeSniffer;

/** IBM Equal Access: definite violations of its WCAG 2.2 rule set. */
async function ibmFailures(page) {
  ibmEngine ??= engineSource('accessibility-checker-engine/ace.js');
  if (!(await page.evaluate(() => 'ace' in window))) await page.evaluate(ibmEngine);
  return page.evaluate(async () => {
    const report = await new window.ace.Checker().check(document, ['WCAG_2_2']);
    return report.results
      .filter((result) => result.value[0] === 'VIOLATION' && result.value[1] === 'FAIL')
      .map((result) => `IBM ${result.ruleId}: ${result.message}\n    ${result.path.dom}`);
  });
}

/** HTML_CodeSniffer: errors (not warnings or notices) at WCAG 2 AA. */
async function codeSnifferErrors(page) {
  codeSniffer ??= engineSource('html_codesniffer/build/HTMLCS.js');
  if (!(await page.evaluate(() => 'HTMLCS' in window))) await page.evaluate(codeSniffer);
  return page.evaluate(
    () =>
      new Promise((done) =>
        window.HTMLCS.process('WCAG2AA', document, () =>
          done(
            window.HTMLCS.getMessages()
              .filter((message) => message.type === window.HTMLCS.ERROR)
              .map((message) => `HTML_CodeSniffer ${message.code}: ${message.msg}\n    ${message.element.outerHTML.slice(0, 120)}`),
          ),
        ),
      ),
  );
}

/** The page must not scroll sideways (WCAG 1.4.10 reflow at 320 CSS px). */
export async function expectNoHorizontalScroll(page, label) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `${label}: content is ${scrollWidth}px wide in a ${clientWidth}px viewport`);
}

export function expectNoProblems(page, label) {
  assert.deepEqual(page.problems, [], `${label}: console errors or warnings`);
}

/** Nothing may be requested from anywhere but the app's own origin. */
export function expectOnlyOwnOrigin(page, origin) {
  const foreign = page.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));
  assert.deepEqual(foreign, [], 'third-party requests');
}
