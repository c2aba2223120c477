// The API client of every page: JSON over fetch, with the person's access token in the shell; errors of
// the API's shape {status, message, fields} become an ApiError with French messages. Pages import it
// from ui.js.

/** Messages when the answer says nothing better (a proxy, the network, an unexpected status). */
const BY_STATUS = {
  0: 'Le serveur ne répond pas : vérifiez votre connexion puis réessayez.',
  400: 'La demande est incorrecte : vérifiez les champs.',
  401: 'Votre session a expiré : reconnectez-vous.',
  403: 'Vous n’avez pas le droit de faire cette action.',
  404: 'Ce que vous cherchez n’existe pas, ou plus.',
  409: 'Cette action est impossible dans l’état actuel.',
  410: 'Cette coopération est archivée.',
  413: 'Le contenu envoyé est trop volumineux.',
  415: 'Le format envoyé n’est pas accepté.',
  500: 'Une erreur inattendue est survenue sur le serveur. Réessayez ; si elle persiste, signalez-la.',
  502: 'Le serveur est momentanément injoignable : réessayez dans quelques instants.',
  503: 'Un service nécessaire est momentanément indisponible : réessayez dans quelques instants.',
  504: 'Le serveur a mis trop de temps à répondre : réessayez dans quelques instants.',
};

/** Names of the fields the API reports on, for messages shown away from their field. */
const FIELD_LABELS = {
  slug: 'Identifiant',
  displayName: 'Nom',
  departements: 'Départements',
  contactEmail: 'Adresse de contact',
  invited: 'Coopérations invitées',
  value: 'Valeur',
  text: 'Texte',
  author: 'Auteur',
  email: 'Adresse e-mail',
};

export class ApiError extends Error {
  /**
   * @param {number} status HTTP status, 0 when the server did not answer
   * @param {string} message French message for the person
   * @param {{field: string, message: string}[]} fields errors of single fields (message without the field's name)
   */
  constructor(status, message, fields = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.fields = fields;
  }

  /** The message followed by each field error, for a place that has no field to show them next to. */
  get fullMessage() {
    if (!this.fields.length) return this.message;
    return `${this.message} ${this.fields.map(f => `${fieldLabel(f.field)} : ${f.message}.`).join(' ')}`;
  }
}

export function fieldLabel(field) {
  const base = String(field).split(/[.[]/)[0];
  return FIELD_LABELS[base] ?? base;
}

export function messageFor(status) {
  return BY_STATUS[status] ?? (status >= 500 ? BY_STATUS[500] : BY_STATUS[400]);
}

/**
 * The API client: JSON over fetch. The shell makes one with the person's token and hands it to every
 * page as `api`; a page without an account (the self-service link) makes its own with its headers.
 * @param {object} [options]
 * @param {(force: boolean) => Promise<string>} [options.token] gives a valid access token (a fresh one when
 *   `force`, after a 401, which is then retried once); without it no Authorization header is sent
 * @param {Object<string, string>} [options.headers] sent with every request (e.g. a signed link)
 * @returns {{request, get, post, put, delete, download}} get(path), post(path, body), put(path, body),
 *   delete(path) send and answer JSON (null when empty; a FormData body goes as multipart/form-data, a Blob or
 *   File body as its bytes with its own type);
 *   download(path) gives {blob, name} for a file; a failure throws an ApiError
 */
export function createApi({ token, headers: fixed = {} } = {}) {
  /**
   * Sends with the token (once more with a fresh one on 401); a FormData body goes as multipart, a Blob (a File)
   * as it is, anything else as JSON.
   */
  async function send(method, path, body, accept, retried = false) {
    const headers = { ...fixed, Accept: accept };
    if (token) headers.Authorization = `Bearer ${await token(retried)}`;
    const form = body instanceof FormData || body instanceof Blob;
    if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
    let response;
    try {
      response = await fetch(path, { method, headers, body: body === undefined || form ? body : JSON.stringify(body) });
    } catch {
      throw new ApiError(0, messageFor(0));
    }
    if (response.status === 401 && token && !retried) {
      return send(method, path, body, accept, true);
    }
    return response;
  }

  async function failure(response) {
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch { json = null; }
    const message = json && typeof json.message === 'string' && json.message.trim() ? json.message : messageFor(response.status);
    const fields = json && Array.isArray(json.fields) ? json.fields.filter(f => f && f.field && f.message) : [];
    return new ApiError(response.status, message, fields);
  }

  async function request(method, path, body) {
    const response = await send(method, path, body, 'application/json');
    if (!response.ok) throw await failure(response);
    const text = await response.text();
    if (!text) return null;
    try { return JSON.parse(text); } catch { return null; }
  }

  /** A file the API answers (a CSV, an export): its content and the name the server gives it. */
  async function download(path) {
    const response = await send('GET', path, undefined, '*/*');
    if (!response.ok) throw await failure(response);
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const name = /filename="?([^";]+)"?/.exec(disposition)?.[1];
    return { blob: await response.blob(), name };
  }

  return {
    request,
    get: path => request('GET', path),
    post: (path, body) => request('POST', path, body),
    put: (path, body) => request('PUT', path, body),
    delete: path => request('DELETE', path),
    download,
  };
}
