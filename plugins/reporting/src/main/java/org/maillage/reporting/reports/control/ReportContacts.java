package org.maillage.reporting.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.maillage.platform.api.personaldata.Person;
import org.maillage.platform.api.personaldata.PersonalData;
import org.maillage.reporting.reports.entity.Report;

/** The one piece of personal data reports hold: the address of the person the network may contact about them. */
@ApplicationScoped
public class ReportContacts implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public Map<String, Object> export(Person person) {
        List<String> periods = contactOf(person).stream().map(r -> r.period().label()).toList();
        return periods.isEmpty() ? Map.of() : Map.of("Contact des rapports au réseau", periods);
    }

    @Override
    public int erase(Person person) {
        return (int) contactOf(person).stream().filter(Report::forgetContact).count();
    }

    private List<Report> contactOf(Person person) {
        return em.createQuery("select r from Report r where r.contactEmail = :email", Report.class)
                .setParameter("email", person.email()).getResultList();
    }
}
