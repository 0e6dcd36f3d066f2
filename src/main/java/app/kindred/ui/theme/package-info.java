/**
 * The look of Kindred: three FlatLaf themes (light, dark, high contrast) whose colours live in the
 * {@code .properties} file next to each class, plus {@code FlatLaf.properties} in this package's
 * resource folder for what all themes share (Roboto sizes, style classes such as {@code display},
 * {@code turn}, {@code countdown}, {@code primary}, {@code card}). Java code never creates a
 * {@code Font} or a {@code Color}; it asks {@link app.kindred.ui.Theme} or uses a style class.
 */
package app.kindred.ui.theme;
