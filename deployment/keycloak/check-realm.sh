#!/usr/bin/env bash
# Checks the Maillage realms against a real Keycloak: starts one on 127.0.0.1:8190 with a fresh data
# folder and realm-dev.json, checks the tokens of the demo users (roles per cooperation), refresh tokens
# good for one use, no offline_access, no reflected origin, and what the maillage-platform service account
# can do through the Admin REST API, restarts it on the same data (warm start), then imports
# realm-template.json into another fresh folder and signs in through its browser flow (a network admin
# must set up a second factor). Prints the start times and the memory used.
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

// Realm roles: network-admin only; the roles of a cooperation are its sub-groups /cooperations/<slug>/<role>.
const demoUsers = [
  { user: 'national', networkAdmin: true, tenants: [] },
  { user: 'coord56', tenants: ['/cooperations/morbihan/coordinator'] },
  { user: 'coord35', tenants: ['/cooperations/ille-et-vilaine/coordinator'] },
  { user: 'referent56', tenants: ['/cooperations/morbihan/team-referent'] },
  { user: 'coord56-ref35', tenants: ['/cooperations/morbihan/coordinator', '/cooperations/ille-et-vilaine/team-referent'] },
];
const cooperationRoles = ['coordinator', 'team-referent'];

async function checkUserToken({ user, networkAdmin = false, tenants }, label = user) {
  const r = await password(user);
  check(r.status === 200 && r.body.access_token, `${label}: password grant answered ${r.status} ${JSON.stringify(r.body)}`);
  if (!r.body.access_token) return null;
  const p = payload(r.body.access_token);
  const aud = [].concat(p.aud ?? []);
  const groups = p.groups ?? [];
  check(p.iss === issuer, `${label}: iss is ${p.iss}, expected ${issuer}`);
  check(aud.includes('maillage-api'), `${label}: aud ${JSON.stringify(p.aud)} lacks maillage-api`);
  check(p.azp === 'maillage-web', `${label}: azp is ${p.azp}`);
  check(p.upn === user, `${label}: upn is ${p.upn}, expected ${user}`);
  check(Array.isArray(groups) && groups.includes('network-admin') === networkAdmin, `${label}: groups ${JSON.stringify(p.groups)}, network-admin expected: ${networkAdmin}`);
  check(!groups.some(g => cooperationRoles.includes(g)), `${label}: groups ${JSON.stringify(p.groups)} holds a cooperation role realm-wide`);
  const got = p.tenants ?? [];
  check(Array.isArray(got) && sameSet(got, tenants), `${label}: tenants ${JSON.stringify(p.tenants)}, expected ${JSON.stringify(tenants)}`);
  check(!(p.scope ?? '').split(' ').includes('offline_access'), `${label}: scope ${p.scope} has offline_access`);
  check(p.exp - p.iat === 300, `${label}: exp - iat = ${p.exp - p.iat}, expected 300`);
  check(typeof p.sub === 'string' && p.sub.length > 0, `${label}: no sub`);
  return { payload: p, refresh: r.body.refresh_token };
}

const refresh = t => tokenRequest({ grant_type: 'refresh_token', client_id: 'maillage-web', refresh_token: t });

// A refresh token is good for one use; asking offline_access is refused (dev: password grant; template: code flow).
async function checkRefreshAndOffline(label, firstRefreshToken, offlineRefused) {
  const once = await refresh(firstRefreshToken);
  check(once.status === 200 && once.body.refresh_token, `${label}: first use of a refresh token answered ${once.status} ${JSON.stringify(once.body)}`);
  const twice = await refresh(firstRefreshToken);
  check(twice.status === 400 && twice.body.error === 'invalid_grant', `${label}: second use of a refresh token answered ${twice.status} ${JSON.stringify(twice.body)} (expected 400 invalid_grant)`);
  check(offlineRefused.status >= 400 && offlineRefused.error === 'invalid_scope', `${label}: offline_access for maillage-web answered ${offlineRefused.status} ${offlineRefused.error} (expected invalid_scope)`);
}

// CORS on the token endpoint: allowed for the listed origins only, never reflected.
async function corsOrigin(origin) {
  const r = await fetch(`${issuer}/protocol/openid-connect/token`, { method: 'POST', headers: { Origin: origin },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'maillage-web', username: 'coord56', password: 'demo' }),
    signal: AbortSignal.timeout(15000) });
  await r.text();
  return r.headers.get('access-control-allow-origin');
}

// The browser login of maillage-web, as a browser does it (form, cookies, PKCE). Returns where Keycloak sends the
// person after the password: the redirect URI with a code, or a required action (e.g. CONFIGURE_TOTP).
async function browserLogin(username, pw, redirectUri, scope = 'openid') {
  const jar = new Map();
  const cookies = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = r => { for (const c of r.headers.getSetCookie()) { const kv = c.split(';')[0]; const i = kv.indexOf('='); jar.set(kv.slice(0, i), kv.slice(i + 1)); } };
  const crypto = require('crypto');
  const verifier = crypto.randomBytes(32).toString('base64url');
  const challenge = crypto.createHash('sha256').update(verifier).digest('base64url');
  const auth = `${issuer}/protocol/openid-connect/auth?` + new URLSearchParams({ client_id: 'maillage-web', redirect_uri: redirectUri,
    response_type: 'code', scope, code_challenge: challenge, code_challenge_method: 'S256' });
  let r = await fetch(auth, { redirect: 'manual', signal: AbortSignal.timeout(15000) });
  keep(r);
  if (r.status === 302) return { location: r.headers.get('location') };   // refused before the form (e.g. invalid_scope)
  const action = /<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/.exec(await r.text())?.[1]?.replaceAll('&amp;', '&');
  if (!action) return { location: null };
  r = await fetch(action, { method: 'POST', redirect: 'manual', signal: AbortSignal.timeout(15000),
    headers: { Cookie: cookies(), 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ username, password: pw }) });
  return { location: r.headers.get('location'), verifier };
}

async function codeExchange({ location, verifier }, redirectUri) {
  const code = location && new URL(location).searchParams.get('code');
  return tokenRequest({ grant_type: 'authorization_code', client_id: 'maillage-web', code, redirect_uri: redirectUri, code_verifier: verifier });
}

async function devChecks() {
  const payloads = {};
  for (const u of demoUsers) payloads[u.user] = (await checkUserToken(u))?.payload;

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

  // Refresh tokens, offline_access, origins.
  const fresh = await checkUserToken(demoUsers[1], 'coord56 (refresh)');
  const offline = await tokenRequest({ grant_type: 'password', client_id: 'maillage-web', username: 'coord56', password: 'demo', scope: 'openid offline_access' });
  if (fresh) await checkRefreshAndOffline('dev', fresh.refresh, { status: offline.status, error: offline.body.error });
  check(await corsOrigin('http://127.0.0.1:8080') === 'http://127.0.0.1:8080', 'dev: the origin of ./maillage run is allowed (CORS)');
  for (const origin of ['http://evil.example', 'http://127.0.0.1:9999', 'null']) {
    const allowed = await corsOrigin(origin);
    check(allowed === null, `dev: origin ${origin} reflected as ${allowed}`);
  }
  // No second factor in the dev realm (demo and browser tests sign in with the password alone).
  const nationalLogin = await browserLogin('national', 'demo', 'http://127.0.0.1:8080/');
  check((nationalLogin.location ?? '').startsWith('http://127.0.0.1:8080/?') && nationalLogin.location.includes('code='),
    `dev: national signs in without a second factor, went to ${nationalLogin.location}`);

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
  for (const coop of kids.body ?? []) {
    const roles = await admin(t, 'GET', `/groups/${coop.id}/children`);
    check(roles.status === 200 && sameSet((roles.body ?? []).map(g => g.name), cooperationRoles),
      `children of /cooperations/${coop.name}: ${roles.status} ${JSON.stringify((roles.body ?? []).map(g => g.name))}`);
  }

  // What the platform does for a new cooperation: its group, its role sub-groups, members in them.
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
    const role = await admin(t, 'POST', `/groups/${gid}/children`, { name: 'team-referent' });
    check(role.status === 201, `create /cooperations/check-test/team-referent: ${role.status}`);
    const rid = role.location?.split('/').pop();

    // Reading users, and a role in a cooperation following group membership into the token.
    const users = await admin(t, 'GET', '/users?username=coord35&exact=true');
    check(users.status === 200 && users.body?.length === 1 && users.body[0].email === 'coord35@maillage.example.org', `read user coord35: ${users.status}`);
    const uid = users.body?.[0]?.id;
    const join = await admin(t, 'PUT', `/users/${uid}/groups/${rid}`);
    check(join.status === 204, `add coord35 to /cooperations/check-test/team-referent: ${join.status}`);
    const members = await admin(t, 'GET', `/groups/${rid}/members`);
    check(members.status === 200 && (members.body ?? []).some(m => m.username === 'coord35'), `members of check-test/team-referent: ${members.status}`);
    await checkUserToken({ user: 'coord35', tenants: ['/cooperations/ille-et-vilaine/coordinator', '/cooperations/check-test/team-referent'] },
      'coord35 (team referent in check-test)');
    const leave = await admin(t, 'DELETE', `/users/${uid}/groups/${rid}`);
    check(leave.status === 204, `remove coord35 from check-test/team-referent: ${leave.status}`);

    const del = await admin(t, 'DELETE', `/groups/${gid}`);
    check(del.status === 204, `delete /cooperations/check-test: ${del.status}`);
    const gone = await admin(t, 'GET', '/group-by-path/cooperations/check-test/team-referent');
    check(gone.status === 404, `/cooperations/check-test/team-referent after deleting its cooperation: ${gone.status}`);
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
  if (!sa.body.access_token) return;
  const t = sa.body.access_token;
  const users = await admin(t, 'GET', '/users?briefRepresentation=true');
  const names = (users.body ?? []).map(u => u.username);
  check(users.status === 200 && names.length === 0, `template: users ${JSON.stringify(names)} (expected none)`);
  const coops = await admin(t, 'GET', '/group-by-path/cooperations');
  check(coops.status === 200 && (coops.body?.subGroupCount ?? 0) === 0, `template: /cooperations ${coops.status} with ${coops.body?.subGroupCount} subgroups`);

  // Sign-in through the browser flow, with two people made here by the master realm's admin (and removed after): a
  // network admin is sent to set up a second factor before anything else; a coordinator gets their code, whose
  // refresh token is good once.
  const app = 'https://maillage.example.org/';
  const made = [];
  const master = await fetch(`${base}/realms/master/protocol/openid-connect/token`, { method: 'POST', signal: AbortSignal.timeout(15000),
    body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: process.env.MAILLAGE_KEYCLOAK_ADMIN_PASSWORD || 'admin' }) })
    .then(r => r.json()).then(b => b.access_token);
  check(master, 'template: a token of the master realm\'s admin');
  const person = async (username, networkAdmin) => {
    const c = await admin(master, 'POST', '/users', { username, enabled: true, email: `${username}@maillage.example.org`, emailVerified: true,
      firstName: 'Vérification', lastName: username, credentials: [{ type: 'password', value: 'check-Realm-2fa-9', temporary: false }] });
    check(c.status === 201, `template: create user ${username}: ${c.status} ${JSON.stringify(c.body)}`);
    const id = c.location?.split('/').pop();
    made.push(id);
    if (networkAdmin) {
      const role = await admin(master, 'GET', '/roles/network-admin');
      const grant = await admin(master, 'POST', `/users/${id}/role-mappings/realm`, [role.body]);
      check(grant.status === 204, `template: grant network-admin to ${username}: ${role.status} ${grant.status}`);
    }
  };
  try {
    await person('check-national', true);
    await person('check-coord', false);
    const national = await browserLogin('check-national', 'check-Realm-2fa-9', app);
    check((national.location ?? '').includes('required-action?execution=CONFIGURE_TOTP'),
      `template: a network admin without OTP is sent to set one up; went to ${national.location}`);
    const coord = await browserLogin('check-coord', 'check-Realm-2fa-9', app);
    check((coord.location ?? '').startsWith(app) && coord.location.includes('code='), `template: a coordinator signs in with the password; went to ${coord.location}`);
    const tokens = await codeExchange(coord, app);
    check(tokens.status === 200 && tokens.body.refresh_token, `template: code exchange ${tokens.status} ${JSON.stringify(tokens.body)}`);
    const offline = await browserLogin('check-coord', 'check-Realm-2fa-9', app, 'openid offline_access');
    const error = offline.location && new URL(offline.location.replace('#', '?')).searchParams.get('error');
    if (tokens.body.refresh_token) await checkRefreshAndOffline('template', tokens.body.refresh_token, { status: error ? 400 : 200, error });
  } finally {
    for (const id of made.filter(Boolean)) await admin(master, 'DELETE', `/users/${id}`);
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
  for (const [name, r] of [['dev', dev], ['template', tpl]]) {
    check(sameSet(r.roles.realm.map(x => x.name), ['network-admin']), `${name}: the one realm role is network-admin (cooperation roles are sub-groups)`);
    check(r.revokeRefreshToken === true && r.refreshTokenMaxReuse === 0, `${name}: refresh tokens are good for one use (revokeRefreshToken true, refreshTokenMaxReuse 0)`);
    check(![...web(r).defaultClientScopes, ...web(r).optionalClientScopes].includes('offline_access'), `${name}: maillage-web has no offline_access scope`);
    check(!web(r).webOrigins.includes('*') && !web(r).webOrigins.includes('+'), `${name}: maillage-web names its web origins (no * nor +)`);
    const forms = r.authenticationFlows?.find(f => f.alias === 'maillage-browser forms');
    const otp = r.authenticationFlows?.find(f => f.alias === 'maillage-browser network-admin OTP');
    const roleConfig = r.authenticatorConfig?.find(c => c.alias === otp?.authenticationExecutions?.[0]?.authenticatorConfig);
    check(forms?.authenticationExecutions?.some(e => e.flowAlias === otp?.alias && e.requirement === 'CONDITIONAL')
      && otp.authenticationExecutions.some(e => e.authenticator === 'auth-otp-form' && e.requirement === 'REQUIRED')
      && roleConfig?.config?.condUserRole === 'network-admin' && roleConfig.config.negate === 'false',
      `${name}: the flow maillage-browser requires OTP of network admins`);
  }
  check(tpl.browserFlow === 'maillage-browser', `template: browser flow is maillage-browser (${tpl.browserFlow})`);
  check(dev.browserFlow === undefined, `dev: browser flow is Keycloak's (no second factor for the demo accounts), not ${dev.browserFlow}`);
  check(web(tpl).redirectUris.every(u => u.startsWith('https://maillage.example.org/')), 'template redirect URIs');
  // The dev realm accepts redirects to any port on the loopback interface (tests run the platform on random ports
  // and add their origin themselves); its web origins are those of ./maillage run. The template names its one address.
  check(web(tpl).webOrigins.every(o => o === 'https://maillage.example.org'), 'template web origins: https://maillage.example.org only');
  check(web(dev).webOrigins.every(o => /^http:\/\/(127\.0\.0\.1|localhost):\d+$/.test(o)), `dev web origins: loopback origins with a port only (${web(dev).webOrigins})`);
  check(web(tpl).attributes['post.logout.redirect.uris'].split('##').every(u => u.startsWith('https://maillage.example.org/')), 'template post-logout URIs');
  check(web(dev).redirectUris.every(u => /^http:\/\/(127\.0\.0\.1|localhost)\//.test(u)), 'dev redirect URIs: loopback only');
  const strip = r => {
    const c = JSON.parse(JSON.stringify(r));
    delete c.passwordPolicy;
    delete c.browserFlow;
    c.groups = c.groups.map(g => ({ ...g, subGroups: [] }));
    c.users = c.users.filter(u => u.serviceAccountClientId);
    for (const k of ['directAccessGrantsEnabled', 'baseUrl', 'redirectUris', 'webOrigins']) delete web(c)[k];
    delete web(c).attributes['post.logout.redirect.uris'];
    delete platform(c).secret;
    return JSON.stringify(c);
  };
  check(strip(dev) === strip(tpl), 'realm-template.json differs from realm-dev.json beyond the dev-only parts (users, subgroups, URLs, secret, direct grants, password policy, browser flow)');
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
