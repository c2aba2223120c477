package org.example.thanks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.maillage.platform.api.personaldata.Person;
import org.maillage.platform.api.personaldata.PersonalData;

/** The thank-you messages of the current cooperation, and their part in RGPD export and erasure. */
@ApplicationScoped
public class ThankYous implements PersonalData {

    @Inject
    EntityManager em;

    public ThankYou send(String email, String text) {
        ThankYou message = new ThankYou(new Person(email).email(), text);
        em.persist(message);
        return message;
    }

    public List<ThankYou> all() {
        return em.createQuery("select t from ThankYou t", ThankYou.class).getResultList();
    }

    @Override
    public Map<String, Object> export(Person person) {
        List<String> texts = em.createQuery("select t.text from ThankYou t where t.volunteerEmail = :email", String.class)
                .setParameter("email", person.email()).getResultList();
        return texts.isEmpty() ? Map.of() : Map.of("remerciements", texts);
    }

    @Override
    public int erase(Person person) {
        return em.createQuery("delete from ThankYou t where t.volunteerEmail = :email")
                .setParameter("email", person.email()).executeUpdate();
    }
}
