package app.kindred.content;

/** The four kinds of content file, with the folder each lives in. */
enum Kind {
    EXERCISE("exercise", "exercises", ".yaml"),
    DECK("deck", "exercises/decks", ".yaml"),
    PROGRAMME("programme", "exercises/programmes", ".yaml"),
    HANDOUT("handout", "handouts", ".md");

    final String word;
    final String folder;
    final String extension;

    Kind(String word, String folder, String extension) {
        this.word = word;
        this.folder = folder;
        this.extension = extension;
    }
}
