package org.maillage.reporting.reports.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maillage.reporting.reports.entity.Narrative;
import org.maillage.reporting.reports.entity.Report;

/**
 * A report as a PDF a coordinator hands to partners: its title and state, the coordinator's texts, and the
 * figures month by month (landscape A4, the months as columns). Plain text only: nothing the coordinator
 * wrote is read as markup.
 */
public final class ReportPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ReportPdf() {
    }

    public static void write(String cooperation, Report report, Figures figures, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(report.period().title() + " — " + cooperation);
        document.addCreator("Maillage");
        document.open();
        document.add(new Paragraph(report.period().title() + " — coopération " + cooperation, TITLE));
        document.add(new Paragraph("État : " + report.state().label()
                + (report.submittedAt() == null ? "" : ", transmis le " + DAY.format(report.submittedAt())), TEXT));
        Narrative n = report.narrative();
        section(document, "Faits marquants", n.highlights());
        section(document, "Difficultés", n.difficulties());
        section(document, "Besoins exprimés auprès du réseau", n.needs());
        section(document, "Histoires des équipes", n.teamStories());
        if (n.contactEmail() != null) {
            section(document, "Contact", n.contactEmail());
        }
        document.add(new Paragraph("Chiffres de la période" + (figures.frozen() ? " (tels que transmis)" : " (du jour)"), HEADING));
        document.add(table(figures));
        document.close();
    }

    private static void section(Document document, String title, String text) {
        document.add(new Paragraph(title, HEADING));
        document.add(new Paragraph(text == null || text.isBlank() ? "—" : text, TEXT));
    }

    private static PdfPTable table(Figures figures) {
        List<String> months = figures.months().keySet().stream().sorted().toList();
        PdfPTable table = new PdfPTable(months.size() + 1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        table.addCell(cell("Indicateur", SMALL));
        months.forEach(m -> table.addCell(cell(m, SMALL)));
        NumberFormat number = NumberFormat.getNumberInstance(Locale.FRANCE);
        for (Figures.Figure figure : figures.indicators()) {
            table.addCell(cell(figure.label() + " (" + figure.unit() + ")", SMALL));
            for (String month : months) {
                BigDecimal value = figures.months().getOrDefault(month, Map.of()).get(figure.key());
                PdfPCell cell = cell(value == null ? "—" : number.format(value), SMALL);
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(cell);
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        return new PdfPCell(new Phrase(text, font));
    }
}
