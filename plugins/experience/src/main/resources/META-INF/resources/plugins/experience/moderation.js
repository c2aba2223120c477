// « Fiches partagées » (national): every fiche the cooperations shared, hidden ones included; network admins
// feature one, or hide one with a reason its cooperation reads, and show it again.
import { html, alert, field, showError, showFormErrors, pageReady, cooperationNames, count } from '/app/ui.js';
import { when } from './common.js';

export default class ModerationPage extends HTMLElement {
  connectedCallback() {
    this.root = '/api/experience/fiches';
    this.showList();
  }

  async showList(notice) {
    const [all, name] = await Promise.all([this.api.get(this.root), cooperationNames(this.api)]);
    this.innerHTML = html`<h1 class="fr-h3">Fiches partagées par les coopérations</h1><div id="notice">${notice ?? ''}</div>
      ${all.length ? '' : html`<p>Aucune fiche partagée pour le moment.</p>`}
      <ul class="experience-moderation">${all.map(f => html`<li class="fr-mb-4w" data-fiche="${f.id}">
        <h2 class="fr-h5 fr-mb-1v">${f.title}
          ${f.featured ? html`<span class="fr-badge fr-badge--sm fr-badge--new">Mise en avant</span>` : ''}
          ${f.hidden ? html`<span class="fr-badge fr-badge--sm fr-badge--warning">Masquée</span>` : ''}</h2>
        <p class="fr-text--sm fr-mb-1v">${name(f.cooperation)} · partagée le ${when(f.sharedAt)} · ${count(f.exchanges.length, 'échange')} ·
          ${count(f.reuses.length, 'coopération à qui elle a servi', 'coopérations à qui elle a servi')}</p>
        <p>${f.summary}</p>
        ${f.hidden ? html`<p class="fr-text--sm">Raison donnée à la coopération : ${f.hiddenReason}</p>` : ''}
        <ul class="fr-btns-group fr-btns-group--inline-sm">
          <li><button class="fr-btn fr-btn--secondary fr-btn--sm" type="button" data-feature="${f.featured ? 'false' : 'true'}">
            ${f.featured ? 'Ne plus mettre en avant' : 'Mettre en avant'}</button></li>
          ${f.hidden ? html`<li><button class="fr-btn fr-btn--sm" type="button" data-show>Montrer de nouveau</button></li>` : ''}</ul>
        ${f.hidden ? '' : html`<form data-hide novalidate>${field({ name: 'reason', id: `raison-${f.id}`, label: 'Masquer, pour la raison suivante',
          rows: 2, maxlength: 1000, hint: 'la coopération lira cette raison' })}
          <button class="fr-btn fr-btn--tertiary fr-btn--sm" type="submit">Masquer</button></form>`}
      </li>`)}</ul>`;
    const byId = Object.fromEntries(all.map(f => [f.id, f]));
    this.querySelectorAll('[data-fiche]').forEach(item => {
      const f = byId[item.dataset.fiche];
      const act = async (action, body, form) => {
        try {
          await this.api.post(`${this.root}/${encodeURIComponent(f.id)}/${action}`, { ...body, version: f.version });
          this.showList(alert('success', `« ${f.title} » : c’est fait.`));
        } catch (error) { if (form) showFormErrors(form, error); else showError(this, error); }
      };
      item.querySelector('[data-feature]').addEventListener('click', e => act('feature', { featured: e.currentTarget.dataset.feature === 'true' }));
      item.querySelector('[data-show]')?.addEventListener('click', () => act('show', {}));
      const form = item.querySelector('[data-hide]');
      form?.addEventListener('submit', e => { e.preventDefault(); act('hide', { reason: new FormData(form).get('reason') }, form); });
    });
    pageReady(this, 'Fiches partagées');
  }
}
