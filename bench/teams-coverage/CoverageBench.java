import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.maillage.platform.api.territory.CommuneRef;
import org.maillage.teams.coverage.control.Coverage;

/**
 * Times the coverage computation of the teams plugin for a département, on the territory data the
 * platform ships: {@code Coverage.compute} over every commune, with one active team for every 15
 * communes (5 communes each) and volunteers spread over a third of the communes. Run from the
 * repository's root after a build (see README.md).
 */
public class CoverageBench {

    public static void main(String[] args) throws IOException {
        String departement = args.length > 0 ? args[0] : "62";
        List<CommuneRef> communes = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("tenants/src/main/resources/org/maillage/territory/communes.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (line.startsWith("#") || f[0].equals("code") || !f[2].equals(departement)) {
                continue;
            }
            communes.add(new CommuneRef(f[0], f[1], f[2], f[4].isEmpty() ? null : f[4], f[5].isEmpty() ? 0 : Integer.parseInt(f[5])));
        }
        Random random = new Random(62);
        Map<String, List<String>> teams = new HashMap<>();
        for (int t = 0; t < communes.size() / 15; t++) {
            for (int i = 0; i < 5; i++) {
                teams.computeIfAbsent(communes.get(random.nextInt(communes.size())).code(), c -> new ArrayList<>()).add("Équipe " + t);
            }
        }
        Map<String, Long> volunteers = new HashMap<>();
        for (int i = 0; i < communes.size() / 3; i++) {
            volunteers.merge(communes.get(random.nextInt(communes.size())).code(), (long) (1 + random.nextInt(20)), Long::sum);
        }
        Coverage c = null;
        for (int i = 0; i < 2000; i++) {                      // warm-up: let the JIT compile
            c = Coverage.compute(communes, teams, volunteers, i % 2 == 0 ? Coverage.Ranking.POPULATION : Coverage.Ranking.VOLUNTEERS);
        }
        int runs = 5000;
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            c = Coverage.compute(communes, teams, volunteers, i % 2 == 0 ? Coverage.Ranking.POPULATION : Coverage.Ranking.VOLUNTEERS);
            nanos[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf("département %s: %d communes, %d covered, %d zones blanches, %d EPCIs%n", departement, c.communes(),
                c.coveredCommunes(), c.zonesBlanches().size(), c.epcis().size());
        System.out.printf("Coverage.compute over %d runs: median %.3f ms, p95 %.3f ms, max %.3f ms%n", runs,
                nanos[runs / 2] / 1e6, nanos[runs * 95 / 100] / 1e6, nanos[runs - 1] / 1e6);
    }
}
