// The role explorer at /roles: by role, by aspect, the matrix, the
// participation rings (keyboard and click), "Which role fits me?", deep
// links, axe in light and dark mode, 320 px and print.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  expectAccessible, expectNoHorizontalScroll, expectNoProblems, expectOnlyOwnOrigin, openPage,
  serveAndLaunch, settled, SUB_PATH,
} from './harness.mjs';

const ASPECTS = ['Purpose', 'Delivering objectives', 'Celebrating impact', 'Reviewing & renewing', 'Resources'];
const ROLES = ['Sponsor', 'Community lead', 'Project or activity lead', 'Member'];

let server;
let browser;
serveAndLaunch((started) => ({ server, browser } = started));

async function open(path, options) {
  const page = await openPage(browser, options);
  await page.goto(server.url(path));
  await settled(page);
  await page.locator('[role=tabpanel] h2').waitFor();
  return page;
}

/** Waits until the address shows `expected` as its query string. */
const waitForSearch = (page, expected) => page.waitForFunction((expected) => location.search === expected, expected);
const focused = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.value || document.activeElement?.textContent);
const selectedTab = (page) => page.locator('[role=tab][aria-selected=true]').innerText();
const cardHeadings = (page) => page.locator('.role-card h4').allInnerTexts();

describe('explore by role', () => {
  it('opens on the sponsor, with every aspect in one card', async () => {
    const page = await open('roles');
    assert.equal(await selectedTab(page), 'By role');
    assert.equal(await page.locator('.role-card h3').innerText(), 'Sponsor');
    assert.deepEqual(await cardHeadings(page), [...ASPECTS, 'Time and cadence']);
    assert.match(await page.locator('.role-card').innerText(), /Allocates budget and resources for the community/);
    assert.match(await page.locator('.role-card').innerText(), /every six weeks/);
    expectNoProblems(page, '/roles');
    expectOnlyOwnOrigin(page, server.origin);
    await page.context().close();
  });

  it('by keyboard: arrow keys choose the role, the URL follows, gaps are labelled', async () => {
    const page = await open('roles');
    await page.locator('[role=tab][aria-selected=true]').focus();
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'sponsor', 'Tab reaches the chosen role');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('.role-card h3')?.textContent === 'Community lead');
    await waitForSearch(page, '?role=community-lead');
    assert.equal(await focused(page), 'community-lead', 'focus stays on the radio');
    const resources = page.locator('.role-aspect', { hasText: 'Resources' });
    assert.match(await resources.innerText(), /Not given in the source\./);
    assert.match(await resources.innerText(), /Activities deployed by a Core Group/);
    await page.reload();
    await settled(page);
    assert.equal(await page.locator('.role-card h3').innerText(), 'Community lead', 'after reload');
    assert.equal(await page.locator('input[name=explore-role]:checked').getAttribute('value'), 'community-lead');
    expectNoProblems(page, 'by role');
    await page.context().close();
  });

  it('an unknown role in a link says so and shows the first', async () => {
    const page = await open('roles?role=boss');
    assert.match(await page.locator('.notice').innerText(), /There is no role “boss” here, so Sponsor is shown\./);
    assert.equal(await page.locator('.role-card h3').innerText(), 'Sponsor');
    await page.context().close();
  });
});

describe('compare by aspect', () => {
  it('a deep link shows what every role does for that aspect, side by side', async () => {
    const page = await open('roles?aspect=celebrating-impact');
    assert.equal(await selectedTab(page), 'By aspect');
    assert.deepEqual(await page.locator('.compare-card h3').allInnerTexts(), ROLES);
    assert.match(await page.locator('.compare-card').first().innerText(), /promotes its successes/);
    const boxes = await page.locator('.compare-card').evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().top));
    assert.ok(boxes.every((top) => Math.abs(top - boxes[0]) < 2), 'side by side on a wide screen');
    await page.locator('label', { hasText: 'Resources' }).click();
    await waitForSearch(page, '?aspect=resources');
    assert.equal(await page.locator('.compare-card .gap').count(), 3, 'three roles have no entry in the source');
    await page.context().close();
  });

  it('"Compare … across roles" from a role card opens the aspect and moves focus there', async () => {
    const page = await open('roles?role=member');
    await page.locator('.role-card a', { hasText: 'Compare “Reviewing & renewing” across roles' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'panel-aspect-title');
    await waitForSearch(page, '?aspect=reviewing-renewing');
    assert.equal(await page.locator('input[name=explore-aspect]:checked').getAttribute('value'), 'reviewing-renewing');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('.role-card h3')?.textContent === 'Member');
    await page.context().close();
  });
});

describe('tabs', () => {
  it('arrow keys move between tabs and open them; Home and End work', async () => {
    const page = await open('roles');
    await page.locator('[role=tab][aria-selected=true]').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.activeElement?.id === 'tab-aspect');
    assert.equal(await selectedTab(page), 'By aspect');
    await waitForSearch(page, '?aspect=purpose');
    await page.keyboard.press('End');
    assert.equal(await selectedTab(page), 'Which role fits me?');
    await waitForSearch(page, '?view=fit');
    await page.keyboard.press('ArrowRight');
    assert.equal(await selectedTab(page), 'By role', 'wraps around');
    assert.equal(await page.locator('[role=tab][tabindex="0"]').count(), 1, 'one tab stop');
    const panel = page.locator('[role=tabpanel]');
    assert.equal(await panel.getAttribute('aria-labelledby'), 'tab-role');
    assert.equal(await page.locator('#tab-role').getAttribute('aria-controls'), await panel.getAttribute('id'));
    await page.context().close();
  });
});

describe('all roles and aspects', () => {
  it('is a table on a wide screen', async () => {
    const page = await open('roles?view=matrix');
    const table = page.locator('.matrix-table table');
    assert.equal(await table.isVisible(), true);
    // The corner names its column for screen readers (and IBM's checker), unseen.
    assert.deepEqual(await table.locator('thead th').allInnerTexts(), ['Aspect', ...ROLES]);
    // The same content as the cards: each role's time and cadence too.
    assert.deepEqual(await table.locator('tbody th[scope=row]').allInnerTexts(), [...ASPECTS, 'Time and cadence']);
    assert.equal(await table.locator('tbody td').count(), 20 + ROLES.length);
    assert.equal(await page.locator('.matrix-cards').isVisible(), false);
    await page.context().close();
  });

  it('reflows to cards at 320 px without scrolling sideways', async () => {
    const page = await open('roles?view=matrix', { width: 320, height: 640 });
    assert.equal(await page.locator('.matrix-table').isVisible(), false);
    assert.deepEqual(await page.locator('.matrix-cards .role-card h3').allInnerTexts(), ROLES);
    await expectNoHorizontalScroll(page, 'matrix at 320 px');
    await page.context().close();
  });
});

describe('levels of participation', () => {
  it('rings are selectable by keyboard, with what the level looks like', async () => {
    const page = await open('roles?level=core');
    const rings = page.locator('svg[role=radiogroup] [role=radio]');
    assert.equal(await rings.count(), 5);
    assert.deepEqual(await rings.evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label'))), [
      'Core group: about 10–15% of members',
      'Active participants: about 15–20% of members',
      'Occasional participants: no percentage given in the sources',
      'Peripheral participants: no percentage given in the sources',
      'Transactional participants: outside the community, not members',
    ]);
    await page.locator('[role=tab][aria-selected=true]').focus();
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'ring-core', 'Tab reaches the selected ring');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.activeElement?.id === 'ring-active');
    assert.equal(await page.locator('#ring-active').getAttribute('aria-checked'), 'true');
    assert.equal(await page.locator('#ring-core').getAttribute('aria-checked'), 'false');
    await waitForSearch(page, '?level=active');
    const detail = page.locator('.level-detail');
    assert.equal(await detail.locator('h3').innerText(), 'Active participants');
    assert.match(await detail.innerText(), /Usually about 20% of the total membership/);
    assert.match(await detail.innerText(), /Moving between levels/);
    await page.waitForFunction(() => document.querySelector('[role=status][aria-live]')?.textContent.startsWith('Active participants:'));
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.activeElement?.id === 'ring-transactional');
    assert.equal(await detail.locator('h3').innerText(), 'Transactional participants');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.activeElement?.id === 'ring-core', null, { timeout: 2000 });
    assert.equal(await page.locator('[role=radio][tabindex="0"]').count(), 1, 'one tab stop');
    await page.reload();
    await settled(page);
    assert.equal(await page.locator('.level-detail h3').innerText(), 'Core group');
    expectNoProblems(page, 'rings');
    await page.context().close();
  });

  it('a ring can be clicked, and the picture has a text alternative', async () => {
    const page = await open('roles?level=core');
    const box = await page.locator('#ring-peripheral .ring-label').boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => document.querySelector('.level-detail h3')?.textContent === 'Peripheral participants');
    await waitForSearch(page, '?level=peripheral');
    const legend = (await page.locator('.rings-legend li').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    assert.equal(legend.length, 5);
    assert.match(legend[0], /^Core group: About 10–15% of a community, according to Cultivating Communities of Practice \[source 3\]\.$/);
    assert.match(await page.locator('.participation + .prose').innerText(), /splits the rest equally/);
    await page.context().close();
  });
});

describe('which role fits me?', () => {
  it('three answers give a role, a level and what to read next', async () => {
    const page = await open('roles?view=fit');
    assert.match(await page.locator('.fit-progress').innerText(), /0 of 3 questions answered/);
    await page.locator('fieldset', { hasText: 'How much time' }).locator('input').first().focus();
    // Keyboard: arrows choose within each group; Tab moves on.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    const result = page.locator('.fit-result');
    await result.waitFor();
    assert.match(await result.innerText(), /Role\s+Project or activity lead/);
    assert.match(await result.innerText(), /Level of participation\s+Active participants/);
    await waitForSearch(page, '?fit=regular.project.practitioner');
    await page.waitForFunction(() => document.querySelector('[role=status][aria-live]')?.textContent.includes('Closest role: Project or activity lead'));
    await page.reload();
    await settled(page);
    await result.waitFor();
    assert.match(await result.innerText(), /Project or activity lead/, 'the result survives a reload');
    const next = result.locator('.read-next a');
    // Named by the toolkit section's title once toolkit.json has loaded.
    await page.waitForFunction(() => document.querySelector('.fit-result .read-next a')?.textContent === 'Typical activities');
    assert.equal(await next.getAttribute('href'), `${SUB_PATH}toolkit?s=typical-activities`);
    await result.getByRole('button', { name: 'Start again' }).click();
    await waitForSearch(page, '?view=fit');
    assert.equal(await page.locator('.fit-result').count(), 0);
    expectNoProblems(page, 'fit');
    await page.context().close();
  });

  it('a senior leader who wants to champion the community is pointed to the sponsor', async () => {
    const page = await open('roles?fit=sometimes.champion.senior');
    const result = page.locator('.fit-result');
    assert.match(await result.innerText(), /Role\s+Sponsor/);
    await result.locator('a', { hasText: 'Everything the sponsor does' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'panel-role-title');
    await waitForSearch(page, '?role=sponsor');
    await page.context().close();
  });
});

const STATES = ['roles', 'roles?role=member', 'roles?aspect=resources', 'roles?view=matrix', 'roles?level=peripheral',
  'roles?view=fit', 'roles?fit=lead.organise.practitioner', 'roles?role=boss'];

describe('accessibility, reflow and print', () => {
  for (const colorScheme of ['light', 'dark']) {
    it(`axe finds no violations in any state (${colorScheme})`, async () => {
      const page = await openPage(browser, { colorScheme });
      for (const path of STATES) {
        await page.goto(server.url(path));
        await settled(page);
        await page.locator('[role=tabpanel] h2').waitFor();
        await expectAccessible(page, `/${path} (${colorScheme})`);
      }
      await page.locator('[role=tab][aria-selected=true]').focus();
      await page.keyboard.press('Tab'); // into the panel, after a keyboard move
      await expectAccessible(page, `after keyboard use (${colorScheme})`);
      await page.context().close();
    });
  }

  it('no horizontal scroll at 320 px in any state', async () => {
    const page = await openPage(browser, { width: 320, height: 640 });
    for (const path of STATES) {
      await page.goto(server.url(path));
      await settled(page);
      await page.locator('[role=tabpanel] h2').waitFor();
      await expectNoHorizontalScroll(page, `/${path} at 320 px`);
    }
    await page.context().close();
  });

  it('prints the content without navigation chrome or tabs', async () => {
    const page = await open('roles?view=matrix', { width: 600 });
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['header.site-header', 'footer.site-footer', '[role=tablist]']) {
      assert.equal(await page.locator(chrome).isVisible(), false, `${chrome} is hidden in print`);
    }
    assert.equal(await page.locator('.matrix-table table').isVisible(), true, 'the full table prints, even on a narrow window');
    assert.equal(await page.locator('h1').isVisible(), true);
    await page.goto(server.url('roles?role=sponsor'));
    await settled(page);
    assert.equal(await page.locator('.role-card').isVisible(), true);
    assert.equal(await page.locator('.choice-group').isVisible(), false);
    await page.context().close();
  });
});
