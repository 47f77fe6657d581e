// The size budget: fails when the code a first visit downloads (wasm + JS +
// CSS, brotli) exceeds the budget in bench/size-budget.json. Bytes, not time,
// so it is a fair test. Lower the budget as the app shrinks.
import { readFileSync } from 'node:fs';
import { firstLoad } from './sizes.mjs';

const budget = JSON.parse(readFileSync(new URL('../bench/size-budget.json', import.meta.url), 'utf8'));
const { code, codeTotal } = firstLoad('dist');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
for (const file of code) console.log(`  ${file.file.padEnd(48)} ${kb(file.brotli).padStart(9)} brotli  ${kb(file.raw).padStart(9)} raw`);
const limit = budget.first_load_code_brotli_bytes;
const verdict = codeTotal.brotli <= limit ? 'ok  ' : 'FAIL';
console.log(`${verdict} first-load code ${kb(codeTotal.brotli)} brotli; budget ${kb(limit)} (${budget.target_note})`);
process.exit(codeTotal.brotli <= limit ? 0 : 1);
