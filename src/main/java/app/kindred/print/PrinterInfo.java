package app.kindred.print;

/** One print queue as the console lists it. */
public record PrinterInfo(String name, String description, boolean isDefault) {
}
