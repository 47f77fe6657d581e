// The accessibility statement (/accessibility): reached from every page's
// footer and the embed bar; the institution's parts from site.json, and
// plain "not published yet" sentences (no invented contact) without them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  expectAccessible, expectNoHorizontalScroll, expectNoProblems, openPage, serveAndLaunch, settled, SUB_PATH,
} from './harness.mjs';

const HEADING = 'Accessibility statement for CoP Navigator';
const SECTIONS = [
  'How accessible this app is',
  'Feedback and contact information',
  'Enforcement procedure',
  'Technical information about this app\'s accessibility',
  'Non-accessible content',
  'Preparation of this accessibility statement',
];
const CONFIGURED = {
  title: 'Communities Hub',
  organisation: 'Example University',
  accessibility: {
    status: 'partially-compliant',
    contact: 'mailto:access@example.ac.uk?subject=Accessibility',
    prepared: '2025-03-01',
    reviewed: '2025-09-15',
    manual_testing: 'Tested with NVDA and VoiceOver by the digital team in September 2025.',
    known_issues: ['Two linked sign-up forms have fields without labels.'],
  },
};

let server;
let browser;
serveAndLaunch((started) => ({ server, browser } = started));

const withSite = (page, body) =>
  page.route('**/data/site.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) }));

describe('accessibility statement', () => {
  it('is linked from every page\'s footer, and the link moves focus to its heading', async () => {
    const page = await openPage(browser);
    for (const path of ['', 'guide', 'roles', 'directory', 'assess', 'toolkit']) {
      await page.goto(server.url(path));
      await settled(page);
      const link = page.locator('footer.site-footer a', { hasText: 'Accessibility statement' });
      assert.equal(await link.count(), 1, `/${path} has the footer link`);
    }
    await page.locator('footer.site-footer a', { hasText: 'Accessibility statement' }).click();
    await page.waitForURL((url) => url.pathname === SUB_PATH + 'accessibility');
    await settled(page);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'page-title');
    assert.equal(await page.locator('main h1').innerText(), HEADING);
    assert.equal(await page.locator('nav[aria-label=Main] a', { hasText: 'Accessibility' }).count(), 0, 'not in the main navigation');
    expectNoProblems(page, 'footer link');
    await page.context().close();
  });

  it('with the sample site.json, says plainly what the institution has not published, and invents no contact', async () => {
    const page = await openPage(browser);
    await page.goto(server.url('accessibility'));
    await settled(page);
    assert.deepEqual(await page.locator('main h2').allInnerTexts(), SECTIONS);
    assert.equal(await page.locator('main .no-contact').count(), 2, 'both contact places say none is published');
    assert.match(await page.locator('main .no-contact').first().innerText(), /has not published an accessibility contact yet/);
    assert.equal(await page.locator('main a[href^="mailto:"]').count(), 0);
    assert.equal(await page.locator('main .contact').count(), 0);
    assert.match(await page.locator('#compliance-status').innerText(), /has not yet published its assessment/);
    assert.match(await page.locator('.statement-dates').innerText(), /has not yet recorded when this statement was prepared/);
    const hrefs = await page.locator('main a').evaluateAll((links) => links.map((a) => a.href));
    for (const href of [
      'https://www.equalityadvisoryservice.com/', 'https://www.equalityni.org/Home',
      'https://www.legislation.gov.uk/uksi/2018/952/contents', 'https://www.w3.org/TR/WCAG22/',
    ]) {
      assert.ok(hrefs.includes(href), `links to ${href}`);
    }
    expectNoProblems(page, 'sample statement');
    await page.context().close();
  });

  it('shows the institution\'s status, contact, dates, testing and known issues from site.json', async () => {
    const page = await openPage(browser);
    await withSite(page, CONFIGURED);
    await page.goto(server.url('accessibility'));
    await page.locator('main .contact').first().waitFor();
    const contact = page.locator('main .contact a').first();
    assert.equal(await contact.getAttribute('href'), 'mailto:access@example.ac.uk?subject=Accessibility');
    assert.equal(await contact.innerText(), 'access@example.ac.uk');
    assert.equal(await page.locator('main .contact').count(), 2);
    assert.equal(await page.locator('main .no-contact').count(), 0);
    assert.match(await page.locator('main').innerText(), /This app is run by Example University\./);
    assert.match(await page.locator('#compliance-status').innerText(), /^This app is partially compliant with the Web Content Accessibility Guidelines version 2\.2 AA standard/);
    assert.deepEqual(await page.locator('.known-issues li').allInnerTexts(), CONFIGURED.accessibility.known_issues);
    assert.equal(
      await page.locator('.statement-dates').innerText(),
      'This statement was prepared on 1 March 2025. It was last reviewed on 15 September 2025.',
    );
    assert.equal(await page.locator('.manual-testing').innerText(), CONFIGURED.accessibility.manual_testing);
    expectNoProblems(page, 'configured statement');
    await page.context().close();
  });

  it('is in the embed bar, and stays in the frame in embed mode', async () => {
    const page = await openPage(browser);
    await page.goto(server.url('toolkit?embed=1'));
    await settled(page);
    await page.locator('nav.embed-bar a', { hasText: 'Accessibility statement' }).click();
    await page.waitForURL((url) => url.pathname === SUB_PATH + 'accessibility');
    await settled(page);
    assert.equal(new URL(page.url()).searchParams.get('embed'), '1');
    assert.equal(await page.locator('main h1').innerText(), HEADING);
    await page.context().close();
  });

  it('passes axe in light and dark mode, configured or not, and reflows at 320 px', async () => {
    for (const colorScheme of ['light', 'dark']) {
      for (const site of [null, CONFIGURED]) {
        const page = await openPage(browser, { colorScheme });
        if (site) await withSite(page, site);
        await page.goto(server.url('accessibility'));
        await settled(page);
        await page.locator('#compliance-status').waitFor();
        await expectAccessible(page, `statement, ${site ? 'configured' : 'sample'} (${colorScheme})`);
        await page.context().close();
      }
    }
    const narrow = await openPage(browser, { width: 320, height: 640 });
    await withSite(narrow, CONFIGURED);
    await narrow.goto(server.url('accessibility'));
    await settled(narrow);
    await narrow.locator('#compliance-status').waitFor();
    await expectNoHorizontalScroll(narrow, 'statement at 320 px');
    await narrow.context().close();
  });
});
