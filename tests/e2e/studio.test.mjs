// The content studio (/studio/, a separate app) on a static server at a
// sub-path: a SharePoint-style CSV export (`;#` multi-values, UK dates, one
// bad row) is opened, its columns matched, the bad row fixed in the form,
// the directory saved, the saved file passed by `make validate`'s validator
// and shown by the navigator's directory; by keyboard alone, with the three
// accessibility engines at every step, and again at 320 px. Also: files that
// cannot be opened, merge and replace counts, the preview, and the
// navigator not downloading the studio.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  expectAccessible, expectNoHorizontalScroll, expectNoProblems, expectOnlyOwnOrigin, openPage,
  serveAndLaunch, settled,
} from './harness.mjs';

const PUBLISHED = JSON.parse(readFileSync(new URL('../../public/data/directory.json', import.meta.url), 'utf8'));
const COUNT = PUBLISHED.communities.length;

// As SharePoint exports a list: Title for the name, `;#` between the values
// of a multi-choice column, UK dates (one with a time), and one row whose
// contact is not an email address.
const SHAREPOINT_CSV = [
  'Title,Community type,Organisation,Service area,Description,Topics,Who can join,Status,Last reviewed,Contact email',
  'Budget Holders Network,Community of practice,UCL,Finance,"People who hold budgets share how they plan, forecast and report.",Budgets;#Forecasting;#Month-end,Anyone who holds a budget,Active,22/11/2026,budgets@example.ac.uk',
  'Venue Bookers,Community of practice,UCL,Events,"Staff who book rooms and venues compare suppliers, contracts and tips.",Venues;#Bookings,Staff who book events,Active,03/10/2026 09:00,jo at example',
  'Research Data Stewards,Professional network,UCL,Research support,Stewards of research data meet to agree good practice.,Research data;#FAIR,Data stewards,Active,15/09/2026,',
].join('\r\n') + '\r\n';

let server;
let browser;
serveAndLaunch((started) => ({ server, browser } = started));

const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { tag: el.tagName, id: el.id, text: (el.innerText || el.value || '').trim() };
});

/** Presses Tab until `check(focused)` holds. */
async function tabTo(page, check, what, limit = 120) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (check(await focused(page))) return;
  }
  assert.fail(`Tab never reached ${what}`);
}

const tabToButton = (page, name) => tabTo(page, (el) => el.tag === 'BUTTON' && el.text === name, `the button “${name}”`);

async function openStudio(page) {
  await page.goto(server.url('studio/'));
  await settled(page);
  await statusIs(page, `Opened the published directory: ${COUNT} communities.`);
}

async function statusIs(page, text) {
  await page.locator('#main .status-line', { hasText: text }).first().waitFor({ timeout: 15_000 })
    .catch(async () => assert.fail(`status is not “${text}” but “${await page.locator('#main .status-line').first().innerText()}”`));
}

const texts = (locator) => locator.evaluateAll((els) => els.map((el) => el.innerText.trim().replace(/\s+/g, ' ')));

async function finish(page, label) {
  expectNoProblems(page, label);
  expectOnlyOwnOrigin(page, server.origin);
  await page.context().close();
}

/** The whole journey by keyboard; returns the saved file's text. */
async function journey(page, label, { audit = true } = {}) {
  const check = async (step) => {
    if (audit) await expectAccessible(page, `${label}: ${step}`);
    await expectNoHorizontalScroll(page, `${label}: ${step}`);
  };
  await openStudio(page);
  await check('opened');

  // Open the CSV: the file input is reached and opened by keyboard.
  await tabTo(page, (el) => el.id === 'open-file', 'the file input');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  await chooser.setFiles({ name: 'Communities list.csv', mimeType: 'text/csv', buffer: Buffer.from(SHAREPOINT_CSV) });
  const heading = page.getByRole('heading', { name: '2. Match the columns of Communities list.csv' });
  await heading.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'map-heading');

  // The guesses, with the first values of each column, and how dates are read.
  assert.equal(await page.locator('#map-name').inputValue(), '0');
  assert.equal(await page.locator('#map-name-values').innerText(), 'First values: “Budget Holders Network”, “Venue Bookers”, “Research Data Stewards”');
  assert.equal(await page.locator('#map-topics-values').innerText(), 'First values: “Budgets;#Forecasting;#Month-end”, “Venues;#Bookings”, “Research data;#FAIR”');
  assert.equal(await page.locator('#map-separator').inputValue(), 'sharepoint');
  assert.equal(await page.locator('#map-id').inputValue(), '', 'no id column: ids are made from names');
  const readings = await texts(page.locator('.readings li'));
  assert.equal(readings.length, 3, readings.join('\n'));
  assert.equal(readings[1], 'Row 3, last_reviewed: “03/10/2026 09:00” read as day/month/year: 3 October 2026 (2026-10-03)');
  // Each row with a problem, numbered as the spreadsheet shows it, with the field and what to do.
  assert.deepEqual(await texts(page.locator('.row-problems li')), [
    'Row 3 (Venue Bookers): Contact email: "jo at example" is not one plain email address; write a single address, as in name@example.ac.uk',
  ]);
  assert.equal(await page.locator('.import-summary').innerText(),
    'Importing: 2 added, 0 changed, 0 removed. 1 row has problems: it comes in to be fixed in the editor.');
  await check('columns matched');

  // Merge into the published directory (the default with one open).
  assert.ok(await page.locator('#how-merge').isChecked());
  await tabToButton(page, 'Import 3 rows');
  await page.keyboard.press('Enter');
  await statusIs(page, 'Imported 3 rows from Communities list.csv: 2 added, 0 changed, 0 removed; 1 row has problems to fix: it is in the list under “Has problems”.');
  await page.waitForFunction(() => document.activeElement?.id === 'edit-heading');
  assert.equal(await page.locator('.list-count').innerText(), `Showing all ${COUNT + 3} communities.`);

  // The row with problems: found by the filter, opened, fixed.
  await tabTo(page, (el) => el.id === 'list-problems', 'the “Has problems” box');
  assert.equal(await page.locator('label[for=list-problems]').innerText(), 'Has problems (1)');
  await page.keyboard.press('Space');
  await page.locator('.list-count', { hasText: `Showing 1 of ${COUNT + 3} communities.` }).waitFor();
  await tabTo(page, (el) => el.tag === 'BUTTON' && el.text.startsWith('Venue Bookers'), 'the row to fix');
  assert.equal((await focused(page)).text.replace(/\s+/g, ' '), 'Venue Bookers 1 problem');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'form-heading');
  const summary = page.locator('#form-problems');
  assert.equal(await summary.locator('h4').innerText(), 'There is a problem');
  const problem = await texts(summary.locator('li'));
  assert.equal(problem.length, 1);
  assert.match(problem[0], /^Contact email: /);
  assert.equal(await page.locator('#field-contact_email').inputValue(), 'jo at example', 'the cell is kept to correct');
  assert.equal(await page.locator('#field-contact_email').getAttribute('aria-invalid'), 'true');
  await check('a row with a problem');

  // The summary's link takes focus to the field; the fix clears the problem as it is typed.
  await tabTo(page, (el) => el.tag === 'A' && el.text.startsWith('Contact email:'), 'the summary link');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'field-contact_email');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('venues@example.ac.uk');
  await summary.waitFor({ state: 'detached' });
  assert.equal(await page.locator('#error-contact_email').count(), 0);
  assert.equal(await page.locator('label[for=list-problems]').innerText(), 'Has problems (0)');
  await check('the row fixed');

  // Save: checked, downloaded, with its changes.
  await tabToButton(page, 'Check and save directory.json');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.equal(download.suggestedFilename(), 'directory.json');
  const saved = readFileSync(await download.path(), 'utf8');
  const result = page.locator('#save-result');
  await result.waitFor();
  assert.equal(await result.locator('strong').innerText(), 'Saved directory.json: 3 added, 0 changed, 0 removed.');
  // The fixed row came in after the rows that had no problems.
  assert.deepEqual(await texts(result.locator('li')), ['Budget Holders Network', 'Research Data Stewards', 'Venue Bookers']);
  await check('saved');
  return saved;
}

/** `make validate`'s validator on `text` saved as directory.json: its output, or a failure. */
function validate(text) {
  const dir = mkdtempSync(join(tmpdir(), 'studio-'));
  const file = join(dir, 'directory.json');
  writeFileSync(file, text);
  return execFileSync('cargo', ['run', '--locked', '--quiet', '-p', 'domain', '--bin', 'validate', '--', file], {
    cwd: new URL('../..', import.meta.url), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('content studio', () => {
  it('a SharePoint export: match columns, fix the bad row, save; the file validates and shows in the directory (keyboard only, three engines)', async () => {
    const page = await openPage(browser);
    const saved = await journey(page, 'studio');

    // Stable formatting: 2-space indent, fields in the schema's order, the published entries unchanged.
    const file = JSON.parse(saved);
    assert.equal(file.communities.length, COUNT + 3);
    assert.deepEqual(file.communities.slice(0, COUNT), PUBLISHED.communities);
    const added = file.communities.find((c) => c.name === 'Budget Holders Network');
    assert.deepEqual(added, {
      id: 'budget-holders-network', name: 'Budget Holders Network', kind: 'community-of-practice', organisation: 'UCL',
      service_area: 'Finance', summary: 'People who hold budgets share how they plan, forecast and report.',
      topics: ['Budgets', 'Forecasting', 'Month-end'], audience: 'Anyone who holds a budget', status: 'active',
      last_reviewed: '2026-11-22', contact_email: 'budgets@example.ac.uk',
    });
    assert.ok(saved.startsWith('{\n  "$schema"'), saved.slice(0, 40));
    assert.ok(saved.endsWith('}\n'));
    assert.equal(file.communities.find((c) => c.name === 'Venue Bookers').last_reviewed, '2026-10-03');

    // make validate accepts it.
    assert.match(validate(saved), /directory\.json/);

    // The navigator's directory shows the saved file.
    const reader = await openPage(browser);
    await reader.route('**/data/directory.json', (route) => route.fulfill({ contentType: 'application/json', body: saved }));
    await reader.goto(server.url('directory?q=venue%20bookers'));
    await settled(reader);
    await reader.getByRole('link', { name: 'Venue Bookers', exact: true }).waitFor();
    await finish(reader, 'directory with the saved file');
    await finish(page, 'studio');
  });

  it('the journey at 320 px: no sideways scrolling at any step', async () => {
    const page = await openPage(browser, { width: 320, height: 720 });
    await journey(page, 'studio at 320 px', { audit: false });
    await finish(page, 'studio at 320 px');
  });

  it('dark mode: every step passes the three engines', async () => {
    const page = await openPage(browser, { colorScheme: 'dark' });
    await journey(page, 'studio in dark mode');
    await finish(page, 'studio in dark mode');
  });

  it('the preview is the directory view with the edits', async () => {
    const page = await openPage(browser);
    await openStudio(page);
    await page.locator('.list-item').first().click();
    await page.locator('#field-name').fill('A renamed community');
    await page.getByRole('button', { name: 'Preview the directory' }).click();
    const region = page.getByRole('region', { name: 'Preview of the directory' });
    await region.waitFor();
    await region.getByRole('link', { name: 'A renamed community', exact: true }).waitFor();
    await expectAccessible(page, 'the preview');
    await page.getByRole('button', { name: 'Close the preview' }).click();
    await region.waitFor({ state: 'detached' });
    assert.equal(page.url(), server.url('studio/'));
    await finish(page, 'preview');
  });

  it('replace shows what would be removed first; files that are not a directory say why', async () => {
    const page = await openPage(browser);
    await openStudio(page);
    await page.setInputFiles('#open-file', { name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from(SHAREPOINT_CSV) });
    await page.locator('#how-replace').check();
    await page.waitForFunction((count) => document.querySelector('.import-summary')?.innerText.startsWith(`Importing: 2 added, 0 changed, ${count} removed.`), COUNT)
    .catch(async () => assert.fail(await page.locator('.import-summary').innerText()));
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('#map-heading').waitFor({ state: 'detached' });

    await page.setInputFiles('#open-file', { name: 'directory.json', mimeType: 'application/json', buffer: Buffer.from('{"communities": [') });
    const problems = page.locator('#open-problems');
    await problems.waitFor();
    assert.equal(await problems.locator('h3').innerText(), 'The file could not be opened');
    assert.match(await problems.locator('li').innerText(), /directory\.json.*line 1/s);
    await page.waitForFunction(() => document.activeElement?.id === 'open-problems');
    await expectAccessible(page, 'a file that cannot be opened');
    // What was open is unchanged.
    assert.equal(await page.locator('.list-count').innerText(), `Showing all ${COUNT} communities.`);

    await page.setInputFiles('#open-file', { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
    await page.locator('#open-problems li').first().waitFor();
    assert.notEqual(await page.locator('#open-problems li').innerText(), '');
    await finish(page, 'bad files');
  });

  it('the directory offers "Suggest a community" on a community and on no results, only when the editors have an address', async () => {
    const SITE = JSON.parse(readFileSync(new URL('../../public/data/site.json', import.meta.url), 'utf8'));
    const page = await openPage(browser);
    await page.route('**/data/site.json', (route) => route.fulfill({
      contentType: 'application/json', body: JSON.stringify({ ...SITE, directory_contact: 'cop-directory@example.ac.uk' }),
    }));
    const first = PUBLISHED.communities[0];
    await page.goto(server.url(`directory?c=${first.id}`));
    await settled(page);
    const link = page.getByRole('link', { name: 'Suggest a community', exact: true });
    await link.waitFor();
    assert.equal(await link.getAttribute('href'), server.url('studio/suggest/'));
    assert.equal(await page.locator('.suggest-link').innerText(), 'Know of a community that is not listed? Suggest a community');
    await page.goto(server.url('directory?q=zzzzqqq'));
    await settled(page);
    await page.locator('.empty-state .suggest-link').waitFor();
    await expectAccessible(page, 'no results, with the suggest link');
    await link.click();
    await page.getByRole('heading', { name: 'Suggest a community', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Write the email' }).waitFor();
    await finish(page, 'suggest link');

    const plain = await openPage(browser);
    await plain.goto(server.url(`directory?c=${first.id}`));
    await settled(plain);
    await plain.locator('#detail-title').waitFor();
    assert.equal(await plain.getByRole('link', { name: 'Suggest a community' }).count(), 0);
    await finish(plain, 'no suggest link');
  });

  it('the navigator downloads none of the studio, and links to it only from its footer', async () => {
    const page = await openPage(browser);
    await page.goto(server.url('directory'));
    await settled(page);
    assert.deepEqual(page.requests.filter((url) => url.includes('/studio/')), []);
    const links = page.getByRole('link', { name: 'For directory editors', exact: true });
    assert.equal(await links.count(), 1);
    assert.equal(await links.getAttribute('href'), server.url('studio/'));
    assert.equal(await page.locator('footer').getByRole('link', { name: 'For directory editors' }).count(), 1);
    await links.click();
    await settled(page);
    await statusIs(page, `Opened the published directory: ${COUNT} communities.`);
    await finish(page, 'navigator');
  });
});
