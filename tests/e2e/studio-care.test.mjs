// The content studio's care for the editor's work and the directory's
// freshness (studio/ and studio/suggest/, a second app) on a static server at
// a sub-path: unsaved changes kept in the browser and restored or discarded,
// the browser asking before leaving unsaved work, delete and undo, entries
// due for review with their reminders, "Suggest a community" for staff and
// its email pasted back into the studio, axe in light and dark, and 320 px.
// The directory and the site settings are the test's own (page.route), and
// the clock is fixed, so every date and count below is known.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  expectAccessible, expectNoHorizontalScroll, expectNoProblems, expectOnlyOwnOrigin, openPage,
  serveAndLaunch, settled,
} from './harness.mjs';

const SITE = JSON.parse(readFileSync(new URL('../../public/data/site.json', import.meta.url), 'utf8'));
const EDITORS = 'cop-directory@example.ac.uk';
const KEPT_KEY = 'cop-navigator.studio.work';
// Noon, so the browser's date is 1 December 2026 in any time zone.
const NOW = new Date('2026-12-01T12:00:00');

/** A community as directory.json holds it (addresses at example.ac.uk only). */
function community(id, name, fields) {
  return {
    id,
    name,
    kind: 'community-of-practice',
    organisation: 'Example University',
    service_area: 'Finance',
    summary: `${name} shares practice across the university.`,
    topics: ['practice'],
    audience: 'Professional services staff',
    status: 'active',
    last_reviewed: '2026-11-20',
    ...fields,
  };
}

const FINANCE = 'Finance Network';
const HR = 'HR Network';
const EVENTS = 'Events People';
const FINANCE_SUMMARY = 'Budgets, forecasts and month-end, shared.';
const DIRECTORY = {
  $schema: '../schema/directory.schema.json',
  review_after_months: 12,
  communities: [
    community('finance-network', FINANCE, {
      summary: FINANCE_SUMMARY,
      topics: ['budgets'],
      last_reviewed: '2024-01-10',
      contact_email: 'jo@example.ac.uk',
      contact_name: 'Jo',
    }),
    community('hr-network', HR, { service_area: 'Human Resources', last_reviewed: '2025-06-15', leads: ['Head of HR'] }),
    community('events-people', EVENTS, { service_area: 'Events' }),
  ],
};
const NAMES = [FINANCE, HR, EVENTS];
const OPENED = 'Opened the published directory: 3 communities.';

let server;
let browser;
serveAndLaunch((started) => ({ server, browser } = started));

const texts = (locator) => locator.evaluateAll((els) => els.map((el) => el.innerText.trim().replace(/\s+/g, ' ')));

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Waits until focus is on the element with `id`. */
async function expectFocus(page, id, what) {
  await page.waitForFunction((want) => document.activeElement?.id === want, id, { timeout: 5_000 })
    .catch(async () => assert.fail(`focus did not move to ${what} (#${id}); it is on #${await focusedId(page)}`));
}

/** A page with the test's directory and site settings and the clock fixed. */
async function studioPage({ site = SITE, directory = DIRECTORY, ...options } = {}) {
  const page = await openPage(browser, options);
  await page.clock.setFixedTime(NOW);
  await page.route('**/data/directory.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(directory) }));
  await page.route('**/data/site.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(site) }));
  return page;
}

/** The studio's status line (step 1) says `text`. */
async function statusIs(page, text) {
  const status = page.locator('section[aria-labelledby=open-heading] p.status-line[role=status]');
  await page.waitForFunction(
    ([element, want]) => element.textContent === want, [await status.elementHandle(), text], { timeout: 10_000 },
  ).catch(async () => assert.fail(`the status line says “${await status.textContent()}”, not “${text}”`));
}

/** Opens studio/ and waits for the published directory to be open. */
async function openStudio(page) {
  await page.goto(server.url('studio/'));
  await settled(page);
  await statusIs(page, OPENED);
  await listCountIs(page, 'Showing all 3 communities.');
}

async function listCountIs(page, text) {
  await page.locator('p.list-count[role=status]', { hasText: text }).waitFor({ timeout: 10_000 });
  assert.equal(await page.locator('p.list-count').innerText(), text);
}

const listNames = (page) => texts(page.locator('ul.community-list .list-name'));

/** Chooses a community in the list; its form opens with its name as heading. */
async function choose(page, name) {
  await page.locator('ul.community-list button.list-item', { has: page.locator('.list-name', { hasText: name }) }).click();
  await page.locator('h3#form-heading', { hasText: name }).waitFor({ timeout: 10_000 });
  assert.equal(await page.locator('h3#form-heading').innerText(), name);
}

/** Adds `words` to the end of the chosen community's summary, by keyboard. */
async function appendToSummary(page, words) {
  await page.locator('#field-summary').focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(words);
}

/** Waits until this browser keeps unsaved work that contains `text`. */
async function keptWith(page, text) {
  await page.waitForFunction(
    ([key, want]) => (localStorage.getItem(key) ?? '').includes(want), [KEPT_KEY, text], { timeout: 10_000 },
  );
}

const kept = (page) => page.evaluate((key) => localStorage.getItem(key), KEPT_KEY);

/** axe (and the other engines) in light, then dark, then back to light. */
async function expectAccessibleBoth(page, label) {
  await expectAccessible(page, `${label} (light)`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, `${label} (dark)`);
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Closes the page after the checks every test ends with. */
async function finish(page, label) {
  expectNoProblems(page, label);
  expectOnlyOwnOrigin(page, server.origin);
  await page.context().close();
}

/** Opens "Add from a suggestion" in the editor; returns its box. */
async function openSuggestionBox(page) {
  const toggle = page.getByRole('button', { name: 'Add from a suggestion', exact: true });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.click();
  const box = page.getByLabel('Paste the suggestion email', { exact: true });
  await box.waitFor({ timeout: 5_000 });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  return box;
}

/** The parts of a mailto: link, decoded. */
function readMailto(href) {
  assert.ok(href.startsWith('mailto:'), href);
  const [to, query = ''] = href.slice('mailto:'.length).split('?');
  const pairs = query.split('&').map((pair) => pair.split('='));
  return {
    to: decodeURIComponent(to),
    keys: pairs.map(([key]) => key),
    ...Object.fromEntries(pairs.map(([key, value]) => [key, decodeURIComponent(value ?? '')])),
  };
}

const ADDED = ' Now also meets online for month-end clinics.';
const EDITED_SUMMARY = FINANCE_SUMMARY + ADDED;
const RESTORE_SUMMARY = 'This browser kept unsaved changes from an earlier visit: the published directory, 3 communities.';

/** A page whose browser kept an edit of Finance Network's summary, reloaded. */
async function reloadedWithKeptEdit(options) {
  const page = await studioPage(options);
  await openStudio(page);
  await choose(page, FINANCE);
  await appendToSummary(page, ADDED);
  await keptWith(page, EDITED_SUMMARY);
  await page.reload();
  await settled(page);
  const region = page.getByRole('region', { name: 'Restore unsaved changes?' });
  await region.waitFor({ timeout: 10_000 });
  assert.equal(await region.locator('p').first().innerText(), RESTORE_SUMMARY);
  // The published directory opens behind the question.
  await statusIs(page, OPENED);
  return { page, region };
}

describe('unsaved changes are kept in this browser', () => {
  it('restores an edit after a reload: the list finds it and the form shows it', async () => {
    const { page, region } = await reloadedWithKeptEdit();
    await expectAccessibleBoth(page, 'the question about unsaved changes');
    await region.getByRole('button', { name: 'Restore unsaved changes', exact: true }).click();
    await region.waitFor({ state: 'detached', timeout: 5_000 });
    await statusIs(page, 'Restored your unsaved changes to the published directory: 3 communities.');
    await expectFocus(page, 'edit-heading', 'the editor');
    assert.deepEqual(await listNames(page), NAMES);
    // The list's search finds the restored words.
    await page.getByLabel('Search the list').fill('clinics');
    await listCountIs(page, 'Showing 1 of 3 communities.');
    assert.deepEqual(await listNames(page), [FINANCE]);
    await choose(page, FINANCE);
    assert.equal(await page.locator('#field-summary').inputValue(), EDITED_SUMMARY);
    // Still unsaved, so still kept.
    await keptWith(page, EDITED_SUMMARY);
    await expectAccessibleBoth(page, 'restored work');
    await finish(page, 'restore');
  });

  it('“Discard them” forgets the kept edit and keeps the published directory open', async () => {
    const { page, region } = await reloadedWithKeptEdit();
    await region.getByRole('button', { name: 'Discard them', exact: true }).click();
    await region.waitFor({ state: 'detached', timeout: 5_000 });
    await statusIs(page, 'Discarded the unsaved changes kept in this browser.');
    await page.waitForFunction((key) => localStorage.getItem(key) === null, KEPT_KEY, { timeout: 5_000 });
    assert.deepEqual(await listNames(page), NAMES);
    await choose(page, FINANCE);
    assert.equal(await page.locator('#field-summary').inputValue(), FINANCE_SUMMARY, 'the published summary');
    await expectAccessibleBoth(page, 'after discarding');
    // Nothing asks again after another reload.
    await page.reload();
    await settled(page);
    await statusIs(page, OPENED);
    assert.equal(await page.getByRole('region', { name: 'Restore unsaved changes?' }).count(), 0);
    await finish(page, 'discard');
  });

  it('saving directory.json forgets the kept work', async () => {
    const page = await studioPage();
    await openStudio(page);
    await choose(page, FINANCE);
    await appendToSummary(page, ADDED);
    await keptWith(page, EDITED_SUMMARY);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Check and save directory.json', exact: true }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'directory.json');
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.deepEqual(saved.communities.map((c) => c.name), NAMES);
    assert.equal(saved.communities[0].summary, EDITED_SUMMARY);
    const result = page.locator('#save-result[role=status]');
    await result.waitFor({ timeout: 10_000 });
    assert.deepEqual(await texts(result.locator('p, h3, li')), [
      'Saved directory.json: 0 added, 1 changed, 0 removed. Check your downloads folder.',
      'Changed (field by field)',
      `${FINANCE}: summary`,
    ]);
    await page.waitForFunction((key) => localStorage.getItem(key) === null, KEPT_KEY, { timeout: 5_000 })
      .catch(() => assert.fail('the kept work stays in the browser after saving'));
    await expectAccessibleBoth(page, 'saved');
    await page.reload();
    await settled(page);
    await statusIs(page, OPENED);
    assert.equal(await page.getByRole('region', { name: 'Restore unsaved changes?' }).count(), 0);
    assert.equal(await kept(page), null);
    await finish(page, 'save forgets');
  });
});

describe('leaving with unsaved changes', () => {
  /** Closes the page as a person closing the tab would; returns the dialogs the browser showed. */
  async function closeTab(page) {
    const dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push({ type: dialog.type() });
      dialog.accept();
    });
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await closed;
    return dialogs;
  }

  it('after an edit, the browser asks before the page is left', async () => {
    const page = await studioPage();
    await openStudio(page);
    await choose(page, FINANCE);
    await appendToSummary(page, ADDED);
    await keptWith(page, EDITED_SUMMARY);
    expectNoProblems(page, 'edit before leaving');
    expectOnlyOwnOrigin(page, server.origin);
    assert.deepEqual(await closeTab(page), [{ type: 'beforeunload' }]);
    await page.context().close();
  });

  it('without edits (only looking), the page closes without asking', async () => {
    const page = await studioPage();
    await openStudio(page);
    // A click: the browser asks only on pages a person has used.
    await choose(page, FINANCE);
    await page.locator('#field-summary').focus();
    await page.keyboard.press('Control+End');
    expectNoProblems(page, 'looking before leaving');
    expectOnlyOwnOrigin(page, server.origin);
    assert.deepEqual(await closeTab(page), []);
    await page.context().close();
  });

  it('after an edit is saved, the page closes without asking', async () => {
    const page = await studioPage();
    await openStudio(page);
    await choose(page, FINANCE);
    await appendToSummary(page, ADDED);
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Check and save directory.json', exact: true }).click(),
    ]);
    await page.locator('#save-result[role=status]').waitFor({ timeout: 10_000 });
    expectNoProblems(page, 'saved before leaving');
    expectOnlyOwnOrigin(page, server.origin);
    assert.deepEqual(await closeTab(page), []);
    await page.context().close();
  });
});

describe('delete and undo', () => {
  it('deleting a community can be undone: it comes back at the same place with its form open', async () => {
    const page = await studioPage();
    await openStudio(page);
    await choose(page, HR);
    await page.locator('.community-form').getByRole('button', { name: 'Delete', exact: true }).click();
    await listCountIs(page, 'Showing all 2 communities.');
    assert.deepEqual(await listNames(page), [FINANCE, EVENTS]);
    const notice = page.locator('section[aria-labelledby=edit-heading] p.notice[role=status]');
    await notice.waitFor({ timeout: 5_000 });
    assert.equal(await notice.innerText(), `Deleted “${HR}”. Undo: bring “${HR}” back`);
    const undo = notice.getByRole('button', { name: `Undo: bring “${HR}” back`, exact: true });
    assert.equal(await undo.count(), 1);
    assert.equal(await page.locator('h3#form-heading').count(), 0, 'the form closes');
    assert.equal(await page.locator('.studio-form p.empty').innerText(), 'Choose a community in the list to edit it, or add one.');
    await expectFocus(page, 'edit-heading', 'the editor’s heading');
    await expectAccessibleBoth(page, 'a deleted community');

    await undo.click();
    await notice.waitFor({ state: 'detached', timeout: 5_000 });
    await listCountIs(page, 'Showing all 3 communities.');
    assert.deepEqual(await listNames(page), NAMES, 'back at the same place');
    await page.locator('h3#form-heading', { hasText: HR }).waitFor({ timeout: 5_000 });
    assert.equal(await page.locator('#field-name').inputValue(), HR);
    assert.equal(await page.locator('ul.community-list button[aria-current=true] .list-name').innerText(), HR);
    await statusIs(page, 'Brought the deleted community back.');
    await expectFocus(page, 'form-heading', 'the form brought back');
    await finish(page, 'delete and undo');
  });
});

describe('keep it fresh', () => {
  it('lists the entries due, with who to ask, a reminder by email or why not, and marks one reviewed', async () => {
    const page = await studioPage();
    await openStudio(page);
    const section = page.getByRole('region', { name: '4. Keep it fresh' });
    const status = section.locator('p.status-line[role=status]');
    assert.equal(await status.innerText(), '2 communities due for review.');
    assert.equal(await section.locator('p').first().innerText(),
      'Entries not checked for 12 months or more are due for review: ask each community\'s contact whether the entry is still right, then mark it reviewed. A stale directory sends people to groups that no longer meet.');
    assert.equal(await page.locator('label[for=list-review]').innerText(), 'Needs review (2)');
    const due = section.locator('ul.due-list > li.due');
    assert.deepEqual(await texts(due.locator('h3')), [FINANCE, HR], 'oldest review first');
    // 10 January 2024 to 1 December 2026: 34 whole months.
    assert.equal(await due.nth(0).locator(':scope > p').first().innerText(), 'reviewed 34 months ago · Contact: Jo, jo@example.ac.uk');
    assert.equal(await due.nth(1).locator(':scope > p').first().innerText(), 'reviewed 17 months ago · Contact: no address; leads: Head of HR');

    const email = due.nth(0).getByRole('link', { name: `Email a reminder about ${FINANCE}`, exact: true });
    const mail = readMailto(await email.getAttribute('href'));
    assert.equal(mail.to, 'jo@example.ac.uk');
    assert.deepEqual(mail.keys, ['subject', 'body']);
    assert.equal(mail.subject, `Is the directory entry for ${FINANCE} still right?`);
    assert.ok(mail.body.startsWith(`Hello Jo,\r\n\r\nYou are the contact for ${FINANCE} in our directory of communities of practice.`), mail.body);
    assert.match(mail.body, /this one was last checked 34 months ago, on 10 January 2024\.\r\n/);
    assert.match(mail.body, new RegExp(`\r\nAbout: ${FINANCE_SUMMARY}\r\n`));

    // No address: the reason instead of a link.
    assert.equal(await due.nth(1).getByRole('link').count(), 0);
    assert.equal(await due.nth(1).locator('p.hint').innerText(),
      `${HR} has no contact address (no contact_email, and no email link in join): copy the reminder and send it another way (no address; leads: Head of HR)`);
    await expectAccessibleBoth(page, 'entries due for review');

    await section.getByRole('button', { name: `Mark ${FINANCE} reviewed today`, exact: true }).click();
    await page.waitForFunction((element) => element.textContent === '1 community due for review.', await status.elementHandle(), { timeout: 5_000 });
    assert.deepEqual(await texts(due.locator('h3')), [HR]);
    assert.equal(await page.locator('label[for=list-review]').innerText(), 'Needs review (1)');
    await choose(page, FINANCE);
    assert.equal(await page.locator('#field-last_reviewed').inputValue(), '2026-12-01');
    await expectAccessibleBoth(page, 'one entry marked reviewed');
    await finish(page, 'keep it fresh');
  });
});

describe('keep it fresh by keyboard', () => {
  it('marking an entry reviewed moves focus to the count of those left, in the section', async () => {
    const page = await studioPage();
    await openStudio(page);
    const section = page.getByRole('region', { name: '4. Keep it fresh' });
    const status = section.locator('p.status-line[role=status]');
    await section.getByRole('button', { name: `Mark ${FINANCE} reviewed today`, exact: true }).click();
    await page.waitForFunction((element) => element.textContent === '1 community due for review.', await status.elementHandle(), { timeout: 5_000 });
    await section.getByRole('button', { name: `Mark ${HR} reviewed today`, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((element) => element.textContent === 'No entries are due for review.', await status.elementHandle(), { timeout: 5_000 });
    assert.equal(await section.locator('li.due').count(), 0);
    // Not left on the next entry's button (Enter again would mark it too), nor lost to <body>.
    await page.waitForFunction(() => document.activeElement?.id === 'fresh-status', null, { timeout: 5_000 });
    const focus = await page.evaluate(() => ({
      tag: document.activeElement.tagName,
      inSection: !!document.activeElement.closest('section[aria-labelledby=fresh-heading]'),
    }));
    assert.notEqual(focus.tag, 'BODY', 'focus is lost to the page’s body');
    assert.ok(focus.inSection, 'focus stays in “4. Keep it fresh”');
    await finish(page, 'mark the last entry by keyboard');
  });
});

/** The studio's suggest page, with or without the editors' address. */
async function openSuggest(page) {
  await page.goto(server.url('studio/suggest/'));
  await settled(page);
}

const SUGGESTED = {
  name: 'Research Data Stewards',
  about: 'Stewards of research data compare how they help researchers plan, store and share data.',
  audience: 'Anyone who supports researchers with their data',
  howtojoin: 'https://forms.example.ac.uk/data-stewards',
  contact: 'stewards@example.ac.uk',
  organisation: 'Example University',
  servicearea: 'Research support',
  topics: 'research data, data management plans',
};
const START = '--- CoP Navigator suggestion (paste into the studio) ---';
const END = '--- end ---';

describe('suggest a community', () => {
  it('without an address for the editors, the page says it cannot be used', async () => {
    const page = await studioPage();
    await openSuggest(page);
    assert.equal(await page.locator('h1').innerText(), 'Suggest a community');
    const notice = page.locator('main p.notice');
    await notice.waitFor({ timeout: 10_000 });
    assert.equal(await notice.innerText(),
      'This site has not given an address for the directory\'s editors, so suggestions cannot be written from here. Ask the team that runs your communities of practice programme how to suggest one.');
    assert.equal(await page.locator('main form').count(), 0);
    await expectAccessibleBoth(page, 'suggest without an address');
    await finish(page, 'suggest without an address');
  });

  it('checks the form, writes the email by keyboard, and the studio adds the community from it', async () => {
    const page = await studioPage({ site: { ...SITE, directory_contact: EDITORS } });
    await openSuggest(page);
    await page.getByRole('button', { name: 'Write the email', exact: true }).waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('main > p').nth(1).innerText(),
      `The email goes to the directory's editors at ${EDITORS}. Nothing is sent until you send it yourself.`);
    await expectAccessibleBoth(page, 'the empty suggestion form');

    // The empty form: the problems, listed and linked to their fields.
    await page.getByRole('button', { name: 'Write the email', exact: true }).focus();
    await page.keyboard.press('Enter');
    const summary = page.locator('#suggest-problems[role=alert]');
    await summary.waitFor({ timeout: 5_000 });
    await expectFocus(page, 'suggest-problems', 'the list of problems');
    assert.equal(await summary.locator('h2').innerText(), 'There are 4 problems');
    assert.deepEqual(await texts(summary.locator('li')), [
      'Contact email: give an email address people can write to, as in name@example.ac.uk',
      'Name: must not be empty',
      'What it is about: must not be empty',
      'Who it is for: must not be empty',
    ]);
    assert.equal(await page.locator('#suggest-contact-error').textContent(),
      'Error: give an email address people can write to, as in name@example.ac.uk');
    assert.equal(await page.locator('#suggest-email').count(), 0, 'no email while the form has problems');
    for (const [link, id] of [['Contact email', 'suggest-contact'], ['Name', 'suggest-name'], ['What it is about', 'suggest-about'], ['Who it is for', 'suggest-audience']]) {
      await summary.getByRole('link', { name: new RegExp(`^${link}: `) }).focus();
      await page.keyboard.press('Enter');
      await expectFocus(page, id, `the field ${link}`);
      assert.equal(await page.locator(`#${id}`).getAttribute('aria-invalid'), 'true');
    }
    await expectAccessibleBoth(page, 'the suggestion form’s problems');

    // Filled in by keyboard, field after field from the first.
    await page.locator('#suggest-name').focus();
    for (const field of ['name', 'about', 'audience', 'howtojoin', 'contact', 'organisation', 'servicearea', 'topics']) {
      assert.equal(await focusedId(page), `suggest-${field}`, `Tab reaches ${field} next`);
      await page.keyboard.type(SUGGESTED[field]);
      await page.keyboard.press('Tab');
    }
    assert.equal(await focusedId(page), 'suggest-kind');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Write the email');
    await page.keyboard.press('Enter');
    const ready = page.locator('#suggest-email');
    await ready.waitFor({ timeout: 10_000 });
    await expectFocus(page, 'suggest-email', 'the email');
    assert.equal(await summary.count(), 0, 'the problems go');
    assert.equal(await ready.locator('h2').innerText(), 'Your email is ready');
    const open = ready.getByRole('link', { name: 'Open the email', exact: true });
    const mail = readMailto(await open.getAttribute('href'));
    assert.equal(mail.to, EDITORS);
    assert.deepEqual(mail.keys, ['subject', 'body']);
    assert.equal(mail.subject, `Suggestion for the communities directory: ${SUGGESTED.name}`);
    const lines = mail.body.split('\r\n');
    assert.ok(lines.includes(START), mail.body);
    assert.ok(lines.includes(END), mail.body);
    assert.ok(lines.indexOf(START) < lines.indexOf(END));
    assert.ok(lines.includes(`Name: ${SUGGESTED.name}`));
    assert.ok(lines.includes(`Contact: ${SUGGESTED.contact}`));
    assert.equal(await ready.locator('pre').innerText(), mail.body.replaceAll('\r\n', '\n'));
    await expectAccessibleBoth(page, 'the suggestion email');

    // The editor pastes the email into the studio.
    const studio = await studioPage();
    await openStudio(studio);
    const box = await openSuggestionBox(studio);
    await expectAccessibleBoth(studio, 'add from a suggestion, open');
    await box.fill(mail.body);
    await studio.getByRole('button', { name: 'Add the suggested community', exact: true }).click();
    await statusIs(studio, `Added “${SUGGESTED.name}” from the suggestion.`);
    await studio.locator('h3#form-heading', { hasText: SUGGESTED.name }).waitFor({ timeout: 5_000 });
    await expectFocus(studio, 'form-heading', 'the new community’s form');
    assert.equal(await studio.locator('#field-name').inputValue(), SUGGESTED.name);
    assert.equal(await studio.locator('#field-summary').inputValue(), SUGGESTED.about);
    assert.equal(await studio.locator('#field-contact_email').inputValue(), SUGGESTED.contact);
    assert.equal(await box.inputValue(), '', 'the box is emptied');
    await listCountIs(studio, 'Showing all 4 communities.');
    assert.deepEqual(await listNames(studio), [...NAMES, SUGGESTED.name]);
    await expectAccessibleBoth(studio, 'a community added from a suggestion');
    await finish(studio, 'studio, from a suggestion');
    await finish(page, 'suggest');
  });

  it('a pasted text without the suggestion’s block is refused with the reason', async () => {
    const page = await studioPage();
    await openStudio(page);
    await (await openSuggestionBox(page)).fill('Hello,\n\nThere is a new community for data stewards: could you add it?\n');
    await page.getByRole('button', { name: 'Add the suggested community', exact: true }).click();
    const problem = page.locator('#suggestion-problem[role=alert]');
    await problem.waitFor({ timeout: 5_000 });
    assert.equal(await problem.textContent(),
      `Error: No suggestion found in the pasted text: paste the whole email, including the lines "${START}" and "${END}" and everything between them.`);
    await expectFocus(page, 'suggestion-problem', 'the reason');
    await listCountIs(page, 'Showing all 3 communities.');
    await expectAccessibleBoth(page, 'a paste without a suggestion');
    await finish(page, 'paste without a suggestion');
  });
});

describe('320 px wide', () => {
  it('studio/ with a form open and entries due, and studio/suggest/ with problems and the email, do not scroll sideways', async () => {
    const page = await studioPage({ width: 320, height: 640 });
    await openStudio(page);
    await choose(page, FINANCE);
    await openSuggestionBox(page);
    await expectNoHorizontalScroll(page, 'studio/ with a form open at 320 px');
    await expectAccessible(page, 'studio/ with a form open at 320 px');
    await finish(page, 'studio at 320 px');

    const suggest = await studioPage({ width: 320, height: 640, site: { ...SITE, directory_contact: EDITORS } });
    await openSuggest(suggest);
    const write = suggest.getByRole('button', { name: 'Write the email', exact: true });
    await write.click();
    await suggest.locator('#suggest-problems').waitFor({ timeout: 5_000 });
    await expectNoHorizontalScroll(suggest, 'studio/suggest/ with problems at 320 px');
    for (const [field, text] of Object.entries(SUGGESTED)) await suggest.locator(`#suggest-${field}`).fill(text);
    await write.click();
    await suggest.locator('#suggest-email').waitFor({ timeout: 10_000 });
    await expectNoHorizontalScroll(suggest, 'studio/suggest/ with the email at 320 px');
    await expectAccessible(suggest, 'studio/suggest/ with the email at 320 px');
    await finish(suggest, 'suggest at 320 px');
  });
});

