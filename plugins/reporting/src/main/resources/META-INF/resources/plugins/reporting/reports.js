// « Rapports au réseau » of a cooperation: its reports, one report's writing, figures and submission.
import { html, field, alert, showError, showFormErrors, confirmAction, pageReady } from '/app/ui.js';
import { figuresTable, narrativeText, pdfButton, onPdf } from './figures.js';

const periods = () => {
  const year = new Date().getUTCFullYear();
  const month = new Date().getUTCMonth() + 1;
  const codes = [];
  for (let y = year; y >= year - 2; y -= 1) {
    if (y < year || month >= 7) codes.push({ value: `${y}-S2`, label: `2d semestre ${y}` });
    codes.push({ value: `${y}-S1`, label: `1er semestre ${y}` }, { value: `${y}`, label: `Année ${y}` });
  }
  return codes;
};

export default class ReportsPage extends HTMLElement {
  connectedCallback() {
    this.root = `/api/tenants/${encodeURIComponent(this.tenant)}/reporting/reports`;
    if (this.path?.[0]) this.showReport(this.path[0]); else this.showList();
  }

  async showList() {
    this.innerHTML = html`<h1 class="fr-h3">Rapports au réseau</h1><p>Chargement…</p>`;
    const reports = await this.api.get(this.root);
    this.innerHTML = html`<h1 class="fr-h3">Rapports au réseau</h1>
      ${reports.length ? html`<ul>${reports.map(r => html`<li><a href="#" data-report="${r.id}">${r.title}</a>
        <span class="fr-badge fr-badge--sm fr-badge--no-icon" data-state="${r.state}">${r.stateLabel}</span></li>`)}</ul>`
        : html`<p>Aucun rapport pour le moment.</p>`}
      <form id="create" class="fr-mt-4w" novalidate><h2 class="fr-h5">Commencer un rapport</h2>
        ${field({ name: 'period', id: 'rapport-periode', label: 'Période', required: true, choices: periods() })}
        <button class="fr-btn" type="submit">Commencer le rapport</button></form>`;
    this.querySelectorAll('[data-report]').forEach(a => a.addEventListener('click', e => { e.preventDefault(); this.showReport(a.dataset.report); }));
    const form = this.querySelector('#create');
    form.addEventListener('submit', async e => {
      e.preventDefault();
      try {
        const created = await this.api.post(this.root, { period: new FormData(form).get('period') });
        this.showReport(created.id);
      } catch (error) {
        showFormErrors(form, error);
      }
    });
    pageReady(this, 'Rapports au réseau');
  }

  async showReport(id, notice) {
    const r = await this.api.get(`${this.root}/${encodeURIComponent(id)}`);
    const n = r.narrative;
    this.innerHTML = html`<p><a href="#" id="back">← Tous les rapports</a></p>
      <h1 class="fr-h3">${r.title} <span class="fr-badge fr-badge--no-icon" data-state="${r.state}">${r.stateLabel}</span></h1>
      <div id="notice">${notice ?? ''}</div>
      ${r.state === 'RETURNED' ? alert('warning', r.networkComment, { title: 'Renvoyé par le réseau pour compléments' }) : ''}
      ${r.editable ? html`<form id="write" novalidate>
        ${field({ name: 'highlights', id: 'rapport-faits', label: 'Faits marquants', rows: 5, value: n.highlights, maxlength: 10000,
          hint: 'obligatoires pour transmettre le rapport' })}
        ${field({ name: 'difficulties', id: 'rapport-difficultes', label: 'Difficultés', rows: 4, value: n.difficulties, maxlength: 10000 })}
        ${field({ name: 'needs', id: 'rapport-besoins', label: 'Besoins exprimés auprès du réseau', rows: 4, value: n.needs, maxlength: 10000 })}
        ${field({ name: 'teamStories', id: 'rapport-histoires', label: 'Histoires des équipes', rows: 5, value: n.teamStories, maxlength: 10000,
          hint: 'sans nommer les personnes visitées ni les bénévoles' })}
        ${field({ name: 'contactEmail', id: 'rapport-contact', label: 'Adresse de contact pour le réseau', type: 'email', value: n.contactEmail ?? '',
          hint: 'une adresse de la coopération plutôt que personnelle' })}
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li><button class="fr-btn fr-btn--secondary" type="submit" value="save">Enregistrer</button></li>
          <li><button class="fr-btn" type="submit" value="submit">Transmettre au réseau</button></li></ul></form>`
        : narrativeText(n)}
      <h2 class="fr-h5 fr-mt-4w">Chiffres de la période</h2>${figuresTable(r.figures)}
      ${pdfButton}`;
    this.querySelector('#back').addEventListener('click', e => { e.preventDefault(); this.showList(); });
    onPdf(this, this.api, `${this.root}/${encodeURIComponent(id)}/pdf`);
    const form = this.querySelector('#write');
    form?.addEventListener('submit', async e => {
      e.preventDefault();
      const v = Object.fromEntries(new FormData(form));
      try {
        const saved = await this.api.put(`${this.root}/${encodeURIComponent(id)}`, { ...v, contactEmail: v.contactEmail || null, version: r.version });
        if (e.submitter?.value !== 'submit') {
          this.showReport(id, alert('success', 'Rapport enregistré.'));
          return;
        }
        const sure = await confirmAction({ title: 'Transmettre le rapport ?', confirmLabel: 'Transmettre', danger: false,
          text: 'Le réseau national le recevra avec les chiffres du jour, qui seront figés. Vous ne pourrez plus le modifier, sauf s’il vous est renvoyé.' });
        if (!sure) { this.showReport(id, alert('success', 'Rapport enregistré.')); return; }
        await this.api.post(`${this.root}/${encodeURIComponent(id)}/submit`, { version: saved.version });
        this.showReport(id, alert('success', 'Rapport transmis au réseau.'));
      } catch (error) {
        if (error.fields?.length) showFormErrors(form, error); else showError(this, error);
      }
    });
    pageReady(this, r.title);
  }
}
