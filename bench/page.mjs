// The benchmark page: the three engines side by side on the same data and
// queries. The runner (search.mjs) drives it through window.bench and reads
// the JS heap over the DevTools protocol between steps.
import init, { load, live_bytes as liveBytes } from './work/pkg/search_bench.js';
import MiniSearch from '/node_modules/minisearch/dist/es/index.js';
import Fuse from '/node_modules/fuse.js/dist/fuse.mjs';

await init();

// The directory's fields and weights (crates/domain/src/directory/search.rs).
const WEIGHTS = { name: 12, aliases: 10, topics: 6, service_area: 5, organisation: 4, summary: 1 };
const FIELDS = Object.keys(WEIGHTS);
const asText = (value) => (Array.isArray(value) ? value.join(' ') : value ?? '');

const ENGINES = {
  // This app's engine: load (parse + validate) and index in WebAssembly.
  'cop-navigator': {
    build: ({ bytes }) => {
      const start = performance.now();
      const loaded = load(bytes);
      const parsed = performance.now();
      const index = loaded.index();
      parts.push({ parse: parsed - start, index: performance.now() - parsed });
      return index;
    },
    query: (index, q) => index.search(q),
    release: (index) => index.free(),
  },
  minisearch: {
    build: ({ text }) => {
      const docs = JSON.parse(text).communities;
      const index = new MiniSearch({
        fields: FIELDS,
        extractField: (doc, field) => asText(doc[field]),
        searchOptions: {
          boost: WEIGHTS,
          prefix: true,
          // The same rule as ours: one edit for words of five letters or more.
          fuzzy: (term) => (term.length >= 5 ? 1 : false),
        },
      });
      index.addAll(docs);
      return { docs, index };
    },
    query: ({ index }, q) => index.search(q).length,
    release: () => {},
  },
  'fuse.js': {
    build: ({ text }) => {
      const docs = JSON.parse(text).communities;
      const keys = FIELDS.map((name) => ({ name, weight: WEIGHTS[name] }));
      const index = new Fuse(docs, { keys, threshold: 0.3, ignoreLocation: true, includeScore: true });
      return { docs, index };
    },
    query: ({ index }, q) => index.search(q).length,
    release: () => {},
  },
};

let data = null;
let built = null;
// This engine's build split into parse + validate and indexing, per run.
let parts = [];

window.bench = {
  engines: Object.keys(ENGINES),

  /** Fetches a synthetic directory (outside any timing). */
  async load(size) {
    const response = await fetch(`./work/data-${size}.json`, { cache: 'no-store' });
    const buffer = await response.arrayBuffer();
    data = { bytes: new Uint8Array(buffer), text: new TextDecoder().decode(buffer) };
    return data.bytes.length;
  },

  /** Builds `engine`'s index `runs` times; keeps the last. Returns each time (ms). */
  build(engine, runs) {
    const times = [];
    parts = [];
    for (let i = 0; i < runs; i++) {
      if (built) ENGINES[built.engine].release(built.index);
      built = null;
      const start = performance.now();
      const index = ENGINES[engine].build(data);
      times.push(performance.now() - start);
      built = { engine, index };
    }
    return { times, parts };
  },

  /** The browser's own JSON.parse of the same text, as a floor for parsing (ms per run). */
  jsonParse(runs) {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      JSON.parse(data.text);
      times.push(performance.now() - start);
    }
    return times;
  },

  /** Runs each query once to warm up (if `warm`), then `reps` timed times. */
  query(queries, reps, warm) {
    const { engine, index } = built;
    const run = ENGINES[engine].query;
    const samples = [];
    const hits = {};
    for (const q of queries) {
      if (warm) hits[q] = run(index, q);
      for (let i = 0; i < reps; i++) {
        const start = performance.now();
        hits[q] = run(index, q);
        samples.push(performance.now() - start);
      }
    }
    return { samples, hits };
  },

  /** What one keystroke costs the directory view: search, facet counts, order. */
  viewQuery(queries, reps) {
    const index = built.index;
    const samples = [];
    for (const q of queries) {
      index.results(q);
      for (let i = 0; i < reps; i++) {
        const start = performance.now();
        index.results(q);
        samples.push(performance.now() - start);
      }
    }
    return samples;
  },

  release() {
    if (built) ENGINES[built.engine].release(built.index);
    built = null;
  },

  liveBytes: () => liveBytes(),
  isolated: () => self.crossOriginIsolated,
};
document.querySelector('#state').textContent = 'ready';
