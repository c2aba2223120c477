// A small client of a running platform, used by ./maillage (Node.js 18+, no dependencies).
//
//   node platform-client.mjs provision  --url URL --keycloak URL --user U --password P
//   node platform-client.mjs import     --url URL --keycloak URL --user U --password P --tenant SLUG --file F
//   node platform-client.mjs activity   --url URL --keycloak URL --user U --password P --tenant SLUG --file F.json
//                                       (teams, members, visits, partners of tenants/demo-data's --export activity,
//                                        then the indicators of each of the last twelve months, oldest first)
//
// It signs in like a person (Keycloak's password grant on the public web client of the development
// realm), then calls the platform's API as that person. Exit status: 0 done, 1 failed (one line on stderr).
import { openAsBlob, readFileSync } from 'node:fs';
import { basename } from 'node:path';

const [command, ...rest] = process.argv.slice(2);
const options = {};
for (let i = 0; i < rest.length; i += 2) {
  options[rest[i].replace(/^--/, '')] = rest[i + 1];
}

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function token() {
  const response = await fetch(`${options.keycloak}/realms/maillage/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'maillage-web', scope: 'openid',
      username: options.user, password: options.password }),
  });
  if (!response.ok) {
    fail(`Cannot sign in as ${options.user} at ${options.keycloak}: HTTP ${response.status} ${await response.text()}`);
  }
  return (await response.json()).access_token;
}

async function call(path, init = {}) {
  const response = await fetch(`${options.url}${path}`, {
    ...init, headers: { Authorization: `Bearer ${options.bearer}`, Accept: 'application/json', ...(init.headers || {}) },
  });
  const text = await response.text();
  if (!response.ok) {
    fail(`${init.method || 'GET'} ${path}: HTTP ${response.status} ${text}`);
  }
  return text ? JSON.parse(text) : {};
}

async function provision() {
  const { report } = await call('/api/tenants/provisioning', { method: 'POST' });
  report.forEach((line) => console.log(line));
}

async function importFile() {
  const base = `/api/tenants/${options.tenant}/onboarding/imports`;
  const form = new FormData();
  form.append('file', await openAsBlob(options.file), basename(options.file));
  let job = await call(base, { method: 'POST', body: form });
  const deadline = Date.now() + 10 * 60 * 1000;
  while (job.state === 'QUEUED' || job.state === 'RUNNING') {
    if (Date.now() > deadline) {
      fail(`Import ${job.id} still ${job.state} after 10 minutes`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    job = await call(`${base}/${job.id}`);
  }
  if (job.state !== 'DONE') {
    fail(`Import of ${options.file} into ${options.tenant} failed: ${job.failure}`);
  }
  const seconds = (Date.parse(job.finishedAt) - Date.parse(job.startedAt)) / 1000;
  console.log(`${options.tenant}: ${job.rowsRead} rows read, ${job.created} volunteers created, `
    + `${job.merged} merged, ${job.unchanged} unchanged, ${job.rejected} rejected in ${seconds.toFixed(1)} s`);
  await snapshot();
}

/** The month's indicators computed now rather than at the platform's next background snapshot: the dashboards show them at once. */
async function snapshot(month = new Date().toISOString().slice(0, 7)) {
  const taken = await call(`/api/tenants/${options.tenant}/indicators/snapshots`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ month }) });
  console.log(`${options.tenant}: indicators of ${taken.month} computed (${taken.written} values)`);
}

/** POSTs (or PUTs) JSON and answers the created resource. */
function send(method, path, body) {
  return call(path, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body ?? {}) });
}

/** Replays one team's life as its coordinator would: created, started, members joining and leaving, visits logged. */
async function replayTeam(base, team, partnerIds) {
  const created = await send('POST', base, { name: team.name, communes: team.communes, charterSignedOn: team.charterSignedOn,
    project: 'Équipe citoyenne de démonstration.', welcoming: true });
  const path = `${base}/${created.team.id}`;
  if (team.status !== 'PROJECT') {
    await send('POST', `${path}/transitions`, { to: 'ACTIVE' });
  }
  for (const member of team.members) {
    const added = await send('POST', `${path}/members`, { firstName: member.firstName, lastName: member.lastName, joinedOn: member.joinedOn });
    if (member.leftOn) {
      await send('PUT', `${path}/members/${added.id}/left`, { leftOn: member.leftOn });
    }
  }
  for (const key of team.partners) {
    await call(`${path}/partners/${partnerIds[key]}`, { method: 'PUT' });
  }
  for (const visit of team.visits) {
    await send('POST', `${path}/actions`, visit);
  }
  if (team.status === 'DORMANT') {
    await send('POST', `${path}/transitions`, { to: 'DORMANT', reason: "Pause de l'équipe (démonstration)." });
  }
  return team.visits.length;
}

async function activity() {
  const started = Date.now();
  const document = JSON.parse(readFileSync(options.file, 'utf8'));
  const base = `/api/tenants/${options.tenant}/teams`;
  const existing = await call(base);
  if (existing.length > 0) {
    console.log(`${options.tenant}: ${existing.length} teams already there, no demo teams added`);
  } else {
    const partnerIds = {};
    for (const partner of document.partners) {
      partnerIds[partner.key] = (await send('POST', `${base}/partners`,
        { name: partner.name, kind: partner.kind, commune: partner.commune })).id;
    }
    // A few teams at a time: the platform's requests, not this client, set the pace.
    const queue = [...document.teams];
    let visits = 0;
    const worker = async () => {
      for (let team = queue.shift(); team; team = queue.shift()) {
        const logged = await replayTeam(base, team, partnerIds);
        visits += logged;
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    console.log(`${options.tenant}: ${document.teams.length} teams, ${visits} visits, ${document.partners.length} partners`
      + ` created in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const now = new Date();
  for (let back = 11; back >= 0; back--) {
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
    await snapshot(month);
  }
}

const commands = { provision, import: importFile, activity };
if (!commands[command]) {
  fail(`Unknown command ${command}: provision, import or activity`);
}
options.bearer = await token();
await commands[command]().catch((e) => fail(e.message));
