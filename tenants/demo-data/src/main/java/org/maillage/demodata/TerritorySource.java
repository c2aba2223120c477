package org.maillage.demodata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the territory reference files (communes.tsv, postcodes.tsv, departements.tsv) are read from:
 * a folder given on the command line, else the classpath resource {@code org/maillage/territory/} (the
 * maillage-tenants JAR, a dependency of this module), else the folder of the repository found by walking
 * up from the working directory.
 */
final class TerritorySource {

    static final String RESOURCE_FOLDER = "org/maillage/territory/";
    static final Path REPOSITORY_FOLDER = Path.of("tenants", "src", "main", "resources", "org", "maillage", "territory");

    private final Path directory;

    private TerritorySource(Path directory) {
        this.directory = directory;
    }

    static TerritorySource classpath() {
        return new TerritorySource(null);
    }

    static TerritorySource directory(Path directory) throws UsageException {
        if (!Files.isRegularFile(directory.resolve("communes.tsv"))) {
            throw new UsageException("no communes.tsv in territory folder " + directory.toAbsolutePath());
        }
        return new TerritorySource(directory);
    }

    /** The explicit folder if given, else the classpath, else the repository folder above {@code workingDirectory}. */
    static TerritorySource locate(Path explicitDirectory, Path workingDirectory) throws UsageException {
        if (explicitDirectory != null) {
            return directory(explicitDirectory);
        }
        if (TerritorySource.class.getClassLoader().getResource(RESOURCE_FOLDER + "communes.tsv") != null) {
            return classpath();
        }
        for (Path dir = workingDirectory.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(REPOSITORY_FOLDER);
            if (Files.isRegularFile(candidate.resolve("communes.tsv"))) {
                return new TerritorySource(candidate);
            }
        }
        throw new UsageException("territory reference data not found: neither " + RESOURCE_FOLDER
                + " on the classpath nor " + REPOSITORY_FOLDER + " above " + workingDirectory.toAbsolutePath()
                + "; pass --territory DIR");
    }

    InputStream open(String fileName) throws IOException {
        if (directory != null) {
            return Files.newInputStream(directory.resolve(fileName));
        }
        InputStream in = TerritorySource.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + fileName);
        if (in == null) {
            throw new IOException("classpath resource " + RESOURCE_FOLDER + fileName + " not found");
        }
        return in;
    }

    String describe() {
        return directory != null ? directory.toString() : "classpath:" + RESOURCE_FOLDER;
    }
}
