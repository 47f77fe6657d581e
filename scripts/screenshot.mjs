// Refreshes the README screenshots from the built dist/: `make screenshots`
// (`ONLY=NAME` for the shots whose file names contain NAME).
import { readFileSync } from 'node:fs';
import { launchBrowser, openPage, settled, startServer } from '../tests/e2e/harness.mjs';

/** Three founders' share links (share.rs's format), from the published statements. */
function threePeople(server) {
  const content = JSON.parse(readFileSync(new URL('../public/data/assessment.json', import.meta.url), 'utf8'));
  const ids = content.sections.flatMap((section) => section.statements.map((statement) => statement.id)).sort();
  const code = (level) => {
    const lines = ids.map((id, index) => `${id}=${level(index)}\n`).join('');
    return '1.' + Buffer.from(`nEvents people\ndevent planning and venues\n${lines}`).toString('base64url');
  };
  return [(i) => 2 + (i % 2), (i) => (i % 3 === 0 ? 0 : 2), (i) => 1 + (i % 3 === 1 ? 2 : 0)]
    .map((level) => server.url('assess#r=' + code(level)))
    .join('\n');
}

const shots = [
  { path: '', file: 'docs/screenshot-home.png', width: 1200, height: 760 },
  { path: 'directory', file: 'docs/screenshot-directory.png', width: 1200, height: 760 },
  {
    path: 'directory?q=events&c=ucl-events-management',
    file: 'docs/screenshot-community.png',
    width: 1200,
    height: 760,
    async prepare(page) {
      await page.locator('#detail-title').waitFor();
      await page.getByRole('heading', { name: 'How to join' }).scrollIntoViewIfNeeded();
    },
  },
  {
    // The lunch-time talk series of issue 18, answered by clicking through.
    path: 'guide?question=purpose',
    file: 'docs/screenshot-guide.png',
    width: 1200,
    height: 900,
    async prepare(page, server) {
      await page.locator('#answer-learn').check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL(/a=/);
      const fingerprint = new URL(page.url()).searchParams.get('a').split('.')[0];
      await page.goto(server.url(`guide?a=${fingerprint}.01043112`));
      await settled(page);
      await page.locator('section.next-steps').waitFor();
    },
  },
  {
    path: 'together/',
    file: 'docs/screenshot-together.png',
    width: 1200,
    height: 900,
    async prepare(page, server) {
      await page.fill('#links', threePeople(server));
      await page.getByRole('button', { name: 'Add people from the links' }).click();
      await page.getByText('The group: 3 people').waitFor();
      await page.locator('#compare-heading').scrollIntoViewIfNeeded();
      await page.evaluate(() => document.getElementById('compare-heading').scrollIntoView());
    },
  },
  {
    // The studio with one community open and a rule broken, as an editor sees it.
    path: 'studio/',
    file: 'docs/screenshot-studio.png',
    width: 1200,
    height: 900,
    async prepare(page) {
      await page.locator('.list-item').first().waitFor();
      await page.locator('.list-item').first().click();
      await page.locator('#field-contact_email').fill('leads at example');
      await page.locator('#form-problems').waitFor();
      await page.evaluate(() => document.getElementById('edit-heading').scrollIntoView());
    },
  },
];
const server = await startServer();
const browser = await launchBrowser();
try {
  // `ONLY=studio make screenshots` refreshes only the shots whose file names contain "studio".
  for (const { path, file, width, height, prepare } of shots.filter((shot) => shot.file.includes(process.env.ONLY ?? ''))) {
    const page = await openPage(browser, { width, height });
    await page.goto(server.url(path));
    await settled(page);
    await prepare?.(page, server);
    await page.screenshot({ path: file });
    console.log('wrote', file);
    await page.context().close();
  }
} finally {
  await browser.close();
  server.stop();
}
