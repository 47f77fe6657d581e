// Files from the bad-input corpus (tests/fixtures/bad/), served in place of
// the real content: the view that reads the file shows exactly the message in
// the fixture's `.expected` file (the one the native tests and `make validate`
// give), passes axe, and the other views keep working.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { expectAccessible, openPage, serveAndLaunch, settled } from './harness.mjs';

const FIXTURES = new URL('../fixtures/bad/', import.meta.url);

// fixture → the view that reads the file, and another view to try afterwards.
const CASES = [
  ['directory.bom-then-error', 'directory', 'Toolkit'],
  ['directory.invalid-utf8', 'directory', 'Roles'],
  ['directory.review-months-zero', 'directory', 'Which group?'],
  ['directory.sign-in-page', 'directory', 'Toolkit'],
  ['toolkit.broken-section-link', 'toolkit', 'Directory'],
  ['roles.duplicate-role', 'roles', 'Self-assessment'],
  ['guide.javascript-link', 'guide', 'Directory'],
  ['assessment.help-unknown-section', 'assess', 'Toolkit'],
];

let server;
let browser;
serveAndLaunch((started) => ({ server, browser } = started));

describe('the bad-input corpus in the browser', () => {
  for (const [fixture, route, other] of CASES) {
    it(`${fixture}: the ${route} view shows the expected message; ${other} still works`, async () => {
      const file = fixture.split('.')[0] + '.json';
      const body = readFileSync(new URL(`${fixture}.json`, FIXTURES));
      const expected = readFileSync(new URL(`${fixture}.expected`, FIXTURES), 'utf8').trim().split('\n');
      const page = await openPage(browser);
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.route(`**/data/${file}`, (request) =>
        request.fulfill({ contentType: 'application/json', body }),
      );
      await page.goto(server.url(route));
      const alert = page.locator('[role=alert]', { hasText: 'could not be loaded' });
      await alert.waitFor();
      const shown = await alert.innerText();
      for (const line of expected) {
        // The page drops the file name the validator starts each line with
        // when the heading already names the file; accept either.
        const message = line.startsWith(`${file}: `) ? line.slice(file.length + 2) : line;
        assert.ok(shown.includes(message), `the page shows “${message}”; it shows:\n${shown}`);
      }
      if (fixture === 'directory.sign-in-page') {
        assert.match(shown, /often a sign-in page: sign in to your intranet/, 'the advice fits the problem');
      }
      await expectAccessible(page, `${fixture} error`);

      await page.locator('nav a', { hasText: other }).first().click();
      await settled(page);
      assert.equal(await page.locator('[role=alert]', { hasText: 'could not be loaded' }).count(), 0, `${other} has no error`);
      assert.ok((await page.locator('main h1').innerText()).length > 0, `${other} shows its heading`);
      assert.deepEqual(errors, [], 'no uncaught errors');
      await page.context().close();
    });
  }
});

describe('one bad community does not take the directory offline', () => {
  it('directory.javascript-link: the others show, with a notice naming the one left out', async () => {
    const body = readFileSync(new URL('directory.javascript-link.json', FIXTURES));
    const page = await openPage(browser);
    await page.route('**/data/directory.json', (request) => request.fulfill({ contentType: 'application/json', body }));
    await page.goto(server.url('directory'));
    await settled(page);
    const notice = page.locator('#set-aside-notice');
    await notice.waitFor();
    assert.equal(
      (await notice.innerText()).trim(),
      '1 community could not be shown: Student Recruitment — join: links must start with https:// or mailto:, not javascript:. Ask the directory editors to run make validate.',
    );
    assert.equal(await page.locator('[role=alert]').count(), 0, 'no error: the directory is up');
    assert.ok(await page.locator('#results-list li', { hasText: 'Internal Communications' }).count(), 'the other communities show');
    assert.equal(await page.locator('#results-list li', { hasText: 'Student Recruitment' }).count(), 0, 'the bad one does not');
    await expectAccessible(page, 'directory with one community set aside');
    await page.context().close();
  });
});
