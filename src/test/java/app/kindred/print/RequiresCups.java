package app.kindred.print;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks tests that need a running CUPS with a {@code PDF} queue (cups-pdf). Without one they are
 * skipped with a plain reason, except under {@code CI=true}, where a missing CUPS fails them:
 * CI always runs them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(CupsCondition.class)
public @interface RequiresCups {
}
