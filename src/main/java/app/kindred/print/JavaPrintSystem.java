package app.kindred.print;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import javax.print.attribute.standard.Sides;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Printing through javax.print and PDFBox's {@link PDFPageable} (pages at actual size), for systems
 * without the CUPS tools ({@code print.system=java}). Measured limits on Linux/CUPS, JDK 17: the
 * service reports whether a queue accepts jobs but not whether it is stopped, gives no job id,
 * runs {@code /usr/bin/lpr} without a time limit (Kindred's own limit applies), and the printed PDF
 * has text as outlines. A missing {@code lpr} is reported before Java tries it.
 */
public final class JavaPrintSystem implements PrintSystem {
    private final Path lpr;

    public JavaPrintSystem(Duration timeout) {
        this(Path.of("/usr/bin/lpr"));
    }

    /** @param lpr where the JDK will look for lpr on Linux (fixed in the JDK; a parameter for tests) */
    JavaPrintSystem(Path lpr) {
        this.lpr = lpr;
    }

    @Override
    public String describe() {
        return "javax.print";
    }

    @Override
    public List<PrinterInfo> printers() {
        PrintService def = PrintServiceLookup.lookupDefaultPrintService();
        List<PrinterInfo> list = new ArrayList<>();
        for (PrintService s : PrintServiceLookup.lookupPrintServices(null, null)) {
            list.add(new PrinterInfo(s.getName(), s.getName(), def != null && def.getName().equals(s.getName())));
        }
        return list;
    }

    @Override
    public Optional<String> defaultPrinter() {
        return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService()).map(PrintService::getName);
    }

    @Override
    public QueueState queueState(String printer) {
        Optional<PrintService> service = find(printer);
        if (service.isEmpty()) {
            return QueueState.missing(printer);
        }
        PrinterIsAcceptingJobs accepting = service.get().getAttribute(PrinterIsAcceptingJobs.class);
        return new QueueState(printer, true, true, true, false,
                accepting == null || accepting == PrinterIsAcceptingJobs.ACCEPTING_JOBS, "");
    }

    @Override
    public boolean supportsDuplex(String printer) {
        return find(printer).map(s -> s.isAttributeValueSupported(Sides.DUPLEX, null, null)).orElse(false);
    }

    @Override
    public String submit(Submission s) throws PrintSystemException {
        if (isLinux() && !Files.isExecutable(lpr)) {
            throw new PrintSystemException(Problem.TOOL_MISSING, lpr.toString());
        }
        PrintService service = find(s.printer())
                .orElseThrow(() -> new PrintSystemException(Problem.UNKNOWN_PRINTER, s.printer()));
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new Copies(s.copies()));
        attributes.add(new JobName(s.title(), null));
        attributes.add(s.duplex() ? Sides.DUPLEX : Sides.ONE_SIDED);
        attributes.add("letter".equalsIgnoreCase(s.paper()) ? MediaSizeName.NA_LETTER : MediaSizeName.ISO_A4);
        try (PDDocument doc = Loader.loadPDF(s.pdf().toFile())) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(s.title());
            job.setPageable(new PDFPageable(doc));
            job.print(attributes);
            return "";
        } catch (IOException e) {
            throw new PrintSystemException(Problem.BAD_DOCUMENT, e.getMessage(), e);
        } catch (PrinterException e) {
            String said = String.valueOf(e.getMessage());
            if (said.contains("not accepting")) {
                throw new PrintSystemException(Problem.QUEUE_REJECTING, said, e);
            }
            throw new PrintSystemException(Problem.SUBMIT_FAILED, said, e);
        }
    }

    @Override
    public JobState jobState(String systemJobId) {
        return JobState.UNKNOWN;
    }

    @Override
    public void cancel(String systemJobId) {
        // javax.print gives no job id to cancel by.
    }

    private static Optional<PrintService> find(String name) {
        for (PrintService s : PrintServiceLookup.lookupPrintServices(null, null)) {
            if (s.getName().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }
}
