#!/usr/bin/env bash
# Checks the Maillage realms against a real Keycloak: starts one on 127.0.0.1:8190 with a fresh data
# folder and realm-dev.json, checks the tokens of the demo users and what the maillage-platform service
# account can do through the Admin REST API, restarts it on the same data (warm start), then imports
# realm-template.json into another fresh folder. Prints the start times and the memory used.
# Exit code 0 when everything holds; otherwise the failed checks are listed.
#
#   deployment/keycloak/check-realm.sh        (needs a Java 21+, Maven for the first fetch, Node.js 18+)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=keycloak.sh
. "$HERE/keycloak.sh"

PORT="${MAILLAGE_KEYCLOAK_CHECK_PORT:-8190}"
command -v node >/dev/null || { echo "Node.js is needed to run the checks." >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/maillage-keycloak-check.XXXXXX")"
DEV_DATA="$WORK/dev"
TEMPLATE_DATA="$WORK/template"
OK=0
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
  keycloak_stop "$DEV_DATA" 2>/dev/null || true
  keycloak_stop "$TEMPLATE_DATA" 2>/dev/null || true
  if [ "$OK" = 1 ]; then
    rm -rf "$WORK"
  else
    echo "Logs kept in $WORK (dev/keycloak.log, template/keycloak.log)." >&2
  fi
}
trap cleanup EXIT

if [ "$(keycloak_http_status "http://127.0.0.1:$PORT/")" != 000 ]; then
  echo "Something already answers on 127.0.0.1:$PORT: stop it first (this check needs a Keycloak of its own)." >&2
  exit 1
fi

# RSS (MB) of the Java process that keycloak_start started for a data folder.
keycloak_rss_mb() {
  local p rss=""
  for p in $(keycloak_process_tree "$(cat "$1/keycloak.pid")"); do
    case "$(ps -o comm= -p "$p" 2>/dev/null)" in
      java) rss="$(ps -o rss= -p "$p" | tr -d ' ')" ;;
    esac
  done
  [ -n "$rss" ] && echo $((rss / 1024)) || echo "?"
}

# The checks themselves, in Node (JSON, JWT payloads, Admin REST calls). Arguments: MODE PORT [SECRET].
run_checks() {
  node - "$@" <<'NODE'
const [mode, port, secret] = process.argv.slice(2);
const base = `http://127.0.0.1:${port}`;
const issuer = `${base}/realms/maillage`;
const failures = [];
let passed = 0;
const check = (cond, what) => { if (cond) passed++; else failures.push(what); };
const payload = t => JSON.parse(Buffer.from(t.split('.')[1], 'base64url').toString('utf8'));
const sameSet = (a, b) => a.length === b.length && a.every(x => b.includes(x));

async function tokenRequest(params, host = base) {
  const r = await fetch(`${host}/realms/maillage/protocol/openid-connect/token`,
    { method: 'POST', body: new URLSearchParams(params), signal: AbortSignal.timeout(15000) });
  return { status: r.status, body: await r.json().catch(() => ({})) };
}
const password = (username, pw = 'demo', host) =>
  tokenRequest({ grant_type: 'password', client_id: 'maillage-web', username, password: pw }, host);
const service = s => tokenRequest({ grant_type: 'client_credentials', client_id: 'maillage-platform', client_secret: s });

async function admin(token, method, path, body) {
  const r = await fetch(`${base}/admin/realms/maillage${path}`, {
    method, body: body === undefined ? undefined : JSON.stringify(body),
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    signal: AbortSignal.timeout(15000) });
  const text = await r.text();
  let json = null; try { json = JSON.parse(text); } catch { /* empty or not JSON */ }
  return { status: r.status, body: json, location: r.headers.get('location') };
}

const demoUsers = [
  { user: 'national', role: 'network-admin', tenants: [] },
  { user: 'coord56', role: 'coordinator', tenants: ['/cooperations/morbihan'] },
  { user: 'coord35', role: 'coordinator', tenants: ['/cooperations/ille-et-vilaine'] },
  { user: 'referent56', role: 'team-referent', tenants: ['/cooperations/morbihan'] },
];
const otherRoles = ['network-admin', 'coordinator', 'team-referent'];

async function checkUserToken({ user, role, tenants }, label = user) {
  const r = await password(user);
  check(r.status === 200 && r.body.access_token, `${label}: password grant answered ${r.status} ${JSON.stringify(r.body)}`);
  if (!r.body.access_token) return null;
  const p = payload(r.body.access_token);
  const aud = [].concat(p.aud ?? []);
  check(p.iss === issuer, `${label}: iss is ${p.iss}, expected ${issuer}`);
  check(aud.includes('maillage-api'), `${label}: aud ${JSON.stringify(p.aud)} lacks maillage-api`);
  check(p.azp === 'maillage-web', `${label}: azp is ${p.azp}`);
  check(p.upn === user, `${label}: upn is ${p.upn}, expected ${user}`);
  check(Array.isArray(p.groups) && p.groups.includes(role), `${label}: groups ${JSON.stringify(p.groups)} lacks ${role}`);
  for (const other of otherRoles.filter(o => o !== role)) {
    check(!(p.groups ?? []).includes(other), `${label}: groups ${JSON.stringify(p.groups)} has ${other}`);
  }
  const got = p.tenants ?? [];
  check(Array.isArray(got) && sameSet(got, tenants), `${label}: tenants ${JSON.stringify(p.tenants)}, expected ${JSON.stringify(tenants)}`);
  check(p.exp - p.iat === 300, `${label}: exp - iat = ${p.exp - p.iat}, expected 300`);
  check(typeof p.sub === 'string' && p.sub.length > 0, `${label}: no sub`);
  return p;
}

async function devChecks() {
  const payloads = {};
  for (const u of demoUsers) payloads[u.user] = await checkUserToken(u);

  // The issuer is pinned: a token asked for through "localhost" still says 127.0.0.1.
  try {
    const viaLocalhost = await password('coord56', 'demo', `http://localhost:${port}`);
    check(viaLocalhost.status === 200 && payload(viaLocalhost.body.access_token).iss === issuer,
      `token asked through localhost: ${viaLocalhost.status} iss=${viaLocalhost.body.access_token && payload(viaLocalhost.body.access_token).iss}`);
  } catch (e) {
    failures.push(`token asked through localhost failed: ${e.message}`);
  }
  const wrong = await password('coord56', 'not-the-password');
  check(wrong.status === 401 && wrong.body.error === 'invalid_grant', `wrong password: ${wrong.status} ${JSON.stringify(wrong.body)}`);

  // The platform's service account.
  const bad = await service('not-the-secret');
  check(bad.status === 401, `client credentials with a wrong secret answered ${bad.status}`);
  const sa = await service(secret);
  check(sa.status === 200 && sa.body.access_token, `client credentials of maillage-platform: ${sa.status} ${JSON.stringify(sa.body)}`);
  if (!sa.body.access_token) return { payloads };
  const t = sa.body.access_token;
  check(payload(t).azp === 'maillage-platform', 'service token azp');

  const coops = await admin(t, 'GET', '/group-by-path/cooperations');
  check(coops.status === 200 && coops.body?.path === '/cooperations', `GET group-by-path/cooperations: ${coops.status}`);
  const kids = await admin(t, 'GET', `/groups/${coops.body?.id}/children`);
  check(kids.status === 200 && sameSet((kids.body ?? []).map(g => g.name), ['morbihan', 'ille-et-vilaine']),
    `children of /cooperations: ${kids.status} ${JSON.stringify((kids.body ?? []).map(g => g.name))}`);

  const created = await admin(t, 'POST', `/groups/${coops.body?.id}/children`,
    { name: 'check-test', attributes: { departement: ['99'], status: ['active'] } });
  check(created.status === 201, `create /cooperations/check-test: ${created.status} ${JSON.stringify(created.body)}`);
  const read = await admin(t, 'GET', '/group-by-path/cooperations/check-test');
  check(read.status === 200 && read.body?.path === '/cooperations/check-test', `read back /cooperations/check-test: ${read.status}`);
  check(JSON.stringify(read.body?.attributes?.departement) === '["99"]', `attribute read back: ${JSON.stringify(read.body?.attributes)}`);
  const gid = read.body?.id;
  if (gid) {
    const upd = await admin(t, 'PUT', `/groups/${gid}`, { name: 'check-test', attributes: { departement: ['99'], status: ['suspended'] } });
    check(upd.status === 204, `update the group's attributes: ${upd.status} ${JSON.stringify(upd.body)}`);
    const again = await admin(t, 'GET', `/groups/${gid}`);
    check(JSON.stringify(again.body?.attributes?.status) === '["suspended"]', `updated attribute read back: ${JSON.stringify(again.body?.attributes)}`);

    // Reading users, and cooperation membership following group membership into the token.
    const users = await admin(t, 'GET', '/users?username=coord35&exact=true');
    check(users.status === 200 && users.body?.length === 1 && users.body[0].email === 'coord35@maillage.example.org', `read user coord35: ${users.status}`);
    const uid = users.body?.[0]?.id;
    const join = await admin(t, 'PUT', `/users/${uid}/groups/${gid}`);
    check(join.status === 204, `add coord35 to /cooperations/check-test: ${join.status}`);
    const members = await admin(t, 'GET', `/groups/${gid}/members`);
    check(members.status === 200 && (members.body ?? []).some(m => m.username === 'coord35'), `members of check-test: ${members.status}`);
    await checkUserToken({ user: 'coord35', role: 'coordinator', tenants: ['/cooperations/ille-et-vilaine', '/cooperations/check-test'] }, 'coord35 (joined check-test)');
    const leave = await admin(t, 'DELETE', `/users/${uid}/groups/${gid}`);
    check(leave.status === 204, `remove coord35 from check-test: ${leave.status}`);

    const del = await admin(t, 'DELETE', `/groups/${gid}`);
    check(del.status === 204, `delete /cooperations/check-test: ${del.status}`);
    const gone = await admin(t, 'GET', '/group-by-path/cooperations/check-test');
    check(gone.status === 404, `/cooperations/check-test after delete: ${gone.status}`);
  }
  // Least privilege: nothing beyond users and groups.
  const clients = await admin(t, 'GET', '/clients');
  check(clients.status === 403, `service account listing clients: ${clients.status} (expected 403)`);
  const realm = await admin(t, 'PUT', '', { displayName: 'changed' });
  check(realm.status === 403, `service account changing the realm: ${realm.status} (expected 403)`);
  return { payloads };
}

async function warmChecks() {
  // Same database: the realm was not imported again and the users are still there.
  await checkUserToken(demoUsers[1]);
}

async function templateChecks() {
  const sa = await service(secret);
  check(sa.status === 200 && sa.body.access_token, `template: client credentials with MAILLAGE_KEYCLOAK_CLIENT_SECRET: ${sa.status}`);
  const literal = await service('${MAILLAGE_KEYCLOAK_CLIENT_SECRET}');
  check(literal.status === 401, `template: the literal placeholder was accepted as the secret (${literal.status})`);
  const pw = await password('coord56');
  check(pw.status >= 400, `template: password grant on maillage-web should be refused, got ${pw.status}`);
  if (sa.body.access_token) {
    const users = await admin(sa.body.access_token, 'GET', '/users?briefRepresentation=true');
    const names = (users.body ?? []).map(u => u.username);
    check(users.status === 200 && names.length === 0, `template: users ${JSON.stringify(names)} (expected none)`);
    const coops = await admin(sa.body.access_token, 'GET', '/group-by-path/cooperations');
    check(coops.status === 200 && (coops.body?.subGroupCount ?? 0) === 0, `template: /cooperations ${coops.status} with ${coops.body?.subGroupCount} subgroups`);
  }
}

function fileChecks() {
  // realm-template.json = realm-dev.json less the dev-only parts (keeps the two in step).
  const fs = require('fs');
  const dir = process.env.REALM_DIR;
  const dev = JSON.parse(fs.readFileSync(`${dir}/realm-dev.json`, 'utf8'));
  const tpl = JSON.parse(fs.readFileSync(`${dir}/realm-template.json`, 'utf8'));
  const web = r => r.clients.find(c => c.clientId === 'maillage-web');
  const platform = r => r.clients.find(c => c.clientId === 'maillage-platform');
  check(web(dev).directAccessGrantsEnabled === true && web(tpl).directAccessGrantsEnabled === false, 'directAccessGrantsEnabled: dev true, template false');
  check(platform(tpl).secret === '${MAILLAGE_KEYCLOAK_CLIENT_SECRET}', 'template secret placeholder');
  check(tpl.users.every(u => u.serviceAccountClientId), 'template has no user but the service account');
  check(JSON.stringify(tpl.groups) === '[{"name":"cooperations","subGroups":[]}]', 'template groups: /cooperations only');
  check(web(tpl).redirectUris.every(u => u.startsWith('https://maillage.example.org/')), 'template redirect URIs');
  // The dev realm accepts any port on the loopback interface and any web origin (tests run the platform
  // on random ports); the template names its one address.
  check(web(tpl).webOrigins.every(o => o === 'https://maillage.example.org'), 'template web origins: no wildcard');
  check(web(tpl).attributes['post.logout.redirect.uris'].split('##').every(u => u.startsWith('https://maillage.example.org/')), 'template post-logout URIs');
  check(web(dev).redirectUris.every(u => /^http:\/\/(127\.0\.0\.1|localhost)\//.test(u)), 'dev redirect URIs: loopback only');
  const strip = r => {
    const c = JSON.parse(JSON.stringify(r));
    delete c.passwordPolicy;
    c.groups = c.groups.map(g => ({ ...g, subGroups: [] }));
    c.users = c.users.filter(u => u.serviceAccountClientId);
    for (const k of ['directAccessGrantsEnabled', 'baseUrl', 'redirectUris', 'webOrigins']) delete web(c)[k];
    delete web(c).attributes['post.logout.redirect.uris'];
    delete platform(c).secret;
    return JSON.stringify(c);
  };
  check(strip(dev) === strip(tpl), 'realm-template.json differs from realm-dev.json beyond the dev-only parts (users, subgroups, URLs, secret, direct grants, password policy)');
}

const run = { dev: devChecks, warm: warmChecks, template: templateChecks, files: async () => fileChecks() }[mode];
run().then(result => {
  if (mode === 'dev' && result?.payloads?.coord56) {
    require('fs').writeFileSync(process.env.COORD56_OUT, JSON.stringify(result.payloads.coord56, null, 2) + '\n');
  }
  for (const f of failures) console.log(`FAIL: ${f}`);
  console.log(`${mode}: ${passed} passed, ${failures.length} failed`);
  process.exit(failures.length ? 1 : 0);
}, e => { console.log(`FAIL: ${mode}: ${e.stack}`); process.exit(1); });
NODE
}

status=0
REALM_DIR="$HERE" run_checks files "$PORT" || status=1

echo "== realm-dev.json, cold start (fresh data folder, import) on port $PORT"
cold="$(keycloak_start "$PORT" "$DEV_DATA" "$HERE/realm-dev.json")"
COORD56_OUT="$WORK/coord56.json" run_checks dev "$PORT" maillage-platform-dev-secret || status=1
rss="$(keycloak_rss_mb "$DEV_DATA")"
if [ -f "$WORK/coord56.json" ]; then
  echo "Access token of coord56 (payload):"
  cat "$WORK/coord56.json"
fi
keycloak_stop "$DEV_DATA"

echo "== realm-dev.json, warm start (same data folder)"
warm="$(keycloak_start "$PORT" "$DEV_DATA" "$HERE/realm-dev.json")"
run_checks warm "$PORT" || status=1
keycloak_stop "$DEV_DATA"

echo "== realm-template.json, import with MAILLAGE_KEYCLOAK_CLIENT_SECRET set"
secret="check-$(date +%s)-$RANDOM$RANDOM"
template="$(MAILLAGE_KEYCLOAK_CLIENT_SECRET="$secret" keycloak_start "$PORT" "$TEMPLATE_DATA" "$HERE/realm-template.json")"
run_checks template "$PORT" "$secret" || status=1
keycloak_stop "$TEMPLATE_DATA"

echo "== Keycloak $(keycloak_version): cold start ${cold} s (with import), warm start ${warm} s, template import ${template} s, RSS ${rss} MB after the dev checks"
if [ "$status" -eq 0 ]; then
  OK=1
  echo "check-realm: all checks passed"
else
  echo "check-realm: FAILED (see FAIL lines above)"
fi
exit "$status"
