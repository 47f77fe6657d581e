// Serves a built app like a production CDN for the benchmarks: brotli or
// gzip per Accept-Encoding (compressed once, cached), the generated security
// headers, directory redirects, no SPA fallback.
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml',
};

export async function serveCompressed(root, { subPath = '/', headers = {} } = {}) {
  const cache = new Map();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (!path.startsWith(subPath)) return response.writeHead(404).end();
    let file = join(root, path.slice(subPath.length));
    try {
      if (statSync(file).isDirectory()) {
        if (!path.endsWith('/')) return response.writeHead(301, { Location: path + '/' }).end();
        file = join(file, 'index.html');
      }
      const accepts = request.headers['accept-encoding'] || '';
      const encoding = accepts.includes('br') ? 'br' : accepts.includes('gzip') ? 'gzip' : null;
      const key = `${file}|${encoding}`;
      if (!cache.has(key)) {
        const raw = readFileSync(file);
        cache.set(key, encoding === 'br'
          ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
          : encoding === 'gzip' ? gzipSync(raw, { level: 9 }) : raw);
      }
      const type = TYPES[file.slice(file.lastIndexOf('.'))] || 'application/octet-stream';
      const extra = encoding ? { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' } : {};
      response.writeHead(200, { ...headers, ...extra, 'Content-Type': type }).end(cache.get(key));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { url: (path = '') => origin + subPath + path, stop: () => server.close() };
}
