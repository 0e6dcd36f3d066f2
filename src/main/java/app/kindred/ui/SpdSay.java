package app.kindred.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Speech through speech-dispatcher's {@code spd-say} (packages {@code speech-dispatcher} and
 * {@code speech-dispatcher-espeak-ng}, installed by scripts/setup.sh), which starts the speech
 * daemon itself when it is not running. One process per text, on a thread of its own; the text
 * goes as an argument, never through a shell. A missing {@code spd-say} is logged once and the
 * kiosk carries on silent.
 */
public final class SpdSay implements SpeechService {
    /** Not a static field: java.util.logging starts off the start-up path (see app.Logging). */
    private static Logger log() {
        return Logger.getLogger(SpdSay.class.getName());
    }

    private final String command;
    private final int volume;
    /** Added to spd-say's environment, e.g. SPEECHD_ADDRESS for a private speech service in a test. */
    private final Map<String, String> environment;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kindred-speech");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean missing;

    /** @param volume 0..100 per cent (the {@code speechVolume} setting) */
    public SpdSay(int volume) {
        this("spd-say", volume);
    }

    SpdSay(String command, int volume) {
        this(command, volume, Map.of());
    }

    /** A voice that talks to the speech service {@code environment} names (SPEECHD_ADDRESS). */
    public SpdSay(String command, int volume, Map<String, String> environment) {
        this.command = command;
        this.volume = Math.max(0, Math.min(100, volume));
        this.environment = Map.copyOf(environment);
    }

    /** spd-say's arguments for a text: volume -100..100, cancel what is being said, the text last. */
    List<String> arguments(String text) {
        List<String> args = new ArrayList<>();
        args.add(command);
        args.add("--volume=" + (volume * 2 - 100));
        args.add("--priority=important"); // interrupts and cancels what an earlier step still says
        args.add("--");
        args.add(text);
        return args;
    }

    @Override
    public void say(String text) {
        if (text == null || text.isBlank() || missing) {
            return;
        }
        worker.execute(() -> run(arguments(text)));
    }

    @Override
    public void stop() {
        if (!missing) {
            worker.execute(() -> run(List.of(command, "--cancel")));
        }
    }

    private void run(List<String> args) {
        try {
            ProcessBuilder b = new ProcessBuilder(args).redirectErrorStream(true);
            b.environment().putAll(environment);
            Process p = b.start();
            p.getOutputStream().close();
            // spd-say hands the text over and ends (it does not wait for the speech); what it says
            // goes to the log when it fails, e.g. a speech service that cannot be reached. Its
            // output never contains the text.
            String said = new String(p.getInputStream().readNBytes(2000), java.nio.charset.StandardCharsets.UTF_8).strip();
            if (!p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                log().warning("spd-say did not end within 10 s");
            } else if (p.exitValue() != 0) {
                log().log(Level.WARNING, "spd-say failed ({0}): {1}", new Object[] {p.exitValue(), said});
            }
        } catch (IOException e) {
            missing = true;
            log().log(Level.WARNING, "Speech is off: {0} could not run ({1})", new Object[] {command, e.getMessage()});
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
