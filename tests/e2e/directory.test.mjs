// The community directory: instant search, facets, URL state, detail view,
// export, keyboard-only use, axe in light and dark, 320 px and print.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  expectAccessible, expectNoHorizontalScroll, expectNoProblems, expectOnlyOwnOrigin, openPage,
  serveAndLaunch, settled, SUB_PATH,
} from './harness.mjs';

let server;
let browser;
serveAndLaunch((started) => ({ server, browser } = started));

// textContent, not innerText: cards have `content-visibility: auto`, and until
// the browser's next rendering update has found them on screen (later on a
// loaded machine) their innerText reads as empty.
// Matches of every word (#results-list), then partial ones (#partial-list).
const cardTitles = (page) => page.locator('#results-list h3, #partial-list h3').allTextContents();
const partialTitles = (page) => page.locator('#partial-list h3').allTextContents();
const heading = (page) => page.locator('#results-title').innerText();
const params = (page) => new URL(page.url()).searchParams;

/** Opens the directory at `query` and waits for results or the empty state. */
async function open(page, query = '') {
  await page.goto(server.url(`directory${query}`));
  await settled(page);
  await page.locator('#results-title, #detail-title').first().waitFor();
}

/** Serves a copy of the sample directory changed by `edit`. */
async function withData(page, edit) {
  await page.route('**/data/directory.json', async (route) => {
    const data = await (await route.fetch()).json();
    edit(data.communities);
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify(data, null, 2) });
  });
}

/** Variety the sample lacks: a dormant, an archived, a due-for-review and a hybrid community. */
const VARIED = (communities) => {
  const byId = (id) => communities.find((c) => c.id === id);
  byId('ucl-procurement').status = 'archived';
  byId('ucl-facilities-management').status = 'dormant';
  byId('ucl-facilities-management').format = 'hybrid';
  byId('ucl-events-management').last_reviewed = '2019-01-15';
};

describe('searching', () => {
  it('shows the right cards as you type, highlights matches and announces the count', async () => {
    const page = await openPage(browser);
    await open(page);
    assert.equal(await heading(page), '26 communities');
    const box = page.getByLabel('Search communities');
    await box.fill('proc');
    await page.waitForFunction(() => document.querySelector('#results-title').innerText.includes('“proc”'));
    assert.equal((await cardTitles(page))[0], 'Procurement and Purchasing');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'proc', null, { timeout: 5000 });
    assert.equal(await page.locator('#results-list li').first().locator('h3 mark').textContent(), 'Procurement');

    await box.fill('HR');
    await page.waitForFunction(() => document.querySelector('#results-title').innerText.includes('“HR”'));
    assert.equal((await cardTitles(page))[0], 'HR Generalists');

    await box.fill('finanse');
    await page.waitForFunction(() => document.querySelector('#results-title').innerText.endsWith('4 match a similar word'));
    assert.equal(await heading(page), 'No communities match “finanse”; 4 match a similar word', 'a typo is never counted as a match');
    const titles = await partialTitles(page);
    assert.deepEqual(titles.slice(0, 2), ['Finance Community of Practice', 'Financial Management']);
    await page.waitForFunction(() => document.querySelector('[role=status][aria-live=polite]').innerText === 'No communities match “finanse”; 4 match a similar word.');
    assert.ok(await box.evaluate((el) => el === document.activeElement), 'typing keeps focus in the box');
    expectNoProblems(page, 'searching');
    expectOnlyOwnOrigin(page, server.origin);
    await page.context().close();
  });

  it('counts matches of every word apart from partial ones, which come after a note saying what they are', async () => {
    const page = await openPage(browser);
    await open(page, '?q=finance%20ucl');
    assert.equal(await heading(page), '3 communities match all of “finance ucl”; 1 more matches some of the words');
    assert.deepEqual(
      await page.locator('#results-list h3').allTextContents(),
      ['Financial Management', 'Post-Award Management', 'Procurement and Purchasing'],
    );
    assert.equal(
      await page.locator('#partial-note').innerText(),
      'Partial matches: these share only some of your words, or a word spelled like one of them.',
    );
    assert.deepEqual(await partialTitles(page), ['Finance Community of Practice'], 'not the 17 other UCL communities');

    const box = page.getByLabel('Search communities');
    await box.fill('buying stuff');
    await page.waitForFunction(() => document.querySelector('#results-title').innerText.includes('“buying stuff”'));
    assert.equal(await heading(page), 'No communities match all of “buying stuff”; 1 matches some of the words', '“stuff” is not “staff”');
    assert.equal(await page.locator('#results-list').count(), 0);
    assert.deepEqual(await partialTitles(page), ['Procurement and Purchasing']);

    await box.fill('budget management');
    await page.waitForFunction(() => document.querySelector('#results-title').innerText.includes('“budget management”'));
    assert.equal(await heading(page), '1 community matches all of “budget management”; 1 more matches some of the words');
    assert.deepEqual(await cardTitles(page), ['Financial Management', 'Finance Community of Practice']);
    await page.waitForFunction(() => document.querySelector('[role=status][aria-live=polite]').innerText
      === '1 community matches all of “budget management”; 1 more matches some of the words.');
    expectNoProblems(page, 'counts');
    await page.context().close();
  });

  it('shows 20 cards at a time; "Show more" adds the rest and moves focus to the first new one', async () => {
    const page = await openPage(browser);
    await open(page);
    assert.equal((await cardTitles(page)).length, 20);
    const more = page.getByRole('button', { name: 'Show 6 more (20 of 26 shown)' });
    await more.click();
    await page.waitForFunction(() => document.querySelectorAll('#results-list li').length === 26);
    await page.waitForFunction(() => document.activeElement?.closest('li') === document.querySelectorAll('#results-list li')[20]);
    assert.equal(await more.count(), 0, 'nothing more to show');
    await page.getByLabel('Search communities').fill('ucl');
    await page.waitForFunction(() => document.querySelector('#results-title').innerText.includes('“ucl”'));
    assert.equal((await cardTitles(page)).length, 20, 'a new search starts again at the first page');
    await page.context().close();
  });

  it('an empty result offers a spelling fix, fewer words and starting a community', async () => {
    const page = await openPage(browser);
    await open(page, '?q=fnanace');
    assert.equal(await heading(page), 'No communities match “fnanace”');
    const main = page.locator('main');
    assert.match(await main.innerText(), /Did you mean finance\?/);
    const assess = page.getByRole('link', { name: 'check whether you are ready to start a community' });
    assert.equal(new URL(await assess.evaluate((a) => a.href)).pathname, `${SUB_PATH}assess`);
    await page.getByRole('link', { name: 'finance', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('#results-title').innerText.includes('“finance”'));
    assert.equal(await page.getByLabel('Search communities').inputValue(), 'finance');
    assert.ok((await cardTitles(page)).length >= 2);
    await page.context().close();
  });
});

describe('facets', () => {
  it('combine with each other and with the query, with live counts, in the URL', async () => {
    const page = await openPage(browser);
    await open(page);
    const org = page.getByRole('group', { name: 'Organisation' });
    const area = page.getByRole('group', { name: 'Service area' });
    await org.getByLabel(/^UCL/).check();
    await page.waitForFunction(() => document.querySelector('#results-title').innerText === '20 communities match your filters');
    assert.equal(await area.locator('label', { hasText: 'Finance' }).locator('.count').innerText(), '(2)', 'area counts apply the organisation filter');
    await area.getByLabel(/^Finance/).check();
    await page.waitForFunction(() => document.querySelector('#results-title').innerText === '2 communities match your filters');
    assert.deepEqual(await cardTitles(page), ['Financial Management', 'Procurement and Purchasing']);
    assert.equal(await org.locator('label', { hasText: 'University of Oxford' }).locator('.count').innerText(), '(1)', 'ticking Oxford would add its finance community');
    await org.getByLabel(/^University of Oxford/).check();
    await page.waitForFunction(() => document.querySelector('#results-title').innerText.startsWith('3 communities'));
    assert.deepEqual(params(page).getAll('org'), ['UCL', 'University of Oxford']);
    assert.deepEqual(params(page).getAll('area'), ['Finance']);

    await page.getByLabel('Search communities').fill('proc');
    await page.waitForFunction(() => document.querySelector('#results-title').innerText === '2 communities match “proc” and your filters');
    assert.deepEqual(await cardTitles(page), ['Procurement and Purchasing', 'Finance Community of Practice'], 'a name beats a topic ("processes")');
    // The words reach the URL after a pause in typing: wait for that, rather
    // than race it (on a busy machine the pause may end before the next click).
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'proc');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForFunction(() => document.querySelector('#results-title').innerText === '2 communities match “proc”');
    assert.equal(params(page).getAll('org').length, 0);
    assert.equal(params(page).get('q'), 'proc', 'clearing filters keeps the words');
    // Back: the filters with the words (recorded in place of that entry),
    // then the entry before it, without words (UCL and Finance ticked).
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('#results-title').innerText === '2 communities match “proc” and your filters');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('#results-title').innerText === '2 communities match your filters');
    assert.deepEqual(params(page).getAll('org'), ['UCL']);
    assert.equal(await page.getByLabel('Search communities').inputValue(), '', 'Back restores the box too');
    expectNoProblems(page, 'facets');
    await page.context().close();
  });

  it('Back while typing: the words not yet in the URL never land on the entry Back returns to', async () => {
    const page = await openPage(browser);
    // Timers under the test's control: the pending URL write fires exactly
    // when the test says, whatever the machine's load.
    await page.clock.install();
    await open(page, '?org=UCL');
    await page.getByRole('group', { name: 'Service area' }).getByLabel(/^Finance/).check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('area') === 'Finance');
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    await page.getByLabel('Search communities').fill('proc');
    await page.waitForFunction(() => document.querySelector('#results-title').innerText.includes('“proc”'));
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('area'));
    await page.clock.runFor(2000);
    await page.waitForFunction(() => document.querySelector('#results-title').innerText === '20 communities match your filters');
    assert.equal(new URL(page.url()).search, '?org=UCL', 'the entry returned to is as it was');
    assert.equal(await page.getByLabel('Search communities').inputValue(), '', 'and so is the box');
    expectNoProblems(page, 'back while typing');
    await page.context().close();
  });

  it('offers only facets that narrow the list, and the Archived hint only with an Archived box', async () => {
    const page = await openPage(browser);
    await open(page);
    assert.equal(await page.getByRole('group', { name: 'Organisation' }).count(), 1);
    // Every sample community is an active community of practice.
    assert.equal(await page.getByRole('group', { name: 'Kind' }).count(), 0, 'one kind: not a filter');
    assert.equal(await page.getByRole('group', { name: 'Status' }).count(), 0, 'one status: not a filter');
    assert.equal(await page.getByText('hidden unless you tick Archived').count(), 0);

    await withData(page, (communities) => {
      communities.find((c) => c.id === 'ucl-facilities-management').status = 'dormant';
    });
    await open(page);
    const status = page.getByRole('group', { name: 'Status' });
    assert.equal(await status.locator('label').count(), 2, 'active and dormant');
    assert.equal(await page.getByText('hidden unless you tick Archived').count(), 0, 'no Archived box, no hint about one');

    await page.unrouteAll();
    await withData(page, VARIED);
    await open(page);
    assert.equal(await page.getByRole('group', { name: 'Status' }).getByLabel(/^Archived/).count(), 1);
    assert.equal(await page.getByText('Archived communities are hidden unless you tick Archived.').isVisible(), true);
    await page.context().close();
  });

  it('hide archived communities until one click shows them; show status, format and review flags', async () => {
    const page = await openPage(browser);
    await withData(page, VARIED);
    await open(page, '?area=Finance');
    assert.equal(await heading(page), '2 communities match your filters');
    assert.match(await page.locator('.archived-note').innerText(), /1 archived community also matches/);
    await page.getByRole('button', { name: 'Show archived' }).click();
    await page.waitForFunction(() => document.querySelector('#results-title').innerText.startsWith('3 communities'));
    assert.deepEqual(params(page).getAll('status'), ['active', 'dormant', 'archived']);
    const archived = page.locator('#results-list li', { hasText: 'Procurement and Purchasing' });
    assert.equal(await archived.locator('.badge.status-archived').innerText(), 'Archived');

    await open(page, '?status=dormant');
    assert.deepEqual(await cardTitles(page), ['Facilities Management']);
    assert.equal(await page.locator('#results-list .badge.status-dormant').textContent(), 'Dormant');
    const format = page.getByRole('group', { name: 'Format' });
    assert.equal(await format.locator('label').innerText(), 'Hybrid\n(1)');

    await open(page, '?q=events%20management');
    const events = page.locator('#results-list li', { hasText: 'Events Management' });
    assert.equal(await events.locator('.badge.needs-review').innerText(), 'Needs review');
    await events.locator('h3 a').click();
    await page.locator('.review-note').waitFor();
    assert.match(await page.locator('.review-note').innerText(), /last checked on 15 January 2019, 12 or more months ago/);
    await page.context().close();
  });

  it('sorts by name and by review date', async () => {
    const page = await openPage(browser);
    await withData(page, VARIED);
    await open(page, '?org=University%20of%20Glasgow&org=Queen%20Mary%20University%20of%20London');
    await page.getByLabel('Sort by').selectOption('name');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'name');
    assert.deepEqual(await cardTitles(page), [
      "Data Analysts' Community of Practice", 'Events Community of Practice',
      'Leadership & Management Community', 'Project Management Community',
    ]);
    await open(page, '?sort=reviewed&q=events');
    assert.equal((await cardTitles(page)).at(-1), 'Events Management', 'reviewed longest ago comes last');
    assert.equal(await page.getByLabel('Sort by').inputValue(), 'reviewed');
    await page.context().close();
  });
});

describe('links and reloads', () => {
  it('a shared URL restores the query, facets and sort, also after a reload', async () => {
    const page = await openPage(browser);
    const query = '?q=data&org=Queen%20Mary%20University%20of%20London&org=UCL&sort=name';
    await open(page, query);
    for (const when of ['first load', 'reload']) {
      assert.equal(await heading(page), '3 communities match “data” and your filters', when);
      assert.deepEqual(await cardTitles(page), ["Data Analysts' Community of Practice", 'Data and Insight', 'Research IT'], when);
      assert.equal(await page.getByLabel('Search communities').inputValue(), 'data', when);
      assert.equal(await page.getByLabel(/^UCL/).isChecked(), true, when);
      assert.equal(await page.getByLabel(/^University of Oxford/).isChecked(), false, when);
      assert.equal(await page.getByLabel('Sort by').inputValue(), 'name', when);
      await page.reload();
      await settled(page);
      await page.locator('#results-list li').first().waitFor();
    }
    assert.equal(new URL(page.url()).search, query);
    expectNoProblems(page, 'shared URL');
    await page.context().close();
  });

  it('ignores values it does not know, says so, and keeps the rest', async () => {
    const page = await openPage(browser);
    await open(page, '?kind=club&org=Nowhere&sort=popular&q=events&format=online&status=');
    const notice = await page.locator('.url-notices').innerText();
    assert.match(notice, /Ignored kind="club": it can be community-of-practice, professional-network\./);
    assert.match(notice, /Ignored org="Nowhere": the directory has no such organisation\./);
    assert.match(notice, /Ignored sort="popular"/);
    assert.equal(await heading(page), 'No communities match “events” and your filters', 'format=online is valid; no sample community is online');
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await page.waitForFunction(() => document.querySelector('#results-title').innerText.endsWith('match “events”'));
    assert.equal(await page.locator('.url-notices').count(), 0, 'the notice goes once the link is replaced');
    expectNoProblems(page, 'bad parameters');
    await page.context().close();
  });

  it('opens a community by deep link, with how to join, and goes back to the results', async () => {
    const page = await openPage(browser);
    await open(page, '?c=ucl-procurement&q=proc');
    assert.equal(await page.locator('#detail-title').innerText(), 'Procurement and Purchasing');
    const detail = page.locator('.community-detail');
    assert.match(
      await detail.innerText(),
      /How to join\n+No joining route given\. The source of this entry gives no joining link or contact address\.\n+See UCL's Communities of Practice SharePoint hub/,
    );
    assert.match(await detail.innerText(), /Service area\n+Finance/);
    assert.match(await detail.innerText(), /Last reviewed\n+22 November 2026/);
    assert.equal(await page.title(), 'Community directory — CoP Navigator');
    await page.reload();
    await settled(page);
    assert.equal(await page.locator('#detail-title').innerText(), 'Procurement and Purchasing', 'after a reload');
    await page.getByRole('link', { name: '← Back to the directory' }).click();
    await page.waitForFunction(() => document.querySelector('#results-title')?.innerText.includes('“proc”'));
    assert.equal(params(page).get('c'), null);
    assert.equal(await page.getByLabel('Search communities').inputValue(), 'proc');
    await page.waitForFunction(() => document.activeElement?.closest('#card-ucl-procurement'));
    expectNoProblems(page, 'detail');
    await page.context().close();
  });

  it('an entry without a way to join says how to find out; an unknown id says so', async () => {
    const page = await openPage(browser);
    await withData(page, (communities) => {
      delete communities.find((c) => c.id === 'qmul-events').join;
    });
    await open(page, '?c=qmul-events');
    assert.match(
      await page.locator('.community-detail').innerText(),
      /No joining route given\. The source of this entry gives no joining link or contact address\.\n+To find out, ask Queen Mary University of London's staff development or HR team/,
    );
    await open(page, '?c=ucl-no-such-thing');
    assert.equal(await page.locator('#detail-title').innerText(), 'Community not found');
    assert.match(await page.locator('main').innerText(), /The directory has no community with the id “ucl-no-such-thing”/);
    await page.getByRole('link', { name: 'Search the directory for “ucl no such thing”' }).click();
    await page.waitForFunction(() => document.querySelector('#results-title')?.innerText.includes('ucl no such thing'));
    assert.ok((await cardTitles(page)).length > 0, 'the words still find UCL communities');
    await page.context().close();
  });
});

const TOPS = 'https://www.ucl.ac.uk/transforming-our-professional-services/tops-projects/communities-practice';
const PROGRAMME = { name: 'Communities of Practice team', email: 'cop-team@example.ac.uk', url: 'https://example.ac.uk/cop' };
/** Serves the sample site.json with a programme contact. */
const withProgrammeContact = (page) =>
  page.route('**/data/site.json', async (route) => {
    const site = await (await route.fetch()).json();
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...site, programme_contact: PROGRAMME }) });
  });
/** Ways to join for UCL HR Generalists, which the sample does not have. */
const WITH_ROUTES = (communities) => {
  Object.assign(communities.find((c) => c.id === 'ucl-hr-generalists'), {
    join_url: 'https://forms.example.ac.uk/hr-generalists',
    teams_url: 'https://teams.microsoft.com/l/team/19%3Ahr-generalists',
    contact_email: 'hr-generalists@example.ac.uk',
    contact_name: 'Jo Lead and Sam Lead',
  });
};

describe('how to join', () => {
  it('an entry with ways in shows Join and Contact the leads, the programme contact and the source page', async () => {
    const page = await openPage(browser);
    await withData(page, WITH_ROUTES);
    await withProgrammeContact(page);
    await open(page, '?c=ucl-hr-generalists');
    const detail = page.locator('.community-detail');
    const join = detail.getByRole('link', { name: 'Join this community' });
    assert.equal(await join.getAttribute('href'), 'https://forms.example.ac.uk/hr-generalists');
    assert.equal(await detail.getByRole('link', { name: 'Join on Microsoft Teams' }).getAttribute('href'), 'https://teams.microsoft.com/l/team/19%3Ahr-generalists');
    assert.equal(await detail.getByRole('link', { name: 'Contact the leads' }).getAttribute('href'), 'mailto:hr-generalists@example.ac.uk');
    const text = await detail.innerText();
    assert.match(text, /Jo Lead and Sam Lead: hr-generalists@example\.ac\.uk/);
    assert.doesNotMatch(text, /No joining route given/);
    assert.match(text, /See UCL's Communities of Practice SharePoint hub/, 'what the entry says in words still shows');
    assert.match(text, /Questions about communities of practice\? Ask Communities of Practice team at cop-team@example\.ac\.uk or see the programme’s page\./);
    assert.equal(await detail.getByRole('link', { name: 'cop-team@example.ac.uk' }).getAttribute('href'), 'mailto:cop-team@example.ac.uk');
    assert.equal(await detail.getByRole('link', { name: 'Read more on UCL’s site' }).getAttribute('href'), TOPS);
    // The footer has the programme contact on every page, this one included.
    const footer = page.locator('footer.site-footer .programme-contact');
    assert.equal(await footer.count(), 1);
    assert.equal(await footer.getByRole('link', { name: 'the programme’s page' }).getAttribute('href'), PROGRAMME.url);
    await expectAccessible(page, 'a community with ways to join');
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page, 'a community with ways to join at 320 px');
    await page.goto(server.url('toolkit'));
    await settled(page);
    assert.match(await page.locator('footer.site-footer').innerText(), /Ask Communities of Practice team at cop-team@example\.ac\.uk/);
    expectNoProblems(page, 'ways to join');
    await page.context().close();
  });

  it('a sample entry says plainly that the source gives no joining route and links to the source page', async () => {
    const page = await openPage(browser);
    await open(page, '?c=glasgow-project-management');
    const detail = page.locator('.community-detail');
    assert.match(
      await detail.innerText(),
      /How to join\n+No joining route given\. The source of this entry gives no joining link or contact address\.\n+See the University of Glasgow's Organisational Development pages/,
    );
    assert.equal(
      await detail.getByRole('link', { name: 'Read more on University of Glasgow’s site' }).getAttribute('href'),
      'https://www.gla.ac.uk/myglasgow/humanresources/organisationaldevelopment/staffnetworksandcommunities/uofgcommunitiesofpracticetoolkit/',
    );
    assert.equal(await detail.getByRole('link', { name: /^Join|Contact the leads/ }).count(), 0);
    assert.equal(await page.locator('.programme-contact').count(), 0, 'the sample site.json has no programme contact, so none is shown');
    // Queen Mary's page has no public address in the sources: no link is made up.
    await open(page, '?c=qmul-events');
    assert.equal(await page.locator('.community-detail a', { hasText: 'Read more' }).count(), 0);
    expectNoProblems(page, 'no joining route');
    await page.context().close();
  });
});

describe('export', () => {
  it('downloads the current results as CSV with formulas defused', async () => {
    const page = await openPage(browser);
    await withData(page, (communities) => {
      communities.find((c) => c.id === 'ucl-procurement').name = '=HYPERLINK("https://example.org","Procurement")';
    });
    await open(page, '?area=Finance&org=UCL');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'community-directory.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    const rows = csv.split('\r\n');
    assert.ok(rows[0].startsWith('\uFEFFid,name,kind,organisation,service_area,status'), rows[0]);
    assert.equal(rows.length, 4, 'header, two communities, final line break');
    assert.ok(rows[1].startsWith('ucl-financial-management,Financial Management,'), rows[1]);
    assert.ok(rows[2].startsWith('ucl-procurement,"\'=HYPERLINK(""https://example.org"",""Procurement"")",'), rows[2]);
    assert.ok(rows[2].endsWith(`,no,${server.url('directory')}?c=ucl-procurement`), rows[2]);
    await page.waitForFunction(() => document.querySelector('[role=status][aria-live=polite]').innerText.includes('Downloaded 2 communities'));
    await page.context().close();
  });
});

describe('keyboard only', () => {
  it('search, open a result, come back to it, and tick a filter without losing focus', async () => {
    const page = await openPage(browser);
    await open(page);
    const active = () => page.evaluate(() => {
      const el = document.activeElement;
      return el.id || el.closest('[id]')?.id || el.tagName;
    });
    let steps = 0;
    while ((await active()) !== 'directory-search' && steps++ < 20) await page.keyboard.press('Tab');
    assert.equal(await active(), 'directory-search', 'the search box is reachable by Tab');
    await page.keyboard.type('events');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'results-title');
    assert.match(await heading(page), /match “events”/);
    // Results title → sort → download → first card's link.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement.closest('li')?.id);
    assert.equal(first, 'card-ucl-events-management');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'detail-title');
    assert.equal(await page.locator('#detail-title').innerText(), 'Events Management');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), '← Back to the directory');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.closest('li')?.id === 'card-ucl-events-management');

    await page.getByLabel(/^University of Glasgow/).focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('org') === 'University of Glasgow');
    assert.equal(await page.getByLabel(/^University of Glasgow/).isChecked(), true);
    assert.equal(
      await page.evaluate(() => document.activeElement.closest('label')?.innerText.split('\n')[0]),
      'University of Glasgow',
      'focus stays on the checkbox after the results change',
    );
    assert.deepEqual(await cardTitles(page), ['Leadership & Management Community', 'Project Management Community']);
    expectNoProblems(page, 'keyboard');
    await page.context().close();
  });
});

describe('accessibility, reflow and print', () => {
  const STATES = [
    ['the whole directory', ''],
    ['a search', '?q=finance'],
    ['combined filters', '?org=UCL&area=Finance&sort=name'],
    ['an empty result with a suggestion', '?q=fnanace&org=UCL'],
    ['ignored link values', '?kind=club'],
    ['a community', '?c=oxford-ea-pa'],
    ['an unknown community', '?c=nope'],
  ];
  for (const colorScheme of ['light', 'dark']) {
    it(`axe finds no WCAG 2.2 AA violations in any state (${colorScheme})`, async () => {
      const page = await openPage(browser, { colorScheme });
      await withData(page, (communities) => (VARIED(communities), WITH_ROUTES(communities)));
      await withProgrammeContact(page);
      for (const [label, query] of [
        ...STATES,
        ['archived, dormant and review badges', '?status=active&status=dormant&status=archived&q=management'],
        ['a community with ways to join and a programme contact', '?c=ucl-hr-generalists'],
      ]) {
        await open(page, query);
        await expectAccessible(page, `${label} (${colorScheme})`);
      }
      await open(page, '?q=events');
      await page.getByLabel('Search communities').focus();
      await expectAccessible(page, `focused search box (${colorScheme})`);
      await page.context().close();
    });
  }

  it('at 320 px nothing scrolls sideways and the filters fold behind a button', async () => {
    const page = await openPage(browser, { width: 320, height: 640 });
    for (const [label, query] of STATES) {
      await open(page, query);
      await expectNoHorizontalScroll(page, label);
    }
    await open(page, '?q=data');
    const toggle = page.getByRole('button', { name: 'Filters' });
    assert.equal(await page.locator('#filter-groups').isVisible(), false, 'folded');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await page.getByLabel(/^UCL/).check();
    await page.waitForFunction(() => document.querySelector('#results-title').innerText.includes('your filters'));
    assert.equal(await page.getByRole('button', { name: 'Filters (1 ticked)' }).isVisible(), true);
    await expectNoHorizontalScroll(page, 'filters open');
    await expectAccessible(page, '320 px with the filters open');
    await page.context().close();
  });

  it('at 320 px, “Show N results” says the live count and takes keyboard users to the results', async () => {
    const page = await openPage(browser, { width: 320, height: 640 });
    await open(page);
    const active = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent);
    await page.getByRole('button', { name: 'Filters' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    assert.match(await page.evaluate(() => document.activeElement.closest('label')?.innerText), /^Queen Mary/);
    // Organisation: Queen Mary, UCL (A–Z, ignoring case).
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('org') === 'UCL');
    const show = page.getByRole('button', { name: 'Show 20 results' });
    assert.equal(await show.isVisible(), true, 'the live count');
    let steps = 0;
    while ((await active()) !== 'Show 20 results' && steps++ < 40) await page.keyboard.press('Tab');
    assert.equal(await active(), 'Show 20 results', 'reachable by Tab after the filters');
    await expectNoHorizontalScroll(page, 'show results');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'results-title');
    assert.equal(await heading(page), '20 communities match your filters');
    assert.equal(await page.locator('#filter-groups').isVisible(), false, 'the filters fold away');
    assert.equal(await page.getByRole('button', { name: 'Filters (1 ticked)' }).getAttribute('aria-expanded'), 'false');

    await page.setViewportSize({ width: 1280, height: 800 });
    assert.equal(await page.locator('.show-results').isVisible(), false, 'beside the results, no need for it');
    await page.context().close();
  });

  it('prints the results without the controls', async () => {
    const page = await openPage(browser);
    await open(page, '?q=grants');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.filters').isVisible(), false);
    assert.equal(await page.locator('form[role=search]').isVisible(), false);
    assert.equal(await page.getByRole('button', { name: 'Download CSV' }).isVisible(), false);
    assert.equal(await page.locator('#results-title').isVisible(), true);
    assert.deepEqual(await cardTitles(page), ['Pre-Award Management', 'Post-Award Management']);
    await page.context().close();
  });
});
