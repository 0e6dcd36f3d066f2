package app.kindred.net.phone;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phone's page from the jar: {@code remote.html} with its words from {@code PhoneMessages}
 * ({@code ${key}}, HTML-escaped), and the words the script shows (keys {@code js.*}) as a JSON block
 * it reads. The page holds no state: that comes from {@code /api/state} once signed in.
 */
final class PhonePage {
    private static final Pattern KEY = Pattern.compile("\\$\\{([a-zA-Z0-9.]+)}");
    private final ResourceBundle words = ResourceBundle.getBundle("app.kindred.net.phone.PhoneMessages");
    private final String html;

    PhonePage() {
        String template = resource("remote.html");
        Matcher m = KEY.matcher(template);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value = key.equals("words") ? scriptWords() : escape(words.getString(key));
            m.appendReplacement(b, Matcher.quoteReplacement(value));
        }
        m.appendTail(b);
        html = b.toString();
    }

    String html() {
        return html;
    }

    String resource(String name) {
        try (InputStream in = PhonePage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the phone remote's " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The script's words as JSON; '<' escaped so nothing in them can end the script block. */
    private String scriptWords() {
        Map<String, String> js = new TreeMap<>();
        for (String key : words.keySet()) {
            if (key.startsWith("js.")) {
                js.put(key.substring(3), words.getString(key));
            }
        }
        StringBuilder b = new StringBuilder("{");
        for (Map.Entry<String, String> e : js.entrySet()) {
            b.append(b.length() > 1 ? "," : "").append(jsonString(e.getKey())).append(':').append(jsonString(e.getValue()));
        }
        return b.append('}').toString();
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
