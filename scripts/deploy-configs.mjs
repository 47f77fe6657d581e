// Writes deploy/nginx/cop-navigator-headers.conf from a built dist/
// (`make deploy-configs`; `--check` fails if the committed file is stale).
import { readFileSync, writeFileSync } from 'node:fs';
import { nginxHeaders, securityHeaders } from './headers.mjs';

const target = 'deploy/nginx/cop-navigator-headers.conf';
const wanted = nginxHeaders(securityHeaders('dist'));
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== wanted) {
    console.error(`${target} is stale: run \`make deploy-configs\` and commit it.`);
    process.exit(1);
  }
  console.log(`ok   ${target} matches the build`);
} else {
  writeFileSync(target, wanted);
  console.log('wrote', target);
}
