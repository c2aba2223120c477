package org.maillage.demodata;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the {@link DirtKind} of a row and counts what it did into the {@link Expectations}.
 * Duplicates copy a person of one of the last 4,096 clean rows (a ring buffer: memory does not grow
 * with the file). Its random draws come from streams of their own, apart from the volunteers'.
 */
final class DirtInjector {

    private static final int REMEMBERED = 4096;

    private final Territory territory;
    private final Export export;
    private final boolean unicodeOutput;
    private final boolean textFormat;
    private final Expectations counts;
    private final Rng rng;
    private final Rng layout;
    private final Person[] recent = new Person[REMEMBERED];
    private int remembered;

    /**
     * @param unicodeOutput whether the file's encoding can hold decomposed accents (UTF-8)
     * @param textFormat    CSV (separator-only lines exist) rather than XLSX
     */
    DirtInjector(Territory territory, Export export, boolean unicodeOutput, boolean textFormat, Expectations counts,
                 long seed) {
        this.territory = territory;
        this.export = export;
        this.unicodeOutput = unicodeOutput;
        this.textFormat = textFormat;
        this.counts = counts;
        this.rng = new Rng(seed, "dirt");
        this.layout = new Rng(seed, "dirt-layout");
    }

    /** Keeps a clean row's person as a candidate for later duplicates. */
    void remember(Person person) {
        recent[remembered % REMEMBERED] = person;
        remembered++;
    }

    /** A new account of an earlier person: same everything, e-mail in other letter case, signed up later. */
    Person duplicate(LocalDateTime previousSignUp) {
        Person original = recent[rng.nextInt(Math.min(remembered, REMEMBERED))];
        LocalDateTime after = original.signedUp().isAfter(previousSignUp) ? original.signedUp() : previousSignUp;
        LocalDateTime signedUp = after.plusMinutes(rng.between(10, 5 * 24 * 60));
        counts.duplicates++;
        return original.withEmail(otherCase(original.email()))
                .withSignedUp(signedUp.isAfter(SignupCalendar.END) ? SignupCalendar.END : signedUp);
    }

    /** Person-level dirt: e-mail, names, postcode. */
    Person alter(DirtKind kind, Person person) {
        return switch (kind) {
            case INVALID_EMAIL -> person.withEmail(invalid(person.email()));
            case INTERNATIONAL_EMAIL -> person.withEmail(international(person));
            case NAME_VARIANT -> renamed(person);
            case AMBIGUOUS_POSTCODE -> {
                String postcode = rng.pick(territory.ambiguousPostcodes());
                counts.ambiguousPostcodesInjected++;
                yield person.withPostcode(postcode, rng.pick(territory.communesOf(postcode)).code());
            }
            default -> person;
        };
    }

    /** Cell-level dirt: padding and truncation. */
    String[] alter(DirtKind kind, String[] cells) {
        if (kind == DirtKind.PADDED) {
            List<Integer> fields = new ArrayList<>();
            for (String field : new String[] {"prenom", "nom", "email", "code_postal"}) {
                int column = export.column(field);
                if (column >= 0 && !cells[column].isEmpty()) {
                    fields.add(column);
                }
            }
            int padded = rng.chance(0.7) ? 1 : 2;
            for (int i = 0; i < padded && !fields.isEmpty(); i++) {
                int column = fields.remove(rng.nextInt(fields.size()));
                String spaces = rng.chance(0.8) ? " " : "  ";
                cells[column] = switch (rng.nextInt(3)) {
                    case 0 -> spaces + cells[column];
                    case 1 -> cells[column] + spaces;
                    default -> spaces + cells[column] + spaces;
                };
            }
            counts.paddedFields++;
            return cells;
        }
        if (kind == DirtKind.MISSING_COLUMNS) {
            int kept = rng.between(export.minimumKept(), cells.length - 1);
            String[] truncated = new String[kept];
            System.arraycopy(cells, 0, truncated, 0, kept);
            counts.missingColumns++;
            return truncated;
        }
        return cells;
    }

    /** Blank lines after a row: 0.3% an empty line, 0.1% a line of separators (an empty row in XLSX). */
    void blankLinesAfterRow(RowSink sink, int columns) throws IOException {
        double draw = layout.nextDouble();
        if (draw < 0.003 || (draw < 0.004 && !textFormat)) {
            sink.blankLine();
            counts.blankLines++;
        } else if (draw < 0.004) {
            sink.separatorOnlyLine(columns);
            counts.separatorOnlyLines++;
        }
    }

    private String otherCase(String email) {
        int at = email.indexOf('@');
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        String variant = switch (rng.nextInt(4)) {
            case 0 -> capitalizeParts(local) + "@" + domain;
            case 1 -> Text.upper(email);
            case 2 -> capitalizeParts(local) + "@" + capitalizeParts(domain);
            default -> Character.toUpperCase(local.charAt(0)) + local.substring(1) + "@" + domain;
        };
        return variant.equals(email) ? Text.upper(email) : variant;
    }

    /** "marie.dupont" → "Marie.Dupont". */
    private static String capitalizeParts(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '.' || c == '-' || c == '_';
        }
        return out.toString();
    }

    private String invalid(String email) {
        int at = email.indexOf('@');
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        switch (rng.nextInt(3)) {
            case 0 -> {
                counts.invalidEmailsMissingAt++;
                return local + domain;
            }
            case 1 -> {
                counts.invalidEmailsSpace++;
                return local.contains(".") ? local.replaceFirst("\\.", " ") + "@" + domain : local + " @" + domain;
            }
            default -> {
                counts.invalidEmailsDoubleDot++;
                return local.contains(".") ? local.replaceFirst("\\.", "..") + "@" + domain
                        : local + "@" + domain.replaceFirst("\\.", "..");
            }
        }
    }

    /**
     * The address with the first name's accents: {@code benoit.martin@} becomes {@code benoît.martin@} when it
     * starts with the first name, else {@code benoît+benoit.martin@} (a « + » no clean address holds, so the
     * result is unique too). Unchanged, and not counted, when the first name has no accent.
     */
    private String international(Person person) {
        Name first = Name.of(person.prenom());
        String accented = Text.lower(person.prenom()).replace(' ', '-').replace("'", "");
        if (Text.stripAccents(accented).equals(accented)) {
            return person.email();
        }
        int at = person.email().indexOf('@');
        String local = person.email().substring(0, at);
        String rest = local.startsWith(first.slug()) ? local.substring(first.slug().length()) : "+" + local;
        counts.internationalEmails++;
        return accented + rest + person.email().substring(at);
    }

    /** Re-cases or re-accents the names the export shows (the short profiles export has no nom). */
    private Person renamed(Person person) {
        boolean withNom = export.column("nom") >= 0;
        String shown = withNom ? person.prenom() + person.nom() : person.prenom();
        boolean accented = !Text.stripAccents(shown).equals(shown);
        int kind = rng.nextInt(4);
        if (kind == 3 && (!unicodeOutput || !accented)) {
            kind = 2;
        }
        if (kind == 2 && !accented) {
            kind = 0;
        }
        switch (kind) {
            case 0 -> {
                counts.nameUpperCase++;
                return person.withNames(!withNom || rng.chance(0.5) ? Text.upper(person.prenom()) : person.prenom(),
                        Text.upper(person.nom()));
            }
            case 1 -> {
                counts.nameLowerCase++;
                return person.withNames(Text.lower(person.prenom()), Text.lower(person.nom()));
            }
            case 2 -> {
                counts.nameAccentsStripped++;
                return person.withNames(Text.stripAccents(person.prenom()), Text.stripAccents(person.nom()));
            }
            default -> {
                counts.nameDecomposed++;
                return person.withNames(Text.decomposed(person.prenom()), Text.decomposed(person.nom()));
            }
        }
    }
}
