// The size budget: fails when the code a first visit downloads (wasm + JS +
// CSS, brotli) exceeds the budget in bench/size-budget.json, for the
// navigator (dist/), Start together (dist/together/) and the content studio
// (dist/studio/), each on its own: a staff member opening the navigator
// downloads none of the other two.
// Bytes, not time, so it is a fair test. Lower the budgets as the apps shrink.
import { readFileSync } from 'node:fs';
import { firstLoad } from './sizes.mjs';

const budget = JSON.parse(readFileSync(new URL('../bench/size-budget.json', import.meta.url), 'utf8'));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const apps = [
  ['navigator', 'dist', budget.first_load_code_brotli_bytes],
  ['Start together', 'dist/together', budget.together_first_load_code_brotli_bytes],
  ['Content studio', 'dist/studio', budget.studio_first_load_code_brotli_bytes],
];
let failed = false;
for (const [name, dir, limit] of apps) {
  const { code, codeTotal } = firstLoad(dir);
  if (code.length === 0) throw new Error(`[size-budget] no code found in ${dir}: build it first (make dist)`);
  console.log(`${name} (${dir}/):`);
  for (const file of code) console.log(`  ${file.file.padEnd(48)} ${kb(file.brotli).padStart(9)} brotli  ${kb(file.raw).padStart(9)} raw`);
  const ok = codeTotal.brotli <= limit;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: first-load code ${codeTotal.brotli} bytes (${kb(codeTotal.brotli)}) brotli; budget ${limit}`);
}
console.log(`(${budget.target_note})`);
process.exit(failed ? 1 : 0);
