package app.kindred.print;

import java.time.Duration;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** See {@link RequiresCups}. */
public final class CupsCondition implements ExecutionCondition {
    public static final String QUEUE = "PDF";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String missing = whatIsMissing();
        if (missing == null) {
            return ConditionEvaluationResult.enabled("CUPS is running with a " + QUEUE + " queue");
        }
        String reason = "CUPS is missing: " + missing + ". Run scripts/setup.sh (as root) to install and start it.";
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true and " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }

    /** Null when CUPS answers and the PDF queue exists, else what is wrong in plain words. */
    static String whatIsMissing() {
        try {
            QueueState q = new CupsCommandLine(Duration.ofSeconds(5)).queueState(QUEUE);
            if (!q.schedulerRunning()) {
                return "the CUPS scheduler (cupsd) is not running";
            }
            if (!q.exists()) {
                return "there is no \"" + QUEUE + "\" queue (lpadmin -p PDF -E -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd)";
            }
            return null;
        } catch (PrintSystemException e) {
            return e.problem() == Problem.TOOL_MISSING ? "the CUPS command-line tools are not installed (" + e.detail() + ")"
                    : e.getMessage();
        }
    }
}
