package app.kindred.handout;

import app.kindred.content.Handout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Development aid: renders every handout in a folder to PDFs (not a test). */
public final class PreviewMain {
    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        List<Handout> handouts = HandoutFiles.folder(in);
        HandoutRenderer r = new HandoutRenderer();
        for (Handout h : handouts) {
            long t = System.nanoTime();
            r.render(h, RenderOptions.defaults(), out.resolve(h.id() + ".pdf"));
            System.out.printf("%s %.1f ms%n", h.id(), (System.nanoTime() - t) / 1e6);
        }
    }
}
