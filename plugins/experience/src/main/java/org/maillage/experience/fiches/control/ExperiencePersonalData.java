package org.maillage.experience.fiches.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillage.experience.fiches.entity.DigestSubscriber;
import org.maillage.experience.fiches.entity.Fiche;
import org.maillage.experience.network.entity.Authorship;
import org.maillage.experience.network.entity.Exchange;
import org.maillage.platform.api.personaldata.PersonalData;
import org.maillage.platform.api.personaldata.Person;
import org.maillage.platform.api.tenant.NetworkData;

/**
 * The plugin's personal data: the fiches a person wrote (their login, address and name) and what they wrote in
 * the network's exchanges (found through the cooperation's {@link Authorship} rows), and their subscription to the
 * weekly digest. Erasure keeps the fiches and the exchanges, signed « ancien membre », forgets who wrote them, and
 * ends the subscription.
 */
@ApplicationScoped
public class ExperiencePersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Inject
    @NetworkData
    EntityManager network;

    @Override
    public Map<String, Object> export(Person person) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<String> fiches = written(person).stream().map(f -> f.title() + " (" + f.state().label() + ")").toList();
        if (!fiches.isEmpty()) {
            data.put("Fiches d’expérience écrites", fiches);
        }
        List<Map<String, Object>> exchanges = authorships(person).stream().map(a -> {
            Exchange exchange = network.find(Exchange.class, a.exchangeId());
            Map<String, Object> row = new LinkedHashMap<>();
            boolean answer = Authorship.ANSWER.equals(a.part());
            row.put("type", answer ? "réponse" : exchange == null ? "échange" : exchange.kind() == null ? "échange"
                    : switch (exchange.kind()) {
                        case QUESTION -> "question";
                        case COMMENT -> "commentaire";
                    });
            row.put("texte", exchange == null ? "" : answer ? exchange.answer() : exchange.text());
            return row;
        }).toList();
        if (!exchanges.isEmpty()) {
            data.put("Échanges sur les fiches partagées", exchanges);
        }
        List<String> digest = subscriptions(person).stream().map(s -> "abonnement depuis le " + s.createdAt().toLocalDate()).toList();
        if (!digest.isEmpty()) {
            data.put("Lettre hebdomadaire des fiches du réseau", digest);
        }
        return data;
    }

    @Override
    public int erase(Person person) {
        int erased = 0;
        for (Fiche fiche : written(person)) {
            fiche.forgetAuthor();
            erased++;
        }
        for (Authorship authorship : authorships(person)) {
            Exchange exchange = network.find(Exchange.class, authorship.exchangeId());
            if (exchange != null) {
                exchange.forgetAuthor(authorship.part());
            }
            em.remove(authorship);
            erased++;
        }
        for (DigestSubscriber subscription : subscriptions(person)) {
            em.remove(subscription);
            erased++;
        }
        em.flush();
        network.flush();
        return erased;
    }

    private List<Fiche> written(Person person) {
        return em.createQuery("select f from Fiche f where lower(f.authorEmail) = :email or lower(f.authorLogin) = :email", Fiche.class)
                .setParameter("email", person.email()).getResultList();
    }

    private List<DigestSubscriber> subscriptions(Person person) {
        return em.createQuery("select s from DigestSubscriber s where lower(s.email) = :email or lower(s.login) = :email", DigestSubscriber.class)
                .setParameter("email", person.email()).getResultList();
    }

    private List<Authorship> authorships(Person person) {
        return em.createQuery("select a from Authorship a where lower(a.email) = :email or lower(a.login) = :email", Authorship.class)
                .setParameter("email", person.email()).getResultList();
    }
}
