// Start together (/together/, a second app) on a static server at a
// sub-path: three people's links by keyboard alone, bad links and files,
// 13 people, the same person twice, links into the page, the group's own
// link, progress since an earlier result, the starter documents (download
// and print), the guide's result, axe in light and dark, 320 px, and the
// navigator's links here.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  expectAccessible, expectNoHorizontalScroll, expectNoProblems, expectOnlyOwnOrigin, openPage,
  serveAndLaunch, settled,
} from './harness.mjs';

const CONTENT = JSON.parse(readFileSync(new URL('../../public/data/assessment.json', import.meta.url), 'utf8'));
const STATEMENTS = CONTENT.sections.flatMap((section) => section.statements);
const FACTOR_OF = new Map(STATEMENTS.map((s) => [s.id, s.factor]));
const STATEMENT_TEXT = new Map(STATEMENTS.map((s) => [s.id, s.text]));
const LEVEL_IDS = ['not-yet', 'partly', 'mostly', 'in-place'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

const NAME = 'Events people';
const DOMAIN = 'event planning and venues';
const CHOOSE = 'Choose a file saved with “Save your answers to continue later” on the self-assessment\'s result page or a saved group, or ask the person for their share link.';
const DAMAGED = 'This share link is incomplete or damaged: it may have been cut short when it was copied. Ask for the link again.';

let server;
let browser;
serveAndLaunch((started) => ({ server, browser } = started));

/**
 * A share code as the self-assessment writes it (share.rs): `level(id)` is
 * 0–3, or undefined for a statement not answered; `retired` are ids this
 * version of the assessment no longer asks.
 */
function shareCode({ name = NAME, domain = DOMAIN, level, retired = [] }) {
  const escape = (text) => text.replaceAll('\\', '\\\\').replaceAll('\n', '\\n');
  let text = `n${escape(name)}\nd${escape(domain)}\n`;
  for (const id of [...STATEMENTS.map((s) => s.id), ...retired].sort()) {
    const points = retired.includes(id) ? 2 : level(id);
    if (points !== undefined) text += `${id}=${points}\n`;
  }
  return `1.${Buffer.from(text, 'utf8').toString('base64url')}`;
}

/** The link a person copies from their result page. */
const shareLink = (answers) => server.url(`assess#r=${shareCode(answers)}`);

/** A saved answers file (saved.rs), as "Save your answers to continue later" writes it. */
function savedFile({ name = NAME, domain = DOMAIN, level, savedOn }) {
  const answers = Object.fromEntries(STATEMENTS.map((s) => [s.id, { level: LEVEL_IDS[level(s.id)] }]));
  const file = { format: 'cop-navigator-assessment', version: 1, saved_on: savedOn, community: { name, domain }, answers };
  return Buffer.from(JSON.stringify(file, null, 2));
}

// Three founders whose answers differ: "Is there a sponsor?" 3 levels apart,
// the first plan 2 apart; all three say "mostly" or better on eight factors
// and below "mostly" on checking what exists.
const ALEX = {
  level: (id) => (FACTOR_OF.get(id) === 'first-plan' ? 0 : FACTOR_OF.get(id) === 'existing-check' ? 1 : 2),
};
const SAM = {
  level: (id) => (id === 'role-sponsor' || FACTOR_OF.get(id) === 'existing-check' ? 0 : 2),
};
const PRIYA = {
  level: (id) => (FACTOR_OF.get(id) === 'first-plan' || FACTOR_OF.get(id) === 'existing-check' ? 1 : 3),
};
const THREE = [ALEX, SAM, PRIYA];

const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { tag: el.tagName, id: el.id, text: el.textContent.trim() };
});

/** Presses Tab until `check(focused)` holds (at most `limit` times). */
async function tabTo(page, check, what, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (check(await focused(page))) return;
  }
  assert.fail(`Tab never reached ${what}`);
}

async function openTogether(page, fragment = '') {
  await page.goto(server.url(`together/${fragment}`));
  await settled(page);
}

/** Waits for the group's heading to say `text` (the heading is how a person sees the count). */
async function groupIs(page, text) {
  await page.getByRole('heading', { name: text, exact: true }).waitFor({ timeout: 10_000 });
}

/** Pastes `links` into the box and adds them (by mouse: for tests about other things). */
async function paste(page, links) {
  await page.getByLabel('Paste share links').fill(links.join('\n'));
  await page.getByRole('button', { name: 'Add people from the links' }).click();
}

/** A fresh page with the three founders added. */
async function threePeople(options) {
  const page = await openPage(browser, options);
  await openTogether(page);
  await paste(page, THREE.map(shareLink));
  await groupIs(page, 'The group: 3 people');
  await page.locator('article.starter-doc').first().waitFor();
  return page;
}

const texts = (locator) => locator.evaluateAll((els) => els.map((el) => el.innerText.trim().replace(/\s+/g, ' ')));

/** The problems listed in the error summary. */
async function problemsListed(page) {
  await page.locator('#add-problems[role=alert]').waitFor({ timeout: 10_000 });
  return texts(page.locator('#add-problems li'));
}

async function expectSummaryFocused(page) {
  await page.waitForFunction(() => document.activeElement?.id === 'add-problems', null, { timeout: 5_000 })
    .catch(() => assert.fail('focus did not move to the list of problems'));
}

/** Closes the page after the checks every test ends with. */
async function finish(page, label) {
  expectNoProblems(page, label);
  expectOnlyOwnOrigin(page, server.origin);
  await page.context().close();
}

describe('adding people', () => {
  it('three people’s links by keyboard alone: the dot plot, what to talk about, agreement and the documents', async () => {
    const page = await openPage(browser);
    await openTogether(page);
    await tabTo(page, (f) => f.id === 'links', 'the links box');
    await page.keyboard.insertText(THREE.map(shareLink).join('\n'));
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).text, 'Add people from the links', 'the button follows the box');
    await page.keyboard.press('Enter');
    await groupIs(page, 'The group: 3 people');
    assert.deepEqual(await texts(page.locator('ol.people .person-name')), ['Person 1', 'Person 2', 'Person 3']);
    assert.equal(await page.getByLabel('Paste share links').inputValue(), '', 'everything was used');
    assert.match(await page.getByRole('status').filter({ hasText: 'Added 3 people' }).innerText(), /^Added 3 people; the group has 3 people\.$/);

    // A row per factor, each with one dot per person (all three assessed every factor).
    const rows = page.locator('figure.dot-plot li.dot-row');
    assert.equal(await rows.count(), CONTENT.factors.length);
    for (let i = 0; i < CONTENT.factors.length; i++) {
      assert.equal(await rows.nth(i).locator('circle.dot').count(), 3, `three dots for ${CONTENT.factors[i].id}`);
      assert.deepEqual(await rows.nth(i).locator('text.dot-number').allTextContents(), ['1', '2', '3']);
    }
    const roles = CONTENT.factors.findIndex((f) => f.id === 'roles');
    assert.equal(await rows.nth(roles).locator('.dot-label').innerText(), 'Roles in place: median 67%, spread 56 points');
    assert.deepEqual(await texts(page.locator('.dot-key li')), ['1 Person 1', '2 Person 2', '3 Person 3']);

    // Talk about these first: widest spread first, with who chose what.
    const talk = page.locator('ol.disagreements > li');
    assert.equal(await talk.count(), 4, 'the sponsor statement and the three first-plan statements');
    assert.equal(await talk.nth(0).locator('.statement-text').innerText(), STATEMENT_TEXT.get('role-sponsor'));
    assert.equal(await talk.nth(0).locator('.meta').innerText(), 'Roles in place · answers 3 levels apart');
    assert.deepEqual(await texts(talk.nth(0).locator('.who-chose li')), ['Not yet: Person 2', 'Mostly: Person 1', 'In place: Person 3']);
    assert.equal(await talk.nth(1).locator('.statement-text').innerText(), STATEMENT_TEXT.get('plan-delivery'));
    assert.equal(await talk.nth(1).locator('.meta').innerText(), 'First plan · answers 2 levels apart');
    assert.deepEqual(await texts(talk.nth(1).locator('.who-chose li')), ['Not yet: Person 1', 'Partly: Person 3', 'Mostly: Person 2']);

    const strengths = await texts(page.locator('h3:text-is("Agreed strengths") + ul > li'));
    assert.equal(strengths.length, 8);
    assert.equal(strengths[0], 'Executive sponsorship (median 67%)');
    assert.deepEqual(await texts(page.locator('h3:text-is("Agreed gaps") + ul > li')), ['Checked what exists (median 33%)']);
    assert.ok(await page.locator('ol.next-steps > li').count() > 0, 'next steps for the group’s gaps');

    // The chart's table: a column per person, then the median and the spread.
    const table = page.getByRole('table', { name: 'Readiness by factor: each person’s score, the median and the spread' });
    assert.deepEqual(await texts(table.locator('thead th')), ['Factor', 'Person 1', 'Person 2', 'Person 3', 'Median', 'Spread']);
    assert.deepEqual(await texts(table.locator('tbody tr').nth(roles).locator('th, td')),
      ['Roles in place', '67% (Mostly)', '44% (Partly)', '100% (In place)', '67%', '56 points']);

    // The documents, for the community the answers name.
    const documents = page.locator('article.starter-doc');
    assert.deepEqual(await texts(documents.locator('h3')),
      [`Community charter (draft): ${NAME}`, `Sponsor brief: ${NAME}`, `First meeting agenda: ${NAME}`]);
    assert.match(await documents.first().innerText(), new RegExp(`A first draft of the charter for ${NAME}, made on \\d+ \\w+ \\d{4} from the self-assessment answers of 3 people\\.`));
    await finish(page, 'keyboard journey');
  });

  it('naming a person by keyboard keeps focus in the list, and the comparison uses the name', async () => {
    const page = await openPage(browser);
    await openTogether(page);
    await paste(page, THREE.map(shareLink));
    await groupIs(page, 'The group: 3 people');
    await tabTo(page, (f) => f.id === 'person-0-label', 'the name field for Person 1', 100);
    await page.keyboard.type('Alex');
    await page.keyboard.press('Tab');
    await page.locator('ol.people .person-name', { hasText: 'Alex' }).waitFor({ timeout: 5_000 });
    const now = await focused(page);
    assert.deepEqual({ tag: now.tag, text: now.text }, { tag: 'BUTTON', text: 'Remove Alex' },
      'after naming Person 1 and pressing Tab, focus is on the Remove button next to the name, not lost');
    assert.deepEqual(await texts(page.locator('ol.disagreements > li').first().locator('.who-chose li')),
      ['Not yet: Person 2', 'Mostly: Alex', 'In place: Person 3']);
    assert.deepEqual(await texts(page.locator('table.figures thead th')), ['Factor', 'Alex', 'Person 2', 'Person 3', 'Median', 'Spread']);
    await finish(page, 'naming');
  });

  it('adds the good links around a truncated one, names it and leaves it in the box', async () => {
    const page = await openPage(browser);
    await openTogether(page);
    const whole = shareLink(SAM);
    // Cut in the middle of the code, where the answers it still holds do not end a line.
    let cut = Math.floor(whole.length / 2);
    const decoded = (link) => Buffer.from(link.split('#r=1.')[1], 'base64url').toString('utf8');
    while (decoded(whole.slice(0, cut)).endsWith('\n')) cut--;
    const truncated = whole.slice(0, cut);
    await paste(page, [shareLink(ALEX), truncated, shareLink(PRIYA)]);
    await groupIs(page, 'The group: 2 people');
    assert.deepEqual(await problemsListed(page), [`Link 2 of 3: ${DAMAGED}`]);
    assert.equal(await page.locator('#add-problems h3').innerText(), 'Some of what you added could not be used');
    await expectSummaryFocused(page);
    assert.equal(await page.getByLabel('Paste share links').inputValue(), truncated, 'only the truncated link stays');
    await expectAccessible(page, 'a truncated link');
    await finish(page, 'truncated link');
  });

  for (const choice of ['Remove Person 2', 'Keep both']) {
    it(`the same person twice: says so, and “${choice}”`, async () => {
      const page = await openPage(browser);
      await openTogether(page);
      await paste(page, [shareLink(ALEX), shareLink(ALEX)]);
      await groupIs(page, 'The group: 2 people');
      const notice = page.locator('.notice.duplicate');
      assert.equal(await notice.locator('p').first().innerText(),
        'Person 2 has exactly the same answers as Person 1: the same answers may have been added twice. Remove Person 2 if so; keep both if two people really answered alike.');
      await notice.getByRole('button', { name: choice, exact: true }).click();
      await groupIs(page, choice === 'Keep both' ? 'The group: 2 people' : 'The group: 1 person');
      await notice.waitFor({ state: 'detached', timeout: 5_000 });
      assert.equal(await page.locator('ol.people > li').count(), choice === 'Keep both' ? 2 : 1);
      await finish(page, `duplicate, ${choice}`);
    });
  }

  it('13 people at once: adds 12, says why the 13th was not, and keeps its link', async () => {
    const page = await openPage(browser);
    await openTogether(page);
    const links = Array.from({ length: 13 }, (_, i) => shareLink({ name: `${NAME} ${i + 1}`, level: (id) => (id.length + i) % 4 }));
    await paste(page, links);
    await groupIs(page, 'The group: 12 people');
    assert.deepEqual(await problemsListed(page), [
      'A group can have at most 12 people, so Person 13 (from link 13) was not added. To compare them, remove someone from the group first, or save this group and start another one for them.',
    ]);
    await expectSummaryFocused(page);
    assert.equal(await page.getByLabel('Paste share links').inputValue(), links[12]);
    assert.equal(await page.locator('figure.dot-plot li.dot-row').first().locator('circle.dot').count(), 12);
    await finish(page, '13 people');
  });

  it('a file from another tool is refused by name; a saved answers file adds a person with its date', async () => {
    const page = await openPage(browser);
    await openTogether(page);
    for (const [name, mimeType, body, message] of [
      ['answers.csv', 'text/csv', 'Name,Level\nAlex,Mostly\n',
        `answers.csv is not a file CoP Navigator saved: it is plain text or a spreadsheet (CSV), not JSON. ${CHOOSE}`],
      ['directory.json', 'application/json', '{"communities": []}',
        `directory.json is a JSON file, but not answers saved by CoP Navigator. ${CHOOSE}`],
      ['board.json', 'application/json', '{"format": "trello-board", "lists": []}',
        `board.json is a file from another tool (its format is “trello-board”), not answers saved by CoP Navigator. ${CHOOSE}`],
    ]) {
      await page.locator('#files').setInputFiles({ name, mimeType, buffer: Buffer.from(body) });
      await page.locator('#add-problems li', { hasText: name }).waitFor({ timeout: 10_000 });
      assert.deepEqual(await problemsListed(page), [message]);
      await expectSummaryFocused(page);
      await groupIs(page, 'The group: 0 people');
      assert.equal(await page.locator('ol.people > li').count(), 0, `nobody added from ${name}`);
    }
    await expectAccessible(page, 'a file from another tool');

    await page.locator('#files').setInputFiles({ name: 'alex.json', mimeType: 'application/json', buffer: savedFile({ ...ALEX, savedOn: '2026-10-01' }) });
    await groupIs(page, 'The group: 1 person');
    assert.equal(await page.locator('ol.people .person .meta').innerText(), `23 of 23 statements answered for “${NAME}”, saved 1 October 2026`);
    await page.locator('#add-problems').waitFor({ state: 'detached', timeout: 5_000 });
    await finish(page, 'files');
  });
});

describe('answers from another version of the assessment', () => {
  it('says what is left out and still compares the rest', async () => {
    const page = await openPage(browser);
    await openTogether(page);
    // Person 2 answered before "checking what exists" was asked, and a statement since retired.
    const older = {
      level: (id) => (FACTOR_OF.get(id) === 'existing-check' ? undefined : SAM.level(id)),
      retired: ['sponsor-budget-agreed'],
    };
    await paste(page, [shareLink(ALEX), shareLink(older), shareLink(PRIYA)]);
    await groupIs(page, 'The group: 3 people');
    assert.deepEqual(await texts(page.locator('section[aria-labelledby=compare-heading] .notice[role=status]')), [
      'Person 2 answered 1 statement this version of the assessment no longer asks; that answer is left out.',
      'Person 2 did not answer 2 of the 23 statements (added since they answered, or skipped); the group\'s figures for those use the others\' answers.',
    ]);
    const existing = CONTENT.factors.findIndex((f) => f.id === 'existing-check');
    const rows = page.locator('figure.dot-plot li.dot-row');
    assert.equal(await rows.nth(existing).locator('circle.dot').count(), 2, 'no dot for a factor Person 2 was not asked');
    assert.deepEqual(await rows.nth(existing).locator('text.dot-number').allTextContents(), ['1', '3']);
    assert.equal(await rows.nth(0).locator('circle.dot').count(), 3);
    assert.deepEqual(await texts(page.locator('table.figures tbody tr').nth(existing).locator('td')),
      ['33% (Partly)', 'not answered', '33% (Partly)', '33%', '0 points']);
    await finish(page, 'mixed versions');
  });
});

describe('links into the page', () => {
  it('together/#r=… adds that person, says so and drops the code; a reload does not add them twice', async () => {
    const page = await openPage(browser);
    await openTogether(page, `#r=${shareCode(ALEX)}`);
    await groupIs(page, 'The group: 1 person');
    assert.equal(await page.locator('.together-step .notice[role=status]').first().innerText(), 'Added the answers in the link you opened (1 person).');
    assert.equal(new URL(page.url()).hash, '', 'the answers leave the address');
    assert.equal(page.url(), server.url('together/'));
    await page.waitForFunction(() => localStorage.getItem('cop-navigator.together.group') !== null);
    await page.reload();
    await settled(page);
    await groupIs(page, 'The group: 1 person');
    assert.equal(await page.locator('.together-step .notice[role=status]').first().innerText(),
      'Your group from last time is back (1 person). Remove people below, or add more.');
    await finish(page, '#r= link');
  });

  it('the group’s own link opens the same three people in another browser', async () => {
    const page = await threePeople();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.getByLabel('Name or initials for Person 1').fill('Alex');
    await page.getByLabel('Name or initials for Person 1').blur();
    await page.locator('ol.people .person-name', { hasText: 'Alex' }).waitFor({ timeout: 5_000 });
    await page.getByRole('button', { name: 'Copy a link to the group' }).click();
    const field = page.getByLabel('Link to the group');
    await field.waitFor({ timeout: 5_000 });
    const link = await field.inputValue();
    assert.ok(link.startsWith(server.url('together/#g=')), link);
    await page.waitForFunction(() => document.querySelector('[aria-live]')?.textContent === 'Link to the group copied.', null, { timeout: 5_000 });
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

    const other = await openPage(browser);
    await other.goto(link);
    await settled(other);
    await groupIs(other, 'The group: 3 people');
    assert.deepEqual(await texts(other.locator('ol.people .person-name')), ['Alex', 'Person 2', 'Person 3']);
    assert.equal(await other.locator('.together-step .notice[role=status]').first().innerText(), 'Added the answers in the link you opened (3 people).');
    assert.equal(new URL(other.url()).hash, '');
    assert.equal(await other.locator('figure.dot-plot li.dot-row').first().locator('circle.dot').count(), 3);
    await finish(other, 'group link, opened');
    await finish(page, 'group link');
  });
});

describe('progress and documents', () => {
  it('an earlier saved result shows each factor then and now, with the dates', async () => {
    const page = await openPage(browser);
    await openTogether(page);
    await paste(page, [shareLink({ level: () => 2 })]);
    await groupIs(page, 'The group: 1 person');
    const earlier = page.getByLabel('Earlier result', { exact: true });
    await earlier.setInputFiles({ name: 'earlier.csv', mimeType: 'text/csv', buffer: Buffer.from('Factor,Then\n') });
    const problem = page.locator('section[aria-labelledby=progress-heading] .error-text[role=alert]');
    await problem.waitFor({ timeout: 10_000 });
    assert.equal(await problem.innerText(), `earlier.csv is not a file CoP Navigator saved: it is plain text or a spreadsheet (CSV), not JSON. ${CHOOSE}`);
    assert.equal(await page.locator('table.progress').count(), 0);
    await earlier.setInputFiles({ name: 'earlier.json', mimeType: 'application/json', buffer: savedFile({ level: () => 1, savedOn: '2026-10-01' }) });
    const table = page.locator('table.progress');
    await table.waitFor({ timeout: 10_000 });
    assert.equal(await problem.count(), 0, 'the earlier problem goes');
    assert.equal(await table.locator('caption').innerText(),
      'Each factor then and now: earlier.json compared with the group today (median score for several people)');
    const today = await page.evaluate(() => [new Date().getDate(), new Date().getMonth(), new Date().getFullYear()]);
    assert.deepEqual(await texts(table.locator('thead th')),
      ['Factor', 'Then (1 October 2026)', `Now (${today[0]} ${MONTHS[today[1]]} ${today[2]})`, 'Change']);
    const rows = await texts(table.locator('tbody tr'));
    assert.deepEqual(rows, CONTENT.factors.map((f) => `${f.name} 33% 67% up 34 points`));
    await expectAccessible(page, 'progress');
    await finish(page, 'progress');
  });

  it('prints the charter alone, and downloads it as Markdown', async () => {
    const page = await threePeople();
    const charter = page.locator('#doc-community-charter');
    // The print dialog: record what is marked while it would be open.
    await page.evaluate(() => {
      window.print = () => {
        window.printed = {
          printing: document.documentElement.hasAttribute('data-printing'),
          marked: [...document.querySelectorAll('.printing')].map((el) => el.id),
        };
      };
    });
    await page.getByRole('button', { name: `Print Community charter (draft): ${NAME}`, exact: true }).click();
    await page.waitForFunction(() => window.printed, null, { timeout: 5_000 });
    assert.deepEqual(await page.evaluate(() => window.printed), { printing: true, marked: ['doc-community-charter'] });
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-printing') || !!document.querySelector('.printing')), false,
      'the marks go when the dialog closes');

    // What the paper shows while the dialog is open.
    await page.evaluate(() => {
      document.documentElement.setAttribute('data-printing', '');
      document.getElementById('doc-community-charter').classList.add('printing');
    });
    await page.emulateMedia({ media: 'print' });
    assert.equal(await charter.isVisible(), true);
    assert.equal(await charter.locator('h3').innerText(), `Community charter (draft): ${NAME}`);
    for (const hidden of ['#doc-sponsor-brief', '#doc-first-meeting-agenda', '#people-heading', '#compare-heading',
      '#progress-heading', '#documents-heading', '#guide-link', 'main > h1', 'header.site-header', 'footer.site-footer']) {
      assert.equal(await page.locator(hidden).isVisible(), false, `${hidden} is not printed`);
    }
    assert.equal(await page.locator('main button:visible').count(), 0, 'no buttons on paper');
    assert.equal((await page.locator('main').innerText()).trim(), (await charter.innerText()).trim(), 'only the charter is printed');
    await expectNoHorizontalScroll(page, 'print');
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => {
      document.documentElement.removeAttribute('data-printing');
      document.getElementById('doc-community-charter').classList.remove('printing');
    });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Download Community charter (draft): ${NAME} (Markdown)`, exact: true }).click(),
    ]);
    assert.ok(download.suggestedFilename().endsWith('.md'), download.suggestedFilename());
    assert.equal(download.suggestedFilename(), 'events-people-community-charter.md');
    const markdown = readFileSync(await download.path(), 'utf8');
    assert.ok(markdown.startsWith(`# Community charter (draft): ${NAME}\n`), markdown.slice(0, 80));
    assert.match(markdown, /\n## Purpose\n/);
    await page.waitForFunction(() => document.querySelector('[aria-live]')?.textContent === 'Downloaded events-people-community-charter.md.', null, { timeout: 5_000 });
    await finish(page, 'print and download');
  });

  it('a guide result link puts the guide’s result and words into the documents', async () => {
    const page = await openPage(browser);
    // Finish the guide's first question to learn its links' fingerprint.
    await page.goto(server.url('guide?question=purpose'));
    await settled(page);
    await page.locator('#answer-learn').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/a=/);
    const fingerprint = new URL(page.url()).searchParams.get('a').split('.')[0];
    // Answers typical of a community of practice (as in guide.test.mjs).
    const guideLink = server.url(`guide?a=${fingerprint}.00002002#about=${encodeURIComponent('venues and events')}`);

    await openTogether(page);
    await paste(page, [shareLink(ALEX)]);
    await groupIs(page, 'The group: 1 person');
    const field = page.getByLabel('Your guide result link (optional)');
    await field.fill(server.url('assess'));
    await field.press('Tab');
    const problem = page.locator('.documents .error-text[role=alert]');
    await problem.waitFor({ timeout: 10_000 });
    assert.equal(await problem.innerText(),
      'This is not a link to the guide\'s result. Open the guide "Which kind of group fits?", answer its questions, then copy the address of the result page (it contains "/guide?a=") and paste it here.');
    await field.fill(guideLink);
    await field.press('Tab');
    const status = page.locator('.documents p.meta[role=status]');
    await status.waitFor({ timeout: 10_000 });
    assert.equal(await status.innerText(), 'Using the guide’s result: Community of practice.');
    assert.equal(await problem.count(), 0);
    const charter = await page.locator('#doc-community-charter').innerText();
    assert.match(charter, /The guide “Which kind of group fits\?” suggested: Community of practice\./);
    assert.match(charter, /In the words given to the guide: venues and events/);
    await finish(page, 'guide link');
  });
});

describe('accessibility and reflow', () => {
  for (const colorScheme of ['light', 'dark']) {
    it(`no failures on the empty page and with three people (${colorScheme})`, async () => {
      const page = await openPage(browser, { colorScheme });
      await openTogether(page);
      await page.locator('article.starter-doc, .documents .empty').first().waitFor();
      await expectAccessible(page, `the empty page (${colorScheme})`);
      await paste(page, THREE.map(shareLink));
      await groupIs(page, 'The group: 3 people');
      await page.locator('article.starter-doc').first().waitFor();
      await expectAccessible(page, `three people (${colorScheme})`);
      await finish(page, `axe ${colorScheme}`);
    });
  }

  it('no horizontal scroll at 320 px with three people', async () => {
    const page = await threePeople({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page, 'three people at 320 px');
    await expectAccessible(page, 'three people at 320 px');
    await finish(page, '320 px');
  });
});

describe('the navigator links here', () => {
  it('from the self-assessment’s start and result; the person’s own answers are one click away', async () => {
    const page = await openPage(browser);
    await page.goto(server.url('assess'));
    await settled(page);
    const intro = page.getByRole('link', { name: 'Starting it with others? Compare answers from several people', exact: true });
    assert.equal(await intro.getAttribute('href'), server.url('together/'));

    // Opening a share link on the self-assessment keeps those answers in this browser.
    await page.goto(server.url(`assess#r=${shareCode(ALEX)}`));
    await settled(page);
    await page.waitForURL(/step=result/);
    await settled(page);
    const result = page.getByRole('link', { name: 'Start together: compare with others, see progress, draft a charter', exact: true });
    assert.equal(await result.getAttribute('href'), server.url('together/'));
    await result.click();
    await page.waitForURL(/\/together\/$/);
    await settled(page);
    const own = page.locator('.own-answers');
    assert.equal(
      await own.locator('p').first().innerText(),
      `Your own answers are saved in this browser: ${STATEMENTS.length} of ${STATEMENTS.length} statements answered for “${NAME}”.`,
    );
    await page.getByRole('button', { name: 'Add my answers', exact: true }).click();
    await groupIs(page, 'The group: 1 person');
    await own.waitFor({ state: 'detached' });
    await finish(page, 'links from the navigator');
  });
});
