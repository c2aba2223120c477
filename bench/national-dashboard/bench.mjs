// The HTTP side of the national dashboard benchmark (Node.js 18+, no dependencies), signed in as a network admin.
//
//   node bench.mjs cooperations --url URL --keycloak URL --count 100 --prefix bench-   create them through the API
//   node bench.mjs snapshots    --url URL --keycloak URL --prefix bench-               the last 12 months, oldest first
//   node bench.mjs measure      --url URL --keycloak URL --warmup 5 --runs 20          GET /api/indicators, times in ms
//
// `measure` prints one JSON line: the times of each run (whole response read), the response's size and how many
// cooperations and months it holds.
const [command, ...rest] = process.argv.slice(2);
const options = { user: 'national', password: 'demo', count: '100', prefix: 'bench-', warmup: '5', runs: '20' };
for (let i = 0; i < rest.length; i += 2) {
  options[rest[i].replace(/^--/, '')] = rest[i + 1];
}

// Metropolitan France then the overseas départements: 100 codes, one cooperation each.
const DEPARTEMENTS = [...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0')).filter((c) => c !== '20'),
  '2A', '2B', '971', '972', '973', '974', '976'].slice(0, 100);

async function token() {
  const response = await fetch(`${options.keycloak}/realms/maillage/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'maillage-web', scope: 'openid',
      username: options.user, password: options.password }),
  });
  if (!response.ok) throw new Error(`sign-in as ${options.user}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()).access_token;
}

async function call(path, method = 'GET', body) {
  const response = await fetch(`${options.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${options.bearer}`, Accept: 'application/json',
      ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text}`);
  return text;
}

async function pool(items, width, work) {
  const queue = [...items];
  await Promise.all(Array.from({ length: width }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  }));
}

function slugs() {
  return Array.from({ length: Number(options.count) }, (_, i) => `${options.prefix}${String(i + 1).padStart(3, '0')}`);
}

async function cooperations() {
  const count = Number(options.count);
  if (count > DEPARTEMENTS.length) throw new Error(`at most ${DEPARTEMENTS.length} cooperations, one per département`);
  // One at a time: each creation also makes the cooperation's groups in Keycloak.
  await pool(slugs().map((slug, i) => [slug, DEPARTEMENTS[i]]), 1, async ([slug, departement]) => {
    await call('/api/tenants', 'POST', { slug, displayName: `Coopération de banc d'essai ${departement}`, departements: [departement] });
    for (const plugin of ['onboarding', 'teams', 'reporting']) {
      await call(`/api/tenants/${slug}/plugins/${plugin}/enable`, 'POST');
    }
  });
  console.log(`${count} cooperations created, onboarding, teams and reporting enabled`);
}

async function snapshots() {
  const now = new Date();
  for (let back = 11; back >= 0; back--) {
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
    options.bearer = await token(); // a fresh token each month: the whole run outlasts one
    await pool(slugs(), 2, (slug) => call(`/api/tenants/${slug}/indicators/snapshots`, 'POST', { month }));
  }
  console.log(`snapshots of ${slugs().length} cooperations x 12 months taken`);
}

async function measure() {
  const times = [];
  let size = 0;
  let shape = {};
  for (let i = 0; i < Number(options.warmup) + Number(options.runs); i++) {
    const started = process.hrtime.bigint();
    const text = await call('/api/indicators');
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (i >= Number(options.warmup)) times.push(ms);
    size = text.length;
    const body = JSON.parse(text);
    shape = { cooperations: body.cooperations.length,
      months: body.cooperations.reduce((n, c) => n + c.months.length, 0),
      values: body.cooperations.reduce((n, c) => n + c.months.reduce((k, m) => k + Object.keys(m.values).length, 0), 0) };
  }
  console.log(JSON.stringify({ times, bytes: size, ...shape }));
}

const commands = { cooperations, snapshots, measure };
if (!commands[command]) {
  process.stderr.write(`Unknown command ${command}: cooperations, snapshots or measure\n`);
  process.exit(1);
}
try {
  options.bearer = await token();
  await commands[command]();
} catch (e) {
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
}
