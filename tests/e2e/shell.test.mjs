// The app shell at a sub-path of a plain static server: deep links, reloads,
// keyboard navigation, content failures isolated to their view, axe, 320 px.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  expectAccessible, expectNoHorizontalScroll, expectNoProblems, expectOnlyOwnOrigin, openPage,
  serveAndLaunch, settled, SUB_PATH,
} from './harness.mjs';

const VIEWS = [
  { path: '', heading: 'What do you want to do?' },
  { path: 'guide', heading: 'Which kind of group fits?' },
  { path: 'roles', heading: 'Roles in a community of practice' },
  { path: 'directory', heading: 'Community directory' },
  { path: 'assess', heading: 'Are you ready to start a community?' },
  { path: 'toolkit', heading: 'Toolkit' },
  { path: 'accessibility', heading: 'Accessibility statement for CoP Navigator' },
];

let server;
let browser;
serveAndLaunch((started) => ({ server, browser } = started));

describe('deep links on a static host at a sub-path', () => {
  for (const { path, heading } of VIEWS) {
    it(`/${path} loads directly, in every URL form, and after a reload`, async () => {
      const page = await openPage(browser);
      const forms = path ? [path, `${path}/`, `${path}.html`] : ['', 'index.html'];
      for (const form of forms) {
        const response = await page.goto(server.url(form));
        assert.equal(response.status(), 200, form);
        await settled(page);
        assert.equal(await page.locator('h1').innerText(), heading, form);
        assert.equal(new URL(page.url()).pathname, SUB_PATH + path, `${form} is shown as the canonical address`);
      }
      await page.reload();
      await settled(page);
      assert.equal(await page.locator('h1').innerText(), heading, 'after reload');
      assert.equal(await page.title(), `${heading} — CoP Navigator`);
      expectNoProblems(page, path);
      expectOnlyOwnOrigin(page, server.origin);
      await page.context().close();
    });
  }

  it('keeps the query string of a deep link, through a reload', async () => {
    const page = await openPage(browser);
    await page.goto(server.url('directory/?q=finance'));
    await settled(page);
    assert.equal(new URL(page.url()).search, '?q=finance');
    await page.reload();
    await settled(page);
    assert.equal(await page.locator('h1').innerText(), 'Community directory');
    expectNoProblems(page, 'directory?q=finance');
    await page.context().close();
  });

  it('shows a helpful not-found view with links to every view', async () => {
    const page = await openPage(browser);
    await page.goto(server.url('404.html'));
    await settled(page);
    assert.equal(await page.locator('h1').innerText(), 'Page not found');
    assert.match(await page.locator('main').innerText(), /There is no page at .*\/404/);
    assert.equal(await page.locator('main li a').count(), VIEWS.length);
    await page.locator('main li a', { hasText: 'Toolkit' }).click();
    await settled(page);
    assert.equal(await page.locator('h1').innerText(), 'Toolkit');
    await page.context().close();
  });
});

describe('first load', () => {
  for (const { path } of VIEWS) {
    it(`/${path} downloads each content file once, started by the loader`, async () => {
      const page = await openPage(browser);
      for (const form of path ? [path, `${path}/`] : ['']) {
        page.requests.length = 0;
        await page.goto(server.url(form));
        await settled(page);
        const listed = (await page.locator('meta[name="app-data"]').getAttribute('content')).split(' ').sort();
        const fetched = page.requests.filter((url) => url.includes('/data/')).map((url) => url.split('/data/')[1]).sort();
        assert.deepEqual(fetched, listed, `${form}: the content files the page lists are the ones its view reads, each once`);
        assert.equal(await page.evaluate(() => window.copNavigatorContent.size), 0, `${form}: every early download was taken over`);
        assert.equal(await page.locator('.boot-status').count(), 0, `${form}: the loading line is gone`);
      }
      expectNoProblems(page, path);
      await page.context().close();
    });
  }

  for (const width of [320, 1280]) {
    it(`nothing on the page jumps while it loads, at ${width} px`, async () => {
      for (const { path } of VIEWS) {
        const page = await openPage(browser, { width });
        await page.goto(server.url(path && `${path}/`));
        await settled(page);
        const shifts = await page.evaluate(() => new Promise((done) => {
          new PerformanceObserver((list) => done(list.getEntries())).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => done([]), 500);
        }).then((entries) => entries.map((entry) => ({
          value: entry.value,
          moved: entry.sources.map((source) => source.node?.nodeName + (source.node?.className ? '.' + source.node.className : '')),
        }))));
        const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
        // Lighthouse calls a cumulative layout shift under 0.1 good; the loader, brand and content arriving cause none.
        assert.ok(total < 0.01, `/${path}: layout shift ${total.toFixed(3)}: ${JSON.stringify(shifts)}`);
        await page.context().close();
      }
    });
  }

  it('says so when the app cannot start, instead of a blank page', async () => {
    const page = await openPage(browser);
    await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(server.url('toolkit'));
    await assert.doesNotReject(page.getByRole('status').filter({ hasText: 'CoP Navigator could not start in this browser.' }).waitFor());
    await page.context().close();
  });
});

describe('keyboard only', () => {
  it('skip link, then the navigation, moves focus to the new view heading', async () => {
    const page = await openPage(browser);
    await page.goto(server.url());
    await settled(page);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    assert.ok(await skip.evaluate((el) => el === document.activeElement), 'first Tab reaches the skip link');
    const box = await skip.boundingBox();
    assert.ok(box && box.y >= 0, 'the focused skip link is visible');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'main');

    await page.locator('a.skip-link').focus();
    // Tab: skip link → brand → Home → Which group? → Roles → Directory
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Directory');
    await page.keyboard.press('Enter');
    await settled(page);
    assert.equal(new URL(page.url()).pathname, SUB_PATH + 'directory');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'page-title');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Community directory');
    expectNoProblems(page, 'keyboard journey');
    await page.context().close();
  });

  it('every route change by keyboard moves focus to the new view heading', async () => {
    const page = await openPage(browser);
    await page.goto(server.url());
    await settled(page);
    const views = [
      ['Which group?', 'guide'],
      ['Roles', 'roles'],
      ['Directory', 'directory'],
      ['Self-assessment', 'assess'],
      ['Toolkit', 'toolkit'],
      ['Home', ''],
    ];
    for (const [label, path] of views) {
      await page.locator('nav[aria-label=Main] a', { hasText: label }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === SUB_PATH + path);
      await settled(page);
      const focused = await page.evaluate(() => ({ tag: document.activeElement.tagName, text: document.activeElement.textContent }));
      assert.equal(focused.tag, 'H1', `${label}: focus is on the heading, not ${focused.tag}`);
      assert.equal(focused.text, await page.locator('main h1').innerText(), `${label}: the view's own heading`);
    }
    expectNoProblems(page, 'focus after route changes');
    await page.context().close();
  });

  it('at 320 px the Menu button opens the navigation', async () => {
    const page = await openPage(browser, { width: 320, height: 640 });
    await page.goto(server.url());
    await settled(page);
    const nav = page.locator('nav[aria-label=Main]');
    assert.equal(await nav.isVisible(), false, 'folded on a narrow screen');
    await page.locator('a.skip-link').focus();
    await page.keyboard.press('Tab'); // brand
    await page.keyboard.press('Tab'); // Menu
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Menu');
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('.menu-button').getAttribute('aria-expanded'), 'true');
    assert.equal(await nav.isVisible(), true);
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab'); // Home … Toolkit
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Toolkit');
    await page.keyboard.press('Enter');
    await settled(page);
    assert.equal(await page.locator('h1').innerText(), 'Toolkit');
    assert.equal(await page.locator('.menu-button').getAttribute('aria-expanded'), 'false', 'navigating closes the menu');
    await page.context().close();
  });
});

describe('content failures stay in their view', () => {
  it('a broken directory.json shows file, line and column; other views work', async () => {
    const page = await openPage(browser);
    await page.route('**/data/directory.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{\n  "communities": [\n    {"id": "x",}\n  ]\n}\n' }),
    );
    await page.goto(server.url('directory'));
    const alert = page.locator('[role=alert]');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Sorry, the community directory could not be loaded/);
    assert.match(await alert.innerText(), /directory\.json, line 3, column 16: there is a comma after the last item; remove it\./);
    await expectAccessible(page, 'directory error');

    await page.locator('nav a', { hasText: 'Toolkit' }).click();
    await settled(page);
    assert.ok((await page.locator('main section h2').count()) >= 2, 'the toolkit still renders');
    await page.locator('nav a', { hasText: 'Home' }).click();
    await settled(page);
    assert.equal(await page.locator('h1').innerText(), 'What do you want to do?');
    await page.context().close();
  });

  it('an invalid entry is left out, named with its field, and the rest still show', async () => {
    const page = await openPage(browser);
    await page.route('**/data/directory.json', async (route) => {
      const good = await (await route.fetch()).json();
      good.communities[3].join = 'javascript:alert(1)';
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify(good, null, 2) });
    });
    await page.goto(server.url('directory'));
    const notice = page.locator('#set-aside-notice');
    await notice.waitFor();
    assert.match(
      await notice.innerText(),
      /^1 community could not be shown: Events Management — join: links must start with https:\/\/ or mailto:, not javascript:\./,
    );
    assert.equal(await page.locator('[role=alert]').count(), 0);
    assert.ok((await page.locator('#results-list li').count()) > 10, 'the others show');
    await page.context().close();
  });

  it('a missing file, then a network failure, can be retried', async () => {
    const page = await openPage(browser);
    let mode = 'missing';
    await page.route('**/data/directory.json', (route) =>
      mode === 'missing' ? route.fulfill({ status: 404, body: 'nope' }) : mode === 'offline' ? route.abort() : route.continue(),
    );
    await page.goto(server.url('directory'));
    const alert = page.locator('[role=alert]');
    await alert.waitFor();
    assert.match(await alert.innerText(), /directory\.json was not found \(HTTP 404\)/);
    mode = 'offline';
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.waitForFunction(() => document.querySelector('[role=alert]')?.innerText.includes('could not be downloaded'));
    assert.match(await alert.innerText(), /may be a network problem/);
    mode = 'online';
    await page.getByRole('button', { name: 'Try again' }).click();
    await settled(page);
    await page.locator('main .card').first().waitFor();
    assert.equal(await page.locator('[role=alert]').count(), 0);
    await page.context().close();
  });
});

describe('accessibility and reflow on every view', () => {
  for (const colorScheme of ['light', 'dark']) {
    it(`axe finds no WCAG 2.2 AA violations (${colorScheme})`, async () => {
      const page = await openPage(browser, { colorScheme });
      for (const { path } of VIEWS) {
        await page.goto(server.url(path));
        await settled(page);
        await expectAccessible(page, `/${path} (${colorScheme})`);
      }
      await page.goto(server.url('404.html'));
      await settled(page);
      await expectAccessible(page, `not found (${colorScheme})`);
      await page.context().close();
    });
  }

  it('no horizontal scroll at 320 px, menu open or closed', async () => {
    const page = await openPage(browser, { width: 320, height: 640 });
    for (const { path } of VIEWS) {
      await page.goto(server.url(path));
      await settled(page);
      await expectNoHorizontalScroll(page, `/${path}`);
      await page.locator('.menu-button').click();
      await expectNoHorizontalScroll(page, `/${path} with the menu open`);
      await expectAccessible(page, `/${path} at 320 px with the menu open`);
    }
    await page.context().close();
  });
});
