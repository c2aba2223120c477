// A small client of a running platform, used by ./maillage (Node.js 18+, no dependencies).
//
//   node platform-client.mjs provision  --url URL --keycloak URL --user U --password P
//   node platform-client.mjs import     --url URL --keycloak URL --user U --password P --tenant SLUG --file F
//
// It signs in like a person (Keycloak's password grant on the public web client of the development
// realm), then calls the platform's API as that person. Exit status: 0 done, 1 failed (one line on stderr).
import { openAsBlob } from 'node:fs';
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
async function snapshot() {
  const month = new Date().toISOString().slice(0, 7);
  const taken = await call(`/api/tenants/${options.tenant}/indicators/snapshots`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ month }) });
  console.log(`${options.tenant}: indicators of ${taken.month} computed (${taken.written} values)`);
}

const commands = { provision, import: importFile };
if (!commands[command]) {
  fail(`Unknown command ${command}: provision or import`);
}
options.bearer = await token();
await commands[command]().catch((e) => fail(e.message));
