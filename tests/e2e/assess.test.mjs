// The self-assessment (/assess) on a static server at a sub-path: the whole
// journey by keyboard, autosave and resume, storage blocked, the result and
// its chart alternative, downloads and loading them back, share links,
// malformed links and files, axe in light and dark, 320 px and print.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  expectAccessible, expectNoHorizontalScroll, expectNoProblems, expectOnlyOwnOrigin, openPage,
  serveAndLaunch, settled, startHeaderServer, SUB_PATH,
} from './harness.mjs';

const CONTENT = JSON.parse(readFileSync(new URL('../../public/data/assessment.json', import.meta.url), 'utf8'));
const STATEMENTS = CONTENT.sections.flatMap((section) => section.statements);
const PLAN = new Set(STATEMENTS.filter((s) => s.factor === 'first-plan').map((s) => s.id));
const KEY = 'cop-navigator.assessment';
const BLOCK_STORAGE = () => {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
};

let server;
let browser;
serveAndLaunch((started) => ({ server, browser } = started));

const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { tag: el.tagName, id: el.id, name: el.getAttribute('name'), type: el.type, text: el.textContent.trim() };
});

/** Presses Tab until `check(focused)` holds (at most `limit` times). */
async function tabTo(page, check, what, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (check(await focused(page))) return;
  }
  assert.fail(`Tab never reached ${what}`);
}

async function open(page, path = 'assess') {
  await page.goto(server.url(path));
  await settled(page);
}

/** Answers every statement of the current step by keyboard: `level(id)` is 0–3. */
async function answerStepByKeyboard(page, level) {
  const names = await page.$$eval('fieldset.statement input[type=radio][value=not-yet]', (inputs) => inputs.map((i) => i.name));
  for (const name of names) {
    await tabTo(page, (f) => f.type === 'radio' && f.name === name, `the first option of ${name}`);
    const steps = level(name);
    if (steps === 0) await page.keyboard.press('Space');
    for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
  }
}

/** All "mostly", the first plan "not yet": overall 61 %, "Getting there". */
const MOSTLY_EXCEPT_PLAN = (name) => (PLAN.has(name) ? 0 : 2);

/** Fills the whole assessment by clicking (for tests about other things). */
async function fillByClicking(page, { name = 'Events people', domain = 'event planning and venues', level = MOSTLY_EXCEPT_PLAN } = {}) {
  await page.goto(server.url('assess?step=community'));
  await settled(page);
  await page.fill('#community-name', name);
  await page.fill('#community-domain', domain);
  for (const section of CONTENT.sections) {
    await page.goto(server.url(`assess?step=${section.id}`));
    await settled(page);
    for (const statement of section.statements) {
      const value = ['not-yet', 'partly', 'mostly', 'in-place'][level(statement.id)];
      await page.locator(`#${statement.id}-${value}`).check();
    }
  }
  await page.goto(server.url('assess?step=result'));
  await settled(page);
}

/** Waits until focus is on the element with `id` (fails by timing out). */
const focusReaches = (page, id) => page.waitForFunction((id) => document.activeElement?.id === id, id);

const stored = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);

describe('the journey', () => {
  it('can be completed by keyboard alone, with focus at the top of each step', async () => {
    const page = await openPage(browser);
    await open(page);
    assert.match(await page.locator('main').innerText(), /about 10 minutes/);
    assert.match(await page.locator('main').innerText(), /nothing you type is sent anywhere/);

    await tabTo(page, (f) => f.text === 'Start the self-assessment', 'the start button');
    await page.keyboard.press('Enter');
    await page.waitForURL(/step=community/);
    // Focus moves in the frame after the step renders, after the URL changes: wait for it.
    await focusReaches(page, 'step-heading');
    assert.match(await page.locator('#step-heading').innerText(), /Step 1 of 7/);

    await tabTo(page, (f) => f.id === 'community-name', 'the name field');
    await page.keyboard.type('Events people');
    await page.keyboard.press('Tab');
    await page.keyboard.type('event planning and venues');
    await tabTo(page, (f) => f.text.startsWith('Next:'), 'Next');
    await page.keyboard.press('Enter');

    for (const [index, section] of CONTENT.sections.entries()) {
      await page.waitForURL(new RegExp(`step=${section.id}`));
      await focusReaches(page, 'step-heading');
      assert.match(await page.locator('#step-heading').innerText(), new RegExp(`Step ${index + 2} of 7`));
      await answerStepByKeyboard(page, MOSTLY_EXCEPT_PLAN);
      if (index === 0) {
        // A note, by keyboard: open the disclosure and type.
        await tabTo(page, (f) => f.tag === 'SUMMARY', 'a Note disclosure');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Tab');
        assert.equal((await focused(page)).tag, 'TEXTAREA');
        await page.keyboard.type('Ask the events team first');
      }
      await tabTo(page, (f) => f.tag === 'BUTTON' && (f.text.startsWith('Next:') || f.text === 'See your result'), 'the next step');
      await page.keyboard.press('Enter');
    }

    await page.waitForURL(/step=result/);
    await settled(page);
    const main = await page.locator('main').innerText();
    assert.match(main, /Overall readiness\s+Getting there\s+61% · based on 23 of 23 statements/);
    assert.doesNotMatch(main, /Provisional/);
    // The next steps, without their citation numbers: the communities found first, then the gaps.
    const steps = await page.locator('ol.gaps > li h4').evaluateAll((els) => els.map((el) => el.firstChild.textContent.trim()));
    const listed = await page.locator('section.existing ul.matches > li').count();
    assert.equal(listed, 1, 'one community does events planning (UCL\'s Events Management)');
    assert.deepEqual(steps, [
      'Talk to this community first',
      'First plan',
      'Executive sponsorship',
      'Strategic alignment',
    ]);
    assert.match(await page.locator('ol.gaps > li').nth(1).innerText(), /Now: Not yet, 0%\s+Next step: Draft a one-page plan/);
    assert.equal(await page.locator('.strengths li').count(), 8);
    // textContent: the hidden word "source" is for screen readers (innerText breaks lines around it).
    const cited = (await page.locator('ol.gaps > li h4').nth(2).textContent()).replace(/\s+/g, ' ');
    assert.match(cited, /Executive sponsorship \[source 1\]\[source 3\]/, 'factors cite their sources');
    assert.match(await page.locator('#source-odhe-2021').innerText(), /ODHE research, 2021/);
    const saved = JSON.parse(await stored(page));
    const noted = CONTENT.sections[0].statements.at(-1).id;
    assert.equal(saved.answers[noted].note, 'Ask the events team first', 'the note is on the statement it follows');
    expectNoProblems(page, 'keyboard journey');
    expectOnlyOwnOrigin(page, server.origin);
    await page.context().close();
  });

  it('autosaves, and resumes after a reload and on a later visit', async () => {
    const page = await openPage(browser);
    await open(page, 'assess?step=roles');
    await page.locator('#role-sponsor-partly').check();
    await page.locator('#role-leads-in-place').check();
    await page.locator('#role-leads-note').evaluate((el) => el.closest('details').setAttribute('open', ''));
    await page.locator('#role-leads-note').fill('Priya and Sam');
    await page.reload();
    await settled(page);
    assert.equal(await page.locator('#role-sponsor-partly').isChecked(), true, 'the answer survives a reload');
    assert.equal(await page.locator('#role-leads-in-place').isChecked(), true);
    assert.equal(await page.locator('#role-leads-note').inputValue(), 'Priya and Sam');
    assert.equal(await page.locator('#role-leads-note').evaluate((el) => el.closest('details').open), true, 'a note is shown open');

    await open(page);
    const resume = page.locator('.resume');
    assert.match(await resume.innerText(), /Welcome back[\s\S]*2 of 23 statements answered/);
    await page.getByRole('button', { name: 'Continue where you left off' }).click();
    await page.waitForURL(/step=purpose/);

    await open(page);
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.waitForURL(/step=community/);
    assert.equal(await stored(page), null, 'cleared answers are forgotten');
    await page.getByRole('button', { name: 'Undo' }).click();
    assert.ok(JSON.parse(await stored(page)).answers['role-leads'], 'undo brings them back');
    expectNoProblems(page, 'resume');
    await page.context().close();
  });

  it('still works when storage is blocked, and says the answers will not be kept', async () => {
    for (const block of ['throws', 'refuses writes']) {
      const page = await openPage(browser);
      await page.addInitScript(block === 'throws'
        ? BLOCK_STORAGE
        : () => { Storage.prototype.setItem = () => { throw new DOMException('Full', 'QuotaExceededError'); }; });
      await open(page, 'assess?step=roles');
      const notice = page.locator('#storage-notice');
      assert.match(await notice.innerText(), /Your answers will not be kept/, block);
      await page.locator('#role-sponsor-mostly').check();
      await page.getByRole('button', { name: /^Next:/ }).click();
      await page.getByRole('button', { name: 'Back' }).click();
      assert.equal(await page.locator('#role-sponsor-mostly').isChecked(), true, 'kept in memory');
      await page.goto(server.url('assess?step=result'));
      await settled(page);
      // A full page load loses in-memory answers: that is what the notice warns of.
      assert.match(await page.locator('main').innerText(), /You have not rated any statements yet/);
      await expectAccessible(page, `storage ${block}`);
      expectNoProblems(page, `storage ${block}`);
      await page.context().close();
    }
  });

  it('names an unknown step and shows the start instead', async () => {
    const page = await openPage(browser);
    await open(page, 'assess?step=nonsense');
    assert.match(await page.locator('.notice.error').innerText(), /There is no step called "nonsense"/);
    assert.equal(await page.locator('#step-heading').innerText(), 'Before you start');
    await page.context().close();
  });
});

describe('the result', () => {
  it('has a chart with a text alternative and a table', async () => {
    const page = await openPage(browser);
    await fillByClicking(page);
    const chart = page.locator('svg.bars[role=img]');
    const label = await chart.getAttribute('aria-label');
    assert.match(label, /Executive sponsorship: 67%/);
    assert.match(label, /First plan: 0%/);
    assert.equal(await page.locator('svg.bars rect.bar').count(), CONTENT.factors.length, 'a bar per rated factor');
    assert.equal(await page.locator('svg.bars rect.bar').first().getAttribute('width'), '67%');
    const table = page.locator('#factor-table');
    assert.equal(await table.isVisible(), false);
    const toggle = page.getByRole('button', { name: 'Show the chart as a table' });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.click();
    assert.equal(await table.isVisible(), true);
    assert.equal(await page.locator('#factor-table tbody tr').count(), CONTENT.factors.length);
    assert.match(await page.locator('#factor-table tbody tr').first().innerText(), /^Executive sponsorship\s+Mostly\s+67%\s+2 of 2$/);
    await page.context().close();
  });

  it('lists directory communities matching the domain, and copes without the directory', async () => {
    const page = await openPage(browser);
    await fillByClicking(page);
    const existing = page.locator('section.existing');
    // Only close matches (every word) are offered; QMUL's events community
    // says nothing of planning, so it is counted apart as a partial match.
    assert.match(await existing.innerText(), /1 community in the directory matches “event planning and venues”/);
    assert.ok(await existing.getByRole('link', { name: 'Events Management' }).isVisible());
    assert.equal(await existing.getByRole('link', { name: 'Events Community of Practice' }).count(), 0);
    assert.match(await existing.innerText(), /7 more communities in the directory match only some of “event planning and venues”, or a similar word/);
    assert.match(await existing.getByRole('link', { name: 'see them in the directory' }).getAttribute('href'), /\/any\/sub\/path\/directory\?q=event%20planning%20and%20venues$/);

    const broken = await openPage(browser);
    await broken.route('**/data/directory.json', (route) => route.fulfill({ status: 404, body: 'nope' }));
    await broken.goto(server.url('assess'));
    await settled(broken);
    await broken.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, await stored(page)]);
    await broken.goto(server.url('assess?step=result'));
    await settled(broken);
    assert.match(await broken.locator('section.existing').innerText(), /directory could not be loaded/);
    assert.match(await broken.locator('main').innerText(), /Getting there/, 'the rest of the result still works');
    await page.context().close();
    await broken.context().close();
  });

  it('downloads the action plan for Word and as Markdown, saves the answers, and loads them back', async () => {
    const page = await openPage(browser);
    await fillByClicking(page);
    await page.goto(server.url('assess?step=first-plan'));
    await settled(page);
    await page.locator('#plan-delivery-note').evaluate((el) => el.closest('details').setAttribute('open', ''));
    await page.locator('#plan-delivery-note').fill('Lunch and learn in May');
    await page.goto(server.url('assess?step=result'));
    await settled(page);

    const [word] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the action plan for Word' }).click(),
    ]);
    assert.equal(word.suggestedFilename(), 'community-readiness-events-people.rtf');
    const rtf = readFileSync(await word.path(), 'latin1');
    assert.ok(rtf.startsWith('{\\rtf1'), rtf.slice(0, 40));
    assert.ok(rtf.endsWith('}'));
    assert.match(rtf, /\\fs36 Starting Events people: readiness and next steps\\par\}/);
    assert.match(rtf, /1\.\\tab \{\\b Talk to this community first\}: It may already cover your domain/);
    assert.match(rtf, /2\.\\tab \{\\b First plan\} \(Not yet, 0%\): Draft a one-page plan/);
    assert.match(rtf, /Lunch and learn in May/);
    assert.match(await page.locator('main').innerText(), /Downloaded community-readiness-events-people\.rtf\./);

    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the action plan as Markdown' }).click(),
    ]);
    assert.equal(markdown.suggestedFilename(), 'community-readiness-events-people.md');
    const plan = readFileSync(await markdown.path(), 'utf8');
    assert.match(plan, /^# Starting Events people: readiness and next steps/);
    assert.match(plan, /\*\*Readiness:\*\* Getting there \(61%\), based on 23 of 23 statements\.\n/);
    assert.match(plan, /## Next steps\n\n1\. \*\*Talk to this community first\*\*: [^\n]+\n2\. \*\*First plan\*\* \(Not yet, 0%\): Draft a one-page plan/);
    assert.match(plan, /Read more: \[Typical activities\]\(http:\/\/127\.0\.0\.1:\d+\/any\/sub\/path\/toolkit\?s=typical-activities\)/);
    assert.match(plan, /Open these answers again: <http:\/\/127\.0\.0\.1:\d+\/any\/sub\/path\/assess#r=1\./);
    assert.match(plan, /> Lunch and learn in May/);
    // Only close matches: UCL's Events Management, not QMUL's (no "planning").
    assert.match(plan, /- \*\*Events Management\*\* \(UCL, Active\)/);
    assert.doesNotMatch(plan, /Events Community of Practice/);
    assert.match(plan, /## Sources/);
    assert.match(await page.locator('main').innerText(), /Downloaded community-readiness-events-people\.md\./);

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save your answers to continue later' }).click(),
    ]);
    assert.equal(json.suggestedFilename(), 'community-readiness-events-people.json');
    const file = await json.path();
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(saved.format, 'cop-navigator-assessment');
    assert.equal(saved.version, 1);
    assert.match(saved.saved_on, /^\d{4}-\d{2}-\d{2}$/);
    assert.deepEqual(saved.community, { name: 'Events people', domain: 'event planning and venues' });
    assert.equal(Object.keys(saved.answers).length, STATEMENTS.length);
    assert.deepEqual(saved.answers['plan-delivery'], { level: 'not-yet', note: 'Lunch and learn in May' });

    // In a fresh browser, load it back from the intro.
    const fresh = await openPage(browser);
    await open(fresh);
    await fresh.locator('#load-file').setInputFiles({ name: json.suggestedFilename(), mimeType: 'application/json', buffer: readFileSync(file) });
    await fresh.waitForURL(/step=result/);
    await settled(fresh);
    assert.match(await fresh.locator('main').innerText(), /Loaded community-readiness-events-people\.json: 23 of 23 statements answered\./);
    assert.match(await fresh.locator('main').innerText(), /Getting there\s+61% · based on 23 of 23 statements/);
    assert.deepEqual(JSON.parse(await stored(fresh)).answers, saved.answers);
    expectNoProblems(page, 'downloads');
    expectNoProblems(fresh, 'load');
    await page.context().close();
    await fresh.context().close();
  });

  it('refuses a malformed file with a message and changes nothing', async () => {
    const page = await openPage(browser);
    await open(page, 'assess?step=roles');
    await page.locator('#role-sponsor-partly').check();
    const before = await stored(page);
    await page.goto(server.url('assess?step=result'));
    await settled(page);
    for (const [name, body, message] of [
      ['notes.json', '{"format": "cop-navigator-assessment", "version": 1,}', /notes\.json, line 1, column 53: there is a comma after the last item; remove it\. Nothing was changed\./],
      ['other.json', '{"communities": []}', /other\.json is not a saved self-assessment from CoP Navigator/],
      ['future.json', '{"format": "cop-navigator-assessment", "version": 9}', /future\.json was saved by a newer version of CoP Navigator \(format version 9\)/],
    ]) {
      await page.locator('#load-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
      const alert = page.locator('.notice.error[role=alert]');
      await page.waitForFunction((text) => document.querySelector('.notice.error')?.innerText.includes(text), name);
      assert.match(await alert.innerText(), message);
      assert.equal(await stored(page), before, `${name} changed nothing`);
    }
    await expectAccessible(page, 'a file error');
    expectNoProblems(page, 'bad files');
    await page.context().close();
  });
});

describe('issue 18: matches first, one name per factor, a short stepper, plain words, working sources', () => {
  /** Whether the first element matching `a` comes before the first matching `b`. */
  const before = (page, a, b) => page.evaluate(([a, b]) => {
    const [first, second] = [document.querySelector(a), document.querySelector(b)];
    return Boolean(first && second && first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING);
  }, [a, b]);

  it('shows the directory’s matches before the “Have you checked what exists?” statements', async () => {
    const page = await openPage(browser);
    await open(page, 'assess?step=community');
    await page.fill('#community-domain', 'event planning and venues');
    await open(page, 'assess?step=existing');
    await page.waitForSelector('section.existing ul.matches > li');
    assert.ok(await before(page, 'section.existing', 'fieldset.statement'), 'the matches come first');
    assert.ok(await page.locator('section.existing').getByRole('link', { name: 'Events Management' }).isVisible());
    await page.context().close();
  });

  it('puts the summary first and, when the directory has matches, talks to them first', async () => {
    const page = await openPage(browser);
    await fillByClicking(page);
    await page.waitForSelector('ol.gaps > li.talk-first');
    assert.ok(await before(page, '.overall', '.step-nav'), 'the summary before the step list');
    assert.ok(await before(page, '.overall', 'ol.gaps'), 'the summary before the next steps');
    const first = page.locator('ol.gaps > li').first();
    assert.match(await first.innerText(), /^Talk to this community first\s+It may already cover your domain/);
    await first.getByRole('link', { name: 'See it below' }).click();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'existing-heading');

    // Where nothing matches, the gaps are the next steps.
    await open(page, 'assess?step=community');
    await page.fill('#community-domain', 'xylophones');
    await open(page, 'assess?step=result');
    await page.waitForSelector('section.existing >> text=No community in the directory matches');
    assert.equal(await page.locator('ol.gaps > li.talk-first').count(), 0);
    assert.equal(await page.locator('ol.gaps > li h4').first().evaluate((el) => el.firstChild.textContent.trim()), 'First plan');
    await page.context().close();
  });

  it('gives each factor one name in the chart, the table, the next steps and the downloads, said once', async () => {
    const page = await openPage(browser);
    await fillByClicking(page);
    const names = CONTENT.factors.map((factor) => factor.name);
    assert.equal(new Set(names).size, names.length);
    const chart = await page.locator('svg.bars text.label').allTextContents();
    assert.deepEqual(chart.map((label) => label.replace(/: (\d+%|not rated)$/, '')), names);
    const table = await page.locator('#factor-table tbody th').allTextContents();
    assert.deepEqual(table, names);
    const gaps = await page.locator('ol.gaps > li.gap:not(.talk-first) h4').evaluateAll((els) => els.map((el) => el.firstChild.textContent.trim()));
    for (const gap of gaps) assert.ok(names.includes(gap), gap);
    // Level and score once, no band beside them ("Not yet · 0% · Not ready yet" before).
    for (const meta of await page.locator('ol.gaps p.meta').allInnerTexts()) {
      assert.match(meta, /^Now: (Not yet|Partly|Mostly), \d+%$/);
    }
    assert.doesNotMatch(await page.locator('ol.gaps').innerText(), /Not ready yet|Getting there|Nearly ready/);
    const headers = await page.locator('#factor-table thead th').allTextContents();
    assert.deepEqual(headers, ['Factor', 'Level', 'Score', 'Statements answered']);
    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the action plan as Markdown' }).click(),
    ]);
    const plan = readFileSync(await markdown.path(), 'utf8');
    for (const name of names) assert.match(plan, new RegExp(`\\| ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\|`));
    assert.doesNotMatch(plan, /Alignment with institutional strategic goals/);
    await page.context().close();
  });

  it('folds the steps into “Step 3 of 7 · Show all steps” on a phone', async () => {
    const phone = await openPage(browser, { width: 320, height: 640 });
    await open(phone, 'assess?step=roles');
    const compact = phone.locator('.step-nav .step-compact');
    assert.equal(await compact.innerText(), 'Step 3 of 7 · Show all steps');
    const toggle = compact.getByRole('button', { name: 'Show all steps' });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await phone.locator('.step-list').isVisible(), false, 'the list is folded');
    await toggle.click();
    assert.equal(await compact.getByRole('button', { name: 'Hide the steps' }).getAttribute('aria-expanded'), 'true');
    assert.equal(await phone.locator('.step-list').isVisible(), true);
    await phone.locator('.step-list').getByRole('link', { name: /Purpose and domain/ }).click();
    await phone.waitForURL(/step=purpose/);
    await expectNoHorizontalScroll(phone, 'stepper');
    await expectAccessible(phone, 'the folded stepper');
    await phone.context().close();

    const desk = await openPage(browser);
    await open(desk, 'assess?step=roles');
    assert.equal(await desk.locator('.step-compact').isVisible(), false);
    assert.equal(await desk.locator('.step-list').isVisible(), true, 'the whole list where there is room');
    await desk.context().close();
  });

  it('says what the downloads are for in plain words', async () => {
    const page = await openPage(browser);
    await fillByClicking(page);
    const actions = await page.locator('.take-away .actions').innerText();
    assert.match(actions, /Save your answers to continue later/);
    assert.match(actions, /Download the action plan for Word/);
    assert.doesNotMatch(await page.locator('main').innerText(), /JSON|Download answers/);
    await page.context().close();
  });

  it('lists only the sources a view cites, and every “Back to text” goes back to a citation', async () => {
    const page = await openPage(browser);
    await fillByClicking(page);
    const views = ['assess', 'assess?step=result', 'toolkit', 'guide', 'roles', 'roles?view=matrix', 'roles?view=fit'];
    for (const view of views) {
      await open(page, view);
      await page.waitForSelector('ol.sources > li', { state: 'attached' });
      const listed = await page.locator('ol.sources > li:visible').evaluateAll((items) => items.map((li) => li.id.replace(/^source-/, '')));
      const cited = await page.evaluate(() => [...new Set([...document.querySelectorAll('a[data-cite]')].map((a) => a.dataset.cite))]);
      if (!view.startsWith('toolkit')) {
        assert.deepEqual([...listed].sort(), [...cited].sort(), `${view}: the sources listed are the ones cited`);
      }
      const buttons = page.locator('ol.sources > li button.back-to-text');
      let working = 0;
      for (let i = 0; i < await buttons.count(); i++) {
        const button = buttons.nth(i);
        if (!(await button.isVisible())) continue;
        const source = await button.evaluate((el) => el.closest('li').id.replace(/^source-/, ''));
        await button.focus();
        await page.keyboard.press('Enter');
        const reached = await page.evaluate(() => document.activeElement.dataset?.cite ?? null);
        assert.equal(reached, source, `${view}: Back to text from ${source} reaches a citation of it`);
        working++;
      }
      if (cited.length === 0) {
        assert.equal(await page.locator('ol.sources').isVisible(), false, `${view} cites nothing and lists no sources`);
      } else {
        assert.ok(working > 0, `${view} has a working Back to text`);
      }
      // Hidden buttons are out of the Tab order.
      const inTabOrder = await page.evaluate(() => [...document.querySelectorAll('button.back-to-text')]
        .filter((b) => b.offsetParent !== null).length);
      assert.equal(inTabOrder, working, `${view}: every Back to text in the Tab order works`);
    }
    expectNoProblems(page, 'sources');
    await page.context().close();
  });
});

describe('share links', () => {
  it('restore the answers exactly in another browser', async () => {
    const page = await openPage(browser);
    await fillByClicking(page);
    await page.goto(server.url('assess?step=purpose'));
    await settled(page);
    await page.locator('#purpose-shared-note').evaluate((el) => el.closest('details').setAttribute('open', ''));
    await page.locator('#purpose-shared-note').fill('Two “views”: events & venues; 100% agreed?');
    await page.goto(server.url('assess?step=result'));
    await settled(page);
    const link = await page.locator('#share-link').inputValue();
    // The answers ride in the fragment, which browsers never send.
    assert.ok(link.startsWith(server.url('assess#r=1.')), link);
    const mine = JSON.parse(await stored(page));
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.waitForFunction(() => document.querySelector('main').innerText.includes('Link copied.'));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

    const other = await openPage(browser);
    const requested = [];
    other.on('request', (request) => requested.push(request.url()));
    await other.goto(link);
    await settled(other);
    await other.waitForURL(/step=result/);
    assert.doesNotMatch(other.url(), /r=/, 'the code leaves the address once opened');
    assert.ok(requested.length > 0 && requested.every((url) => !url.includes('r=1.')), 'no request carries the answers');
    assert.match(await other.locator('main').innerText(), /Opened the shared answers \(23 of 23 statements answered\)/);
    assert.match(await other.locator('main').innerText(), /Getting there\s+61%/);
    const theirs = JSON.parse(await stored(other));
    assert.deepEqual(theirs.answers, mine.answers);
    assert.deepEqual(theirs.community, mine.community);
    await other.reload();
    await settled(other);
    assert.match(await other.locator('main').innerText(), /Getting there\s+61%/, 'kept after a reload');
    expectNoProblems(other, 'share link');

    // Where different answers are saved, nothing changes until the person chooses.
    const busy = await openPage(browser);
    await open(busy, 'assess?step=roles');
    await busy.locator('#role-sponsor-in-place').check();
    const own = await stored(busy);
    await busy.goto(link);
    await settled(busy);
    const choice = busy.locator('.shared-choice');
    assert.match(await choice.innerText(), /for “Events people” with 23 of 23 statements answered[\s\S]*\(no community name given\) with 1 of 23/);
    assert.equal(await stored(busy), own);
    await expectAccessible(busy, 'share link choice');
    await busy.getByRole('button', { name: 'Keep my answers' }).click();
    assert.equal(await stored(busy), own, 'kept');
    assert.doesNotMatch(busy.url(), /r=/);
    await busy.goto(link);
    await settled(busy);
    await busy.getByRole('button', { name: 'Open the shared answers' }).click();
    await busy.waitForURL(/step=result/);
    assert.deepEqual(JSON.parse(await stored(busy)).answers, mine.answers);
    await busy.getByRole('button', { name: 'Undo' }).click();
    assert.equal(await stored(busy), own, 'undo restores the person’s own answers');
    await page.context().close();
    await other.context().close();
    await busy.context().close();
  });

  it('a malformed or newer link gives a message and changes nothing', async () => {
    const page = await openPage(browser);
    await open(page, 'assess?step=roles');
    await page.locator('#role-sponsor-partly').check();
    const before = await stored(page);
    for (const [code, message] of [
      ['1.eyJhIjp7InJvbGUtc3', /This share link is incomplete or damaged/],
      ['banana', /This share link is incomplete or damaged/],
      ['7.e30', /made by a newer version of CoP Navigator \(link version 7\)/],
    ]) {
      await page.goto(server.url(`assess?step=roles&r=${code}`));
      await settled(page);
      const alert = page.locator('.notice.error[role=alert]');
      assert.match(await alert.innerText(), message);
      assert.match(await alert.innerText(), /Nothing you had saved was changed\./);
      assert.equal(await stored(page), before);
      assert.equal(new URL(page.url()).search, '?step=roles', 'the bad code is dropped from the address');
    }
    expectNoProblems(page, 'bad links');
    await page.context().close();
  });
});

describe('accessibility, reflow and print', () => {
  for (const colorScheme of ['light', 'dark']) {
    it(`axe finds no violations on the intro, a step and the result (${colorScheme})`, async () => {
      const page = await openPage(browser, { colorScheme });
      await open(page);
      await expectAccessible(page, `intro (${colorScheme})`);
      await open(page, 'assess?step=community');
      await expectAccessible(page, `community step (${colorScheme})`);
      await open(page, 'assess?step=ways-of-working');
      await page.locator('#reciprocity-partly').check();
      await page.locator('#reciprocity-note').evaluate((el) => el.closest('details').setAttribute('open', ''));
      await expectAccessible(page, `a section step (${colorScheme})`);
      await open(page, 'assess?step=result');
      await expectAccessible(page, `a provisional result (${colorScheme})`);
      await fillByClicking(page);
      await page.getByRole('button', { name: 'Show the chart as a table' }).click();
      await expectAccessible(page, `the full result with its table (${colorScheme})`);
      await page.context().close();
    });
  }

  it('no horizontal scroll at 320 px on every step', async () => {
    const page = await openPage(browser, { width: 320, height: 640 });
    await fillByClicking(page);
    await page.getByRole('button', { name: 'Show the chart as a table' }).click();
    await expectNoHorizontalScroll(page, 'result');
    for (const step of ['', '?step=community', ...CONTENT.sections.map((s) => `?step=${s.id}`)]) {
      await open(page, `assess${step}`);
      await expectNoHorizontalScroll(page, `assess${step}`);
    }
    await expectAccessible(page, 'a step at 320 px');
    await page.context().close();
  });

  it('prints the result without controls', async () => {
    const page = await openPage(browser);
    await fillByClicking(page);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.step-nav', '.take-away', 'header.site-header', 'footer.site-footer']) {
      assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
    }
    for (const shown of ['.overall', 'svg.bars', 'ol.gaps', 'section.existing', '.sources-list']) {
      assert.equal(await page.locator(shown).first().isVisible(), true, `${shown} is printed`);
    }
    assert.equal(await page.locator('main button:visible').count(), 0, 'no buttons on paper');
    await expectNoHorizontalScroll(page, 'print');
    await page.context().close();
  });
});

describe('embedded, with the generated security headers', () => {
  it('runs every part under the strict CSP, keeps embed mode between steps and shares without it', async () => {
    const strict = await startHeaderServer();
    try {
      const page = await openPage(browser);
      await page.addInitScript(() => {
        window.violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await page.goto(strict.url('assess?embed=1&step=community'));
      await settled(page);
      await page.fill('#community-domain', 'events');
      await page.getByRole('button', { name: /^Next:/ }).click();
      await page.waitForURL(/step=purpose/);
      assert.match(page.url(), /embed=1/, 'Next keeps embed mode');
      await page.locator('#purpose-statement-mostly').check();
      await page.locator('.step-nav').getByRole('link', { name: 'Your result' }).click();
      await page.waitForURL(/step=result/);
      await settled(page);
      assert.match(page.url(), /embed=1/, 'the step list keeps embed mode');
      await page.getByRole('button', { name: 'Show the chart as a table' }).click();
      const link = await page.locator('#share-link').inputValue();
      assert.doesNotMatch(link, /embed/, 'a share link opens the full app');
      const [json] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Save your answers to continue later' }).click(),
      ]);
      assert.equal(JSON.parse(readFileSync(await json.path(), 'utf8')).answers['purpose-statement'].level, 'mostly');
      assert.deepEqual(await page.evaluate(() => window.violations), [], 'no CSP violations');
      expectNoProblems(page, 'embedded under the CSP');
      await page.context().close();
    } finally {
      strict.stop();
    }
  });
});

describe('deep links', () => {
  it('every step opens directly at a sub-path and after a reload', async () => {
    const page = await openPage(browser);
    for (const step of ['community', ...CONTENT.sections.map((s) => s.id), 'result']) {
      await open(page, `assess/?step=${step}`);
      assert.equal(new URL(page.url()).pathname, `${SUB_PATH}assess`);
      assert.equal(new URL(page.url()).search, `?step=${step}`);
      await page.reload();
      await settled(page);
      assert.ok(await page.locator('#step-heading').isVisible(), step);
    }
    await page.goBack();
    await settled(page);
    expectNoProblems(page, 'deep links');
    await page.context().close();
  });
});
