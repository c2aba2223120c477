package org.maillage.demodata;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cooperation's life over the twelve months ending on {@code until}: partners, then teams with their
 * communes, members (who joined, some who left) and visits (date, kind, commune, people met, volunteer
 * hours), written as one JSON document that {@code deployment/scripts/platform-client.mjs activity} replays
 * through the teams API as the coordinators would. The same seed, territory, team count and {@code until}
 * give the same bytes; nothing reads the clock.
 *
 * <p>Proportions (also those of the national benchmark, 10,000 teams / 200,000 visits): 75% of the teams
 * active, 10% dormant after having been active, 15% still projects (no visits); about 20 visits a team over
 * the year; 3 to 12 members, one in ten having left; one partner for three teams.
 */
final class Activity {

    static final String[] KINDS = {"visit", "visit", "visit", "phone-call", "outing", "group-activity", "ehpad-support",
            "ccas-support"};
    static final String[] PARTNER_KINDS = {"CCAS", "EHPAD", "MAIRIE", "ASSOCIATION", "OTHER"};
    static final String[] PARTNER_PREFIXES = {"CCAS de ", "EHPAD Les Tilleuls de ", "Mairie de ", "Association Bien vieillir à ",
            "Centre social de "};

    record Partner(String key, String name, String kind, String commune) {
    }

    record Member(String firstName, String lastName, LocalDate joinedOn, LocalDate leftOn) {
    }

    record Visit(LocalDate doneOn, String kind, String commune, int peopleMet, BigDecimal volunteerHours) {
    }

    record Team(String name, String status, LocalDate charterSignedOn, List<String> communes, List<Member> members,
                List<String> partners, List<Visit> visits) {
    }

    record Counts(int teams, int active, int dormant, int projects, int members, int membersLeft, int visits,
                  long peopleMet, BigDecimal volunteerHours, int partners, int partnerLinks) {
    }

    final List<Partner> partners = new ArrayList<>();
    final List<Team> teams = new ArrayList<>();
    final LocalDate until;

    private Activity(LocalDate until) {
        this.until = until;
    }

    static Activity generate(Territory territory, Names names, long seed, int teamCount, LocalDate until) {
        Activity activity = new Activity(until);
        Rng rng = new Rng(seed, "activity");
        LocalDate first = until.minusMonths(12).plusDays(1);
        int partnerCount = Math.max(1, teamCount / 3);
        Set<String> partnerNames = new LinkedHashSet<>();
        for (int i = 0; i < partnerCount; i++) {
            int kind = rng.nextInt(PARTNER_KINDS.length);
            Commune commune = territory.pickByPopulation(rng);
            String name = unique(partnerNames, PARTNER_PREFIXES[kind] + commune.nom());
            activity.partners.add(new Partner("p" + (i + 1), name, PARTNER_KINDS[kind], commune.code()));
        }
        Set<String> teamNames = new LinkedHashSet<>();
        for (int t = 0; t < teamCount; t++) {
            Commune home = territory.pickByPopulation(rng);
            Set<String> communes = new LinkedHashSet<>(List.of(home.code()));
            int extra = rng.nextInt(3);
            for (int i = 0; i < extra; i++) {
                communes.add(territory.pickByPopulation(rng).code());
            }
            double draw = rng.nextDouble();
            String status = draw < 0.75 ? "ACTIVE" : draw < 0.85 ? "DORMANT" : "PROJECT";
            LocalDate charter = status.equals("PROJECT") ? null : first.minusDays(rng.nextInt(400));
            List<Member> members = new ArrayList<>();
            int memberCount = rng.between(3, 12);
            for (int m = 0; m < memberCount; m++) {
                boolean female = rng.chance(0.6);
                int birthYear = rng.between(1945, 2004);
                LocalDate joined = first.minusDays(120).plusDays(rng.nextInt(360));
                LocalDate left = rng.chance(0.1) ? joined.plusDays(30 + rng.nextInt(200)) : null;
                if (left != null && left.isAfter(until)) {
                    left = null;
                }
                members.add(new Member(names.firstName(female, birthYear, rng).display(), names.surname(rng).display(),
                        joined, left));
            }
            List<String> links = new ArrayList<>();
            if (rng.chance(0.6)) {
                links.add(activity.partners.get(rng.nextInt(partnerCount)).key());
            }
            List<Visit> visits = new ArrayList<>();
            if (!status.equals("PROJECT")) {
                // Dormant teams stopped in the last third of the year.
                int span = status.equals("DORMANT") ? 240 : 365;
                int count = rng.between(10, 34);
                List<String> codes = List.copyOf(communes);
                for (int v = 0; v < count; v++) {
                    LocalDate day = first.plusDays(rng.nextInt(span));
                    String kind = rng.pick(KINDS);
                    int people = kind.equals("group-activity") || kind.endsWith("-support") ? rng.between(3, 25) : rng.between(1, 3);
                    BigDecimal hours = BigDecimal.valueOf(rng.between(2, 16)).divide(BigDecimal.valueOf(2));
                    visits.add(new Visit(day, kind, rng.pick(codes), people, hours.setScale(2)));
                }
                visits.sort((a, b) -> a.doneOn().compareTo(b.doneOn()));
            }
            activity.teams.add(new Team(unique(teamNames, "Équipe de " + home.nom()), status, charter, List.copyOf(communes),
                    members, links, visits));
        }
        return activity;
    }

    private static String unique(Set<String> taken, String name) {
        String candidate = name;
        for (int i = 2; !taken.add(candidate); i++) {
            candidate = name + " " + i;
        }
        return candidate;
    }

    Counts counts() {
        int active = 0;
        int dormant = 0;
        int members = 0;
        int left = 0;
        int visits = 0;
        int links = 0;
        long people = 0;
        BigDecimal hours = BigDecimal.ZERO.setScale(2);
        for (Team team : teams) {
            active += team.status().equals("ACTIVE") ? 1 : 0;
            dormant += team.status().equals("DORMANT") ? 1 : 0;
            members += team.members().size();
            left += (int) team.members().stream().filter(m -> m.leftOn() != null).count();
            visits += team.visits().size();
            links += team.partners().size();
            for (Visit visit : team.visits()) {
                people += visit.peopleMet();
                hours = hours.add(visit.volunteerHours());
            }
        }
        return new Counts(teams.size(), active, dormant, teams.size() - active - dormant, members, left, visits, people, hours,
                partners.size(), links);
    }

    /** Writes the document through a temporary file, then its counts to FILE.expect.json. */
    void write(Path out, long seed, List<String> departements) throws IOException {
        Path target = out.toAbsolutePath();
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            w.write("{\"seed\":" + seed + ",\"departements\":" + strings(departements) + ",\"until\":\"" + until + "\",\n");
            w.write("\"partners\":[");
            for (int i = 0; i < partners.size(); i++) {
                Partner p = partners.get(i);
                w.write((i == 0 ? "\n" : ",\n") + "{\"key\":" + q(p.key()) + ",\"name\":" + q(p.name()) + ",\"kind\":" + q(p.kind())
                        + ",\"commune\":" + q(p.commune()) + "}");
            }
            w.write("],\n\"teams\":[");
            for (int i = 0; i < teams.size(); i++) {
                Team t = teams.get(i);
                w.write((i == 0 ? "\n" : ",\n") + "{\"name\":" + q(t.name()) + ",\"status\":" + q(t.status())
                        + ",\"charterSignedOn\":" + (t.charterSignedOn() == null ? "null" : q(t.charterSignedOn().toString()))
                        + ",\"communes\":" + strings(t.communes()) + ",\"partners\":" + strings(t.partners()) + ",\n \"members\":[");
                for (int m = 0; m < t.members().size(); m++) {
                    Member member = t.members().get(m);
                    w.write((m == 0 ? "" : ",") + "{\"firstName\":" + q(member.firstName()) + ",\"lastName\":" + q(member.lastName())
                            + ",\"joinedOn\":" + q(member.joinedOn().toString())
                            + ",\"leftOn\":" + (member.leftOn() == null ? "null" : q(member.leftOn().toString())) + "}");
                }
                w.write("],\n \"visits\":[");
                for (int v = 0; v < t.visits().size(); v++) {
                    Visit visit = t.visits().get(v);
                    w.write((v == 0 ? "" : ",") + "{\"doneOn\":" + q(visit.doneOn().toString()) + ",\"kind\":" + q(visit.kind())
                            + ",\"commune\":" + q(visit.commune()) + ",\"peopleMet\":" + visit.peopleMet()
                            + ",\"volunteerHours\":" + visit.volunteerHours().toPlainString() + "}");
                }
                w.write("]}");
            }
            w.write("]}\n");
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        Counts c = counts();
        Files.writeString(DemoData.expectationsFile(target), String.format(Locale.ROOT,
                "{\"export\":\"activity\",\"seed\":%d,\"until\":\"%s\",\"teams\":%d,\"active\":%d,\"dormant\":%d,\"projects\":%d,"
                        + "\"members\":%d,\"membersLeft\":%d,\"visits\":%d,\"peopleMet\":%d,\"volunteerHours\":%s,"
                        + "\"partners\":%d,\"partnerLinks\":%d}%n",
                seed, until, c.teams(), c.active(), c.dormant(), c.projects(), c.members(), c.membersLeft(), c.visits(),
                c.peopleMet(), c.volunteerHours().toPlainString(), c.partners(), c.partnerLinks()), StandardCharsets.UTF_8);
    }

    private static String strings(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (String value : values) {
            out.append(out.length() > 1 ? "," : "").append(q(value));
        }
        return out.append(']').toString();
    }

    /** A JSON string literal. */
    static String q(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
