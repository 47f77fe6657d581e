// The toolkit at /toolkit: contents and deep links to sections (?s=ID and
// #ID), citations and "Back to text", "Find in the toolkit", cross-links,
// axe in light and dark mode, 320 px and print.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  expectAccessible, expectNoHorizontalScroll, expectNoProblems, expectOnlyOwnOrigin, openPage,
  serveAndLaunch, settled, SUB_PATH,
} from './harness.mjs';

const SECTIONS = [
  'what-is-a-cop', 'how-cops-work', 'what-cops-do', 'networks-vs-cops', 'typical-activities',
  'roles-and-participation', 'success-factors', 'benefits-and-evidence', 'stages-of-development', 'how-to-start',
];

let server;
let browser;
serveAndLaunch((started) => ({ server, browser } = started));

async function open(path, options) {
  const page = await openPage(browser, options);
  await page.goto(server.url(path));
  await settled(page);
  await page.locator('.toolkit-section').first().waitFor({ state: 'attached' });
  return page;
}

const focusedId = (page) => page.evaluate(() => document.activeElement?.id);
const inViewport = (page, id) =>
  page.evaluate((id) => {
    const box = document.getElementById(id).getBoundingClientRect();
    return box.top >= -2 && box.top < window.innerHeight;
  }, id);
const visibleSections = (page) =>
  page.locator('.toolkit-section:not([hidden])').evaluateAll((sections) => sections.map((s) => s.id));

describe('toolkit contents and deep links', () => {
  it('lists every section, with the contract ids, and each is linkable', async () => {
    const page = await open('toolkit');
    assert.deepEqual(await visibleSections(page), SECTIONS);
    const toc = page.locator('nav#contents li a');
    assert.equal(await toc.count(), SECTIONS.length);
    assert.equal(await toc.first().getAttribute('href'), `${SUB_PATH}toolkit?s=what-is-a-cop`);
    assert.equal(await page.locator('#sources li').count() > 10, true, 'sources are listed');
    expectNoProblems(page, 'toolkit');
    expectOnlyOwnOrigin(page, server.origin);
    await page.context().close();
  });

  it('?s=ID scrolls to and focuses the section, also after a reload', async () => {
    const page = await open('toolkit?s=success-factors');
    await page.waitForFunction(() => document.activeElement?.id === 'success-factors');
    assert.ok(await inViewport(page, 'success-factors'));
    await page.reload();
    await settled(page);
    await page.waitForFunction(() => document.activeElement?.id === 'success-factors');
    assert.ok(await inViewport(page, 'success-factors'), 'after reload');
    expectNoProblems(page, '?s=success-factors');
    await page.context().close();
  });

  it('#ID works as well', async () => {
    const page = await open('toolkit#stages-of-development');
    await page.waitForFunction(() => document.activeElement?.id === 'stages-of-development');
    assert.ok(await inViewport(page, 'stages-of-development'));
    await page.context().close();
  });

  it('the contents work by keyboard, again and again, and the URL follows', async () => {
    const page = await open('toolkit');
    const link = page.locator('nav#contents a', { hasText: 'Benefits and evidence' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'benefits-and-evidence');
    assert.equal(new URL(page.url()).search, '?s=benefits-and-evidence');
    assert.equal(await link.getAttribute('aria-current'), 'location');
    assert.ok(await inViewport(page, 'benefits-and-evidence'));
    // Scroll away, then the same link again still takes you there.
    await page.evaluate(() => window.scrollTo(0, 0));
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'benefits-and-evidence');
    assert.ok(await inViewport(page, 'benefits-and-evidence'), 'second time');
    // "Back to contents" returns to the contents.
    await page.locator('#benefits-and-evidence .back-to-contents a').click();
    assert.equal(await focusedId(page), 'contents');
    // Back goes to the previous section state.
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).search === '');
    expectNoProblems(page, 'contents');
    await page.context().close();
  });

  it('section links in the text move within the page', async () => {
    const page = await open('toolkit?s=how-to-start');
    await page.locator('#how-to-start a', { hasText: 'critical success factors' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'success-factors');
    assert.equal(new URL(page.url()).search, '?s=success-factors');
    assert.equal(new URL(page.url()).pathname, `${SUB_PATH}toolkit`);
    await page.context().close();
  });
});

describe('citations', () => {
  it('a citation leads to its numbered source and Back to text returns to it', async () => {
    const page = await open('toolkit?s=benefits-and-evidence');
    const before = page.url();
    const citation = page.locator('#benefits-and-evidence sup.cite a', { hasText: '[' }).first();
    const citeId = await citation.getAttribute('id');
    const source = (await citation.getAttribute('href')).slice(1);
    const number = (await citation.innerText()).replace(/\D/g, '');
    await citation.focus();
    await page.keyboard.press('Enter');
    assert.equal(await focusedId(page), source, 'focus on the source');
    assert.ok(await inViewport(page, source));
    const position = await page.locator(`#sources li`).evaluateAll((items, id) => items.findIndex((li) => li.id === id) + 1, source);
    assert.equal(String(position), number, 'the number is the position in the list');
    assert.equal(page.url(), before, 'the router did not navigate');
    await page.locator(`#${source} button.back-to-text`).click();
    assert.equal(await focusedId(page), citeId, 'back at the citation followed');
    expectNoProblems(page, 'citations');
    await page.context().close();
  });

  it('sources say where they are cited, with links back to those sections', async () => {
    const page = await open('toolkit');
    const manchester = page.locator('#source-manchester-cop');
    assert.match(await manchester.innerText(), /Cited in: How to start a community\./);
    assert.equal(await manchester.locator('a[target=_blank]').getAttribute('href'),
      'https://www.staffnet.manchester.ac.uk/staff-learning-and-development/academicandresearch/practical-skills-and-knowledge/effective-working/communities-of-practice/');
    await manchester.locator('.cited-in a').click();
    await page.waitForFunction(() => document.activeElement?.id === 'how-to-start');
    await page.context().close();
  });
});

describe('find in the toolkit', () => {
  it('narrows sections to the words typed, highlights them, counts and announces', async () => {
    const page = await open('toolkit');
    const input = page.getByRole('searchbox', { name: 'Find in the toolkit' });
    await input.focus();
    await page.keyboard.type('sponsor');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'sponsor');
    const shown = await visibleSections(page);
    assert.ok(shown.length > 0 && shown.length < SECTIONS.length, `${shown}`);
    assert.ok(shown.includes('how-cops-work') && !shown.includes('what-cops-do'), `${shown}`);
    assert.equal(await page.locator('#find-status').innerText(), `${shown.length} of 10 sections contain “sponsor”.`);
    assert.ok((await page.locator('.toolkit-section:not([hidden]) mark').count()) >= shown.length);
    assert.match(await page.locator('.toolkit-section:not([hidden]) mark').first().innerText(), /^sponsor/i);
    assert.equal(await page.locator('nav#contents li:not([hidden])').count(), shown.length, 'the contents narrow too');
    await page.waitForFunction(() => document.querySelector('[role=status][aria-live]')?.textContent.includes('sections contain'));
    // The filter survives a reload.
    await page.reload();
    await settled(page);
    assert.deepEqual(await visibleSections(page), shown);
    assert.equal(await page.getByRole('searchbox', { name: 'Find in the toolkit' }).inputValue(), 'sponsor');
    expectNoProblems(page, 'find');
    await page.context().close();
  });

  it('says when nothing matches, suggests a spelling, and clears', async () => {
    const page = await open('toolkit?q=stewadshop');
    assert.deepEqual(await visibleSections(page), []);
    assert.equal(await page.locator('#find-status').innerText(), 'No section contains “stewadshop”.');
    assert.match(await page.locator('.find-empty').innerText(), /Try fewer words/);
    await page.getByRole('button', { name: 'Find “stewardship” instead' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'stewardship');
    assert.deepEqual(await visibleSections(page), ['stages-of-development']);
    await page.getByRole('button', { name: 'Clear' }).click();
    assert.deepEqual(await visibleSections(page), SECTIONS);
    assert.equal(await focusedId(page), 'toolkit-find');
    assert.equal(await page.getByRole('button', { name: 'Clear' }).isVisible(), false);
    await page.context().close();
  });

  it('with some words missing everywhere, shows the sections that have some of them', async () => {
    const page = await open('toolkit?q=coalescing+zebra');
    assert.deepEqual(await visibleSections(page), ['stages-of-development']);
    assert.match(await page.locator('#find-status').innerText(), /No section contains all of “coalescing zebra”\. Showing the 1 that contain some/);
    await page.context().close();
  });
});

describe('cross-links', () => {
  it('success factors → self-assessment, roles → role explorer, networks → guide', async () => {
    const page = await open('toolkit');
    const expectations = [
      ['success-factors', 'self-assessment', 'assess'],
      ['roles-and-participation', 'role explorer', 'roles'],
      ['networks-vs-cops', 'guide', 'guide'],
      ['how-to-start', 'directory', 'directory'],
    ];
    for (const [section, text, path] of expectations) {
      const link = page.locator(`#${section} a`, { hasText: text }).first();
      assert.equal(await link.getAttribute('href'), `${SUB_PATH}${path}`, section);
    }
    await page.locator('#roles-and-participation a', { hasText: 'role explorer' }).click();
    await settled(page);
    assert.equal(await page.locator('h1').innerText(), 'Roles in a community of practice');
    await page.context().close();
  });

  it('a link from another view to /toolkit?s=ID lands on that section', async () => {
    const page = await openPage(browser);
    await page.goto(server.url('roles?role=activity-lead'));
    await settled(page);
    await page.locator('.read-next a', { hasText: 'Typical activities' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'typical-activities');
    assert.equal(new URL(page.url()).search, '?s=typical-activities');
    assert.ok(await inViewport(page, 'typical-activities'));
    expectNoProblems(page, 'roles → toolkit');
    await page.context().close();
  });
});

describe('accessibility, reflow and print', () => {
  for (const colorScheme of ['light', 'dark']) {
    it(`axe finds no violations in any state (${colorScheme})`, async () => {
      const page = await openPage(browser, { colorScheme });
      for (const path of ['toolkit', 'toolkit?s=networks-vs-cops', 'toolkit?q=sponsor', 'toolkit?q=stewadshop', 'toolkit?q=coalescing+zebra']) {
        await page.goto(server.url(path));
        await settled(page);
        await page.locator('#find-status').waitFor();
        await expectAccessible(page, `/${path} (${colorScheme})`);
      }
      // After following a citation.
      await page.locator('.toolkit-section:not([hidden]) sup.cite a').first().click();
      await expectAccessible(page, `citation followed (${colorScheme})`);
      await page.context().close();
    });
  }

  it('no horizontal scroll at 320 px; the wide table scrolls in its own region', async () => {
    const page = await open('toolkit?s=networks-vs-cops', { width: 320, height: 640 });
    await expectNoHorizontalScroll(page, '/toolkit at 320 px');
    const region = page.locator('#networks-vs-cops .table-wrap');
    assert.equal(await region.getAttribute('role'), 'region');
    assert.equal(await region.getAttribute('tabindex'), '0');
    assert.ok(await region.evaluate((el) => el.scrollWidth > el.clientWidth), 'the table scrolls inside');
    await page.goto(server.url('toolkit?q=sponsor'));
    await settled(page);
    await expectNoHorizontalScroll(page, '/toolkit?q=sponsor at 320 px');
    await page.context().close();
  });

  it('prints the whole toolkit without navigation chrome, contents or the find box', async () => {
    const page = await open('toolkit?q=sponsor');
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['header.site-header', 'footer.site-footer', 'nav#contents', 'form.find']) {
      assert.equal(await page.locator(chrome).isVisible(), false, `${chrome} is hidden in print`);
    }
    for (const id of SECTIONS) {
      assert.equal(await page.locator(`#${id}`).isVisible(), true, `${id} prints, whatever the filter`);
    }
    assert.equal(await page.locator('#sources').isVisible(), true);
    assert.equal(await page.locator('h1').isVisible(), true);
    assert.equal(await page.locator('.back-to-text').first().isVisible(), false);
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10_000, 'a real document');
    await page.context().close();
  });
});

describe('links whose words name another address', () => {
  it('show the real address beside them, in plain text', async () => {
    const page = await openPage(browser);
    await page.route('**/data/toolkit.json', async (route) => {
      const data = await (await route.fetch()).json();
      data.sections[0].body += '\n\nDisguised: [www.ucl.ac.uk](https://evil.example/x). Honest: [UCL](https://www.ucl.ac.uk/).';
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) });
    });
    await page.goto(server.url('toolkit'));
    await settled(page);
    const paragraph = page.locator('#what-is-a-cop p', { hasText: 'Disguised:' });
    await paragraph.waitFor();
    assert.deepEqual(await paragraph.locator('.real-address').allInnerTexts(), ['(https://evil.example/x)'], 'only the disguised link gets it');
    await expectAccessible(page, 'toolkit with a disguised link');
    expectNoProblems(page, 'disguised link');
    await page.context().close();
  });
});
