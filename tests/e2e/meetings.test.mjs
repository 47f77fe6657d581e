// Meeting times in the directory: a community's next meetings in UK time
// (right across the clock change, whatever the browser's time zone), its
// calendar file, and one calendar file for the results list. The sample data
// gives no community a schedule (no source states one), so these tests serve
// it with schedules added: test data only.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  expectAccessible, expectNoHorizontalScroll, expectNoProblems, expectOnlyOwnOrigin, openPage,
  serveAndLaunch, settled,
} from './harness.mjs';

let server;
let browser;
serveAndLaunch((started) => ({ server, browser } = started));

// Friday 5 March 2027, 09:15 UTC (GMT): the next second Tuesdays are
// 9 March (GMT), then 13 April and 11 May, after the clocks go forward on
// 28 March (BST).
const NOW = new Date('2027-03-05T09:15:00Z');

/** Schedules for three Finance communities; test data only. */
const SCHEDULES = {
  'ucl-procurement': {
    repeat: 'monthly', week: 'second', day: 'tuesday', start: '12:30', end: '13:30',
    where: 'hybrid', place: 'Room 1, Foster Court',
  },
  'oxford-finance': { repeat: 'weekly', day: 'wednesday', start: '09:00', end: '09:45', where: 'online' },
  // Over before NOW: not in any calendar file.
  'ucl-financial-management': {
    repeat: 'weekly', day: 'thursday', start: '10:00', end: '11:00', where: 'online', until: '2027-02-25',
  },
};

/**
 * A page whose clock reads NOW, in a browser set to New York time (UK
 * meeting times must not follow the browser's zone), served the sample
 * directory with SCHEDULES.
 */
async function meetingsPage(options = {}) {
  const page = await openPage(browser, { timezoneId: 'America/New_York', ...options });
  await page.clock.setFixedTime(NOW);
  await page.route('**/data/directory.json', async (route) => {
    const data = await (await route.fetch()).json();
    for (const community of data.communities) {
      if (SCHEDULES[community.id]) community.meetings = SCHEDULES[community.id];
    }
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify(data, null, 2) });
  });
  return page;
}

async function open(page, query) {
  await page.goto(server.url(`directory${query}`));
  await settled(page);
  await page.locator('#results-title, #detail-title').first().waitFor();
}

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

describe('a community with meeting times', () => {
  it('lists its next three meetings in UK time across the clock change, and downloads them as a calendar', async () => {
    const page = await meetingsPage();
    await open(page, '?c=ucl-procurement');
    const detail = page.locator('.community-detail');
    assert.equal(
      await detail.locator('.meets').innerText(),
      'Meets: Monthly on the second Tuesday, 12:30–13:30 UK time, Room 1, Foster Court and online',
    );
    assert.deepEqual(await detail.locator('.meeting-dates li').allInnerTexts(), [
      'Tuesday 9 March 2027, 12:30–13:30 GMT',
      'Tuesday 13 April 2027, 12:30–13:30 BST',
      'Tuesday 11 May 2027, 12:30–13:30 BST',
    ]);
    // The words for the cadence stay among the facts.
    assert.match(await detail.locator('.facts').innerText(), /Meets\s+Core members meet at least once a term/);

    const ics = await download(page, 'Add to calendar');
    assert.equal(ics.name, 'ucl-procurement.ics');
    const lines = ics.text.split('\r\n');
    assert.equal(lines.at(-1), '', 'CRLF line ends, the last one too');
    for (const line of [
      'BEGIN:VCALENDAR', 'BEGIN:VTIMEZONE', 'TZID:Europe/London', 'BEGIN:VEVENT',
      'UID:ucl-procurement@directory.cop-navigator', 'DTSTAMP:20270305T091500Z',
      'DTSTART;TZID=Europe/London:20270309T123000', 'DTEND;TZID=Europe/London:20270309T133000',
      'RRULE:FREQ=MONTHLY;BYDAY=2TU', 'SUMMARY:Procurement and Purchasing',
      'LOCATION:Room 1\\, Foster Court and online', 'END:VEVENT', 'END:VCALENDAR',
    ]) {
      assert.ok(lines.includes(line), `${line} in\n${ics.text}`);
    }
    assert.equal(lines.filter((line) => line === 'BEGIN:VEVENT').length, 1);
    await page.waitForFunction(() => document.querySelector('[role=status][aria-live=polite]').innerText === 'Downloaded the meetings as ucl-procurement.ics.');
    await expectAccessible(page, 'a community with meeting times');
    expectNoProblems(page, 'a community with meeting times');
    expectOnlyOwnOrigin(page, server.origin);
    await page.context().close();
  });

  it('a meeting already started is not next', async () => {
    const page = await openPage(browser);
    await page.clock.setFixedTime(new Date('2027-03-09T12:31:00Z'));
    await page.route('**/data/directory.json', async (route) => {
      const data = await (await route.fetch()).json();
      data.communities.find((c) => c.id === 'ucl-procurement').meetings = SCHEDULES['ucl-procurement'];
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) });
    });
    await open(page, '?c=ucl-procurement');
    assert.equal(await page.locator('.meeting-dates li').first().innerText(), 'Tuesday 13 April 2027, 12:30–13:30 BST');
    await page.context().close();
  });

  it('fits 320 px without scrolling sideways', async () => {
    const page = await meetingsPage({ width: 320, height: 640 });
    await open(page, '?c=ucl-procurement');
    await page.locator('.meeting-dates').waitFor();
    await expectNoHorizontalScroll(page, 'a community with meeting times at 320 px');
    await expectAccessible(page, 'a community with meeting times at 320 px');
    await open(page, '?area=Finance');
    await page.locator('.calendar-offer').waitFor();
    await expectNoHorizontalScroll(page, 'the results with a calendar offer at 320 px');
    await page.context().close();
  });

  it('a schedule that is over says so and offers no calendar; no schedule, no meeting times', async () => {
    const page = await meetingsPage();
    await open(page, '?c=ucl-financial-management');
    const detail = page.locator('.community-detail');
    assert.match(await detail.locator('.meets').innerText(), /^Meets: Every Thursday, 10:00–11:00 UK time, online$/);
    assert.equal(await detail.getByText('No more meetings are planned.').count(), 1);
    assert.equal(await page.getByRole('button', { name: 'Add to calendar' }).count(), 0);
    await open(page, '?c=ucl-hr-generalists');
    assert.equal(await page.getByRole('heading', { name: 'Meeting times' }).count(), 0);
    assert.match(await page.locator('.facts').innerText(), /Meets\s+Core members meet/);
    expectNoProblems(page, 'over or no schedule');
    await page.context().close();
  });
});

describe('the results list', () => {
  it('offers one calendar file of the meetings of the communities found that have them', async () => {
    const page = await meetingsPage();
    await open(page, '?area=Finance');
    const offer = page.locator('.calendar-offer');
    assert.equal(await page.locator('#results-list li').count(), 3);
    assert.equal(await offer.locator('button').innerText(), 'Add these 2 communities’ meetings to your calendar');
    assert.equal((await offer.locator('.hint').innerText()).trim(), '2 of the 3 communities found give meeting times.');
    const ics = await download(page, 'Add these 2 communities’ meetings to your calendar');
    assert.equal(ics.name, 'community-meetings.ics');
    const lines = ics.text.split('\r\n');
    assert.equal(lines.filter((line) => line === 'BEGIN:VEVENT').length, 2);
    for (const line of [
      'UID:ucl-procurement@directory.cop-navigator', 'DTSTART;TZID=Europe/London:20270309T123000',
      'RRULE:FREQ=MONTHLY;BYDAY=2TU',
      'UID:oxford-finance@directory.cop-navigator', 'DTSTART;TZID=Europe/London:20270310T090000',
      'DTEND;TZID=Europe/London:20270310T094500', 'RRULE:FREQ=WEEKLY;BYDAY=WE',
    ]) {
      assert.ok(lines.includes(line), `${line} in\n${ics.text}`);
    }
    assert.ok(!ics.text.includes('ucl-financial-management'), 'a schedule that is over is left out');
    await page.waitForFunction(() => document.querySelector('[role=status][aria-live=polite]').innerText === 'Downloaded 2 communities’ meetings as community-meetings.ics.');
    await expectAccessible(page, 'the results with a calendar offer');

    // The offer counts only the communities found: here one of two.
    await open(page, '?area=Finance&org=UCL');
    assert.equal(await offer.locator('button').innerText(), 'Add 1 community’s meetings to your calendar');
    assert.equal((await offer.locator('.hint').innerText()).trim(), '1 of the 2 communities found gives meeting times.');
    expectNoProblems(page, 'the results list');
    await page.context().close();
  });

  it('is not offered when no community found has a schedule', async () => {
    const page = await meetingsPage();
    await open(page, '?area=Planning');
    assert.ok((await page.locator('#results-list li').count()) > 0);
    assert.equal(await page.locator('.calendar-offer').count(), 0);
    assert.equal(await page.getByRole('button', { name: /calendar/ }).count(), 0);
    await page.context().close();
  });
});
