package org.maillage.demodata;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Generates one export: volunteers (in sign-up order), their participations when asked, the dirt of the
 * dirty variant, written row by row to a {@link RowSink}. Memory does not grow with the rows except for the
 * e-mail hashes (16 bytes a volunteer) and the missions (one per 35 volunteers).
 */
final class DemoData {

    private final Options options;
    private final Territory territory;
    private final Names names;
    private final SignupCalendar calendar = new SignupCalendar();

    DemoData(Options options, Territory territory, Names names) {
        this.options = options;
        this.territory = territory;
        this.names = names;
    }

    /** Writes the file (through a temporary file, moved into place at the end) and its .expect.json. */
    Expectations writeFile() throws IOException {
        Path out = options.out().toAbsolutePath();
        Path parent = out.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path partial = out.resolveSibling(out.getFileName() + ".part");
        Expectations expectations;
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
            expectations = write(stream);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(expectationsFile(out), expectations.toJson(), StandardCharsets.UTF_8);
        return expectations;
    }

    static Path expectationsFile(Path out) {
        return out.resolveSibling(out.getFileName() + ".expect.json");
    }

    /** Writes the export to the stream, which is closed at the end. */
    Expectations write(OutputStream stream) throws IOException {
        Expectations counts = new Expectations();
        describe(counts);
        long seed = options.seed();
        int rows = options.rows();
        Export export = options.export();
        boolean csv = options.format() == Options.Format.CSV;
        boolean ambiguousAvailable = !territory.ambiguousPostcodes().isEmpty();
        int people = rows - DirtPlan.duplicates(seed, options.dirty(), ambiguousAvailable, rows);

        PersonGenerator persons = new PersonGenerator(territory, names, calendar, seed, people);
        Missions missions = export.participations() ? new Missions(territory, calendar, seed, people) : null;
        ParticipationGenerator participations = missions == null ? null : new ParticipationGenerator(missions, seed);
        counts.missions = missions == null ? 0 : missions.size();
        DirtPlan plan = new DirtPlan(seed, options.dirty(), ambiguousAvailable);
        DirtInjector dirt = new DirtInjector(territory, export, options.encoding().equals(StandardCharsets.UTF_8), csv,
                counts, seed);
        Rng ids = new Rng(seed, "profile-ids");
        long profileId = 30_000 + ids.nextInt(20_000);
        int postcodeColumn = export.column("code_postal");
        LocalDateTime previousSignUp = SignupCalendar.FIRST_DAY.atStartOfDay();

        try (RowSink sink = csv
                ? new CsvSink(stream, options.encoding(), options.separator(), options.byteOrderMark())
                : new XlsxSink(stream)) {
            sink.header(export.columns(), export.numeric());
            for (int row = 0; row < rows; row++) {
                DirtKind kind = plan.next();
                Person person = kind == DirtKind.DUPLICATE ? dirt.duplicate(previousSignUp) : persons.next();
                previousSignUp = person.signedUp();
                if (kind == DirtKind.NONE && options.dirty()) {
                    dirt.remember(person);
                }
                person = dirt.alter(kind, person);
                profileId += ids.between(1, 60);
                Participation participation = participations == null ? null : participations.next(person);
                String[] cells = dirt.alter(kind, export.cells(profileId, person, participation));
                if (postcodeColumn < cells.length && territory.isAmbiguous(cells[postcodeColumn].trim())) {
                    counts.ambiguousPostcodes++;
                }
                sink.row(cells);
                counts.rows++;
                if (options.dirty()) {
                    dirt.blankLinesAfterRow(sink, export.columns().size());
                }
                if ((row & 4095) == 0) {
                    HeapMeter.sample();
                }
            }
            if (options.dirty() && csv) {
                for (int i = 0; i < 2; i++) {
                    sink.blankLine();
                    counts.blankLines++;
                }
            }
        }
        return counts;
    }

    private void describe(Expectations counts) {
        counts.settings.put("file", options.out().getFileName().toString());
        counts.settings.put("export", options.export().label());
        if (!options.export().participations()) {
            counts.settings.put("profiles", options.export() == Export.PROFILES_FULL ? "full" : "short");
        }
        counts.settings.put("columns", options.export().columns());
        counts.settings.put("format", options.format().name().toLowerCase(Locale.ROOT));
        counts.settings.put("dirty", options.dirty());
        counts.settings.put("seed", options.seed());
        counts.settings.put("departements", territory.departements());
        if (options.format() == Options.Format.CSV) {
            counts.settings.put("encoding", options.encoding().name());
            counts.settings.put("byteOrderMark", options.byteOrderMark());
            counts.settings.put("separator", String.valueOf(options.separator()));
            counts.settings.put("lineEnd", "CRLF");
        } else {
            counts.settings.put("sheet", "Worksheet");
        }
    }
}
