// Deterministic synthetic directories for the search benchmark: the same
// seed and size always give the same bytes. Field lengths follow the sample
// directory (names of 2–5 words, summaries of 35–60 words, 2–6 topics,
// optional aliases, join, cadence…); words come from a domain vocabulary
// plus a long tail of made-up words, chosen with a Zipf-like skew, so the
// vocabulary grows with the directory as a real one would.

/** mulberry32: a small, fast, seedable PRNG. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words staff use about their work (the benchmark queries draw on these).
const DOMAIN = `finance financial procurement purchasing research data analysis analytics insight student students
wellbeing recruitment events management project programme digital communications marketing estates facilities
library libraries teaching learning assessment admissions outreach partnership partnerships enterprise technical
engineering laboratory laboratories safety health governance compliance policy strategy planning budget budgets
grants funding awards contracts suppliers systems service services support network community practice leadership
administration executive assistants international alumni development careers equality diversity inclusion
sustainability environment energy catering security timetabling examinations records registry quality audit
risk legal information technology software infrastructure cloud identity access accessibility web websites content
design user experience training coaching mentoring wellbeing mental disability advice employee relations payroll
pensions reward benefits onboarding induction volunteering engagement public consultation fundraising philanthropy
donors museums collections archives heritage sport fitness accommodation housing residences travel transport
parking cleaning maintenance buildings space capital projects change transformation improvement lean process
processes automation reporting dashboards statistics surveys evaluation impact knowledge exchange innovation
commercialisation spinouts industry business bids tenders costing invoices expenses accounts forecasting treasury
tax insurance clinical trials ethics integrity open access publishing repository doctoral postgraduate
undergraduate apprenticeships placements employability internships widening participation schools colleges
mature part time distance online blended hybrid lecture capture classrooms audio visual print design brand
photography video social media press media relations internal external stakeholder conferences venues hospitality`
  .split(/\s+/);
// Everyday words of staff prose, common to every summary.
const FILLER = `staff colleagues share practice across teams work together learn from each other good practice
ideas problems solutions regular meetings members who roles university departments faculties central services
professional group forum bring improve develop exchange experience expertise tools resources approach approaches
common challenges joint shared new ways working connect network support peer events sessions lunch the and of to
for with in on at by about our their we they people time year term month week plan plans review reviews agree
discuss questions answers guidance templates case studies examples lessons learned visits talks speakers invite
welcome open anyone interested role job career help helps helping making make made better best quality standard
standards current future changes local national sector partners across wider institution institutions offices
office areas area level levels senior junior early new existing small large range wide variety including such as`
  .split(/\s+/);
const KINDS = ['community-of-practice', 'professional-network'];
const FORMATS = ['online', 'in-person', 'hybrid'];
const SUFFIXES = ['Community', 'Network', 'Forum', 'Community of Practice', 'Group', 'Circle'];
const PLACES = `Northbridge Eastholm Westmere Southgate Ashford Brackley Carrow Dunmore Elmswell Fairhaven Glenmoor
Harrowfield Ivybridge Kingsmere Longford Marlow Newstead Oakham Penrith Queensferry Redmire Stamford Thornbury
Upton Valebridge Whitmore Yarrow Aldwick Barnstead Coldridge Deerhurst Everton Fenwick Grantham Hillcrest
Inverbrook Juniper Kelso Lynfield Moorcroft`.split(/\s+/);

/** Made-up words for the long tail: system names, places, jargon. */
function tailWords(random, count) {
  const syllables = ['ka', 'ro', 'mi', 'tel', 'van', 'dor', 'sil', 'pen', 'ar', 'eth', 'lo', 'qui', 'zan', 'bri', 'mor', 'ul', 'sten', 'gra', 'fi', 'nox'];
  const words = new Set();
  while (words.size < count) {
    let word = '';
    const n = 2 + Math.floor(random() * 3);
    for (let i = 0; i < n; i++) word += syllables[Math.floor(random() * syllables.length)];
    words.add(word);
  }
  return [...words];
}

/** Picks index i of n with probability ~ 1/(i+1) (Zipf, s = 1). */
function zipf(random, n) {
  return Math.min(n - 1, Math.floor(Math.exp(random() * Math.log(n + 1)) - 1));
}

const title = (word) => word[0].toUpperCase() + word.slice(1);

/** Words as a sentence of at most `max` characters (the validator's limit). */
function sentence(list, max) {
  let text = '';
  for (const w of list) {
    if (text.length + w.length + 2 > max) break;
    text += (text ? ' ' : '') + w;
  }
  return `${title(text)}.`;
}

export function generate(size, seed = 20261122) {
  const random = rng(seed + size);
  const pick = (list) => list[Math.floor(random() * list.length)];
  // The tail grows with the directory (real vocabularies do).
  const tail = tailWords(random, Math.max(200, Math.round(size * 0.3)));
  // A summary is mostly everyday words, about its own focus, with other
  // domain words and rarer words mixed in.
  const word = (focus) => {
    const r = random();
    if (r < 0.5) return pick(FILLER);
    if (r < 0.65) return pick(focus);
    if (r < 0.85) return pick(DOMAIN);
    return tail[zipf(random, tail.length)];
  };
  const words = (min, max, focus) =>
    Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => word(focus));
  const organisations = PLACES.map((place) => `University of ${place}`);
  const areas = Array.from({ length: 30 }, () => `${title(DOMAIN[zipf(random, 60)])} ${pick(['Services', 'Office', 'and Support', 'Team', 'Division'])}`);
  const communities = [];
  for (let i = 0; i < size; i++) {
    // What the community is about: its name, most topics and some of its summary.
    const focus = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(DOMAIN));
    const name = `${focus.map(title).join(' ')} ${pick(SUFFIXES)}`;
    const topics = [...new Set(Array.from({ length: 2 + Math.floor(random() * 5) }, () =>
      `${pick(focus)} ${words(0, 2, focus).join(' ')}`.trim()))];
    const aliases = [...new Set(Array.from({ length: Math.floor(random() * 3) }, () =>
      random() < 0.5 ? focus.map((w) => w[0].toUpperCase()).join('') + (i % 97) : `${focus[0]} ${pick(['CoP', 'network', 'group'])}`))];
    const organisation = organisations[zipf(random, organisations.length)];
    const year = 2015 + Math.floor(random() * 12);
    const community = {
      id: `c${i}-${focus.join('-')}`,
      name,
      kind: random() < 0.75 ? KINDS[0] : KINDS[1],
      organisation,
      service_area: areas[zipf(random, areas.length)],
      summary: sentence(words(35, 60, focus), 600),
      topics,
      audience: sentence(words(10, 18, focus), 300),
      status: random() < 0.85 ? 'active' : random() < 0.6 ? 'dormant' : 'archived',
      last_reviewed: `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
    };
    if (aliases.length) community.aliases = aliases;
    if (random() < 0.6) community.join = random() < 0.5 ? `https://intranet.example.ac.uk/communities/${community.id}` : `Ask the ${community.service_area} team about joining.`;
    if (random() < 0.7) community.format = pick(FORMATS);
    if (random() < 0.5) community.cadence = pick(['Monthly online meet-ups', 'Once a term', 'Twice a month over lunch', 'Quarterly, with an annual event']);
    if (random() < 0.4) community.sponsor = `A director in ${community.service_area}`;
    if (random() < 0.5) community.leads = ['Two community leads'];
    if (random() < 0.3) community.members = 10 + Math.floor(random() * 400);
    if (random() < 0.3) community.founded = String(year - Math.floor(random() * 5));
    communities.push(community);
  }
  return JSON.stringify({ $schema: '../schema/directory.schema.json', review_after_months: 12, communities }, null, 2);
}

/** The fixed query set: prefixes, whole words, typos, several words, names, and misses. */
export const QUERIES = [
  ['prefix', 'fin'], ['prefix', 'proc'], ['prefix', 'res'], ['prefix', 'stud'], ['prefix', 'dat'],
  ['prefix', 'man'], ['prefix', 'comm'], ['prefix', 'well'],
  ['word', 'procurement'], ['word', 'research'], ['word', 'wellbeing'], ['word', 'library'], ['word', 'safety'],
  ['typo', 'finanse'], ['typo', 'procuremnt'], ['typo', 'reserch'], ['typo', 'managment'], ['typo', 'stduent'],
  ['typo', 'libary'], ['typo', 'sustainabilty'],
  ['multi-word', 'research data'], ['multi-word', 'student wellbeing support'], ['multi-word', 'project management office'],
  ['multi-word', 'finance procurement'], ['multi-word', 'digital learning'], ['multi-word', 'health and safety'],
  ['organisation', 'university of northbridge'], ['organisation', 'kingsmere'],
  ['no match', 'zzqx'], ['no match', 'xylophone'],
];
