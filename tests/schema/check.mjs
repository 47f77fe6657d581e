// Keeps the JSON Schemas true: every schema compiles in strict mode, every
// data file names its schema in `$schema` and validates against it.
// (Rules a schema cannot express are the Rust validator's job: `make validate`.)
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = resolve(import.meta.dirname, '../..');
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);

let failures = 0;
const fail = (message) => {
  failures++;
  console.error(`FAIL ${message}`);
};

const schemaDir = join(root, 'public/schema');
for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json'))) {
  ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, file), 'utf8')), file);
}

const dataDir = join(root, 'public/data');
for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.json'))) {
  const data = JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
  const schemaName = file.replace(/\.json$/, '.schema.json');
  if (data.$schema !== `../schema/${schemaName}`) {
    fail(`${file}: "$schema" should be "../schema/${schemaName}" so editors find the schema`);
    continue;
  }
  const validate = ajv.getSchema(schemaName);
  if (!validate) {
    fail(`${file}: no schema public/schema/${schemaName}`);
  } else if (!validate(data)) {
    fail(`${file}: ${ajv.errorsText(validate.errors, { separator: '\n  ' })}`);
  } else {
    console.log(`ok   ${file} matches ${schemaName}`);
  }
}
// Mistakes the app rejects must be rejected by the schema too, so an editor
// sees them while typing. Each case edits a copy of the sample file.
const directory = JSON.parse(readFileSync(join(dataDir, 'directory.json'), 'utf8'));
const toolkit = JSON.parse(readFileSync(join(dataDir, 'toolkit.json'), 'utf8'));
const guide = JSON.parse(readFileSync(join(dataDir, 'guide.json'), 'utf8'));
const firstOption = (g) => g.questions[0].options[0];
const site = JSON.parse(readFileSync(join(dataDir, 'site.json'), 'utf8'));
const roles = JSON.parse(readFileSync(join(dataDir, 'roles.json'), 'utf8'));
const assessment = JSON.parse(readFileSync(join(dataDir, 'assessment.json'), 'utf8'));
const statement = (a) => a.sections[0].statements[0];
const starter = JSON.parse(readFileSync(join(dataDir, 'starter.json'), 'utf8'));
const starterBlock = (t) => t.documents[0].sections[0].blocks[0];
// A valid schedule, which the meetings cases below change one thing in.
const MEETINGS = {
  repeat: 'monthly', week: 'second', day: 'tuesday', start: '12:30', end: '13:30',
  where: 'hybrid', place: 'Room 1, Foster Court', until: '2027-07-31',
};
const mustReject = [
  ['directory.schema.json', 'javascript: join link', directory, (d) => (d.communities[0].join = 'javascript:alert(1)')],
  ['directory.schema.json', 'data: join link', directory, (d) => (d.communities[0].join = 'data:text/html,hi')],
  ['directory.schema.json', 'http: join link', directory, (d) => (d.communities[0].join = 'http://example.ac.uk')],
  ['directory.schema.json', 'mailto: join_url', directory, (d) => (d.communities[0].join_url = 'mailto:cop@example.ac.uk')],
  ['directory.schema.json', 'http: source_url', directory, (d) => (d.communities[0].source_url = 'http://www.ucl.ac.uk/')],
  ['directory.schema.json', 'teams_url on another host', directory, (d) => (d.communities[0].teams_url = 'https://teams.microsoft.com.example.net/l/team/x')],
  ['directory.schema.json', 'contact_email with two addresses', directory, (d) => (d.communities[0].contact_email = 'a@example.ac.uk, b@example.ac.uk')],
  ['directory.schema.json', 'contact_email as a mailto: link', directory, (d) => (d.communities[0].contact_email = 'mailto:a@example.ac.uk')],
  ['directory.schema.json', 'contact_name without contact_email', directory, (d) => (d.communities[0].contact_name = 'Jo Lead')],
  ['directory.schema.json', 'unknown field', directory, (d) => (d.communities[0].colour = 'red')],
  ['directory.schema.json', 'unknown kind', directory, (d) => (d.communities[0].kind = 'club')],
  ['directory.schema.json', 'date in the wrong format', directory, (d) => (d.communities[0].last_reviewed = '31/01/2026')],
  ['directory.schema.json', 'missing name', directory, (d) => delete d.communities[0].name],
  ['directory.schema.json', 'bad id', directory, (d) => (d.communities[0].id = 'UCL HR')],
  ['directory.schema.json', 'no topics', directory, (d) => (d.communities[0].topics = [])],
  ['directory.schema.json', 'blank summary', directory, (d) => (d.communities[0].summary = '   ')],
  ...[
    ['meetings repeating yearly', { repeat: 'yearly' }],
    ['monthly meetings without a week', { week: undefined }],
    ['weekly meetings with a week', { repeat: 'weekly' }],
    ['fortnightly meetings without starts_on', { repeat: 'fortnightly', week: undefined }],
    ['meetings on a capitalised day', { day: 'Tuesday' }],
    ['meeting time without a leading zero', { start: '9:30' }],
    ['meeting time of 24:00', { end: '24:00' }],
    ['meetings "in-person"', { where: 'in-person' }],
    ['place for online meetings', { where: 'online', place: 'Room 1' }],
    ['meetings without an end', { end: undefined }],
    ['meetings until a date in the wrong format', { until: '31/07/2027' }],
    ['stray field in meetings', { time: '12:30' }],
  ].map(([label, change]) => ['directory.schema.json', label, directory, (d) => {
    d.communities[0].meetings = JSON.parse(JSON.stringify({ ...MEETINGS, ...change }));
  }]),
  ['toolkit.schema.json', 'http source url', toolkit, (t) => (t.sources[0].url = 'http://example.org')],
  ['toolkit.schema.json', 'section without body', toolkit, (t) => delete t.sections[0].body],
  ['guide.schema.json', 'weight above 3', guide, (g) => (firstOption(g).weights['project-team'] = 4)],
  ['guide.schema.json', 'negative weight', guide, (g) => (firstOption(g).weights['project-team'] = -1)],
  ['guide.schema.json', 'weight as text', guide, (g) => (firstOption(g).weights['project-team'] = '3')],
  ['guide.schema.json', 'zero-weight option', guide, (g) => {
    for (const form of Object.keys(firstOption(g).weights)) firstOption(g).weights[form] = 0;
  }],
  ['guide.schema.json', 'missing explanation', guide, (g) => delete firstOption(g).explanation],
  ['guide.schema.json', 'blank explanation', guide, (g) => (firstOption(g).explanation = '  ')],
  ['guide.schema.json', 'question with one option', guide, (g) => (g.questions[0].options.length = 1)],
  ['guide.schema.json', 'question with ten options', guide, (g) => {
    const options = g.questions[0].options;
    while (options.length < 10) options.push({ ...options[0], id: `extra-${options.length}` });
  }],
  ['guide.schema.json', 'bad question id', guide, (g) => (g.questions[0].id = 'Who Joins')],
  ['guide.schema.json', 'stray field in an option', guide, (g) => (firstOption(g).colour = 'red')],
  ['guide.schema.json', 'mixed threshold over 50', guide, (g) => (g.mixed_threshold = 60)],
  ['guide.schema.json', 'single form', guide, (g) => (g.forms.length = 1)],
  ['guide.schema.json', 'unknown directory kind', guide, (g) => (g.forms[0].directory = 'club')],
  ['guide.schema.json', 'mixed note naming one form twice', guide, (g) => (g.mixed[0].forms = ['project-team', 'project-team'])],
  ['guide.schema.json', 'http source url', guide, (g) => (g.sources[0].url = 'http://example.org')],
  ['guide.schema.json', 'form without next steps', guide, (g) => delete g.forms[0].next_steps],
  ['guide.schema.json', 'form without a first step', guide, (g) => delete g.forms[0].first_step],
  ['guide.schema.json', 'option without in_short', guide, (g) => delete firstOption(g).in_short],
  ['guide.schema.json', 'in_short ending with a full stop', guide, (g) => (firstOption(g).in_short = 'it helps.')],
  ['guide.schema.json', 'outcome without what to do instead', guide, (g) => delete g.not_a_group[0].instead],
  ['guide.schema.json', 'outcome with a bad id', guide, (g) => (g.not_a_group[0].id = 'Talk Series')],
  ['guide.schema.json', 'outcome weight above 3', guide, (g) => (g.questions[3].options[4].weights['talk-series'] = 4)],
  ['site.schema.json', 'named accent colour', site, (s) => (s.accent = 'navy')],
  ['site.schema.json', 'remote logo', site, (s) => (s.logo = { path: 'https://cdn.example.org/logo.png', alt: 'X' })],
  ['site.schema.json', 'logo outside the app', site, (s) => (s.logo = { path: '../logo.png', alt: 'X' })],
  ['site.schema.json', 'logo without alt text', site, (s) => (s.logo = { path: 'data/logo.svg' })],
  ['site.schema.json', 'unknown setting', site, (s) => (s.colour = '#000000')],
  ['site.schema.json', 'programme contact email with a subject', site, (s) => (s.programme_contact = { name: 'CoP team', email: 'cop@example.ac.uk?subject=Hi' })],
  ['site.schema.json', 'programme contact without email', site, (s) => (s.programme_contact = { name: 'CoP team' })],
  ['site.schema.json', 'programme contact with an http: page', site, (s) => (s.programme_contact = { name: 'CoP team', email: 'cop@example.ac.uk', url: 'http://example.ac.uk/cop' })],
  ['site.schema.json', 'directory contact as a mailto: link', site, (s) => (s.directory_contact = 'mailto:directory@example.ac.uk')],
  ['site.schema.json', 'directory contact with two addresses', site, (s) => (s.directory_contact = 'a@example.ac.uk, b@example.ac.uk')],
  ['site.schema.json', 'unknown accessibility status', site, (s) => (s.accessibility = { status: 'compliant', known_issues: ['x'] })],
  ['site.schema.json', 'javascript: accessibility contact', site, (s) => (s.accessibility = { contact: 'javascript:alert(1)' })],
  ['site.schema.json', 'http: accessibility contact', site, (s) => (s.accessibility = { contact: 'http://example.ac.uk/access' })],
  ['site.schema.json', 'statement date in the wrong format', site, (s) => (s.accessibility = { prepared: '01/09/2025' })],
  ['site.schema.json', 'review date without a preparation date', site, (s) => (s.accessibility = { reviewed: '2025-12-01' })],
  ['site.schema.json', 'fully compliant status with known issues', site, (s) => (s.accessibility = { status: 'fully-compliant', known_issues: ['x'] })],
  ['site.schema.json', 'partially compliant status without known issues', site, (s) => (s.accessibility = { status: 'partially-compliant' })],
  ['site.schema.json', 'unknown accessibility field', site, (s) => (s.accessibility = { email: 'a@example.ac.uk' })],
  ['toolkit.schema.json', 'blank section body', toolkit, (t) => (t.sections[0].body = '  ')],
  ['roles.schema.json', 'cell with both text and gap', roles, (r) => (r.roles[3].aspects.resources.text = 'x')],
  ['roles.schema.json', 'empty cell', roles, (r) => (r.roles[0].aspects.purpose = {})],
  ['roles.schema.json', 'bad aspect key', roles, (r) => (r.roles[0].aspects['Purpose!'] = { text: 'x' })],
  ['roles.schema.json', 'share as text', roles, (r) => (r.levels[0].share = '10-15%')],
  ['roles.schema.json', 'share over 100', roles, (r) => (r.levels[0].share = { min: 10, max: 150 })],
  ['roles.schema.json', 'share outside the community', roles, (r) => (r.levels[4].share = { min: 1, max: 2 })],
  ['roles.schema.json', 'long short_name', roles, (r) => (r.levels[0].short_name = 'Core group of leaders')],
  ['roles.schema.json', 'role without toolkit_section', roles, (r) => delete r.roles[0].toolkit_section],
  ['roles.schema.json', 'unknown role field', roles, (r) => (r.roles[0].colour = 'gold')],
  ['roles.schema.json', 'bad level id', roles, (r) => (r.levels[0].id = 'Core Group')],
  ['roles.schema.json', 'fit option with text points', roles, (r) => (r.fit.questions[0].options[0].levels = { core: 'lots' })],
  ['roles.schema.json', 'fit with one option', roles, (r) => (r.fit.questions[0].options = r.fit.questions[0].options.slice(0, 1))],
  ['roles.schema.json', 'http source url', roles, (r) => (r.sources[0].url = 'http://example.org')],
  ['assessment.schema.json', 'help link to an unknown toolkit section', assessment, (a) => (statement(a).help[0].href = '/toolkit?s=nope')],
  ['assessment.schema.json', 'help link to another site', assessment, (a) => (statement(a).help[0].href = 'https://example.ac.uk')],
  ['assessment.schema.json', 'statement without help', assessment, (a) => (statement(a).help = [])],
  ['assessment.schema.json', 'guidance missing a level', assessment, (a) => delete statement(a).guidance.mostly],
  ['assessment.schema.json', 'next step for an unknown level', assessment, (a) => (a.factors[0].next_steps.sometimes = 'x')],
  ['assessment.schema.json', 'blank next step', assessment, (a) => (a.factors[0].next_steps.partly = '  ')],
  ['assessment.schema.json', 'section id that is a step name', assessment, (a) => (a.sections[0].id = 'result')],
  ['assessment.schema.json', 'band over 100 %', assessment, (a) => (a.bands[3].min_percent = 150)],
  ['assessment.schema.json', 'negative band threshold', assessment, (a) => (a.bands[1].min_percent = -5)],
  ['assessment.schema.json', 'first band above 0', assessment, (a) => (a.bands[0].min_percent = 10)],
  ['assessment.schema.json', 'single band', assessment, (a) => (a.bands = a.bands.slice(0, 1))],
  ['assessment.schema.json', 'statement over 200 characters', assessment, (a) => (statement(a).text = 'x'.repeat(201))],
  ['assessment.schema.json', 'factor name over 28 characters', assessment, (a) => (a.factors[0].name = 'x'.repeat(29))],
  ['assessment.schema.json', 'missing level label', assessment, (a) => delete a.levels['in-place']],
  ['starter.schema.json', 'list placeholder in a paragraph', starter, (t) => (starterBlock(t).paragraph = 'Gaps: {gaps}.')],
  ['starter.schema.json', 'list placeholder with other text in a list item', starter, (t) => (t.documents[0].sections[4].blocks[1].list = ['{roles_filled} so far'])],
  ['starter.schema.json', 'stray brace in a title', starter, (t) => (t.documents[0].title = 'Charter {community')],
  ['starter.schema.json', 'placeholder with a space', starter, (t) => (t.documents[1].intro = 'For { community }')],
  ['starter.schema.json', 'placeholder in a prompt', starter, (t) => (t.prompts.gaps = '[to agree: {gaps}]')],
  ['starter.schema.json', 'missing prompt', starter, (t) => delete t.prompts.roles_open],
  ['starter.schema.json', 'wording part that template lacks', starter, (t) => (t.wording.gap = '{factor}: {summary}')],
  ['starter.schema.json', 'placeholder in the one-person wording', starter, (t) => (t.wording.people_one = '{count} person')],
  ['starter.schema.json', 'block with both paragraph and list', starter, (t) => (starterBlock(t).list = ['x'])],
  ['starter.schema.json', 'block with neither paragraph nor list', starter, (t) => (t.documents[0].sections[0].blocks[0] = { when: 'domain' })],
  ['starter.schema.json', 'role filled at not-yet', starter, (t) => (t.roles[0].filled_at = 'not-yet')],
  ['starter.schema.json', 'note named like a built-in placeholder', starter, (t) => (t.notes[0].name = 'domain')],
  ['starter.schema.json', 'note name with capitals', starter, (t) => (t.notes[0].name = 'Purpose')],
  ['starter.schema.json', 'bad document id', starter, (t) => (t.documents[0].id = 'Community Charter')],
  ['starter.schema.json', 'stray field in a document', starter, (t) => (t.documents[0].colour = 'red')],
  ['starter.schema.json', 'sponsor aspect listed twice', starter, (t) => (t.sponsor.aspects = ['purpose', 'purpose'])],
  ['starter.schema.json', 'http source url', starter, (t) => (t.sources[1].url = 'http://example.org')],
];
for (const [schemaName, label, sample, edit] of mustReject) {
  const copy = structuredClone(sample);
  edit(copy);
  if (ajv.getSchema(schemaName)(copy)) fail(`${schemaName} accepts a file with a ${label}`);
  else console.log(`ok   ${schemaName} rejects a ${label}`);
}
// A complete accessibility statement, with either kind of contact, must be accepted.
for (const contact of ['mailto:access@example.ac.uk?subject=Accessibility', 'https://example.ac.uk/accessibility']) {
  const copy = structuredClone(site);
  copy.accessibility = {
    status: 'partially-compliant', contact, prepared: '2025-09-01', reviewed: '2026-03-15',
    manual_testing: 'Tested with NVDA by the digital team.', known_issues: ['One linked form has no labels.'],
  };
  if (!ajv.getSchema('site.schema.json')(copy)) fail(`site.schema.json rejects a complete accessibility statement with contact ${contact}`);
}
// And the app's safe forms of `join` must be accepted.
for (const join of ['https://example.ac.uk/join', 'mailto:cop@example.ac.uk', 'Ask HR: they will add you']) {
  const copy = structuredClone(directory);
  copy.communities[0].join = join;
  if (!ajv.getSchema('directory.schema.json')(copy)) fail(`directory.schema.json rejects join "${join}"`);
}

// And the joining fields and the programme contact, written as the app accepts them.
{
  const copy = structuredClone(directory);
  Object.assign(copy.communities[0], {
    join_url: 'https://forms.example.ac.uk/join', teams_url: 'https://teams.microsoft.com/l/team/19%3Aabc',
    contact_email: 'cop.leads+join@example.ac.uk', contact_name: 'Jo Lead', source_url: 'https://www.ucl.ac.uk/',
  });
  if (!ajv.getSchema('directory.schema.json')(copy)) fail('directory.schema.json rejects valid joining fields');
  for (const teams of ['https://Teams.Cloud.Microsoft/l/channel/x', 'https://teams.live.com/l/community/x']) {
    copy.communities[0].teams_url = teams;
    if (!ajv.getSchema('directory.schema.json')(copy)) fail(`directory.schema.json rejects teams_url "${teams}"`);
  }
  const withContact = structuredClone(site);
  withContact.programme_contact = { name: 'CoP team', email: 'cop@example.ac.uk', url: 'https://example.ac.uk/cop' };
  if (!ajv.getSchema('site.schema.json')(withContact)) fail('site.schema.json rejects a complete programme contact');
  withContact.directory_contact = 'directory.editors+cop@example.ac.uk';
  if (!ajv.getSchema('site.schema.json')(withContact)) fail('site.schema.json rejects a directory contact');
}

// And schedules written as the app accepts them.
for (const meetings of [
  MEETINGS,
  { repeat: 'weekly', day: 'monday', start: '09:00', end: '09:30', where: 'online' },
  { repeat: 'fortnightly', day: 'friday', start: '16:00', end: '17:00', where: 'in person', starts_on: '2026-01-02' },
  { repeat: 'monthly', week: 'last', day: 'sunday', start: '00:00', end: '23:59', where: 'in person', place: 'The pub' },
]) {
  const copy = structuredClone(directory);
  copy.communities[0].meetings = meetings;
  if (!ajv.getSchema('directory.schema.json')(copy)) fail(`directory.schema.json rejects meetings ${JSON.stringify(meetings)}`);
}

process.exit(failures ? 1 : 0);
