package org.maillage.deployment;

import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.platform.api.personaldata.Person;
import org.maillage.reporting.reports.control.Reports;
import org.maillage.reporting.reports.entity.Narrative;
import org.maillage.reporting.reports.entity.Report;
import org.maillage.testkit.PluginContractTest;

/** The plugin contract, for the reporting plugin. */
@ExtendWith(ArquillianExtension.class)
class ReportingContractIT extends PluginContractTest {

    @Inject
    Reports reports;

    @Override
    protected String pluginId() {
        return "reporting";
    }

    @Override
    protected void storePersonalDataOf(Person person) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Report report = reports.create(String.valueOf(now.getYear()), now);
        reports.write(report.id(), report.version(), new Narrative("Faits", "", "", "", person.email()), now);
    }
}
