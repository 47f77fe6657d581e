// One long word from data or from the reader must not widen the page past
// 320 px (WCAG 1.4.10): a community name, a pasted address in the search box
// or the link, the guide's "about" words, the assessment's name. And what the
// page echoes back from a link is capped.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectAccessible, expectNoHorizontalScroll, expectNoProblems, openPage, serveAndLaunch, settled } from './harness.mjs';

let server;
let browser;
serveAndLaunch((started) => ({ server, browser } = started));

const LONG_WORD = 'Interdepartmentalisationalcoordinationcommittee'; // 46 letters
const PASTED = `https://intranet.example.ac.uk/sites/${'verylongpathsegment'.repeat(15)}`;
const narrow = () => openPage(browser, { width: 320, height: 640 });

describe('long words at 320 px', () => {
  it('a community name with a 46-letter word: the list and the detail view', async () => {
    const page = await narrow();
    await page.route('**/data/directory.json', async (route) => {
      const data = await (await route.fetch()).json();
      const first = data.communities.find((c) => c.id === 'ucl-procurement');
      first.name = `${LONG_WORD} Network`;
      first.summary = `${LONG_WORD} ${first.summary}`;
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) });
    });
    await page.goto(server.url('directory?q=network'));
    await settled(page);
    await page.locator('#results-list li', { hasText: 'Network' }).first().waitFor();
    await expectNoHorizontalScroll(page, 'directory list');
    await page.goto(server.url('directory?c=ucl-procurement'));
    await settled(page);
    await page.locator('#detail-title').waitFor();
    await expectNoHorizontalScroll(page, 'directory detail');
    expectNoProblems(page, 'long community name');
    await page.context().close();
  });

  it('a pasted address in the search box, and a huge ?q= in a link, which is cut to 200 characters', async () => {
    const page = await narrow();
    await page.goto(server.url('directory'));
    await settled(page);
    await page.getByLabel('Search communities').fill(PASTED);
    await page.waitForFunction(() => document.querySelector('#results-title').innerText.includes('intranet'));
    await expectNoHorizontalScroll(page, 'typed address');

    // As long as a plain static server takes (Python's refuses request lines over 64 KB).
    const huge = 'x'.repeat(20_000);
    await page.goto(server.url(`directory?q=${huge}`));
    await settled(page);
    await page.locator('#results-title').waitFor();
    await expectNoHorizontalScroll(page, 'huge ?q=');
    const title = await page.locator('#results-title').innerText();
    assert.ok(title.length < 300, `the heading echoes at most 200 characters of it (${title.length})`);
    assert.match(await page.locator('main').innerText(), /longer than 200 characters, so only its first 200 are used/);
    assert.equal(await page.getByLabel('Search communities').inputValue(), 'x'.repeat(200));
    await expectAccessible(page, 'huge ?q=');

    await page.goto(server.url(`toolkit?q=${huge}`));
    await settled(page);
    await expectNoHorizontalScroll(page, 'toolkit huge ?q=');
    assert.match(await page.locator('main').innerText(), /only its first 200 are used/);
    expectNoProblems(page, 'long searches');
    await page.context().close();
  });

  it('a long word in the guide\'s "about" words and in the assessment', async () => {
    const page = await narrow();
    await page.goto(server.url('guide?question=purpose'));
    await settled(page);
    await page.locator('#answer-learn').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/a=/);
    const answers = new URL(page.url()).searchParams.get('a');
    await page.goto(server.url(`guide?a=${answers}#about=${LONG_WORD}${LONG_WORD}`));
    await settled(page);
    await page.locator('section.verdict').waitFor();
    await expectNoHorizontalScroll(page, 'guide result');

    await page.goto(server.url('assess?step=community'));
    await settled(page);
    await page.fill('#community-name', `${LONG_WORD}${LONG_WORD}`);
    await page.fill('#community-domain', PASTED.slice(0, 120));
    await page.goto(server.url('assess?step=result'));
    await settled(page);
    await expectNoHorizontalScroll(page, 'assessment result');
    expectNoProblems(page, 'long words in the guide and assessment');
    await page.context().close();
  });
});
