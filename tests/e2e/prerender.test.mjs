// Every view's first screen is in its page (prerendered at build time by the
// app's own components): readable without JavaScript, honest about controls
// that need the app, replaced by the app without moving anything, and
// overtaken by content edited after the build.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  expectAccessible, expectNoHorizontalScroll, expectNoProblems, openPage, serveAndLaunch, settled,
  startServer,
} from './harness.mjs';

const VIEWS = [
  { path: '', heading: 'What do you want to do?', content: '.task-list li' },
  { path: 'guide', heading: 'Which kind of group fits?', content: 'main p' },
  { path: 'roles', heading: 'Roles in a community of practice', content: 'main h2' },
  { path: 'directory', heading: 'Community directory', content: '.community-card' },
  { path: 'assess', heading: 'Are you ready to start a community?', content: 'main p' },
  { path: 'toolkit', heading: 'Toolkit', content: 'main section h2' },
  { path: 'accessibility', heading: 'Accessibility statement for CoP Navigator', content: 'main h2' },
];
const CONTROLS = 'button:enabled, input:enabled, select:enabled, textarea:enabled';

let server;
let browser;
serveAndLaunch((started) => ({ server, browser } = started));

/** Holds the app's wasm download until the returned function is called. */
async function holdApp(page) {
  let release;
  const gate = new Promise((done) => (release = done));
  await page.route('**/*_bg.wasm', async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** Waits until the app has replaced the first screen and settled. */
async function takenOver(page) {
  await page.waitForFunction(() => !document.querySelector('[data-prerendered], .boot-status'));
  await settled(page);
}

describe('without JavaScript', () => {
  for (const { path, heading, content } of VIEWS) {
    it(`/${path} is a complete page whose links work and whose controls say they need the app`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
      const page = await context.newPage();
      for (const form of path ? [path, `${path}/`, `${path}.html`] : ['', 'index.html']) {
        await page.goto(server.url(form));
        assert.equal(await page.locator('h1').innerText(), heading, form);
        assert.ok(await page.locator(content).count() > 0, `${form}: shows its content (${content})`);
        assert.equal(await page.locator(CONTROLS).count(), 0, `${form}: no control pretends to work`);
        assert.match(await page.locator('.noscript').innerText(), /searching, filtering, the guide's questions and the self-assessment need JavaScript/);
        assert.ok(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Toolkit' }).isVisible(), `${form}: the menu is open at 320 px`);
      }
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Toolkit' }).click();
      await page.waitForURL(/toolkit/);
      assert.equal(await page.locator('h1').innerText(), 'Toolkit', 'a link moves to another view');
      await context.close();
    });
  }

  it('the directory shows its first page of cards and how many communities there are', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url('directory'));
    assert.equal(await page.locator('.community-card').count(), 20);
    assert.equal(await page.locator('#results-title').innerText(), '26 communities');
    await context.close();
  });
});

describe('before the app has started', () => {
  for (const { path, heading } of VIEWS) {
    it(`/${path} reads and passes three accessibility engines, light and dark, and reflows at 320 px`, async () => {
      for (const colorScheme of ['light', 'dark']) {
        const page = await openPage(browser, { width: 320, colorScheme });
        await holdApp(page);
        await page.goto(server.url(path));
        assert.equal(await page.locator('h1').innerText(), heading);
        assert.match(await page.locator('.boot-status').innerText(), /work in a moment/);
        await expectAccessible(page, `/${path} before the app (${colorScheme})`);
        await expectNoHorizontalScroll(page, `/${path} before the app`);
        await page.context().close();
      }
    });
  }
});

describe('the app takes over', () => {
  for (const width of [320, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      it(`moves nothing on any view at ${width} px (${colorScheme})`, async () => {
        for (const { path } of VIEWS) {
          const page = await openPage(browser, { width, colorScheme });
          const release = await holdApp(page);
          await page.goto(server.url(path));
          await page.evaluate(() => {
            window.shifts = [];
            const describe = (source) => `${source.node?.nodeName}.${source.node?.className}: ${JSON.stringify(source.previousRect)} → ${JSON.stringify(source.currentRect)}`;
            new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((entry) => `${entry.value} at ${Math.round(entry.startTime)} ms: ${entry.sources.map(describe).join('; ')}`)))
              .observe({ type: 'layout-shift', buffered: true });
            window.released = performance.now();
          });
          const positions = () => page.evaluate(() =>
            [...document.querySelectorAll('header, main h1, main h2, main p, footer')].map((element) => {
              const box = element.getBoundingClientRect();
              return `${element.tagName} "${element.textContent.slice(0, 30)}" ${box.x},${box.y} ${box.width}x${box.height}`;
            }));
          const before = await positions();
          release();
          await takenOver(page);
          // The observer reports entries as frames are shown: wait for one.
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          assert.deepEqual(await positions(), before, `/${path}: every heading and paragraph is where it was`);
          assert.deepEqual(await page.evaluate(() => window.shifts), [], `/${path}: no layout shift (released at ${await page.evaluate(() => Math.round(window.released))} ms)`);
          expectNoProblems(page, `/${path}`);
          await page.context().close();
        }
      });
    }
  }

  it('keeps the reader where they were: scroll position and focus', async () => {
    const page = await openPage(browser, { height: 700 });
    const release = await holdApp(page);
    await page.goto(server.url('directory'));
    const link = page.locator('.community-card h3 a').nth(3);
    await link.focus();
    const href = await link.evaluate((element) => element.href);
    await page.evaluate(() => window.scrollTo(0, 900));
    release();
    await takenOver(page);
    assert.equal(await page.evaluate(() => window.scrollY), 900);
    assert.equal(await page.evaluate(() => document.activeElement.href), href, 'the same link has focus');
    assert.equal(await page.evaluate(() => document.activeElement.isConnected && !document.activeElement.closest('[data-prerendered]')), true);
    await page.context().close();
  });

  it('an address the first screen does not show waits for the app instead of showing the wrong results', async () => {
    for (const [path, shown] of [
      ['directory?q=finance', async (page) => assert.match(await page.locator('#results-title').innerText(), /finance/i)],
      ['roles?view=matrix', async (page) => assert.ok(await page.locator('.matrix-table').isVisible())],
    ]) {
      const page = await openPage(browser);
      const release = await holdApp(page);
      await page.goto(server.url(path));
      await page.locator('h1').first().waitFor({ state: 'attached' });
      assert.equal(await page.locator('main h2:visible, main .community-card:visible').count(), 0, `${path}: nothing of the bare route`);
      assert.equal(await page.locator('main .boot-status').innerText(), 'Loading CoP Navigator…');
      release();
      await takenOver(page);
      await shown(page);
      expectNoProblems(page, path);
      await page.context().close();
    }
  });

  it('an embedded page shows the embed bar, not the site header and footer, and keeps it across the swap', async () => {
    const page = await openPage(browser);
    const release = await holdApp(page);
    await page.goto(server.url('toolkit?embed=1'));
    assert.equal(await page.locator('h1').innerText(), 'Toolkit');
    assert.equal(await page.locator('.site-header:visible, .site-footer:visible').count(), 0);
    const bar = page.getByRole('navigation', { name: 'Full app and accessibility' });
    assert.ok(await bar.isVisible(), 'the embed bar is there before the app');
    const heading = await page.locator('h1').boundingBox();
    release();
    await takenOver(page);
    assert.ok(await bar.isVisible());
    assert.deepEqual(await page.locator('h1').boundingBox(), heading, 'the heading has not moved');
    await page.context().close();
  });

  it('a page that is not embedded shows no embed bar before the app', async () => {
    const page = await openPage(browser);
    await holdApp(page);
    await page.goto(server.url('toolkit'));
    assert.equal(await page.locator('.embed-bar:visible').count(), 0);
    assert.ok(await page.locator('.site-header').isVisible());
    await page.context().close();
  });
});

describe('when the app fails as it starts', () => {
  it('the reader keeps the readable page, and is told the app could not start', async () => {
    const page = await openPage(browser);
    // The wasm's JavaScript glue, made to fail in mount_app (and its preload
    // dropped, whose integrity check would refuse the changed file).
    await page.route(/\/(directory\/)?$/, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<link rel="modulepreload"[^>]*>/, '');
      await route.fulfill({ response, body });
    });
    await page.route(/cop-navigator-[0-9a-f]+\.js$/, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('export function mount_app(root) {', "export function mount_app(root) { throw new Error('mount failed');");
      await route.fulfill({ response, body });
    });
    await page.goto(server.url('directory/'));
    await page.locator('.boot-status', { hasText: 'CoP Navigator could not start in this browser.' }).waitFor();
    assert.equal(await page.locator('[data-prerendered] h1').innerText(), 'Community directory');
    assert.equal(await page.locator('.community-card').count(), 20, 'the first screen is still there');
    await page.context().close();
  });
});

describe('content edited after the build', () => {
  it("the app's render wins, without an error", async () => {
    const edited = await startServer();
    try {
      const file = join(edited.root, 'data', 'directory.json');
      const directory = JSON.parse(readFileSync(file, 'utf8'));
      const old = directory.communities[0].name;
      directory.communities[0].name = 'Procurement Practitioners';
      writeFileSync(file, JSON.stringify(directory, null, 2));
      const page = await openPage(browser);
      const release = await holdApp(page);
      await page.goto(edited.url('directory'));
      const first = page.locator('.community-card h3').first();
      assert.equal(await first.innerText(), old, 'the build shows what it was built with');
      release();
      await takenOver(page);
      assert.equal(await page.locator('.community-card h3', { hasText: 'Procurement Practitioners' }).count(), 1);
      assert.equal(await page.locator('.community-card h3', { hasText: old }).count(), 0);
      expectNoProblems(page, 'edited directory');
      await page.context().close();
    } finally {
      edited.stop();
    }
  });
});
