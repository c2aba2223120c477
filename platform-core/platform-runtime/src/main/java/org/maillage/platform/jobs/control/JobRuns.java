package org.maillage.platform.jobs.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The table {@code platform_job_run}: a job's run for one cooperation is claimed by one conditional update, as the
 * outbox claims a message — {@code set lease_until = now + lease where next_run_at <= now and (lease_until is null or
 * lease_until < now)} — and counts only when it changed the row. PostgreSQL serialises the updates of a row and the
 * second re-checks the condition after the first commits (read committed), so two instances never both win a run.
 */
final class JobRuns {

    private JobRuns() {
    }

    /**
     * Claims the due run of {@code job} for {@code cooperation} ({@code ""} for the whole network); a pair never seen
     * before is first recorded as due {@code firstAfter} from now.
     *
     * @return whether this instance won the run and must do it
     */
    static boolean claim(Connection connection, String job, String cooperation, String instance, OffsetDateTime now,
            Duration firstAfter, Duration lease) throws SQLException {
        try (PreparedStatement first = connection.prepareStatement(
                "insert into platform_job_run (job, cooperation, next_run_at) values (?, ?, ?) on conflict do nothing")) {
            first.setString(1, job);
            first.setString(2, cooperation);
            first.setObject(3, now.plus(firstAfter));
            first.executeUpdate();
        }
        try (PreparedStatement claim = connection.prepareStatement("update platform_job_run set lease_until = ?, taken_by = ?"
                + " where job = ? and cooperation = ? and next_run_at <= ? and (lease_until is null or lease_until < ?)")) {
            claim.setObject(1, now.plus(lease));
            claim.setString(2, instance);
            claim.setString(3, job);
            claim.setString(4, cooperation);
            claim.setObject(5, now);
            claim.setObject(6, now);
            return claim.executeUpdate() == 1;
        }
    }

    /**
     * Records the end of a run this instance holds: the next one is due {@code every} after {@code end}. Does nothing
     * when the lease was lost (the run outlasted it and another instance claimed it).
     *
     * @param error what failed, already redacted, or null
     */
    static void finish(Connection connection, String job, String cooperation, String instance, OffsetDateTime end,
            Duration every, String error) throws SQLException {
        try (PreparedStatement finish = connection.prepareStatement("update platform_job_run set lease_until = null, taken_by = null,"
                + " last_run_at = ?, next_run_at = ?, last_error = ? where job = ? and cooperation = ? and taken_by = ?")) {
            finish.setObject(1, end);
            finish.setObject(2, end.plus(every));
            finish.setString(3, error == null ? null : error.substring(0, Math.min(error.length(), 1000)));
            finish.setString(4, job);
            finish.setString(5, cooperation);
            finish.setString(6, instance);
            finish.executeUpdate();
        }
    }

    /** @return every job's runs, by job then cooperation */
    static List<JobRun> list(Connection connection, OffsetDateTime now) throws SQLException {
        List<JobRun> runs = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select job, cooperation, next_run_at, last_run_at, last_error,"
                + " lease_until is not null and lease_until >= ? from platform_job_run order by job, cooperation");) {
            select.setObject(1, now);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    runs.add(new JobRun(row.getString(1), row.getString(2), row.getObject(3, OffsetDateTime.class),
                            row.getObject(4, OffsetDateTime.class), row.getString(5), row.getBoolean(6)));
                }
            }
        }
        return runs;
    }
}
