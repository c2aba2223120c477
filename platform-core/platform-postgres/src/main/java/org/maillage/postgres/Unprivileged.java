package org.maillage.postgres;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The user the PostgreSQL binaries run as. PostgreSQL refuses to run as root: run by root, the binaries
 * run as {@code nobody} through {@code setpriv}, and the server's folder belongs to {@code nobody}; run by
 * anyone else, they run as that user.
 *
 * <p>Folders above the server's folder and the binaries are the user's: they are checked, never changed.
 */
final class Unprivileged {

    static final String USER = "nobody";

    private final int uid;
    private final int gid;

    private Unprivileged(int uid, int gid) {
        this.uid = uid;
        this.gid = gid;
    }

    static boolean isRoot() {
        return new UnixSystem().getUid() == 0;
    }

    /** @return the unprivileged user when this process is root, else null (the binaries run as this process's user) */
    static Unprivileged whenRoot() {
        return isRoot() ? new Unprivileged(id("-u"), id("-g")) : null;
    }

    /** @return {@code command} run as this user */
    List<String> command(List<String> command) {
        List<String> all = new ArrayList<>(List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups"));
        all.addAll(command);
        return all;
    }

    /** Hands {@code folder} and everything in it to this user. */
    void own(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (!Integer.valueOf(uid).equals(Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS))) {
                    Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
                    Files.setAttribute(path, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot hand " + folder + " to the user " + USER + ": " + e.getMessage(), e);
        }
    }

    /**
     * Fails, saying what to do, when this user cannot go through every folder above {@code path}.
     *
     * @param what what {@code path} is, for the message ("the database folder")
     * @param remedy what the person can do instead
     */
    void checkCanReach(Path path, String what, String remedy) {
        for (Path folder = path.toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
            try {
                int mode = (Integer) Files.getAttribute(folder, "unix:mode");
                int owner = (Integer) Files.getAttribute(folder, "unix:uid");
                int group = (Integer) Files.getAttribute(folder, "unix:gid");
                int bit = owner == uid ? 0100 : group == gid ? 0010 : 0001;
                if ((mode & bit) == 0) {
                    throw new IllegalStateException(String.format(
                            "PostgreSQL refuses to run as root, so it runs as the user %s, who cannot enter %s (mode %o, owner uid %d),"
                            + " on the way to %s (%s). %s Maillage does not change the rights of your folders.",
                            USER, folder, mode & 07777, owner, path, what, remedy));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static int id(String option) {
        try {
            Process id = new ProcessBuilder("id", option, USER).redirectErrorStream(true).start();
            String out = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (id.waitFor() != 0) {
                throw new IllegalStateException("PostgreSQL refuses to run as root, and this machine has no user " + USER
                        + " to run it as (id " + option + " " + USER + ": " + out + "). Run Maillage as a non-root user.");
            }
            return Integer.parseInt(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
