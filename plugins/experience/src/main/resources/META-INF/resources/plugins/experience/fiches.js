// « Nos fiches »: the cooperation's fiches by state; a fiche with what the network did with it and its exchanges;
// the editor with a preview of the body and the files. Coordinators decide who reads a fiche.
import { html, alert, field, showError, showFormErrors, confirmAction, pageReady } from '/app/ui.js';
import { showBody, lists, details, files, onFiles, exchanges, when } from './common.js';

const MOVES = {
  DRAFT: [['COOPERATION', 'Partager avec la coopération'], ['NETWORK', 'Partager avec le réseau']],
  COOPERATION: [['NETWORK', 'Partager avec le réseau'], ['DRAFT', 'Remettre en brouillon']],
  NETWORK: [['COOPERATION', 'Retirer du réseau'], ['DRAFT', 'Remettre en brouillon']],
};
const words = value => String(value ?? '').split(',').map(w => w.trim()).filter(Boolean);

export default class FichesPage extends HTMLElement {
  async connectedCallback() {
    this.root = `/api/tenants/${encodeURIComponent(this.tenant)}/experience/fiches`;
    this.network = `/api/tenants/${encodeURIComponent(this.tenant)}/experience/network/fiches`;
    this.coordinator = this.roles?.includes('coordinator');
    this.labels = await lists(this.api, this.tenant);
    if (this.path?.[0]) this.showFiche(this.path[0]); else this.showList();
  }

  async showList() {
    const all = await this.api.get(this.root);
    const section = state => {
      const of = all.filter(f => f.state === state);
      return html`<h2 class="fr-h5 fr-mt-3w">${this.labels.states[state]} (${of.length})</h2>
        ${of.length ? html`<ul>${of.map(f => html`<li><a href="#" data-fiche="${f.id}">${f.title}</a>
          <span class="fr-text--sm">— ${f.authorName}, ${when(f.updatedAt)}</span></li>`)}</ul>` : html`<p>Aucune.</p>`}`;
    };
    this.innerHTML = html`<h1 class="fr-h3">Nos fiches d’expérience</h1>
      <button class="fr-btn fr-icon-add-line fr-btn--icon-left" type="button" id="new">Écrire une fiche</button>
      ${section('DRAFT')}${section('COOPERATION')}${section('NETWORK')}`;
    this.querySelector('#new').addEventListener('click', () => this.showEditor(null));
    this.querySelectorAll('[data-fiche]').forEach(a => a.addEventListener('click', e => { e.preventDefault(); this.showFiche(a.dataset.fiche); }));
    pageReady(this, 'Nos fiches d’expérience');
  }

  async showFiche(id, notice) {
    const path = `${this.root}/${encodeURIComponent(id)}`;
    const f = await this.api.get(path);
    const shared = f.network;
    this.innerHTML = html`<p><a href="#" id="back">← Nos fiches</a></p>
      <h1 class="fr-h3">${f.content.title} <span class="fr-badge fr-badge--sm fr-badge--no-icon" data-state="${f.state}">${f.stateLabel}</span>
        ${shared?.featured ? html`<span class="fr-badge fr-badge--sm fr-badge--new">Mise en avant par le réseau</span>` : ''}</h1>
      <div id="notice">${notice ?? ''}</div>
      ${shared?.hidden ? alert('warning', shared.hiddenReason ?? '', { title: 'Masquée par le réseau national' }) : ''}
      <p class="fr-text--sm">Écrite par ${f.authorName}, modifiée le ${when(f.updatedAt)}</p>
      <p class="fr-text--lead">${f.content.summary}</p>
      <div id="body" class="experience-body"></div>
      ${details(f.content, this.labels)}
      ${files(f.attachments)}
      <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
        ${f.mine || this.coordinator ? html`<li><button class="fr-btn fr-btn--secondary" type="button" id="edit">Modifier</button></li>` : ''}
        ${this.coordinator ? MOVES[f.state].map(([state, label]) => html`<li><button class="fr-btn" type="button" data-move="${state}">${label}</button></li>`) : ''}
      </ul>
      ${shared ? html`<h2 class="fr-h5 fr-mt-4w">Cela nous a servi</h2>
        <p>${shared.reuses.length ? `Coopérations : ${shared.reuses.map(r => this.labels.cooperation(r.cooperation)).join(', ')}.` : 'Aucune coopération ne l’a encore signalé.'}</p>
        <h2 class="fr-h5">Échanges avec les autres coopérations</h2>${exchanges(shared.exchanges, { answering: true, name: this.labels.cooperation })}` : ''}`;
    showBody(this.querySelector('#body'), f.bodyHtml);
    onFiles(this, this.api, path);
    this.querySelector('#back').addEventListener('click', e => { e.preventDefault(); this.showList(); });
    this.querySelector('#edit')?.addEventListener('click', () => this.showEditor(f));
    this.querySelectorAll('[data-move]').forEach(button => button.addEventListener('click', async () => {
      const target = button.dataset.move;
      if (target === 'NETWORK' && !await confirmAction({ title: 'Partager avec tout le réseau ?', confirmLabel: 'Partager', danger: false,
        text: 'Toutes les coopérations pourront lire la fiche et ses fichiers. Vérifiez qu’elle ne nomme aucune personne visitée ni aucun bénévole.' })) return;
      try {
        await this.api.post(`${path}/state`, { state: target, version: f.version });
        this.showFiche(id, alert('success', `Fiche : ${this.labels.states[target]}.`));
      } catch (error) { showError(this, error); }
    }));
    this.querySelectorAll('[data-answer]').forEach(form => form.addEventListener('submit', async e => {
      e.preventDefault();
      try {
        await this.api.post(`${this.network}/${encodeURIComponent(id)}/exchanges/${encodeURIComponent(form.dataset.answer)}/answer`,
          { text: new FormData(form).get('text'), version: Number(form.dataset.version) });
        this.showFiche(id, alert('success', 'Réponse publiée.'));
      } catch (error) { showFormErrors(form, error); }
    }));
    pageReady(this, f.content.title);
  }

  showEditor(fiche, notice) {
    const c = fiche?.content ?? { themes: [], tags: [], communes: [], partnerKinds: [], results: [] };
    const results = [...(c.results ?? []), {}, {}].slice(0, Math.max(3, (c.results ?? []).length + 1));
    const boxes = (name, labels, chosen) => html`<fieldset class="fr-fieldset" data-field="${name}">
      <legend class="fr-fieldset__legend fr-text--regular">${name === 'themes' ? 'Thèmes' : 'Partenaires'}</legend>
      ${Object.entries(labels).map(([code, label]) => html`<div class="fr-fieldset__element fr-fieldset__element--inline"><div class="fr-checkbox-group">
        <input type="checkbox" id="${name}-${code}" name="${name}" value="${code}"${chosen.includes(code) ? html` checked` : ''}>
        <label class="fr-label" for="${name}-${code}">${label}</label></div></div>`)}
      <div class="fr-messages-group" aria-live="polite"></div></fieldset>`;
    this.innerHTML = html`<p><a href="#" id="back">← ${fiche ? 'La fiche' : 'Nos fiches'}</a></p>
      <h1 class="fr-h3">${fiche ? 'Modifier la fiche' : 'Écrire une fiche'}</h1><div id="notice">${notice ?? ''}</div>
      <form id="editor" novalidate>
        ${field({ name: 'title', id: 'fiche-titre', label: 'Titre', value: c.title ?? '', required: true, maxlength: 200 })}
        ${field({ name: 'summary', id: 'fiche-resume', label: 'Résumé', value: c.summary ?? '', rows: 3, maxlength: 1000 })}
        ${field({ name: 'body', id: 'fiche-texte', label: 'Le retour d’expérience', value: c.body ?? '', rows: 12, maxlength: 50000,
          hint: 'En Markdown : **gras**, *italique*, listes avec -, titres avec ##, liens [texte](https://…). Ne nommez aucune personne visitée.' })}
        <button class="fr-btn fr-btn--tertiary fr-btn--sm" type="button" id="preview-button">Aperçu</button>
        <div id="preview" class="experience-body fr-p-2w fr-mb-3w" aria-live="polite"></div>
        ${boxes('themes', this.labels.themes, c.themes)}
        ${field({ name: 'tags', id: 'fiche-mots', label: 'Mots-clés', value: c.tags.join(', '), hint: 'séparés par des virgules, 10 au plus' })}
        ${field({ name: 'communes', id: 'fiche-communes', label: 'Communes (codes INSEE)', value: c.communes.join(', '),
          hint: 'de votre territoire, séparées par des virgules ; par exemple 56260 pour Vannes' })}
        ${boxes('partnerKinds', this.labels.partnerKinds, c.partnerKinds)}
        <fieldset class="fr-fieldset fr-mt-2w"><legend class="fr-fieldset__legend fr-text--regular">Période de l’action</legend>
          <div class="fr-fieldset__element fr-grid-row fr-grid-row--gutters">
            <div class="fr-col-6">${field({ name: 'periodFrom', id: 'fiche-debut', label: 'Début', type: 'date', value: c.periodFrom ?? '' })}</div>
            <div class="fr-col-6">${field({ name: 'periodTo', id: 'fiche-fin', label: 'Fin', type: 'date', value: c.periodTo ?? '' })}</div></div></fieldset>
        <fieldset class="fr-fieldset fr-mt-2w" data-field="results"><legend class="fr-fieldset__legend fr-text--regular">Résultats en chiffres
          <span class="fr-hint-text">par exemple 120, « visites », « visites à domicile » ; une ligne sans nombre ni libellé est ignorée</span></legend>
          ${results.map((r, i) => html`<div class="fr-fieldset__element fr-grid-row fr-grid-row--gutters">
            <div class="fr-col-3">${field({ name: `value-${i}`, id: `resultat-nombre-${i}`, label: 'Nombre', type: 'number', step: 'any', value: r.value ?? '' })}</div>
            <div class="fr-col-3">${field({ name: `unit-${i}`, id: `resultat-unite-${i}`, label: 'Unité', value: r.unit ?? '', maxlength: 30 })}</div>
            <div class="fr-col-6">${field({ name: `label-${i}`, id: `resultat-libelle-${i}`, label: 'Ce qui est compté', value: r.label ?? '', maxlength: 100 })}</div></div>`)}
          <div class="fr-messages-group" aria-live="polite"></div></fieldset>
        ${field({ name: 'contactRole', id: 'fiche-contact', label: 'Contact', value: c.contactRole ?? '', maxlength: 200,
          hint: 'un rôle (« l’animatrice de la coopération »), jamais un téléphone ni une adresse personnelle' })}
        <button class="fr-btn" type="submit">Enregistrer</button></form>
      ${fiche ? html`<h2 class="fr-h5 fr-mt-4w">Fichiers</h2>
        <ul>${fiche.attachments.map(a => html`<li>${a.fileName} <button class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm" type="button"
          data-detach="${a.id}">Retirer</button></li>`)}</ul>
        <div class="fr-upload-group" data-field="file"><label class="fr-label" for="fiche-fichier">Joindre un fichier
          <span class="fr-hint-text">PDF ou image (PNG, JPEG, GIF, WebP), 5 Mo au plus</span></label>
          <input class="fr-upload" type="file" id="fiche-fichier" accept="application/pdf,image/png,image/jpeg,image/gif,image/webp">
          <div class="fr-messages-group" aria-live="polite"></div></div>` : ''}`;
    const form = this.querySelector('#editor');
    this.querySelector('#back').addEventListener('click', e => { e.preventDefault(); if (fiche) this.showFiche(fiche.id); else this.showList(); });
    this.querySelector('#preview-button').addEventListener('click', async () => {
      try {
        const { html: rendered } = await this.api.post(`${this.root}/preview`, { body: form.elements.body.value });
        showBody(this.querySelector('#preview'), rendered);
      } catch (error) { showFormErrors(form, error); }
    });
    form.addEventListener('submit', async e => {
      e.preventDefault();
      const data = new FormData(form);
      const body = {
        title: data.get('title'), summary: data.get('summary'), body: data.get('body'),
        themes: data.getAll('themes'), partnerKinds: data.getAll('partnerKinds'),
        tags: words(data.get('tags')), communes: words(data.get('communes')), teams: c.teams ?? [],
        periodFrom: data.get('periodFrom') || null, periodTo: data.get('periodTo') || null,
        results: results.map((r, i) => ({ value: data.get(`value-${i}`), unit: data.get(`unit-${i}`), label: data.get(`label-${i}`) }))
          .filter(r => r.value !== '' || r.label).map(r => ({ ...r, value: r.value === '' ? null : Number(r.value) })),
        contactRole: data.get('contactRole'),
      };
      try {
        const saved = fiche ? await this.api.put(`${this.root}/${encodeURIComponent(fiche.id)}`, { ...body, version: fiche.version })
          : await this.api.post(this.root, body);
        if (fiche) this.showFiche(saved.id, alert('success', 'Fiche enregistrée.'));
        else this.showEditor(saved, alert('success', 'Brouillon enregistré : vous pouvez maintenant joindre des fichiers.'));
      } catch (error) { showFormErrors(form, error); }
    });
    this.querySelector('#fiche-fichier')?.addEventListener('change', async event => {
      const file = event.target.files[0];
      if (!file) return;
      try {
        await this.api.post(`${this.root}/${encodeURIComponent(fiche.id)}/attachments?name=${encodeURIComponent(file.name)}`, file);
        this.showEditor(await this.api.get(`${this.root}/${encodeURIComponent(fiche.id)}`), alert('success', `Fichier « ${file.name} » joint.`));
      } catch (error) { showError(this, error); }
    });
    this.querySelectorAll('[data-detach]').forEach(button => button.addEventListener('click', async () => {
      try {
        await this.api.delete(`${this.root}/${encodeURIComponent(fiche.id)}/attachments/${encodeURIComponent(button.dataset.detach)}`);
        this.showEditor(await this.api.get(`${this.root}/${encodeURIComponent(fiche.id)}`), alert('success', 'Fichier retiré.'));
      } catch (error) { showError(this, error); }
    }));
    pageReady(this, fiche ? 'Modifier la fiche' : 'Écrire une fiche');
  }
}
