// « Commission réseau » of a cooperation: the meetings it is invited to, their published minutes, its questions.
import { html, field, alert, showFormErrors, pageReady, cooperationNames } from '/app/ui.js';
import { meetingText, onCalendar, when } from './meeting.js';

export default class CommissionPage extends HTMLElement {
  connectedCallback() {
    this.root = `/api/tenants/${encodeURIComponent(this.tenant)}/reporting`;
    if (this.path?.[0]) this.showMeeting(this.path[0]); else this.showList();
  }

  async showList(notice) {
    this.innerHTML = html`<h1 class="fr-h3">Commission réseau</h1><p>Chargement…</p>`;
    const [meetings, questions] = await Promise.all([this.api.get(`${this.root}/meetings`), this.api.get(`${this.root}/questions`)]);
    this.innerHTML = html`<h1 class="fr-h3">Commission réseau</h1><div id="notice">${notice ?? ''}</div>
      <h2 class="fr-h5">Mes réunions</h2>
      ${meetings.length ? html`<ul>${meetings.map(m => html`<li><a href="#" data-meeting="${m.id}">${m.title}</a> — ${when(m)}
        ${m.published ? html` <span class="fr-badge fr-badge--sm fr-badge--success">compte rendu publié</span>` : ''}</li>`)}</ul>`
        : html`<p>Votre coopération n’est invitée à aucune réunion pour le moment.</p>`}
      <h2 class="fr-h5 fr-mt-4w">Mes questions</h2>
      ${questions.length ? html`<ul>${questions.map(q => html`<li>${q.text} — ${q.meetingId ? 'inscrite à l’ordre du jour' : 'en attente'}</li>`)}</ul>`
        : html`<p>Aucune question posée.</p>`}
      <form id="ask" novalidate><h3 class="fr-h6">Proposer une question pour la prochaine réunion</h3>
        ${field({ name: 'text', id: 'question-texte', label: 'Votre question', rows: 3, maxlength: 2000, required: true,
          hint: 'elle est lue par le réseau national ; ne nommez personne' })}
        <button class="fr-btn" type="submit">Proposer la question</button></form>`;
    this.querySelectorAll('[data-meeting]').forEach(a => a.addEventListener('click', e => { e.preventDefault(); this.showMeeting(a.dataset.meeting); }));
    const form = this.querySelector('#ask');
    form.addEventListener('submit', async e => {
      e.preventDefault();
      try {
        await this.api.post(`${this.root}/questions`, { text: new FormData(form).get('text') });
        this.showList(alert('success', 'Question transmise au réseau national.'));
      } catch (error) {
        showFormErrors(form, error);
      }
    });
    pageReady(this, 'Commission réseau');
  }

  async showMeeting(id) {
    const url = `${this.root}/meetings/${encodeURIComponent(id)}`;
    const [m, name] = await Promise.all([this.api.get(url), cooperationNames(this.api)]);
    this.innerHTML = html`<p><a href="#" id="back">← Mes réunions</a></p><h1 class="fr-h3">${m.title}</h1>${meetingText(m, { name })}`;
    this.querySelector('#back').addEventListener('click', e => { e.preventDefault(); this.showList(); });
    onCalendar(this, this.api, `${url}/calendar.ics`);
    pageReady(this, m.title);
  }
}
