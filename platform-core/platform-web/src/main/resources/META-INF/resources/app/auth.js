// Sign-in with Keycloak (keycloak-js): authorization code flow with PKCE S256, login required.
import Keycloak from 'keycloak-js';

const ROUTE_KEY = 'maillage.route';

/**
 * Signs the person in (redirects to Keycloak's login form when needed) and returns the adapter.
 * The address after "#" is the page the person asked for: it is kept across the trip to Keycloak
 * (the code comes back in the query string, never in the fragment that the router uses).
 */
export async function signIn(config) {
  if (location.hash.startsWith('#/')) {
    sessionStorage.setItem(ROUTE_KEY, location.hash);
  }
  const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    responseMode: 'query',
    redirectUri: location.origin + location.pathname,
    checkLoginIframe: false,
  });
  const route = sessionStorage.getItem(ROUTE_KEY);
  sessionStorage.removeItem(ROUTE_KEY);
  if (route && !location.hash.startsWith('#/')) {
    history.replaceState(history.state, '', location.pathname + route);
  }
  return keycloak;
}

/** A valid access token, refreshed when it has less than 30 seconds left; signs in again when the session is over. */
export async function freshToken(keycloak, force = false) {
  try {
    await keycloak.updateToken(force ? -1 : 30);
    return keycloak.token;
  } catch {
    sessionStorage.setItem(ROUTE_KEY, location.hash);
    await keycloak.login();
    throw new Error('Votre session a expiré : reconnexion…');
  }
}

export function signOut(keycloak) {
  return keycloak.logout({ redirectUri: location.origin + location.pathname });
}
