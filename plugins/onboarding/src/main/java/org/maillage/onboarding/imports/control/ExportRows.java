package org.maillage.onboarding.imports.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.maillage.onboarding.imports.control.ExportFormat.Columns;
import org.maillage.onboarding.api.Row;
import org.maillage.onboarding.volunteers.entity.Normalisation;
import org.maillage.onboarding.volunteers.entity.Volunteer;
import org.maillage.onboarding.volunteers.entity.VolunteerState;
import org.maillage.platform.api.text.EmailAddress;

/**
 * Reads the rows of a recognised export into {@link ImportedRow}s.
 *
 * <p>A row is rejected only when its e-mail address is missing or cannot be delivered to (the platform's
 * rule, {@link EmailAddress}): the address is what identifies a volunteer. An unusual but deliverable
 * address (internationalised, rare symbols) is imported with a warning for the coordinator to check. Any other unreadable value (postcode, birth date) is left out with a
 * warning, and the volunteer is imported without it. Phone: the mobile when there is one, else the
 * phone. Birth dates are read as {@code 2001-04-23} (with or without a time), {@code 23/04/2001},
 * {@code 23-04-2001}, or a spreadsheet date number; a date in the future or more than 120 years ago
 * is ignored.
 */
public final class ExportRows {

    private static final int TEXT_MAX = 2000;
    private static final List<DateTimeFormatter> DATES = List.of(
            strict("d/M/uuuu"), strict("d-M-uuuu"), strict("d.M.uuuu"));
    private static final LocalDate SPREADSHEET_EPOCH = LocalDate.of(1899, 12, 30);

    private ExportRows() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    /** What became of one row: read (perhaps with warnings), or rejected (row is null). */
    public record Mapped(ImportedRow row, List<RowProblem> problems) {
    }

    public static Mapped map(Columns columns, Row row, LocalDate today) {
        boolean participations = columns.format() == ExportFormat.PARTICIPATIONS;
        String emailColumn = participations ? "benevole_email" : "email";
        List<RowProblem> problems = new ArrayList<>();
        String rawEmail = columns.value(row, emailColumn);
        String email = EmailAddress.normalised(rawEmail);
        Optional<String> emailProblem = EmailAddress.problem(email);
        if (emailProblem.isPresent()) {
            problems.add(RowProblem.rejected(row.line(), columns.header(emailColumn), rawEmail == null ? null : rawEmail.trim(),
                    emailProblem.get(), email));
            return new Mapped(null, problems);
        }
        EmailAddress.warning(email).ifPresent(warning ->
                problems.add(RowProblem.warning(row.line(), columns.header(emailColumn), rawEmail.trim(), warning, email)));
        String firstName = text(columns, row, participations ? "benevole_prenom" : "prenom", Volunteer.NAME_MAX);
        String lastName = text(columns, row, participations ? "benevole_nom" : "nom", Volunteer.NAME_MAX);
        String phone = participations ? text(columns, row, "benevole_mobile", 40)
                : Optional.ofNullable(text(columns, row, "mobile", 40)).orElse(text(columns, row, "phone", 40));
        String postcodeColumn = participations ? "benevole_code_postal" : "code_postal";
        String rawPostcode = text(columns, row, postcodeColumn, 100);
        String postcode = null;
        if (rawPostcode != null) {
            postcode = Normalisation.postcode(rawPostcode).orElse(null);
            if (postcode == null) {
                problems.add(RowProblem.warning(row.line(), columns.header(postcodeColumn), rawPostcode,
                        "code postal invalide (5 chiffres attendus) : ignoré", email));
            }
        }
        LocalDate birthDate = null;
        String rawBirthDate = participations ? text(columns, row, "benevole_date_anniversaire", 100) : null;
        if (rawBirthDate != null) {
            birthDate = date(rawBirthDate, today).orElse(null);
            if (birthDate == null) {
                problems.add(RowProblem.warning(row.line(), columns.header("benevole_date_anniversaire"), rawBirthDate,
                        "date de naissance illisible ou invraisemblable : ignorée", email));
            }
        }
        String profileId = text(columns, row, participations ? "profile_id" : "id", 40);
        String availability = participations ? text(columns, row, "creneaux_benevole", TEXT_MAX) : null;
        VolunteerState seed = null;
        String seedReason = null;
        if (participations) {
            String status = text(columns, row, "statut", 100);
            Optional<ParticipationStatus> parsed = ParticipationStatus.of(status);
            if (parsed.isPresent() && parsed.get().seed() != null) {
                seed = parsed.get().seed();
                seedReason = "Import JeVeuxAider : participation « " + status + " »";
            }
        }
        return new Mapped(new ImportedRow(row.line(), email, firstName, lastName, phone, postcode, birthDate, profileId,
                availability, seed, seedReason), problems);
    }

    private static String text(Columns columns, Row row, String column, int max) {
        return Normalisation.text(columns.value(row, column), max);
    }

    /** @return the date written, if it is a plausible birth date */
    static Optional<LocalDate> date(String raw, LocalDate today) {
        String text = raw.trim();
        LocalDate date = null;
        try {
            if (text.matches("\\d{4}-\\d{1,2}-\\d{1,2}([ T].*)?")) {
                String[] parts = text.split("[ T]")[0].split("-");
                date = LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            } else if (text.matches("\\d{1,6}(\\.0+)?")) {
                date = SPREADSHEET_EPOCH.plusDays(Long.parseLong(text.split("\\.")[0]));
            } else {
                String day = text.split(" ")[0];
                for (DateTimeFormatter format : DATES) {
                    try {
                        date = LocalDate.parse(day, format);
                        break;
                    } catch (DateTimeException e) {
                        // next format
                    }
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        if (date == null || date.isAfter(today) || date.isBefore(today.minusYears(120))) {
            return Optional.empty();
        }
        return Optional.of(date);
    }
}
