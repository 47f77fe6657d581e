// Post-build step (a Trunk hook, also runnable by hand: node scripts/postbuild.mjs DIR).
//
// Static hosts have no SPA fallback, and the app may live at any sub-path, so:
// 1. Trunk's inline loader script moves to a content-hashed file `boot-HASH.js`:
//    a strict Content-Security-Policy then needs no inline-script hash, and the
//    loader's `./` URLs resolve against its own URL, i.e. the app root.
// 2. Each page gets `<meta name="app-root" content="./">`: the way back to the
//    app root from that page. The app computes its router base and data URLs
//    from it at run time (src/web/base.rs).
// 3. For every route, a copy of index.html is written as ROUTE/index.html (for
//    hosts that redirect /route to /route/) and ROUTE.html (for hosts that serve
//    /route from route.html), with relative asset URLs adjusted, plus 404.html.
// 4. Writes the hosts' header files (_headers, staticwebapp.config.json) with a
//    Content-Security-Policy computed from the pages (scripts/headers.mjs).
// The route list must match src/domain/routes.rs (a native test checks it).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { azureConfig, netlifyHeaders, securityHeaders } from './headers.mjs';

const ROUTES = ['guide', 'roles', 'directory', 'assess', 'toolkit'];

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
  const code = loader[1]
    .trim()
    .replace(/module_or_path: '(\.\/[^']+)'/, "module_or_path: new URL('$1', import.meta.url)") + '\n';
  if (!code.includes('import.meta.url')) throw new Error('[postbuild] unexpected Trunk loader: ' + code);
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const bootName = `boot-${hash}.js`;
  writeFileSync(join(dir, bootName), code);
  html = html.replace(loaderPattern, `<script type="module" src="./${bootName}"></script>`);
  // Chrome ignores (and warns about) SRI on `as="fetch"` preloads; the wasm is
  // fetched by the loader, which has no integrity check either.
  html = html.replace(/(<link rel="preload"[^>]*?) integrity="[^"]*"/, '$1');
  html = html.replace('<head>', '<head>\n    <meta name="app-root" content="./">');
  writeFileSync(indexPath, html);

  // Same page one directory down: every relative "./x" becomes "../x".
  const nested = html.replace(/(href|src|content)="\.\//g, '$1="../');
  for (const route of ROUTES) {
    mkdirSync(join(dir, route), { recursive: true });
    writeFileSync(join(dir, route, 'index.html'), nested);
    writeFileSync(join(dir, `${route}.html`), html);
  }
  writeFileSync(join(dir, '404.html'), html);
  console.log(`[postbuild] ${bootName}; pages for /, ${ROUTES.map((r) => '/' + r).join(', ')} and 404.html`);
}

const headers = securityHeaders(dir);
writeFileSync(join(dir, '_headers'), netlifyHeaders(headers));
writeFileSync(join(dir, 'staticwebapp.config.json'), azureConfig(headers));
