// Post-build step (a Trunk hook, also runnable by hand: node scripts/postbuild.mjs DIR).
//
// Static hosts have no SPA fallback, and the app may live at any sub-path, so:
// 1. Trunk's inline loader script moves to a content-hashed file `boot-HASH.js`:
//    a strict Content-Security-Policy then needs no inline-script hash, and the
//    loader's `./` URLs resolve against its own URL, i.e. the app root.
//    The loader also shows "Loading…" until the app has mounted (or why it
//    could not start), and starts downloading the view's content files at once,
//    in parallel with the wasm, instead of after it: one round trip less on a
//    slow network. The app takes those downloads over (src/web/prefetch.rs).
// 2. The style sheets (one per view in style/) become one file, style-HASH.css:
//    on an HTTP/1.1 host each extra file queues behind the browser's six
//    connections and delays the wasm.
// 3. Each page gets `<meta name="app-root" content="./">`: the way back to the
//    app root from that page. The app computes its router base and data URLs
//    from it at run time (src/web/base.rs). `<meta name="app-data">` lists the
//    content files the page's view reads first (DATA below; an e2e test checks
//    that each view downloads exactly these, once).
// 4. For every route, a copy of index.html is written as ROUTE/index.html (for
//    hosts that redirect /route to /route/) and ROUTE.html (for hosts that serve
//    /route from route.html), with relative asset URLs adjusted, plus 404.html.
// 5. Writes the hosts' header files (_headers, staticwebapp.config.json) with a
//    Content-Security-Policy computed from the pages (scripts/headers.mjs).
// The route list must match crates/domain/src/routes.rs (a native test checks it).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { azureConfig, netlifyHeaders, securityHeaders } from './headers.mjs';

const ROUTES = ['guide', 'roles', 'directory', 'assess', 'toolkit', 'accessibility'];
// Content files each page's view needs for its first render ('' is home; every view reads site.json).
const DATA = {
  '': ['directory.json'], guide: ['guide.json'], roles: ['roles.json', 'toolkit.json'], directory: ['directory.json'],
  assess: ['assessment.json'], toolkit: ['toolkit.json'], accessibility: [], 404: [],
};
const dataMeta = (page) => `<meta name="app-data" content="${['site.json', ...DATA[page]].join(' ')}">`;

// Runs before Trunk's loader: the status line and the content downloads.
// The colours are chosen here too, before anything paints (the same rule as
// domain::presentation: embeds default to light; the app sets it again).
const BOOT_PRELUDE = `{
  const params = new URLSearchParams(location.search);
  const given = params.get('theme');
  const theme = ['light', 'dark', 'auto'].includes(given) ? given : params.get('embed') === '1' ? 'light' : 'auto';
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
}
const bootStatus = document.createElement('p');
bootStatus.className = 'boot-status';
bootStatus.setAttribute('role', 'status');
bootStatus.textContent = 'Loading CoP Navigator…';
document.body.prepend(bootStatus);
const bootFailed = (error) => {
  bootStatus.textContent = 'CoP Navigator could not start in this browser. Try reloading the page, or open it in an up-to-date browser.';
  throw error;
};
{
  const meta = (name) => document.querySelector(\`meta[name="\${name}"]\`)?.content ?? '';
  const root = new URL(meta('app-root') || './', location.href);
  window.copNavigatorPrefetch = new Map(meta('app-data').split(' ').filter(Boolean).map((file) => {
    const url = new URL('data/' + file, root).href;
    return [url, fetch(url, { cache: 'no-cache' }).catch(() => null)];
  }));
}
`;

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
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
    .replace(/await init\((\{[^\n]*\})\);/, 'await init($1).catch(bootFailed);\nbootStatus.remove();');
  if (!trunkLoader.includes('import.meta.url') || !trunkLoader.includes('bootFailed')) {
    throw new Error('[postbuild] unexpected Trunk loader: ' + trunkLoader);
  }
  // Imports are hoisted, so the prelude may come first.
  const code = BOOT_PRELUDE + trunkLoader + '\n';
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const bootName = `boot-${hash}.js`;
  writeFileSync(join(dir, bootName), code);
  html = html.replace(loaderPattern, `<script type="module" src="./${bootName}"></script>`);
  // Chrome ignores (and warns about) SRI on `as="fetch"` preloads; the wasm is
  // fetched by the loader, which has no integrity check either.
  html = html.replace(/(<link rel="preload"[^>]*?) integrity="[^"]*"/, '$1');
  html = bundleStyleSheets(html);
  html = html.replace('<head>', '<head>\n    <meta name="app-root" content="./">\n    <meta name="app-data">');
  const page = (route) => html.replace('<meta name="app-data">', dataMeta(route));
  writeFileSync(indexPath, page(''));

  for (const route of ROUTES) {
    mkdirSync(join(dir, route), { recursive: true });
    // Same page one directory down: every relative "./x" becomes "../x".
    writeFileSync(join(dir, route, 'index.html'), page(route).replace(/(href|src|content)="\.\//g, '$1="../'));
    writeFileSync(join(dir, `${route}.html`), page(route));
  }
  writeFileSync(join(dir, '404.html'), page(404));
  console.log(`[postbuild] ${bootName}; pages for /, ${ROUTES.map((r) => '/' + r).join(', ')} and 404.html`);
}

/** Concatenates the page's style sheets, in order, into one content-hashed file. */
function bundleStyleSheets(page) {
  const linkPattern = /<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*>\s*/g;
  const files = [...page.matchAll(linkPattern)].map((link) => link[1]);
  if (files.length === 0) throw new Error('[postbuild] no style sheets found in ' + indexPath);
  const css = files.map((file) => `/* ${file} */\n` + readFileSync(join(dir, file), 'utf8')).join('\n');
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

const headers = securityHeaders(dir);
writeFileSync(join(dir, '_headers'), netlifyHeaders(headers));
writeFileSync(join(dir, 'staticwebapp.config.json'), azureConfig(headers));
