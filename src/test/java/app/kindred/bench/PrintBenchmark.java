package app.kindred.bench;

import app.kindred.print.CupsCommandLine;
import app.kindred.print.CupsPdfOutput;
import app.kindred.print.JavaPrintSystem;
import app.kindred.print.Outbox;
import app.kindred.print.PrintOutcome;
import app.kindred.print.PrintRequest;
import app.kindred.print.PrintSettings;
import app.kindred.print.PrintSystem;
import app.kindred.print.Printing;
import app.kindred.print.RetrySchedule;
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * "print": from {@link Printing#print} to the job accepted by CUPS (lp answered with a job id and
 * the queue was checked again), for a one-page A4 handout on the cups-pdf queue "PDF"; median of 10
 * after 3 warm-up runs. References in the same run: {@code lp -d PDF file.pdf} as a bare process,
 * and a bare javax.print submission of the PDF (no checks, no outbox).
 */
public final class PrintBenchmark implements Benchmark {
    private static final String QUEUE = "PDF";
    private static final int WARM = 3;
    private static final int RUNS = 10;
    private static final String TITLE = "kb-print";
    /** Held so the level sticks (java.util.logging keeps loggers only weakly). */
    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("app.kindred.print");

    @Override
    public String name() {
        return "print";
    }

    @Override
    public List<Row> run() throws Exception {
        QUIET.setLevel(java.util.logging.Level.WARNING);
        Path dir = Files.createTempDirectory("kindred-print-bench");
        Path pdf = onePage(dir.resolve("handout.pdf"));
        try {
            double lp = median(this::lpProcess, pdf);
            double accepted;
            double printed;
            double pageable;
            try (Printing printing = printing(new CupsCommandLine(Duration.ofSeconds(10)), dir.resolve("outbox"))) {
                accepted = median(p -> untilAccepted(printing, p), pdf);
                printed = median(p -> untilPrinted(printing, p), pdf);
            }
            double rawJava = median(this::bareJavaxPrint, pdf);
            try (Printing printing = printing(new JavaPrintSystem(Duration.ofSeconds(10)), dir.resolve("outbox-java"))) {
                pageable = median(p -> untilAccepted(printing, p), pdf);
            }
            return List.of(
                    Row.of("print -> accepted by CUPS, 1 page (ref: lp process)", accepted, lp, "ms", "<= 500 ms",
                            accepted <= 500),
                    Row.of("print -> accepted by CUPS, 1 page (ref: bare javax.print)", accepted, rawJava, "ms",
                            "<= 500 ms", accepted <= 500),
                    Row.of("print -> CUPS job completed (cups-pdf), ref: lp", printed, lp, "ms", "(information)", true),
                    Row.of("print.system=java (PDFPageable) -> accepted, ref: lp", pageable, lp, "ms", "(information)",
                            true));
        } finally {
            awaitQueueDrained(); // cups-pdf is still writing the reference jobs' files
            CupsPdfOutput.deleteTitled(TITLE);
            try (var files = Files.walk(dir)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static void awaitQueueDrained() throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            Process p = new ProcessBuilder("lpstat", "-o", QUEUE).redirectErrorStream(true).start();
            String pending = new String(p.getInputStream().readAllBytes()).strip();
            p.waitFor();
            if (pending.isEmpty()) {
                return;
            }
            Thread.sleep(500);
        }
    }

    private static Printing printing(PrintSystem system, Path outbox) {
        PrintSettings s = new PrintSettings(QUEUE, "A4", true, Duration.ofSeconds(10), Duration.ofSeconds(20),
                RetrySchedule.DEFAULT, "cups");
        return new Printing(system, s, new Outbox(outbox), Clock.systemUTC());
    }

    private static double untilAccepted(Printing printing, Path pdf) throws Exception {
        CompletableFuture<Long> accepted = new CompletableFuture<>();
        app.kindred.print.PrintListener firstSent = o -> {
            if (o.status() == PrintOutcome.Status.SENT || o.status() == PrintOutcome.Status.PRINTED) {
                accepted.complete(System.nanoTime());
            }
        };
        printing.addListener(firstSent);
        try {
            long start = System.nanoTime();
            PrintOutcome o = printing.print(new PrintRequest(pdf, TITLE, "", 1)).outcome().get(60, TimeUnit.SECONDS);
            if (!o.onPaper()) {
                throw new IllegalStateException("the benchmark job did not print: "
                        + o.facilitatorMessage(java.util.Locale.ENGLISH));
            }
            return (accepted.get(60, TimeUnit.SECONDS) - start) / 1e6;
        } finally {
            printing.removeListener(firstSent);
        }
    }

    private static double untilPrinted(Printing printing, Path pdf) throws Exception {
        long start = System.nanoTime();
        PrintOutcome o = printing.print(new PrintRequest(pdf, TITLE, "", 1)).outcome().get(60, TimeUnit.SECONDS);
        if (o.status() != PrintOutcome.Status.PRINTED) {
            throw new IllegalStateException("not printed: " + o.facilitatorMessage(java.util.Locale.ENGLISH));
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private double lpProcess(Path pdf) throws Exception {
        long start = System.nanoTime();
        Process p = new ProcessBuilder("lp", "-d", QUEUE, "-t", TITLE, pdf.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("lp failed");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private double bareJavaxPrint(Path pdf) throws Exception {
        long start = System.nanoTime();
        PrintService service = Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equals(QUEUE)).findFirst().orElseThrow();
        DocPrintJob job = service.createPrintJob();
        HashPrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName(TITLE, null));
        try (InputStream in = new FileInputStream(pdf.toFile())) {
            job.print(new SimpleDoc(in, DocFlavor.INPUT_STREAM.PDF, null), attributes);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private interface Measure {
        double ms(Path pdf) throws Exception;
    }

    private static double median(Measure m, Path pdf) throws Exception {
        for (int i = 0; i < WARM; i++) {
            m.ms(pdf);
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            times.add(m.ms(pdf));
        }
        times.sort(Double::compare);
        return (times.get(RUNS / 2 - 1) + times.get(RUNS / 2)) / 2;
    }

    private static Path onePage(Path file) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 18);
                cs.newLineAtOffset(72, 760);
                cs.showText("Daily stress-reducing conversation");
                cs.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
