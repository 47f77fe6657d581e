// Post-build step (a Trunk hook, also runnable by hand: node scripts/postbuild.mjs DIR).
//
// Static hosts have no SPA fallback, and the app may live at any sub-path, so:
// 1. Trunk's inline loader script moves to a content-hashed file `boot-HASH.js`:
//    a strict Content-Security-Policy then needs no inline-script hash, and the
//    loader's `./` URLs resolve against its own URL, i.e. the app root.
//    The loader also says the controls start in a moment (or why the app
//    could not start), downloads the view's content files at once, in
//    parallel with the wasm, instead of after it (one round trip less on a
//    slow network; the app takes the bytes, src/web/prefetch.rs), and then
//    starts the app in place of the page's first screen (BOOT_START).
//    A small blocking script, first-paint-HASH.js, marks the document before
//    anything paints (FIRST_PAINT).
// 2. The style sheets (one per view in style/) become one file, style-HASH.css,
//    without comments and ending with the site's colours: on an HTTP/1.1 host
//    each extra file queues behind the browser's six connections and delays
//    the wasm.
// 3. Each page gets `<meta name="app-root" content="./">`: the way back to the
//    app root from that page. The app computes its router base and data URLs
//    from it at run time (src/web/base.rs). `<meta name="app-data">` lists the
//    content files the page's view reads first (DATA below; an e2e test checks
//    that each view downloads exactly these, once).
// 4. For every route, a copy of index.html is written as ROUTE/index.html (for
//    hosts that redirect /route to /route/) and ROUTE.html (for hosts that serve
//    /route from route.html), with relative asset URLs adjusted, plus 404.html.
//    Each route's page carries its first screen, rendered by the app's own
//    components natively (crates/prerender) from the content files in
//    data/, inside `<div class="app-root" data-prerendered>`, and its title;
//    the app mounts its own render in its place (BOOT_START, src/main.rs).
//    COP_FAST_BUILD=1 (the dev server, `make serve`) skips this and step 6.
// 5. Writes the hosts' header files (_headers, staticwebapp.config.json) with a
//    Content-Security-Policy computed from the pages (scripts/headers.mjs).
// 6. Writes FILE.br and FILE.gz beside every compressible file
//    (scripts/compress.mjs), for hosts that serve precompressed files.
// The route list must match crates/domain/src/routes.rs (a native test checks it).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressDist } from './compress.mjs';
import { azureConfig, netlifyHeaders, securityHeaders } from './headers.mjs';

const ROUTES = ['guide', 'roles', 'directory', 'assess', 'toolkit', 'accessibility'];
// Content files each page's view needs for its first render ('' is home; every view reads site.json).
const DATA = {
  '': ['directory.json'], guide: ['guide.json'], roles: ['roles.json', 'toolkit.json'], directory: ['directory.json'],
  assess: ['assessment.json'], toolkit: ['toolkit.json'], accessibility: [], 404: [],
  together: ['assessment.json', 'roles.json', 'starter.json'],
  studio: ['directory.json'],
};
const dataMeta = (page) => `<meta name="app-data" content="${['site.json', ...DATA[page]].join(' ')}">`;

// A classic (blocking) script in <head>, so it runs before the first paint:
// marks the document with what the stylesheet needs to know before then.
// - `has-js`: scripts run, so the app will take over (without them the
//   prerendered page shows its menu open: its button needs the app);
// - the colours (the same rule as domain::presentation: embeds default to
//   light; the app sets them again) and embed mode (`embedded`);
// - `data-pending`: the address asks for a state the prerendered first screen
//   (the route with no query) does not show, such as /directory?q=finance or
//   /assess#r=…, so its main content waits for the app instead of showing a
//   wrong result list for a moment.
const FIRST_PAINT = `(() => {
  const root = document.documentElement;
  const params = new URLSearchParams(location.search);
  root.classList.add('has-js');
  const embedded = params.get('embed') === '1';
  if (embedded) root.classList.add('embedded');
  const given = params.get('theme');
  const theme = ['light', 'dark', 'auto'].includes(given) ? given : embedded ? 'light' : 'auto';
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  const own = [...params.keys()].some((key) => key !== 'embed' && key !== 'theme');
  if (own || location.hash.includes('=')) root.dataset.pending = '';
})();
`;

// Runs before Trunk's loader: the status line and the content downloads.
// With a prerendered first screen the status is a small notice saying the
// controls start in a moment; without one (the dev server) it is the page.
const BOOT_PRELUDE = `const bootStatus = document.createElement('p');
bootStatus.className = 'boot-status';
bootStatus.setAttribute('role', 'status');
const firstScreen = document.querySelector('.app-root[data-prerendered]');
if (firstScreen && !document.documentElement.hasAttribute('data-pending')) {
  bootStatus.classList.add('boot-notice');
  bootStatus.textContent = 'Starting: buttons, search and filters work in a moment…';
  document.body.append(bootStatus);
} else {
  bootStatus.textContent = 'Loading CoP Navigator…';
  (firstScreen?.querySelector('main') ?? document.body).prepend(bootStatus);
}
const bootFailed = (error) => {
  bootStatus.textContent = 'CoP Navigator could not start in this browser. Try reloading the page, or open it in an up-to-date browser.';
  throw error;
};
// The content files the page lists, downloaded in full alongside the wasm:
// \`copNavigatorContent\` maps each URL to its bytes (src/web/prefetch.rs).
window.copNavigatorContent = new Map();
const contentArrived = (() => {
  const meta = (name) => document.querySelector(\`meta[name="\${name}"]\`)?.content ?? '';
  const root = new URL(meta('app-root') || './', location.href);
  return Promise.all(meta('app-data').split(' ').filter(Boolean).map(async (file) => {
    const url = new URL('data/' + file, root).href;
    try {
      const response = await fetch(url, { cache: 'no-cache' });
      // A failed one is fetched again by the app, so its error reads like any other.
      if (response.ok) window.copNavigatorContent.set(url, new Uint8Array(await response.arrayBuffer()));
    } catch {}
  }));
})();
`;

// Runs after Trunk's loader: starts the app in place of the first screen,
// in one task, once the content is in memory, so the app's first render is
// the loaded view and no frame shows "Loading…" in between. Focus and scroll
// stay where the reader left them: a link or an element with an id gets
// focus back (the app renders the same ones; every control is disabled
// before), found again by address and words.
const BOOT_START = `await contentArrived;
{
  const root = document.createElement('div');
  root.className = 'app-root';
  const [x, y] = [scrollX, scrollY];
  const active = document.activeElement;
  let refocus = () => {};
  if (firstScreen?.contains(active) && active.id) {
    refocus = () => document.getElementById(active.id)?.focus();
  } else if (firstScreen?.contains(active) && active.matches('a[href]')) {
    const [href, text] = [active.href, active.textContent];
    const same = (link) => link.href === href && link.textContent === text;
    const nth = [...firstScreen.querySelectorAll('a[href]')].filter(same).indexOf(active);
    refocus = () => [...root.querySelectorAll('a[href]')].filter(same)[nth]?.focus();
  }
  if (firstScreen) firstScreen.replaceWith(root);
  else document.body.append(root);
  try {
    bindings.mount_app(root);
  } catch (error) {
    // The app failed as it started: the reader keeps the page they had.
    if (firstScreen) root.replaceWith(firstScreen);
    bootFailed(error);
  }
  bootStatus.remove();
  // Before the next paint, after the app's first render (microtasks).
  requestAnimationFrame(() => {
    refocus();
    scrollTo(x, y);
  });
}
`;

const args = process.argv.slice(2);
// `--app=together`: Start together, the second app (apps/together), and
// `--app=studio`: the content studio (apps/studio); each one folder below
// the navigator: one page, its data read from the navigator's.
const app = (args.find((arg) => arg.startsWith('--app=')) ?? '--app=navigator').slice('--app='.length);
const dir = process.env.TRUNK_STAGING_DIR || args.find((arg) => !arg.startsWith('--')) || 'dist';
const fastBuild = process.env.COP_FAST_BUILD === '1';
// A second app (not the navigator): one page, one folder down.
const together = app !== 'navigator';
if (!['navigator', 'together', 'studio'].includes(app)) throw new Error(`[postbuild] unknown app "${app}"`);
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');

const loaderPattern = /<script type="module"[^>]*>([\s\S]*?)<\/script>/;
const loader = html.match(loaderPattern);
if (!loader || !loader[1].includes('init(')) {
  if (html.includes('name="app-root"')) {
    console.log('[postbuild] already processed:', indexPath);
  } else {
    throw new Error(`[postbuild] no Trunk loader script found in ${indexPath}`);
  }
} else {
  // wasm-bindgen fetches a string path relative to the *document*; resolve it
  // against the loader's own URL instead, so it is right at any depth.
  const trunkLoader = loader[1]
    .trim()
    .replace(/module_or_path: '(\.\/[^']+)'/, "module_or_path: new URL('$1', import.meta.url)")
    .replace(/await init\((\{[^\n]*\})\);/, 'await init($1).catch(bootFailed);');
  if (!trunkLoader.includes('import.meta.url') || !trunkLoader.includes('bootFailed')) {
    throw new Error('[postbuild] unexpected Trunk loader: ' + trunkLoader);
  }
  // Imports are hoisted, so the prelude may come first.
  const bootName = writeHashed('boot', BOOT_PRELUDE + trunkLoader + '\n' + BOOT_START);
  const paintName = writeHashed('first-paint', FIRST_PAINT);
  html = html.replace(loaderPattern, `<script src="./${paintName}"></script>\n<script type="module" src="./${bootName}"></script>`);
  // Chrome ignores (and warns about) SRI on `as="fetch"` preloads; the wasm is
  // fetched by the loader, which has no integrity check either.
  html = html.replace(/(<link rel="preload"[^>]*?) integrity="[^"]*"/, '$1');
  // The navigator's build copies public/data into dist/data; Start together's reads those.
  const dataDir = together ? fileURLToPath(new URL('../public/data', import.meta.url)) : join(dir, 'data');
  const prerendered = fastBuild ? { pages: {}, palette: [] } : prerender(dataDir);
  html = bundleStyleSheets(html, prerendered.palette);
  html = html.replace('<head>', `<head>\n    <meta name="app-root" content="${together ? '../' : './'}">\n    <meta name="app-data">`);
  const page = (route) => withFirstScreen(html.replace('<meta name="app-data">', dataMeta(route)), prerendered.pages['/' + route]);
  if (together) {
    // The page sits one folder below the navigator's root: its links to the navigator's views go up one.
    const screen = prerendered.pages['/' + app];
    if (screen) screen.body = screen.body.replace(/href="\.\//g, 'href="../');
    writeFileSync(indexPath, page(app));
    if (app === 'studio') writeSuggestPage(html, prerendered.pages['/studio/suggest']);
    console.log(`[postbuild] ${app}: ${bootName}; ${screen ? 'prerendered' : 'not prerendered'}`);
  } else {
    writeFileSync(indexPath, page(''));
    writeNavigatorPages(page, bootName, Object.keys(prerendered.pages).length);
  }
}

/** The navigator's copies of its page per route (point 4 above), and 404.html. */
function writeNavigatorPages(page, bootName, count) {
  for (const route of ROUTES) {
    mkdirSync(join(dir, route), { recursive: true });
    // Same page one directory down: every relative "./x" becomes "../x".
    writeFileSync(join(dir, route, 'index.html'), page(route).replace(/(href|src|content)="\.\//g, '$1="../'));
    writeFileSync(join(dir, `${route}.html`), page(route));
  }
  writeFileSync(join(dir, '404.html'), page(404));
  console.log(`[postbuild] ${bootName}; pages for /, ${ROUTES.map((r) => '/' + r).join(', ')} and 404.html; ${count} prerendered`);
}

/**
 * The studio's "Suggest a community" page, `studio/suggest/`: the same app
 * (it picks the page by its address), one folder further down.
 */
function writeSuggestPage(html, screen) {
  if (screen) screen.body = screen.body.replace(/href="\.\//g, 'href="../../');
  const suggest = withFirstScreen(html.replace('<meta name="app-data">', dataMeta('studio')), screen)
    .replace('<meta name="app-root" content="../">', '<meta name="app-root" content="../../">')
    .replace(/(href|src)="\.\//g, '$1="../');
  mkdirSync(join(dir, 'suggest'), { recursive: true });
  writeFileSync(join(dir, 'suggest', 'index.html'), suggest);
}

/** Writes `NAME-HASH.js` (a content hash: cached for a year) and returns its name. */
function writeHashed(name, code) {
  const file = `${name}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, file), code);
  return file;
}

/**
 * Every route's first screen, `{ pages: { "/guide": { title, body } }, palette }`,
 * from the native renderer (crates/prerender).
 */
function prerender(dataDir) {
  const json = execFileSync('cargo', ['run', '--locked', '--quiet', '-p', 'prerender', '--', dataDir, `--app=${app}`], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(json);
}

/** The page with a route's prerendered title and first screen (none: unchanged). */
function withFirstScreen(page, screen) {
  if (!screen) return page;
  // Both anchors are in index.html; without them the page would silently go without its first screen.
  if (!/<title>[^<]*<\/title>/.test(page) || !page.includes('</noscript>')) {
    throw new Error('[postbuild] index.html needs a <title> and the <noscript> line: the first screen goes after it');
  }
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return page
    .replace(/<title>[^<]*<\/title>/, `<title>${escape(screen.title)}</title>`)
    .replace('</noscript>', `</noscript>\n    <div class="app-root" data-prerendered>${screen.body}</div>`);
}

/**
 * Concatenates the page's style sheets, in order, into one content-hashed
 * file, ending with the site's colours (`palette`: what the app sets from
 * site.json as it starts, so the first screen has them too).
 */
function bundleStyleSheets(page, palette) {
  const linkPattern = /<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*>\s*/g;
  const files = [...page.matchAll(linkPattern)].map((link) => link[1]);
  if (files.length === 0) throw new Error('[postbuild] no style sheets found in ' + indexPath);
  const siteColours = palette.length ? `\n:root { ${palette.map(([name, colour]) => `${name}: ${colour};`).join(' ')} }\n` : '';
  // Comments are for people editing style/ (measured: 1.6 KB of the bundle's
  // 8 KB brotli); none of ours sits inside a string.
  const withoutComments = (text) => {
    if (/["'][^"'\n]*\/\*/.test(text)) throw new Error('[postbuild] "/*" inside a CSS string: comments cannot be stripped safely');
    return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\n\s*\n+/g, '\n');
  };
  const css = files.map((file) => withoutComments(readFileSync(join(dir, file), 'utf8'))).join('\n') + siteColours;
  const name = `style-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  writeFileSync(join(dir, name), css);
  for (const file of files) rmSync(join(dir, file));
  const integrity = 'sha384-' + createHash('sha384').update(css).digest('base64');
  let first = true;
  return page.replace(linkPattern, () => {
    if (!first) return '';
    first = false;
    return `<link rel="stylesheet" href="./${name}" integrity="${integrity}">\n    `;
  });
}

// The navigator's header files cover Start together's folder too (`/*`).
if (!together) {
  const headers = securityHeaders(dir);
  writeFileSync(join(dir, '_headers'), netlifyHeaders(headers));
  writeFileSync(join(dir, 'staticwebapp.config.json'), azureConfig(headers));
}
if (!fastBuild) compressDist(dir);
