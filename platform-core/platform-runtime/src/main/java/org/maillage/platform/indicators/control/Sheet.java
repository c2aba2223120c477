package org.maillage.platform.indicators.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table (a header and rows of texts and numbers) written as CSV for spreadsheets in French (UTF-8 with a
 * BOM, « ; », quoted where needed) or as XLSX (streamed, numbers as numbers). A text that a spreadsheet
 * would take for a formula ({@code = + - @}, tab, carriage return) is prefixed with an apostrophe.
 */
public record Sheet(String name, List<String> header, List<List<Object>> rows) {

    public void csv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        line(writer, header.stream().map(Object.class::cast).toList());
        for (List<Object> row : rows) {
            line(writer, row);
        }
        writer.flush();
    }

    public void xlsx(OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            SXSSFSheet sheet = workbook.createSheet(name);
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof BigDecimal number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(safe(value.toString()));
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void line(Writer writer, List<Object> values) throws IOException {
        for (int c = 0; c < values.size(); c++) {
            if (c > 0) {
                writer.write(';');
            }
            Object value = values.get(c);
            if (value instanceof BigDecimal number) {
                writer.write(number.toPlainString().replace('.', ','));
            } else if (value != null) {
                writer.write(quoted(safe(value.toString())));
            }
        }
        writer.write("\r\n");
    }

    static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String quoted(String text) {
        return text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
