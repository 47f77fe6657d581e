// Embedding: the app inside a frame on another origin (as in a SharePoint
// page), the generated CSP, and site branding.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import {
  expectAccessible, expectNoHorizontalScroll, expectNoProblems, openPage, serveAndLaunch, settled,
  startHeaderServer,
} from './harness.mjs';

let server;
let host;
let browser;
serveAndLaunch((started) => ({ server, browser } = started));
before(async () => {
  // The host page lives on a different origin and records the app's messages.
  host = createServer((request, response) => {
    // `src` may be given more than once (several embeds on one page); `tall`
    // puts the frames below the fold, as on a long intranet page.
    const params = new URL(request.url, 'http://x').searchParams;
    const frames = params.getAll('src').map((src, i) =>
      `<iframe title="CoP Navigator ${i + 1}" src="${src}" width="360" height="600"></iframe>`).join('');
    const spacer = params.has('tall') ? '<div style="height:2000px">Intranet news</div>' : '';
    response.writeHead(200, { 'Content-Type': 'text/html' }).end(`<!doctype html><html lang="en"><title>Host</title>
      <script>window.messages = []; addEventListener('message', (e) => messages.push(e.data));</script>
      <h1>Intranet page</h1>${spacer}${frames}`);
  });
  await new Promise((done) => host.listen(0, '127.0.0.1', done));
});
after(() => host?.close());

const hostUrl = (appPath) => `http://127.0.0.1:${host.address().port}/?src=${encodeURIComponent(server.url(appPath))}`;

async function appFrame(page) {
  await page.waitForFunction(() => document.querySelector('iframe')?.contentWindow);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await frame.locator('h1').waitFor();
  return frame;
}

const hostWith = (appPaths, { tall = false } = {}) =>
  `http://127.0.0.1:${host.address().port}/?${tall ? 'tall=1&' : ''}${appPaths.map((path) => `src=${encodeURIComponent(server.url(path))}`).join('&')}`;

/** Every app frame on the page, once each has shown its view's content. */
async function appFrames(page, count) {
  await page.waitForFunction((n) => document.querySelectorAll('iframe').length === n, count, { polling: 100 });
  const frames = page.frames().filter((f) => f !== page.mainFrame());
  for (const frame of frames) {
    await frame.locator('h1').waitFor();
    // Polled on a timer: browsers pause animation frames in frames out of view.
    await frame.waitForFunction(() => !document.querySelector('.loading'), null, { polling: 100 });
  }
  return frames;
}

describe('frames and focus', () => {
  // Views that move focus on arrival: a toolkit section (?s=), a guide question.
  const VIEWS = ['toolkit?embed=1&s=how-to-start', 'guide?embed=1&question=purpose'];

  it('two frames in view: neither takes focus until the reader acts inside it', async () => {
    const page = await openPage(browser);
    await page.goto(hostWith(VIEWS));
    const [toolkit, guide] = await appFrames(page, 2);
    await toolkit.locator('#how-to-start').waitFor();
    for (const frame of [toolkit, guide]) {
      // The app reveals sections after the next animation frames; let them pass.
      await frame.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      assert.equal(await frame.evaluate(() => document.activeElement === document.body), true, `nothing focused in ${frame.url()}`);
    }
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'BODY', 'focus stayed in the host page');
    // Once the reader acts inside a frame, it behaves as the full app does.
    await toolkit.locator('nav#contents a', { hasText: 'Benefits and evidence' }).click();
    await toolkit.waitForFunction(() => document.activeElement?.id === 'benefits-and-evidence');
    assert.equal(await guide.evaluate(() => document.activeElement === document.body), true, 'the other frame is left alone');
    expectNoProblems(page, 'two frames');
    await page.context().close();
  });

  it('frames below the fold of a long page do not scroll it down on load', async () => {
    const page = await openPage(browser);
    await page.goto(hostWith(VIEWS, { tall: true }));
    // Loaded, without waiting on animation frames: browsers pause them in frames out of view.
    await appFrames(page, 2);
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the host page did not scroll');
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'BODY');
    expectNoProblems(page, 'frames below the fold');
    await page.context().close();
  });
});

describe('colours in a frame', () => {
  it('are light by default whatever the reader prefers; theme= chooses, and is kept while navigating', async () => {
    const page = await openPage(browser, { colorScheme: 'dark' });
    const background = (frame) => frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.goto(hostWith(['?embed=1']));
    let [frame] = await appFrames(page, 1);
    assert.equal(await background(frame), 'rgb(255, 255, 255)', 'light in a frame by default');

    await page.goto(hostWith(['?embed=1&theme=dark']));
    [frame] = await appFrames(page, 1);
    assert.equal(await background(frame), 'rgb(17, 21, 27)', 'theme=dark');
    await frame.getByRole('link', { name: 'Find an existing community' }).click();
    await frame.locator('h1', { hasText: 'Community directory' }).waitFor();
    assert.equal(new URL(frame.url()).searchParams.get('theme'), 'dark', 'kept while navigating');
    assert.equal(await background(frame), 'rgb(17, 21, 27)');

    await page.goto(hostWith(['?embed=1&theme=auto']));
    [frame] = await appFrames(page, 1);
    assert.equal(await background(frame), 'rgb(17, 21, 27)', 'theme=auto follows the reader');
    expectNoProblems(page, 'themes');
    await page.context().close();
  });

  it('pass every accessibility engine, forced light under a dark preference and forced dark', async () => {
    // Opened directly (the engines read one document): the same classes and colours as in a frame.
    const page = await openPage(browser, { colorScheme: 'dark' });
    for (const path of ['?embed=1', 'directory?embed=1&theme=dark', 'guide?embed=1&view=compare&theme=light']) {
      await page.goto(server.url(path));
      await settled(page);
      await expectAccessible(page, path);
    }
    await page.context().close();
  });

  it('theme=dark shows exactly the colours of the reader\'s dark mode', async () => {
    const colours = async (colorScheme, path) => {
      const page = await openPage(browser, { colorScheme });
      await page.goto(server.url(path));
      await settled(page);
      const value = await page.evaluate(() => {
        const style = getComputedStyle(document.documentElement);
        return ['--bg', '--surface', '--fg', '--muted', '--border', '--focus', '--ok', '--warn', '--danger', '--accent']
          .map((name) => `${name}: ${style.getPropertyValue(name).trim()}`);
      });
      await page.context().close();
      return value;
    };
    assert.deepEqual(await colours('light', 'toolkit?theme=dark'), await colours('dark', 'toolkit'));
    assert.deepEqual(await colours('dark', 'toolkit?theme=light'), await colours('light', 'toolkit'));
  });
});

describe('embed mode in a frame on another origin', () => {
  it('has no site header or footer, keeps embed=1 while navigating, and offers the full app', async () => {
    const page = await openPage(browser);
    await page.goto(hostUrl('?embed=1'));
    const frame = await appFrame(page);
    assert.equal(await frame.locator('header.site-header').count(), 0);
    assert.equal(await frame.locator('footer.site-footer').count(), 0);
    const full = frame.getByRole('link', { name: /Open the full CoP Navigator/ });
    assert.equal(await full.getAttribute('target'), '_blank');

    await frame.getByRole('link', { name: 'Find an existing community' }).click();
    await frame.locator('h1', { hasText: 'Community directory' }).waitFor();
    assert.match(frame.url(), /\/directory\?embed=1$/);
    assert.doesNotMatch(await full.getAttribute('href'), /embed/, 'the full app opens without embed mode');
    assert.match(await full.getAttribute('href'), /\/any\/sub\/path\/directory$/);

    expectNoProblems(page, 'embed navigation');
    await page.context().close();
  });

  it('searches the directory and answers the guide inside the frame, keeping embed=1', async () => {
    const page = await openPage(browser);
    await page.goto(hostUrl('directory?embed=1'));
    const frame = await appFrame(page);
    await frame.getByLabel('Search communities').fill('finance');
    await frame.waitForFunction(() => document.querySelector('#results-list li h3')?.textContent.includes('Finance'));
    await frame.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'finance');
    assert.equal(new URL(frame.url()).searchParams.get('embed'), '1');
    await frame.locator('#results-list li h3 a').first().click();
    await frame.waitForURL(/[?&]c=/);
    assert.equal(new URL(frame.url()).searchParams.get('embed'), '1', 'the detail view stays embedded');
    assert.equal(await frame.locator('header.site-header').count(), 0);

    await page.goto(hostUrl('guide?embed=1&question=purpose'));
    const guide = await appFrame(page);
    await guide.locator('#answer-learn').check();
    await guide.getByRole('button', { name: 'Continue' }).click();
    await guide.waitForURL(/[?&]a=/);
    assert.equal(new URL(guide.url()).searchParams.get('embed'), '1', 'answering keeps embed mode');
    assert.equal(await guide.locator('header.site-header').count(), 0);
    expectNoProblems(page, 'embedded directory and guide');
    await page.context().close();
  });

  it('opens links to other sites in a new tab, never inside the frame', async () => {
    const page = await openPage(browser);
    await page.context().route('https://example.org/**', (route) => route.fulfill({ body: 'elsewhere' }));
    await page.goto(hostUrl('toolkit?embed=1'));
    const frame = await appFrame(page);
    await frame.evaluate(() => {
      const link = document.createElement('a');
      link.href = 'https://example.org/page';
      link.textContent = 'Elsewhere';
      document.querySelector('main').append(link);
    });
    const popup = page.context().waitForEvent('page');
    await frame.getByRole('link', { name: 'Elsewhere' }).click();
    assert.match((await popup).url(), /^https:\/\/example\.org\/page/);
    assert.match(frame.url(), /\/toolkit\?embed=1$/, 'the frame stays on the app');
    await page.context().close();
  });

  it('posts its height to the parent when it changes', async () => {
    const page = await openPage(browser);
    await page.goto(hostUrl('guide?embed=1'));
    const frame = await appFrame(page);
    await page.waitForFunction(() => messages.some((m) => m.type === 'cop-navigator:height'));
    await frame.getByRole('link', { name: 'Compare the four kinds of group side by side' }).click();
    await frame.locator('h1', { hasText: 'Compare the four kinds of group' }).waitFor();
    await frame.locator('main table').waitFor();
    await page.waitForFunction(() => new Set(messages.map((m) => m.height)).size >= 2);
    const messages = await page.evaluate(() => messages);
    for (const message of messages) {
      assert.equal(message.type, 'cop-navigator:height');
      assert.ok(Number.isInteger(message.height) && message.height > 0);
    }
    for (let i = 1; i < messages.length; i++) {
      assert.notEqual(messages[i].height, messages[i - 1].height, 'sent only when the height changes');
    }
    assert.ok(messages.at(-1).height > messages[0].height, 'the comparison is taller than the guide start page');
    await page.context().close();
  });

  it('is accessible, and reflows at 320 px, in embed mode', async () => {
    for (const path of ['?embed=1', 'guide?embed=1', 'roles?embed=1', 'directory?embed=1', 'assess?embed=1', 'toolkit?embed=1', 'accessibility?embed=1']) {
      const page = await openPage(browser, { width: 320, height: 600 });
      await page.goto(server.url(path));
      await settled(page);
      await expectAccessible(page, `${path} embedded`);
      await expectNoHorizontalScroll(page, `${path} embedded at 320 px`);
      await page.context().close();
    }
  });
});

describe('served with the generated security headers', () => {
  it('every view runs with no CSP violation and no console error', async () => {
    const strict = await startHeaderServer();
    try {
      assert.match(strict.headers['Content-Security-Policy'], /script-src 'self' 'wasm-unsafe-eval'/);
      assert.doesNotMatch(strict.headers['Content-Security-Policy'], /unsafe-inline|'unsafe-eval'/);
      const page = await openPage(browser);
      await page.addInitScript(() => {
        window.violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      for (const path of ['', 'guide', 'roles', 'directory', 'assess', 'toolkit', 'accessibility', 'directory?embed=1']) {
        const response = await page.goto(strict.url(path));
        assert.ok(response.headers()['content-security-policy'], `${path} is served with the CSP`);
        await settled(page);
        assert.deepEqual(await page.evaluate(() => window.violations), [], `CSP violations on /${path}`);
      }
      expectNoProblems(page, 'strict CSP');
      await page.context().close();
    } finally {
      strict.stop();
    }
  });
});

describe('branding from site.json', () => {
  const site = (body) => async (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) });

  it('applies the title, organisation and accent, with a readable dark variant', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const page = await openPage(browser, { colorScheme });
      await page.route('**/data/site.json', site({ title: 'Communities Hub', organisation: 'Example University', accent: '#6a1b9a' }));
      await page.goto(server.url('toolkit'));
      await page.locator('.brand-title', { hasText: 'Communities Hub' }).waitFor();
      assert.equal(await page.locator('.brand-organisation').innerText(), 'Example University');
      await page.waitForFunction(() => document.title === 'Toolkit — Communities Hub');
      const background = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
      if (colorScheme === 'light') assert.equal(background, 'rgb(106, 27, 154)');
      else assert.notEqual(background, 'rgb(106, 27, 154)', 'dark mode derives a lighter shade');
      assert.match(await page.locator('footer').innerText(), /Communities Hub for Example University\./);
      await expectAccessible(page, `branded (${colorScheme})`);
      await page.context().close();
    }
  });

  it('an unusable site.json shows why and keeps the defaults; a missing one is fine', async () => {
    const page = await openPage(browser);
    await page.route('**/data/site.json', site({ accent: '#ffcc00' }));
    await page.goto(server.url());
    const notice = page.locator('.site-notice');
    await notice.waitFor();
    assert.match(await notice.innerText(), /site\.json: field `accent`: #ffcc00 has a contrast of 1\.51:1/);
    assert.equal(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(29, 79, 145)');
    assert.equal(await page.locator('h1').innerText(), 'What do you want to do?');
    await page.context().close();

    const missing = await openPage(browser);
    await missing.route('**/data/site.json', (route) => route.fulfill({ status: 404, body: '' }));
    await missing.goto(server.url());
    await missing.locator('.brand-title', { hasText: 'CoP Navigator' }).waitFor();
    assert.equal(await missing.locator('.site-notice').count(), 0);
    await missing.context().close();
  });
});
