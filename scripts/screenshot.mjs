// Refreshes the README screenshots from the built dist/: `make screenshots`.
import { launchBrowser, openPage, settled, startServer } from '../tests/e2e/harness.mjs';

const shots = [
  { path: '', file: 'docs/screenshot-home.png', width: 1200, height: 760 },
  { path: 'directory', file: 'docs/screenshot-directory.png', width: 1200, height: 760 },
];
const server = await startServer();
const browser = await launchBrowser();
try {
  for (const { path, file, width, height } of shots) {
    const page = await openPage(browser, { width, height });
    await page.goto(server.url(path));
    await settled(page);
    await page.screenshot({ path: file });
    console.log('wrote', file);
    await page.context().close();
  }
} finally {
  await browser.close();
  server.stop();
}
