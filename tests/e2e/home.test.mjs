// The home page: one click to each task, a quick directory search and the
// directory's headline numbers.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  expectAccessible, expectNoHorizontalScroll, expectNoProblems, openPage, serveAndLaunch, settled,
  SUB_PATH,
} from './harness.mjs';

let server;
let browser;
serveAndLaunch((started) => ({ server, browser } = started));

describe('home', () => {
  it('routes to every task in one click', async () => {
    const page = await openPage(browser);
    for (const [link, heading] of [
      ['Decide what kind of group fits', 'Which kind of group fits?'],
      ['Find an existing community', 'Community directory'],
      ['Check you are ready to start one', 'Are you ready to start a community?'],
      ['Understand the roles', 'Roles in a community of practice'],
      ['Read the toolkit', 'Toolkit'],
    ]) {
      await page.goto(server.url());
      await settled(page);
      await page.getByRole('link', { name: link }).click();
      await settled(page);
      assert.equal(await page.locator('h1').innerText(), heading, link);
    }
    expectNoProblems(page, 'home tasks');
    await page.context().close();
  });

  it('shows headline numbers computed from the directory', async () => {
    const page = await openPage(browser);
    await page.goto(server.url());
    await page.getByText('The directory lists').waitFor();
    assert.equal(
      await page.locator('.headline').innerText(),
      'The directory lists 26 communities in 4 organisations across 14 service areas.',
    );
    await page.context().close();
  });

  it('quick search opens the directory with the query, by keyboard', async () => {
    const page = await openPage(browser);
    await page.goto(server.url());
    await settled(page);
    await page.getByLabel('Search the directory').focus();
    await page.keyboard.type('finance');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/directory\?q=finance$/);
    assert.equal(new URL(page.url()).pathname, SUB_PATH + 'directory');
    assert.equal(await page.locator('h1').innerText(), 'Community directory');
    await page.context().close();
  });

  it('is accessible in light and dark mode and at 320 px', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const page = await openPage(browser, { colorScheme });
      await page.goto(server.url());
      await page.getByText('The directory lists').waitFor();
      await expectAccessible(page, `home (${colorScheme})`);
      await page.context().close();
    }
    const narrow = await openPage(browser, { width: 320, height: 640 });
    await narrow.goto(server.url());
    await settled(narrow);
    await expectNoHorizontalScroll(narrow, 'home at 320 px');
    await narrow.context().close();
  });
});
