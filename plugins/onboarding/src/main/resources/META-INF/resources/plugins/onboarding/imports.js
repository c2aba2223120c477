// Imports of JeVeuxAider exports: upload (or simulate), follow the job while it runs, read its report
// (counts, rejected rows, CSV of the problems) and the history. An import's address:
// #/coop/<slug>/onboarding/imports/<id>.
import { ApiError, html, alert, showError, showFormErrors, clearErrors, count } from '/app/ui.js';
import { root, address, dateTime, number, save, pager } from './common.js';

const POLL_MS = 1000;
const PROBLEMS_PER_PAGE = 50;
const API_PROBLEMS_PAGE = 1000; // the API's page of problems
const STATES = {
  QUEUED: ['info', 'En attente'],
  RUNNING: ['info', 'En cours'],
  DONE: ['success', 'Terminé'],
  FAILED: ['error', 'En échec'],
};

export default class OnboardingImports extends HTMLElement {
  async connectedCallback() {
    const { api, tenant } = this;
    this.base = root(tenant);
    const maxMb = await api.get(`/api/tenants/${encodeURIComponent(tenant)}/settings/onboarding.max-upload-mb`)
      .then(s => s.value).catch(() => null);
    this.innerHTML = html`<h1 class="fr-h3">Imports JeVeuxAider</h1>
      <p>Importez l’export des bénévoles de votre département téléchargé sur JeVeuxAider.gouv.fr. Les doublons
        (même adresse e-mail, quelle que soit la casse) sont fusionnés : l’import complète les informations
        manquantes sans jamais remplacer ce qui a été saisi dans Maillage. Importer deux fois le même fichier ne change rien.</p>
      <form id="import-formulaire" class="maillage-panel fr-mb-4w" novalidate>
        <div class="fr-upload-group" data-field="file">
          <label class="fr-label" for="import-fichier">Fichier exporté de JeVeuxAider
            <span class="fr-hint-text">Formats acceptés : CSV (séparateur virgule ou point-virgule, encodage UTF-8 ou Windows-1252)
              ou Excel (.xlsx), export des profils ou des participations.
              Taille maximale : ${maxMb ?? '50'} Mo ; au-delà, découpez le fichier.</span></label>
          <input class="fr-upload" type="file" id="import-fichier" name="file" required aria-required="true"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="import-fichier-messages">
          <div class="fr-messages-group" id="import-fichier-messages" aria-live="polite"></div>
        </div>
        <div class="fr-checkbox-group fr-mt-3w">
          <input type="checkbox" id="import-simulation" name="dryRun" value="true">
          <label class="fr-label" for="import-simulation">Simulation
            <span class="fr-hint-text">Voir ce que l’import changerait, sans rien enregistrer.</span></label>
        </div>
        <button class="fr-btn fr-mt-3w fr-icon-upload-line fr-btn--icon-left" type="submit">Importer le fichier</button>
      </form>
      <section id="import-suivi" aria-live="polite" tabindex="-1"></section>
      <section id="import-historique" class="fr-mt-6w"></section>`;
    this.querySelector('form').addEventListener('submit', event => { event.preventDefault(); this.upload(event.target); });
    const [id] = this.path ?? [];
    await Promise.all([this.history(), id ? this.follow(id) : null]);
  }

  disconnectedCallback() {
    clearTimeout(this.timer);
    this.gone = true;
  }

  async upload(form) {
    clearErrors(form);
    const file = form.file.files[0];
    if (!file) {
      showFormErrors(form, new ApiError(400, 'Choisissez le fichier à importer.', [{ field: 'file', message: 'est obligatoire' }]));
      return;
    }
    const data = new FormData();
    if (form.dryRun.checked) data.append('dryRun', 'true');
    data.append('file', file, file.name);
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      const job = await this.api.post(`${this.base}/imports`, data);
      form.reset();
      history.replaceState(null, '', address(this.tenant, 'imports', job.id));
      await this.follow(job.id);
      this.querySelector('#import-suivi h2')?.focus();
    } catch (error) {
      showFormErrors(form, error);
    } finally {
      button.disabled = false;
    }
  }

  /** Shows an import, polling it until it is finished. */
  async follow(id) {
    clearTimeout(this.timer);
    this.following = id;
    this.problemPages = new Map();
    const place = this.querySelector('#import-suivi');
    let job;
    try {
      job = await this.api.get(`${this.base}/imports/${encodeURIComponent(id)}`);
    } catch (error) {
      place.replaceChildren();
      showError(place, error);
      return;
    }
    if (this.gone || this.following !== id) return;
    if (job.state === 'QUEUED' || job.state === 'RUNNING') {
      this.progress(place, job);
      this.timer = setTimeout(() => this.follow(id), POLL_MS);
      return;
    }
    this.report(place, job);
    await this.problems(job, 1);
    this.history();
  }

  progress(place, job) {
    const percent = Math.round((job.progress ?? 0) * 100);
    const existing = place.querySelector('progress');
    const text = html`${count(job.rowsRead, 'ligne lue', 'lignes lues')} (${percent} % du fichier) :
      ${count(job.created, 'créé')}, ${count(job.merged, 'fusionné')}, ${count(job.rejected, 'rejeté')}.`;
    if (existing) {
      // only the numbers change: no new announcement for each poll but the text itself
      existing.value = percent;
      existing.textContent = `${percent} %`;
      place.querySelector('[data-progress-text]').innerHTML = text;
      return;
    }
    place.setAttribute('aria-busy', 'true');
    place.innerHTML = html`<h2 class="fr-h5" tabindex="-1">${job.dryRun ? 'Simulation' : 'Import'} de ${job.fileName} en cours…</h2>
      ${job.dryRun ? alert('info', 'Simulation : rien ne sera enregistré.') : ''}
      <label class="fr-label" for="import-progression">Progression</label>
      <progress id="import-progression" class="maillage-progress" max="100" value="${percent}"
        data-state="${job.state}">${percent} %</progress>
      <p class="fr-text--sm" data-progress-text>${text}</p>`;
  }

  report(place, job) {
    place.removeAttribute('aria-busy');
    const failed = job.state === 'FAILED';
    const title = failed ? `Échec de l’import de ${job.fileName}`
      : job.dryRun ? `Simulation de l’import de ${job.fileName} terminée` : `Import de ${job.fileName} terminé`;
    place.innerHTML = html`<h2 class="fr-h5" tabindex="-1" data-import="${job.id}" data-state="${job.state}">${title}</h2>
      ${failed ? alert('error', job.failure ?? 'L’import n’a pas pu aller au bout.', { title: 'L’import s’est arrêté' }) : ''}
      ${job.dryRun ? alert('warning', 'Simulation : rien n’a été enregistré. Voici ce que l’import du fichier changerait.') : ''}
      <p class="fr-text--sm">${job.format ? `${job.format} — ` : ''}${job.reading ?? ''}
        ${job.finishedAt ? ` — terminé le ${dateTime(job.finishedAt)}` : ''}</p>
      <ul class="maillage-counts" data-counts>
        ${[['rowsRead', 'Lignes lues'], ['created', 'Bénévoles créés'], ['merged', 'Doublons fusionnés'],
           ['unchanged', 'Déjà à jour'], ['rejected', 'Lignes rejetées'], ['warnings', 'Avertissements']]
          .map(([key, label]) => html`<li data-count="${key}"><span class="maillage-counts__value">${number(job[key])}</span> ${label}</li>`)}
      </ul>
      <div id="import-problemes"></div>`;
  }

  /** The problems of a finished import, a page at a time; the API gives them by pages of 1,000. */
  async problems(job, page) {
    const place = this.querySelector('#import-problemes');
    if (!place) return;
    const first = (page - 1) * PROBLEMS_PER_PAGE;
    const apiPage = Math.floor(first / API_PROBLEMS_PAGE) + 1;
    let answer = this.problemPages.get(apiPage);
    if (!answer) {
      answer = await this.api.get(`${this.base}/imports/${encodeURIComponent(job.id)}/errors?page=${apiPage}`);
      this.problemPages.set(apiPage, answer);
    }
    if (this.following !== job.id) return;
    const offset = first - (apiPage - 1) * API_PROBLEMS_PAGE;
    const items = answer.items.slice(offset, offset + PROBLEMS_PER_PAGE);
    const pages = Math.max(1, Math.ceil(answer.total / PROBLEMS_PER_PAGE));
    if (!answer.total) {
      place.innerHTML = html`<p>Aucune ligne rejetée ni aucun avertissement.</p>`;
      return;
    }
    place.innerHTML = html`<h3 class="fr-h6">Lignes rejetées et avertissements</h3>
      <p><button type="button" class="fr-btn fr-btn--secondary fr-btn--sm fr-icon-download-line fr-btn--icon-left"
        data-action="telecharger">Télécharger ${answer.total > 1 ? `les ${number(answer.total)} problèmes` : 'le problème'} (CSV)</button></p>
      <div class="fr-table fr-table--no-caption maillage-table"><div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content">
        <table><caption>Problèmes ligne par ligne, page ${page} sur ${pages}</caption>
          <thead><tr><th scope="col">Ligne</th><th scope="col">Gravité</th><th scope="col">Colonne</th><th scope="col">Valeur</th><th scope="col">Motif</th></tr></thead>
          <tbody>${items.map(p => html`<tr data-line="${p.line}" data-severity="${p.severity}">
            <td data-label="Ligne">${p.line}</td>
            <td data-label="Gravité">${p.severity === 'REJECTED' ? 'Rejetée' : 'Avertissement'}</td>
            <td data-label="Colonne">${p.column ?? '—'}</td>
            <td data-label="Valeur">${p.value ?? '—'}</td>
            <td data-label="Motif" data-reason>${p.reason}</td></tr>`)}</tbody>
        </table></div></div></div></div>
      ${pages > 1 ? pager(page, pages) : ''}`;
    place.querySelector('[data-action="telecharger"]').addEventListener('click', async event => {
      try {
        save(await this.api.download(`${this.base}/imports/${encodeURIComponent(job.id)}/errors.csv`), 'problemes.csv');
      } catch (error) {
        showError(place, error);
      }
      event.target.focus();
    });
    place.querySelectorAll('[data-page]').forEach(button => button.addEventListener('click', async () => {
      await this.problems(job, Number(button.dataset.page));
      place.querySelector('caption').setAttribute('tabindex', '-1');
      place.querySelector('caption').focus();
    }));
  }

  async history() {
    const place = this.querySelector('#import-historique');
    let jobs;
    try {
      jobs = await this.api.get(`${this.base}/imports`);
    } catch (error) {
      place.replaceChildren();
      showError(place, error);
      return;
    }
    if (this.gone) return;
    place.innerHTML = html`<h2 class="fr-h5">Imports précédents</h2>
      ${jobs.length ? html`<div class="fr-table maillage-table"><div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content">
        <table><caption class="fr-sr-only">Les 50 derniers imports, du plus récent au plus ancien</caption>
          <thead><tr><th scope="col">Date</th><th scope="col">Fichier</th><th scope="col">État</th><th scope="col">Lues</th>
            <th scope="col">Créés</th><th scope="col">Fusionnés</th><th scope="col">Rejetées</th><th scope="col">Par</th></tr></thead>
          <tbody>${jobs.map(j => html`<tr data-import="${j.id}">
            <td data-label="Date">${dateTime(j.requestedAt)}</td>
            <td data-label="Fichier"><a href="${address(this.tenant, 'imports', j.id)}">${j.fileName}</a>
              ${j.dryRun ? html`<br><span class="fr-text--xs">simulation, rien enregistré</span>` : ''}</td>
            <td data-label="État">${stateOf(j)}</td>
            <td data-label="Lues">${number(j.rowsRead)}</td>
            <td data-label="Créés">${number(j.created)}</td>
            <td data-label="Fusionnés">${number(j.merged)}</td>
            <td data-label="Rejetées">${number(j.rejected)}</td>
            <td data-label="Par">${j.requestedBy}</td></tr>`)}</tbody>
        </table></div></div></div></div>`
        : html`<p>Aucun import pour le moment.</p>`}`;
  }
}

function stateOf(job) {
  const [kind, label] = STATES[job.state] ?? ['info', job.state];
  return html`<p class="fr-badge fr-badge--sm fr-badge--${kind} fr-badge--no-icon" data-status="${job.state}">${label}</p>`;
}
