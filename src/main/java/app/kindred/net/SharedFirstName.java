package app.kindred.net;

import java.util.regex.Pattern;

/**
 * The only words that may leave a couple's kiosk: a first name they chose to share with the
 * facilitator. One word of letters (an apostrophe or hyphen inside), at most 24 characters, so no
 * sentence can travel in it.
 */
public record SharedFirstName(String value) {
    private static final Pattern ONE_NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]{0,23}");

    public SharedFirstName {
        if (value == null || !ONE_NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("a shared first name is one word of letters, at most 24");
        }
    }
}
