// A cooperation's contact address (where the national network writes to it: the commission réseau's invitations
// and minutes), shown and changed by its coordinators on its home page and by network admins in the console.
import { html, field, alert, announce, showFormErrors } from './ui.js';

/** @return the section: the address, and a form to change it (empty: removed) */
export function contactSection(contactEmail) {
  return html`<section class="fr-mt-4w maillage-panel" aria-labelledby="titre-contact" id="contact">
    <h2 id="titre-contact" class="fr-h5">Adresse de contact de la coopération</h2>
    <p>${contactEmail
      ? html`Le réseau national écrit à <strong data-contact>${contactEmail}</strong> (invitations et comptes rendus de la commission réseau).`
      : html`<span data-contact>Aucune adresse</span> : le réseau national ne peut pas prévenir la coopération par courriel des réunions de la commission réseau.`}</p>
    <div id="contact-avis"></div>
    <form id="contact-form" novalidate>
      ${field({ name: 'contactEmail', id: 'contact-adresse', label: 'Adresse électronique', type: 'email', autocomplete: 'email', maxlength: 254,
        value: contactEmail ?? '', hint: 'une adresse de la coopération plutôt que celle d’une personne ; laissez vide pour la retirer' })}
      <button type="submit" class="fr-btn fr-btn--secondary">Enregistrer l’adresse</button>
    </form></section>`;
}

/** Wires the section's form: PUT /api/tenants/{slug}/contact, then shows the saved address. */
export function onContact(container, api, slug) {
  const form = container.querySelector('#contact-form');
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const submit = form.querySelector('button[type="submit"]');
    submit.disabled = true;
    try {
      const saved = await api.put(`/api/tenants/${encodeURIComponent(slug)}/contact`,
        { contactEmail: String(new FormData(form).get('contactEmail')).trim() });
      container.querySelector('#contact').outerHTML = html`${contactSection(saved.contactEmail)}`;
      onContact(container, api, slug);
      announce(container.querySelector('#contact-avis'), alert('success', saved.contactEmail
        ? 'Adresse de contact enregistrée.' : 'Adresse de contact retirée.'));
    } catch (error) {
      submit.disabled = false;
      showFormErrors(form, error);
    }
  });
}
