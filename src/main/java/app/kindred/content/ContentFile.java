package app.kindred.content;

import java.nio.file.Path;

/**
 * One file to load.
 *
 * @param kind   null when the kind must be guessed from the keys (a .yaml file outside the folders)
 * @param report false for files loaded only so references from the reported files can be checked
 */
record ContentFile(Path path, String display, Kind kind, boolean report) {
    String stem() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
