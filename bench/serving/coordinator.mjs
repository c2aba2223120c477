// Makes a demo account coordinator of a cooperation the bench created (./maillage bench): adds the user to the
// cooperation's Keycloak group /cooperations/<slug>/coordinator, as the dev Keycloak's master-realm admin
// (MAILLAGE_KEYCLOAK_ADMIN_PASSWORD, default admin). The platform has no API for memberships: people join through
// Keycloak.
//
//   node bench/serving/coordinator.mjs KEYCLOAK_URL SLUG USERNAME
const [keycloak, slug, username] = process.argv.slice(2);
const fail = (message) => { process.stderr.write(`${message}\n`); process.exit(1); };
if (!username) fail('usage: coordinator.mjs KEYCLOAK_URL SLUG USERNAME');

const signIn = await fetch(`${keycloak}/realms/master/protocol/openid-connect/token`, {
  method: 'POST',
  body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', username: 'admin',
    password: process.env.MAILLAGE_KEYCLOAK_ADMIN_PASSWORD || 'admin' }),
});
const token = (await signIn.json()).access_token || fail(`no admin token (HTTP ${signIn.status})`);
const admin = async (path, method = 'GET') => {
  const response = await fetch(`${keycloak}/admin/realms/maillage${path}`, { method, headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) fail(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
};
const group = await admin(`/group-by-path/cooperations/${encodeURIComponent(slug)}/coordinator`);
const [user] = await admin(`/users?exact=true&username=${encodeURIComponent(username)}`);
if (!user) fail(`no user ${username}`);
await admin(`/users/${user.id}/groups/${group.id}`, 'PUT');
console.log(`${username} is coordinator of ${slug}`);
