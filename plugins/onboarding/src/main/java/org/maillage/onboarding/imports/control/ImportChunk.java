package org.maillage.onboarding.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillage.onboarding.imports.control.ExportRows.Mapped;
import org.maillage.onboarding.imports.entity.ImportCounts;
import org.maillage.onboarding.imports.entity.ImportProblem.Severity;
import org.maillage.onboarding.volunteers.control.BulkVolunteers;
import org.maillage.onboarding.volunteers.control.Pipeline;
import org.maillage.onboarding.volunteers.control.Volunteers;
import org.maillage.onboarding.volunteers.entity.ErasedPerson;
import org.maillage.onboarding.volunteers.entity.Normalisation;
import org.maillage.onboarding.volunteers.entity.Volunteer;
import org.maillage.onboarding.volunteers.entity.Volunteer.Commune;
import org.maillage.onboarding.volunteers.entity.Volunteer.Details;
import org.maillage.onboarding.volunteers.entity.VolunteerState;
import org.maillage.onboarding.volunteers.entity.VolunteerTransition;

/**
 * Imports one chunk of rows, in one transaction (or, for a dry run, in the import's one transaction,
 * cleared after each chunk so that memory stays flat).
 *
 * <p>Per row: a row whose address belongs to an erased person is rejected; a new address creates a
 * volunteer; a known one — in the cooperation, or earlier in the same file, whatever the letter case —
 * is merged: its empty values are filled ({@link Volunteer#complete}), and a participation status may
 * move it on from NEW ({@link ParticipationStatus}). A row that changes nothing is unchanged, which
 * is what every row of a file imported twice is. A new volunteer whose phone number is already
 * another volunteer's is imported with a warning (possible duplicate): the phone is a hint, never a key.
 *
 * <p>Set-based: the chunk reads its known volunteers, erased addresses and phones with one query each, decides
 * every row in memory with the entities' own rules, then writes every volunteer it created or changed with one
 * bulk merge ({@link BulkVolunteers}: {@code COPY} and {@code INSERT … ON CONFLICT}) and the transitions with
 * one bulk insert, then announces the transitions ({@link Pipeline#announce}), as the pipeline does for one move.
 * The volunteers read are detached before they are changed, so the EntityManager writes nothing of its own. A
 * volunteer changed by someone else between the read and the write is not overwritten: the chunk fails and rolls
 * back whole ({@link ChangedMeanwhile}), and importing the file again completes it.
 */
@ApplicationScoped
public class ImportChunk {

    @Inject
    Volunteers volunteers;

    @Inject
    Pipeline pipeline;

    @Inject
    BulkVolunteers bulk;

    @Inject
    EntityManager em;

    @Inject
    ImportSlots slots;

    /**
     * @param problems receives the problems of the chunk's rows
     * @return what became of the rows
     */
    @Transactional
    public ImportCounts apply(ImportContext context, List<Mapped> rows, List<RowProblem> problems) {
        if (!context.dryRun()) {
            slots.hold(context.jobId(), context.instance()); // a dry run writes nothing, and would hold the lock throughout
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Set<String> emails = new HashSet<>();
        Set<String> phoneKeys = new HashSet<>();
        Map<String, String> digests = new HashMap<>();
        for (Mapped mapped : rows) {
            if (mapped.row() != null) {
                emails.add(mapped.row().email());
                digests.put(ErasedPerson.digest(mapped.row().email()), mapped.row().email());
                String key = Normalisation.phoneKey(mapped.row().phone());
                if (key != null) {
                    phoneKeys.add(key);
                }
            }
        }
        Map<String, Volunteer> known = volunteers.byEmails(emails);
        Set<String> erased = erased(digests);
        Map<String, String[]> phones = volunteers.byPhoneKeys(phoneKeys);
        em.clear(); // the volunteers read are changed here and written in bulk, never by the EntityManager
        Map<String, Volunteer> written = new LinkedHashMap<>();
        List<VolunteerTransition> transitions = new ArrayList<>();
        long created = 0;
        long merged = 0;
        long unchanged = 0;
        long rejected = 0;
        List<RowProblem> found = new ArrayList<>();
        for (Mapped mapped : rows) {
            found.addAll(mapped.problems());
            ImportedRow row = mapped.row();
            if (row == null) {
                rejected++;
                continue;
            }
            if (erased.contains(row.email())) {
                rejected++;
                found.add(RowProblem.rejected(row.line(), null, null,
                        "cette personne a demandé l’effacement de ses données : elle n’est pas importée de nouveau", row.email()));
                continue;
            }
            Commune commune = row.postcode() == null ? null : context.communes().of(row.postcode());
            if (commune != null && commune.code() == null && commune.candidates().isEmpty()) {
                found.add(RowProblem.warning(row.line(), context.postcodeHeader(), row.postcode(), "code postal inconnu : aucune commune trouvée", row.email()));
            }
            Details details = new Details(row.firstName(), row.lastName(), row.phone(), row.postcode(), commune,
                    row.birthDate(), row.jvaProfileId(), row.availability());
            Volunteer volunteer = known.get(row.email());
            if (volunteer == null) {
                volunteer = new Volunteer(row.email(), context.source(), now);
                volunteer.complete(details, now);
                known.put(row.email(), volunteer);
                written.put(row.email(), volunteer);
                hintDuplicate(volunteer, row, phones, found);
                seed(context, volunteer, row, now, transitions);
                created++;
            } else {
                boolean changed = volunteer.complete(details, now);
                changed |= seed(context, volunteer, row, now, transitions);
                if (changed) {
                    written.put(row.email(), volunteer);
                    merged++;
                } else {
                    unchanged++;
                }
            }
        }
        if (bulk.store(written.values()) != written.size()) {
            throw new ChangedMeanwhile();
        }
        bulk.storeTransitions(transitions);
        if (!context.dryRun()) {
            transitions.forEach(pipeline::announce);
        }
        problems.addAll(found);
        long warnings = found.stream().filter(p -> p.severity() == Severity.WARNING).count();
        return new ImportCounts(rows.size(), created, merged, unchanged, rejected, warnings);
    }

    private Set<String> erased(Map<String, String> digests) {
        Set<String> erased = new HashSet<>();
        if (!digests.isEmpty()) {
            em.createQuery("select e.emailDigest from ErasedPerson e where e.emailDigest in :digests", String.class)
                    .setParameter("digests", digests.keySet())
                    .getResultList()
                    .forEach(d -> erased.add(digests.get(d)));
        }
        return erased;
    }

    /** Warns when a new volunteer's phone is already another volunteer's; remembers it for the next rows. */
    private static void hintDuplicate(Volunteer volunteer, ImportedRow row, Map<String, String[]> phones, List<RowProblem> found) {
        String key = volunteer.phoneKey();
        if (key == null) {
            return;
        }
        String[] other = phones.putIfAbsent(key, new String[]{volunteer.id(), volunteer.email()});
        if (other != null && !volunteer.email().equals(other[1])) {
            found.add(RowProblem.warning(row.line(), null, null,
                    "même numéro de téléphone qu’un autre bénévole (fiche " + other[0] + ") : doublon possible, non fusionné", row.email()));
        }
    }

    /** @return whether the row moved the volunteer on from NEW; the transition joins {@code transitions} */
    private static boolean seed(ImportContext context, Volunteer volunteer, ImportedRow row, OffsetDateTime now,
                                List<VolunteerTransition> transitions) {
        if (row.seed() == null || volunteer.state() != VolunteerState.NEW || !VolunteerState.NEW.allows(row.seed())) {
            return false;
        }
        transitions.add(volunteer.moveTo(row.seed(), row.seedReason(), context.by(), now));
        return true;
    }
}
