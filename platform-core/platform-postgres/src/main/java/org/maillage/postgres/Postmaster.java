package org.maillage.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The server recorded in a data folder's {@code postmaster.pid}: one left running by a launcher that was
 * killed is found again; a file left by a server that died is removed (its pid may belong to another
 * process by now, which would make PostgreSQL refuse to start).
 *
 * @param pid the postmaster's process id
 * @param port the port it listens on
 */
record Postmaster(long pid, int port) {

    /** @return the server running on {@code data}, after removing a stale pid file */
    static Optional<Postmaster> running(Path data) {
        Path file = data.resolve("postmaster.pid");
        List<String> lines;
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.size() >= 4 && lines.get(0).strip().matches("\\d+") && lines.get(3).strip().matches("\\d+")) {
            Postmaster postmaster = new Postmaster(Long.parseLong(lines.get(0).strip()), Integer.parseInt(lines.get(3).strip()));
            if (postmaster.serves(data)) {
                return Optional.of(postmaster);
            }
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the stale " + file + ": " + e.getMessage(), e);
        }
        System.err.println("[postgres] Removed the stale " + file + " (no server of that folder runs any more).");
        return Optional.empty();
    }

    /** @return whether the process is alive and is a PostgreSQL server of {@code data} */
    private boolean serves(Path data) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .flatMap(process -> process.info().commandLine())
                .filter(line -> line.contains("postgres") && line.contains(data.toString()))
                .isPresent();
    }

    /** @return whether the process has ended */
    boolean ended() {
        return ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
    }
}
