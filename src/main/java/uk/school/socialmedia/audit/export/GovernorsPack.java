package uk.school.socialmedia.audit.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.Range;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.audit.ChainHead;

/**
 * The governors' pack (PDF): summary tables and charts drawn from the {@link PackFigures} of one
 * export. Charts are drawn by JFreeChart straight into the PDF as vector graphics, so they print
 * sharply and need no image files. The pack cannot carry the SHA-256 of the manifest that lists
 * its own SHA-256: it names the chain head and the hashes of the record files, and says where the
 * manifest's hash is kept.
 */
@Component
class GovernorsPack {

  private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
  private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
  private static final Font TEXT = new Font(Font.HELVETICA, 9);
  private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK);

  /** What the pack says about the export it belongs to. */
  record Cover(String schoolName, String exportId, String requestedBy, String requestedAt,
      String period, String scope, ChainHead chainHead, Map<String, String> recordFileHashes) {}

  void write(Cover cover, PackFigures figures, DisclosureRules rules, OutputStream out)
      throws IOException {
    Document document = new Document(PageSize.A4, 40, 40, 40, 40);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      document.addTitle(cover.schoolName() + " - governors' audit pack");
      document.open();
      document.add(new Paragraph(cover.schoolName() + ": governors' audit pack", TITLE));
      document.add(new Paragraph("Policy 1.4: communication on official platforms is clear, "
          + "transparent and open to scrutiny.", TEXT));
      document.add(table(List.of("", ""), List.of(
          List.of("Period", cover.period()),
          List.of("Scope", cover.scope()),
          List.of("Exported by", cover.requestedBy()),
          List.of("Requested at", cover.requestedAt()),
          List.of("Export id", cover.exportId()))));

      heading(document, "Tamper evidence");
      ChainHead head = cover.chainHead();
      List<List<String>> evidence = new ArrayList<>();
      evidence.add(List.of("Audit chain head: sequence", Long.toString(head.sequence())));
      evidence.add(List.of("Audit chain head: hash", head.hash()));
      evidence.add(List.of("Audit chain sealed at", head.sealedAt().toString()));
      cover.recordFileHashes().forEach((file, sha) -> evidence.add(List.of("SHA-256 of " + file,
          sha)));
      document.add(table(List.of("", ""), evidence));
      document.add(new Paragraph("manifest.json lists every file of this export with its SHA-256, "
          + "this pack included. The SHA-256 of manifest.json itself is kept on the export's "
          + "record (the governors' page and GET /api/audit/exports/" + cover.exportId() + ").",
          TEXT));

      heading(document, "Processes started, per month");
      Set<String> processes = new TreeSet<>(figures.startedPerProcess.keySet());
      List<String> header = new ArrayList<>(List.of("Month"));
      header.addAll(processes);
      List<List<String>> months = new ArrayList<>();
      DefaultCategoryDataset perMonth = new DefaultCategoryDataset();
      figures.startedPerMonth.forEach((month, counts) -> {
        List<String> row = new ArrayList<>(List.of(month.toString()));
        processes.forEach(process -> {
          long count = counts.getOrDefault(process, 0L);
          row.add(Long.toString(count));
          perMonth.addValue(count, process, month.toString());
        });
        months.add(row);
      });
      document.add(table(header, months));
      chart(writer, document, ChartFactory.createStackedBarChart(null, "Month", "Started",
          perMonth, PlotOrientation.VERTICAL, true, false, false));

      heading(document, "Approval turnaround");
      List<List<String>> turnaround = new ArrayList<>();
      DefaultCategoryDataset hours = new DefaultCategoryDataset();
      figures.approvals.forEach((process, t) -> {
        turnaround.add(List.of(process, Long.toString(t.count), hours(t.meanHours()),
            hours(t.longestHours())));
        hours.addValue(t.meanHours(), "mean hours", process);
      });
      document.add(table(List.of("Process", "Decisions", "Mean hours", "Longest hours"),
          turnaround));
      chart(writer, document, ChartFactory.createBarChart(null, "Process", "Mean hours to decide",
          hours, PlotOrientation.HORIZONTAL, false, false, false));

      heading(document, "Overdue and escalated items");
      Set<String> late = new TreeSet<>(figures.overduePerProcess.keySet());
      late.addAll(figures.escalationsPerProcess.keySet());
      document.add(table(List.of("Process", "Tasks finished late or still overdue",
          "Reminders and escalations (clocks run out)"), late.stream().map(process -> List.of(
              process, Long.toString(figures.overduePerProcess.getOrDefault(process, 0L)),
              Long.toString(figures.escalationsPerProcess.getOrDefault(process, 0L))))
          .toList()));

      heading(document, "AUP completion per version");
      document.add(table(List.of("Version", "Asked to sign", "Signed", "Per cent"),
          figures.aupCompletion));
      DefaultCategoryDataset aup = new DefaultCategoryDataset();
      figures.aupCompletion.forEach(row -> {
        aup.addValue(Long.parseLong(row.get(1)), "asked", "v" + row.get(0));
        aup.addValue(Long.parseLong(row.get(2)), "signed", "v" + row.get(0));
      });
      chart(writer, document, ChartFactory.createBarChart(null, "AUP version", "Staff", aup,
          PlotOrientation.VERTICAL, true, false, false));

      heading(document, "Parental consent coverage");
      document.add(table(List.of("Purpose", "Year group", "Learners", "With consent", "Per cent"),
          figures.consentCoverage.stream().map(row -> {
            List<String> named = new ArrayList<>(row);
            named.set(0, readable(row.get(0)));
            return named;
          }).toList()));

      heading(document, "Safeguarding concerns (aggregates only)");
      document.add(new Paragraph("No concern is shown on its own. Figures are for whole school "
          + "terms, counted once when the term closed and never changed after; a term still "
          + "running shows none. Every row is always listed. Counts below " + rules.threshold()
          + " (zero included) read \"" + rules.suppressed() + "\", the others are rounded to "
          + "the nearest 5, and \"withheld\" hides a figure that would let the total reveal a "
          + "small one.", TEXT));
      document.add(table(List.of("Term", "Measure", "Value", "Figure"),
          figures.concernFigures.stream().map(row -> List.of(row.get(0), readable(row.get(1)),
              readable(row.get(2)), row.get(3))).toList()));

      heading(document, "Records in this export");
      document.add(table(List.of("File", "Records"), figures.records.entrySet().stream()
          .map(e -> List.of(e.getKey().file() + ".csv", Long.toString(e.getValue()))).toList()));
      document.add(new Paragraph(ExportReadme.PRIVACY, TEXT));
      document.close();
    } catch (DocumentException e) {
      throw new IOException("The governors' pack could not be written", e);
    }
  }

  static String when(java.time.ZonedDateTime time) {
    return WHEN.format(time);
  }

  private static String hours(double hours) {
    return String.format(Locale.UK, "%.1f", hours);
  }

  private static void heading(Document document, String text) throws DocumentException {
    Paragraph heading = new Paragraph(text, HEADING);
    heading.setSpacingBefore(14);
    heading.setSpacingAfter(6);
    document.add(heading);
  }

  private static PdfPTable table(List<String> header, List<List<String>> rows) {
    PdfPTable table = new PdfPTable(header.size());
    table.setWidthPercentage(100);
    if (header.size() == 2) {
      // label and value: room for a SHA-256 on one line
      table.setWidths(new float[] {1, 3});
    }
    table.setHorizontalAlignment(Element.ALIGN_LEFT);
    if (header.stream().anyMatch(h -> !h.isEmpty())) {
      header.forEach(h -> {
        PdfPCell cell = new PdfPCell(new Phrase(h, BOLD));
        cell.setBackgroundColor(new Color(230, 236, 242));
        table.addCell(cell);
      });
      table.setHeaderRows(1);
    }
    if (rows.isEmpty()) {
      PdfPCell none = new PdfPCell(new Phrase("None in this period.", TEXT));
      none.setColspan(header.size());
      table.addCell(none);
    }
    rows.forEach(row -> row.forEach(value -> table.addCell(new Phrase(value, TEXT))));
    return table;
  }

  /**
   * A figure's machine name as a governor reads it: {@code byCategory} reads "Category",
   * {@code meanHoursToAcknowledge} "Mean hours to acknowledge", {@code NOT_YET_TRIAGED}
   * "Not yet triaged"; anything else (months, activity names) is shown as it is.
   */
  static String readable(String name) {
    if (DisclosureRules.ABOUT_STAFF_OR_HEAD.equals(name)) {
      return "About a member of staff or the Head";
    }
    String words;
    if (name.matches("[A-Z][A-Z_]*")) {
      words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
    } else if (name.matches("[a-z]+([A-Z][a-z]*)*")) {
      words = name.replaceFirst("^by(?=[A-Z])", "").replaceAll("(?<=[a-z])(?=[A-Z])", " ")
          .toLowerCase(Locale.ROOT);
    } else {
      return name;
    }
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static void chart(PdfWriter writer, Document document, JFreeChart chart)
      throws DocumentException {
    float width = document.right() - document.left();
    float height = 220;
    PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
    Graphics2D graphics = template.createGraphics(width, height);
    chart.setBackgroundPaint(Color.WHITE);
    if (chart.getPlot() instanceof CategoryPlot plot
        && plot.getRangeAxis() instanceof NumberAxis axis) {
      // whole numbers from zero, and a readable scale when every value is zero
      axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
      Range values = plot.getDataRange(axis);
      axis.setRange(0, Math.max(1, values == null ? 0 : values.getUpperBound() * 1.1));
    }
    chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
    graphics.dispose();
    document.add(Image.getInstance(template));
  }
}
