// The guide "Which kind of group fits?" end to end: the whole journey by
// keyboard, shared links, bad links, every outcome's next steps, the
// comparison alone, axe in light and dark, 320 px and print.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  expectAccessible, expectNoHorizontalScroll, expectNoProblems, expectOnlyOwnOrigin,
  openPage, serveAndLaunch, settled, SUB_PATH,
} from './harness.mjs';

// Option positions per question (purpose, who, joining, together,
// deliverable, steering, motivation, duration), as in public/data/guide.json.
const TYPICAL = {
  'community-of-practice': '00002002',
  'formal-work-group': '12131111',
  'project-team': '23220220',
  'informal-network': '31313333',
};
// Four answers typical of a community of practice, four of a network: a tie.
const TIED = '01302303';
// The lunch-time talk series: for learning, people choose to come,
// a speaker talks, a line manager steers it, it is part of people's jobs.
const TALK_SERIES = '01043112';

let server;
let browser;
let fingerprint;

serveAndLaunch(async (started) => {
  ({ server, browser } = started);
  // The answer links' fingerprint, as the app writes it.
  const page = await openPage(browser);
  await page.goto(server.url('guide?question=purpose'));
  await settled(page);
  await page.locator('#answer-learn').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/a=/);
  fingerprint = new URL(page.url()).searchParams.get('a').split('.')[0];
  await page.context().close();
});

// The canonical result link: the person's words ride in the fragment.
const resultPath = (digits, about) =>
  `guide?a=${fingerprint}.${digits}` + (about ? `#about=${encodeURIComponent(about)}` : '');

const focused = (page) =>
  page.evaluate(() => ({
    id: document.activeElement?.id ?? '',
    tag: document.activeElement?.tagName ?? '',
    text: document.activeElement?.textContent?.trim() ?? '',
    name: document.activeElement?.getAttribute('name') ?? '',
    value: document.activeElement?.value ?? '',
  }));

/** Presses Tab until the focused element's text matches, as a keyboard user would. */
async function tabTo(page, pattern, limit = 120) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (pattern.test(now.text)) return;
  }
  throw new Error(`Tab never reached ${pattern}`);
}

/** Expects the question page for `text`, with its heading focused. */
async function atQuestion(page, text, progress) {
  await page.locator('legend h1', { hasText: text }).waitFor();
  assert.deepEqual(
    { id: (await focused(page)).id, text: (await focused(page)).text },
    { id: 'page-title', text },
    `focus on the question "${text}"`,
  );
  if (progress) assert.equal(await page.locator('legend .caption').innerText(), progress);
}

/** From the focused heading: Tab into the radios, choose the `down`-th after the first (or the checked one), continue. */
async function answer(page, down, button = /^Continue$/) {
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).name, 'answer', 'Tab reaches the radios');
  if (down === 0) await page.keyboard.press('Space');
  for (let i = 0; i < down; i++) await page.keyboard.press('ArrowDown');
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}

describe('the journey by keyboard only', () => {
  it('answers, skips, fixes an error, sees the result, changes answers', async () => {
    const page = await openPage(browser);
    await page.goto(server.url('guide'));
    await settled(page);
    assert.equal(await page.locator('h1').innerText(), 'Which kind of group fits?');
    await tabTo(page, /^Start now/);
    await page.keyboard.press('Enter');

    await atQuestion(page, 'What is the group mainly for?', 'Question 1 of 9');
    await answer(page, 0); // learning from each other

    await atQuestion(page, 'Who would be in it?', 'Question 2 of 9');
    await tabTo(page, /^Continue$/);
    await page.keyboard.press('Enter');
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    assert.equal((await focused(page)).tag, 'DIV', 'the error summary takes focus');
    assert.match(await summary.innerText(), /There is a problem\s+Select an answer/);
    await page.waitForFunction(() => document.title.startsWith('Error: Who would be in it?'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // the error's link moves focus to the first option
    assert.equal((await focused(page)).id, 'answer-same-work');
    await page.keyboard.press('Space');
    await summary.waitFor({ state: 'detached' }); // the error goes once answered
    await tabTo(page, /^Continue$/);
    await page.keyboard.press('Enter');

    await atQuestion(page, 'Who decides who joins?', 'Question 3 of 9');
    await answer(page, 0); // people choose to join
    await atQuestion(page, 'What would members mostly do together?');
    await answer(page, 0); // shared challenges
    await atQuestion(page, 'Does the group have to produce something specific?');
    await answer(page, 2); // members may choose to make things
    await atQuestion(page, 'Who would steer it?', 'Question 6 of 9');
    await tabTo(page, /^Skip this question$/);
    await page.keyboard.press('Enter');
    await atQuestion(page, 'What would keep people taking part?');
    await answer(page, 0); // enthusiasm
    await atQuestion(page, 'How long should the group last?', 'Question 8 of 9');
    await answer(page, 2); // as long as members find it worthwhile

    await page.locator('h1', { hasText: 'In a few words, what would the group be about?' }).waitFor();
    assert.equal(await page.locator('main .caption').innerText(), 'Question 9 of 9 (optional)');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).id, 'about');
    await page.keyboard.type('procurement');
    await page.keyboard.press('Enter');

    const heading = page.locator('h1');
    await page.locator('.reasons').waitFor();
    assert.equal(await heading.innerText(), 'Your best fit: a community of practice');
    assert.equal((await focused(page)).id, 'page-title', 'the result heading takes focus');
    await page.waitForFunction(() => document.querySelector('[aria-live]')?.textContent.includes('Your best fit'));
    assert.match(await page.locator('main').innerText(), /You answered 7 of 8 questions/);
    const url = new URL(page.url());
    assert.equal(url.pathname, SUB_PATH + 'guide');
    assert.equal(url.searchParams.get('a'), `${fingerprint}.00002-02`);
    // The person's words ride in the fragment, never sent to the server.
    assert.equal(url.searchParams.get('about'), null);
    assert.equal(new URLSearchParams(url.hash.slice(1)).get('about'), 'procurement');

    // Change one answer from the result, and come straight back: the
    // answers one by one are folded, and open from the keyboard.
    await tabTo(page, /^Your answers, one by one$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Change your answer to “Who decides who joins\?”$/);
    await page.keyboard.press('Enter');
    await atQuestion(page, 'Who decides who joins?');
    assert.ok(await page.locator('#answer-self').isChecked(), 'the earlier answer is kept');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).id, 'answer-self');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await tabTo(page, /^Save and return to your result$/);
    await page.keyboard.press('Enter');
    await page.locator('.reasons').waitFor();
    assert.equal((await focused(page)).id, 'page-title');
    assert.match(await page.locator('.why-section').textContent(), /You said: No one: people simply stay in touch with those they know/);

    // Answer the skipped question from the notice.
    await tabTo(page, /^Answer the question you skipped$/);
    await page.keyboard.press('Enter');
    await atQuestion(page, 'Who would steer it?');
    await answer(page, 0, /^Save and return to your result$/);
    await page.locator('.reasons').waitFor();
    assert.doesNotMatch(await page.locator('main').innerText(), /You answered \d+ of/);
    assert.equal(new URL(page.url()).searchParams.get('a'), `${fingerprint}.00302002`);
    expectNoProblems(page, 'keyboard journey');
    expectOnlyOwnOrigin(page, server.origin);
    await page.context().close();
  });
});

describe('links to the guide', () => {
  it('a shared link restores the same result, also after a reload', async () => {
    const path = resultPath(TYPICAL['community-of-practice'], 'procurement');
    const first = await openPage(browser);
    await first.goto(server.url(path));
    await settled(first);
    const heading = await first.locator('h1').innerText();
    const fits = await first.locator('.fit-list').textContent();
    const shared = await first.locator('#share-link').inputValue();
    assert.equal(shared, server.url(path), 'the link offered is the canonical one');
    await first.context().close();

    const second = await openPage(browser);
    await second.goto(shared);
    await settled(second);
    assert.equal(await second.locator('h1').innerText(), heading);
    assert.equal(await second.locator('.fit-list').textContent(), fits);
    await second.reload();
    await settled(second);
    assert.equal(await second.locator('h1').innerText(), 'Your best fit: a community of practice');
    assert.match(fits, /Community of practice\s+Best fit\s+100% fit/);
    // A link made before the words moved to the fragment still opens with them.
    await second.goto(server.url(`guide?a=${fingerprint}.${TYPICAL['community-of-practice']}&about=procurement`));
    await settled(second);
    assert.equal(await second.locator('#share-link').inputValue(), shared);
    expectNoProblems(second, 'shared link');
    await second.context().close();
  });

  it('a malformed, outdated or unknown link is ignored with a short notice', async () => {
    const page = await openPage(browser);
    for (const [path, notice] of [
      ['guide?a=%3Cscript%3E', /could not be read/],
      ['guide?a=zzzzzz.0000', /earlier version of the guide's questions/],
      [`guide?a=${fingerprint}.99`, /could not be read/],
      ['guide?question=no-such-question', /no longer part of the guide/],
    ]) {
      await page.goto(server.url(path));
      await settled(page);
      assert.equal(await page.locator('h1').innerText(), 'Which kind of group fits?', path);
      assert.match(await page.locator('.guide-notice').innerText(), notice, path);
    }
    await page.goto(server.url(`guide?question=who&a=zzzzzz.0`));
    await settled(page);
    assert.equal(await page.locator('legend h1').innerText(), 'Who would be in it?');
    assert.match(await page.locator('.guide-notice').innerText(), /earlier version/);
    expectNoProblems(page, 'bad links');
    await page.context().close();
  });

  it('answers are kept when leaving the guide, until "Start again"', async () => {
    const page = await openPage(browser);
    await page.goto(server.url(resultPath(TYPICAL['project-team'])));
    await settled(page);
    await page.locator('nav a', { hasText: 'Directory' }).click();
    await settled(page);
    await page.locator('nav a', { hasText: 'Which group?' }).click();
    await settled(page);
    assert.equal(await page.locator('h1').innerText(), 'Which kind of group fits?');
    await page.getByRole('link', { name: 'Continue where you left off' }).click();
    await page.locator('.reasons').waitFor();
    assert.equal(await page.locator('h1').innerText(), 'Your best fit: a project team');
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.locator('legend h1', { hasText: 'What is the group mainly for?' }).waitFor();
    assert.equal(await page.locator('input[name=answer]:checked').count(), 0);
    assert.equal(new URL(page.url()).search, '?question=purpose');
    await page.locator('nav a', { hasText: 'Which group?' }).click();
    await settled(page);
    assert.equal(await page.getByRole('link', { name: 'Continue where you left off' }).count(), 0);
    expectNoProblems(page, 'resume');
    await page.context().close();
  });
});

describe('every outcome leads somewhere', () => {
  it('a community of practice: the self-assessment and a directory search in the person’s words', async () => {
    const page = await openPage(browser);
    await page.goto(server.url(resultPath(TYPICAL['community-of-practice'], 'procurement')));
    await settled(page);
    const next = page.locator('main');
    assert.equal(await next.locator(`a[href="${SUB_PATH}assess"]`).count() > 0, true);
    assert.ok(await next.locator(`a[href="${SUB_PATH}directory?q=procurement"]`).count());
    const existing = page.locator('section.existing');
    await existing.locator('li a', { hasText: 'Procurement and Purchasing' }).waitFor();
    assert.equal(
      await existing.locator('li a', { hasText: 'Procurement and Purchasing' }).getAttribute('href'),
      `${SUB_PATH}directory?c=ucl-procurement`,
    );
    // New words, typed on the result, search again without leaving it.
    await page.locator('#existing-about').fill('events');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('section.existing')?.innerText.includes('match “events”'));
    assert.equal(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('about'), 'events');
    assert.ok(await page.locator(`a[href="${SUB_PATH}directory?q=events"]`).count());
    await page.waitForFunction(() => /groups? found for events/.test(document.querySelector('[aria-live]')?.textContent));
    expectNoProblems(page, 'community of practice');
    await page.context().close();
  });

  it('a network: the networks in the directory and the toolkit on the difference', async () => {
    const page = await openPage(browser);
    await page.goto(server.url(resultPath(TYPICAL['informal-network'])));
    await settled(page);
    assert.equal(await page.locator('h1').innerText(), 'Your best fit: an informal network');
    // The sample directory lists no professional networks: no link to an
    // empty listing, but a plain sentence and the whole directory.
    const browse = page.locator('section.existing .browse-links');
    await browse.waitFor();
    assert.equal(await browse.innerText(), 'The directory lists no professional networks yet. Browse the whole directory');
    assert.equal(await page.locator(`a[href="${SUB_PATH}directory?kind=professional-network"]`).count(), 0);
    assert.equal(await browse.getByRole('link', { name: 'Browse the whole directory' }).getAttribute('href'), `${SUB_PATH}directory`);
    assert.ok(await page.locator(`a[href="${SUB_PATH}toolkit?s=networks-vs-cops"]`).count());
    assert.match(await page.locator('section.existing').innerText(), /Say in a few words what the group would be about/);

    // With a network in the directory, the link to every network is back.
    const withNetwork = await openPage(browser);
    await withNetwork.route('**/data/directory.json', async (route) => {
      const data = await (await route.fetch()).json();
      data.communities.find((c) => c.id === 'oxford-ea-pa').kind = 'professional-network';
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) });
    });
    await withNetwork.goto(server.url(resultPath(TYPICAL['informal-network'])));
    await settled(withNetwork);
    await withNetwork.locator(`a[href="${SUB_PATH}directory?kind=professional-network"]`, { hasText: 'Browse all professional networks in the directory' }).waitFor();
    await withNetwork.context().close();
    await page.context().close();
  });

  it('offers only close matches: every word, never a partial match', async () => {
    const page = await openPage(browser);
    await page.goto(server.url(resultPath(TYPICAL['community-of-practice'], 'budget management')));
    await settled(page);
    const existing = page.locator('section.existing');
    await existing.locator('li a', { hasText: 'Financial Management' }).waitFor();
    assert.equal(await existing.locator('.existing-list li').count(), 1, 'not Events Management');
    assert.match(await existing.innerText(), /1 group in the directory matches “budget management”:/);
    assert.match(await existing.innerText(), /1 more community in the directory matches only some of “budget management”, or a similar word: see them in the directory\./);
    assert.equal(
      await existing.getByRole('link', { name: 'see them in the directory' }).getAttribute('href'),
      `${SUB_PATH}directory?q=budget%20management`,
    );
    expectNoProblems(page, 'close matches');
    await page.context().close();
  });

  for (const [form, phrase] of [['project-team', 'a project team'], ['formal-work-group', 'a formal work group']]) {
    it(`${phrase}: why a community of practice may not fit, and how one could complement it`, async () => {
      const page = await openPage(browser);
      await page.goto(server.url(resultPath(TYPICAL[form])));
      await settled(page);
      assert.equal(await page.locator('h1').innerText(), `Your best fit: ${phrase}`);
      assert.match(await page.locator('section.next-steps').innerText(), /^Your next step\s+\S/);
      // The rest of the advice opens on request.
      const more = page.locator('details.fold', { hasText: 'More on what to do next' });
      assert.equal(await more.getAttribute('open'), null);
      await more.locator('summary').click();
      const next = await more.innerText();
      assert.match(next, /Why a community of practice may not be the right vehicle/);
      assert.match(next, /How a community of practice could complement it/);
      assert.equal(await page.locator('section.existing').count(), 0, 'no directory search for a team');
      await page.context().close();
    });
  }

  it('a close result names both forms alike, with how to tell them apart and next steps for each', async () => {
    const page = await openPage(browser);
    await page.goto(server.url(resultPath(TIED)));
    await settled(page);
    assert.equal(await page.locator('h1').innerText(), 'Close between a community of practice and an informal network');
    assert.match(await page.locator('.lead').innerText(), /almost equally well, so the guide does not pick one for you/);
    // Neither close form is marked above the other.
    const marked = page.locator('.fit-list li.top');
    assert.equal(await marked.count(), 2);
    for (const text of await marked.allTextContents()) assert.match(text, /Close fit/);
    assert.match(await page.locator('section.next-steps').innerText(), /^Your next step\s+Your answers sit between a community of practice and a network/);
    assert.deepEqual(
      await page.locator('details.fold > summary').allInnerTexts(),
      [
        'If a community of practice fits better', 'If an informal network fits better',
        'How well each kind of group fits', 'Your answers, one by one', 'Your answers next to the four kinds of group',
      ],
    );
    await page.context().close();
  });

  it('a lunch-time talk series is called what it is, with what pulls elsewhere and what to do instead', async () => {
    const page = await openPage(browser, { width: 1280, height: 900 });
    await page.goto(server.url(resultPath(TALK_SERIES)));
    await settled(page);
    assert.equal(await page.locator('h1').innerText(), 'This sounds like a talk or learning series, not a group');
    assert.deepEqual(await page.locator('.reasons li').allInnerTexts(), [
      'People mostly come to listen to talks.',
      'It helps people who do similar work learn from each other.',
      'It is about contacts and information, not making things.',
    ]);
    assert.equal(
      await page.locator('.elsewhere-summary').innerText(),
      'People choose to join and it lasts as long as members find it worthwhile, so in these respects it behaves like a community of practice, not like a talk or learning series.',
    );
    // Every answer that pulls elsewhere is named, not only those towards the top two.
    assert.deepEqual(await page.locator('.elsewhere li').allInnerTexts(), [
      'Towards a community of practice: people choose to join; it lasts as long as members find it worthwhile.',
      'Towards an informal network: its members come from many roles, drawn by a shared interest.',
      'Towards a formal work group: it is part of people\'s jobs.',
    ]);
    assert.match(await page.locator('section.next-steps').innerText(), /^What to do instead\s+Run it as a series/);
    // Short first: the verdict, its reasons and the next step are on the first screen.
    const step = await page.locator('section.next-steps h2').boundingBox();
    assert.ok(step.y + step.height <= 900, `the next step is above the fold (${step.y}px)`);
    const words = await page.evaluate(() => document.querySelector('main').innerText.split(/\s+/).filter(Boolean).length);
    const all = await page.evaluate(() => document.querySelector('main').textContent.split(/\s+/).filter(Boolean).length);
    console.log(`[guide result length] talk series: ${words} words shown, ${all} with every fold open`);
    expectNoProblems(page, 'talk series');
    await page.context().close();
  });
});

describe('the browser’s own buttons', () => {
  it('Back shows the previous question with its answer still chosen', async () => {
    const page = await openPage(browser);
    await page.goto(server.url('guide'));
    await settled(page);
    assert.equal(await page.locator('.prose .meta').innerText(), '9 questions, the last optional · about 3 minutes');
    await page.goto(server.url('guide?question=purpose'));
    await settled(page);
    await page.locator('#answer-learn').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await atQuestion(page, 'Who would be in it?', 'Question 2 of 9');
    await page.locator('#answer-many-roles').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await atQuestion(page, 'Who decides who joins?', 'Question 3 of 9');
    await page.goBack();
    await atQuestion(page, 'Who would be in it?');
    assert.ok(await page.locator('#answer-many-roles').isChecked(), 'the answer is still chosen');
    await page.goBack();
    await atQuestion(page, 'What is the group mainly for?');
    assert.ok(await page.locator('#answer-learn').isChecked());
    await page.goForward();
    await atQuestion(page, 'Who would be in it?');
    assert.ok(await page.locator('#answer-many-roles').isChecked());
    expectNoProblems(page, 'browser back');
    await page.context().close();
  });
});

describe('the comparison', () => {
  it('is reachable from the start page without answering anything', async () => {
    const page = await openPage(browser);
    await page.goto(server.url('guide'));
    await settled(page);
    await page.getByRole('link', { name: 'Compare the four kinds of group side by side' }).click();
    await page.locator('h1', { hasText: 'Compare the four kinds of group' }).waitFor();
    assert.equal(new URL(page.url()).search, '?view=compare');
    const table = page.locator('table.compare-table');
    assert.match(await table.locator('caption').innerText(), /Source: Communities of Practice: The Organizational Frontier/);
    assert.deepEqual(
      await table.locator('thead th').allInnerTexts(),
      // The corner names its column for screen readers (and IBM's checker), unseen.
      ['Question', 'Community of practice', 'Formal work group', 'Project team', 'Informal network'],
    );
    assert.deepEqual(
      await table.locator('tbody th').allInnerTexts(),
      ["What's the purpose?", 'Who belongs?', 'What holds it together?', 'How long does it last?'],
    );
    assert.match(await table.innerText(), /Members who select themselves/);
    assert.equal(await table.locator('.closest').count(), 0, 'nothing is marked without answers');
    await page.reload();
    await settled(page);
    assert.equal(await page.locator('h1').innerText(), 'Compare the four kinds of group');
    await page.context().close();
  });

  it('marks the answers on the result in words, not colour alone', async () => {
    const page = await openPage(browser);
    await page.goto(server.url(resultPath(TYPICAL['informal-network'])));
    await settled(page);
    await page.locator('details.fold > summary', { hasText: 'Your answers next to the four kinds of group' }).click();
    const closest = page.locator('table.compare-table td.closest');
    assert.equal(await closest.count(), 4);
    for (const text of await closest.allInnerTexts()) assert.match(text, /^Closest to your answers/);
    assert.match(await page.locator('table.compare-table thead th', { hasText: 'Informal network' }).innerText(), /Your best fit/);
    await page.context().close();
  });
});

describe('accessibility, reflow and print', () => {
  const states = () => [
    ['start', 'guide'],
    ['question', 'guide?question=joining'],
    ['about', `guide?view=about&a=${fingerprint}.0`],
    ['result', resultPath(TYPICAL['community-of-practice'], 'finance')],
    ['mixed result', resultPath(TIED)],
    ['not a group', resultPath(TALK_SERIES)],
    ['partial result', resultPath('3', '')],
    ['comparison', 'guide?view=compare'],
  ];

  for (const colorScheme of ['light', 'dark']) {
    it(`axe finds no violations on every step (${colorScheme})`, async () => {
      const page = await openPage(browser, { colorScheme });
      for (const [label, path] of states()) {
        await page.goto(server.url(path));
        await settled(page);
        await page.waitForFunction(() => !document.querySelector('section.existing .loading'));
        await expectAccessible(page, `${label} (${colorScheme})`);
        // And with every folded part open.
        if (await page.locator('details.fold').count()) {
          await page.evaluate(() => document.querySelectorAll('details.fold').forEach((d) => { d.open = true; }));
          await expectAccessible(page, `${label}, folds open (${colorScheme})`);
        }
      }
      await page.goto(server.url('guide?question=who'));
      await settled(page);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.locator('.error-summary').waitFor();
      await expectAccessible(page, `question with an error (${colorScheme})`);
      // Only errors: with many loads in one tab and slow axe runs, Chromium
      // warns that a later load's wasm preload went unused (it came from cache).
      assert.deepEqual(page.problems.filter((p) => !p.startsWith('warning:')), [], colorScheme);
      await page.context().close();
    });
  }

  it('reflows at 320 px: the comparison stacks, nothing scrolls sideways', async () => {
    const page = await openPage(browser, { width: 320, height: 640 });
    for (const [label, path] of states()) {
      await page.goto(server.url(path));
      await settled(page);
      await expectNoHorizontalScroll(page, label);
    }
    await page.goto(server.url(resultPath(TYPICAL['community-of-practice'], 'finance')));
    await settled(page);
    await page.locator('details.fold > summary', { hasText: 'Your answers next to the four kinds of group' }).click();
    await expectNoHorizontalScroll(page, 'result with the comparison open');
    // Stacked: one card per dimension, each cell naming its form.
    assert.equal(await page.locator('.compare-table thead').isVisible(), false);
    const card = page.locator('.compare-table tbody tr').first();
    const box = await card.boundingBox();
    assert.ok(box.width <= 320, `a card fits the screen (${box.width}px)`);
    assert.match(await card.innerText(), /^What's the purpose\?\s+You said:/);
    assert.match(await card.locator('td.closest').innerText(), /^Community of practice\s+Your best fit\s+Closest to your answers/);
    assert.match(await card.locator('td').nth(1).innerText(), /^Formal work group\s+To deliver a product or service$/);
    await expectAccessible(page, 'result at 320 px');
    await page.context().close();
  });

  it('prints the result with the full table and its link, without controls', async () => {
    const page = await openPage(browser, { width: 320, height: 640 });
    const path = resultPath(TYPICAL['community-of-practice'], 'finance');
    await page.goto(server.url(path));
    await settled(page);
    await page.emulateMedia({ media: 'print' });
    // The folded parts print open: paper cannot be unfolded.
    assert.equal(await page.locator('.compare-table thead').isVisible(), true, 'the table prints as a table');
    assert.equal(await page.locator('.why-section').first().isVisible(), true, 'the answers print');
    assert.equal(await page.locator('.compare-table .cell-form').first().isVisible(), false);
    assert.equal(await page.locator('.print-only').isVisible(), true);
    assert.equal(await page.locator('.print-only').innerText(), `This result online: ${server.url(path)}`);
    for (const hidden of ['.share', '.site-header', '.search-form', '.why-section a']) {
      assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
    }
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await page.locator('.print-only').isVisible(), false);
    await page.context().close();
  });
});
