// « Rapports des coopérations » (national console): the reports waiting for an answer, those late, and
// one report read, acknowledged or given back with a comment.
import { html, field, alert, showError, showFormErrors, pageReady, cooperationNames, filterRows } from '/app/ui.js';
import { figuresTable, narrativeText, pdfButton, onPdf } from './figures.js';

/** What the list is filtered by (a period's code, a state), kept while the console is open. */
const shown = { period: '', state: '' };

/** The distinct values of a key of the reports, with their labels, for a list of choices. */
const distinct = (reports, key, label) => [...new Map(reports.map(r => [r[key], r[label]])).entries()]
  .map(([value, text]) => ({ value, label: text }));

export default class NetworkReportsPage extends HTMLElement {
  connectedCallback() {
    this.showList();
  }

  async showList(notice) {
    this.innerHTML = html`<h1 class="fr-h3">Rapports des coopérations</h1><p>Chargement…</p>`;
    const [overview, name] = await Promise.all([this.api.get('/api/reporting/reports'), cooperationNames(this.api)]);
    if (!overview.reports.some(r => r.period === shown.period)) shown.period = ''; // a filter that matches nothing any more
    if (!overview.reports.some(r => r.state === shown.state)) shown.state = '';
    this.innerHTML = html`<h1 class="fr-h3">Rapports des coopérations</h1><div id="notice">${notice ?? ''}</div>
      ${overview.late.length ? html`<h2 class="fr-h5">En retard</h2>
        <ul>${overview.late.map(l => html`<li data-late="${l.tenant}">${name(l.tenant)} : ${l.title} non transmis</li>`)}</ul>` : ''}
      <h2 class="fr-h5">Rapports</h2>
      ${overview.reports.length ? html`<form id="filtres" novalidate class="fr-grid-row fr-grid-row--gutters">
          <div class="fr-col-12 fr-col-md-6">${field({ name: 'period', id: 'rapports-periode', label: 'Période', value: shown.period,
            choices: [{ value: '', label: 'Toutes' }, ...distinct(overview.reports, 'period', 'periodLabel').sort((a, b) => b.value.localeCompare(a.value))] })}</div>
          <div class="fr-col-12 fr-col-md-6">${field({ name: 'state', id: 'rapports-etat', label: 'État', value: shown.state,
            choices: [{ value: '', label: 'Tous' }, ...distinct(overview.reports, 'state', 'stateLabel')] })}</div></form>
        <p id="compte-rapports" role="status"></p>
        <div class="fr-table"><div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content" tabindex="0">
        <table><caption>Rapports des coopérations, ceux à traiter d’abord</caption>
        <thead><tr><th scope="col">Coopération</th><th scope="col">Période</th><th scope="col">État</th><th scope="col">Transmis le</th></tr></thead>
        <tbody>${overview.reports.map(r => html`<tr data-period="${r.period}" data-state="${r.state}"><td>${name(r.tenant)}</td>
          <td><a href="#" data-tenant="${r.tenant}" data-report="${r.id}">${r.periodLabel}</a></td>
          <td data-state="${r.state}">${r.stateLabel}</td><td>${r.submittedAt ? new Date(r.submittedAt).toLocaleDateString('fr-FR') : '—'}</td></tr>`)}</tbody>
        </table></div></div></div></div>` : html`<p>Aucune coopération n’a encore écrit de rapport.</p>`}`;
    this.querySelectorAll('[data-report]').forEach(a => a.addEventListener('click', e => {
      e.preventDefault(); this.showReport(a.dataset.tenant, a.dataset.report);
    }));
    const filters = this.querySelector('#filtres');
    if (filters) {
      const update = () => {
        shown.period = filters.querySelector('#rapports-periode').value;
        shown.state = filters.querySelector('#rapports-etat').value;
        this.filter();
      };
      filters.addEventListener('change', update);
      filters.addEventListener('submit', e => e.preventDefault());
      this.filter();
    }
    pageReady(this, 'Rapports des coopérations');
  }

  /** Hides the reports of another period or state; says how many are left. */
  filter() {
    filterRows([...this.querySelectorAll('tr[data-period]')],
      row => (!shown.period || row.dataset.period === shown.period) && (!shown.state || row.dataset.state === shown.state),
      this.querySelector('#compte-rapports'), ['rapport', 'rapports'], 'Aucun rapport ne correspond : changez la période ou l’état.');
  }

  async showReport(tenant, id) {
    const url = `/api/tenants/${encodeURIComponent(tenant)}/reporting/reports/${encodeURIComponent(id)}`;
    const [r, name] = await Promise.all([this.api.get(url), cooperationNames(this.api)]);
    this.innerHTML = html`<p><a href="#" id="back">← Tous les rapports</a></p>
      <h1 class="fr-h3">${name(tenant)} — ${r.title} <span class="fr-badge fr-badge--no-icon" data-state="${r.state}">${r.stateLabel}</span></h1>
      ${r.networkComment ? alert('info', r.networkComment, { title: 'Dernier commentaire du réseau' }) : ''}
      ${narrativeText(r.narrative)}
      <h2 class="fr-h5 fr-mt-4w">Chiffres</h2>${figuresTable(r.figures)}
      ${pdfButton}
      ${r.state === 'SUBMITTED' ? html`<form id="decide" class="fr-mt-4w" novalidate><h2 class="fr-h5">Réponse du réseau</h2>
        ${field({ name: 'comment', id: 'rapport-commentaire', label: 'Commentaire pour la coopération', rows: 4, maxlength: 4000,
          hint: 'obligatoire pour renvoyer le rapport' })}
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li><button class="fr-btn" type="submit" value="acknowledge">Accuser réception</button></li>
          <li><button class="fr-btn fr-btn--secondary" type="submit" value="return">Renvoyer pour compléments</button></li></ul></form>` : ''}`;
    this.querySelector('#back').addEventListener('click', e => { e.preventDefault(); this.showList(); });
    onPdf(this, this.api, `${url}/pdf`);
    const form = this.querySelector('#decide');
    form?.addEventListener('submit', async e => {
      e.preventDefault();
      const giveBack = e.submitter?.value === 'return';
      try {
        await this.api.post(`${url}/${giveBack ? 'return' : 'acknowledge'}`,
          giveBack ? { comment: new FormData(form).get('comment'), version: r.version } : { version: r.version });
        this.showList(alert('success', giveBack ? 'Rapport renvoyé à la coopération.' : 'Réception du rapport confirmée.'));
      } catch (error) {
        if (error.fields?.length) showFormErrors(form, error); else showError(this, error);
      }
    });
    pageReady(this, `Rapport de ${name(tenant)}`);
  }
}
