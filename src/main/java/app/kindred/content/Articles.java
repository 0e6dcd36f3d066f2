package app.kindred.content;

import java.util.List;

/**
 * The five articles Kindred's practices come from, as credited in every {@code sources:} list. This
 * table is the one the validator checks against; docs/CONTENT-FORMAT.md and the handout
 * {@code credits-and-reading} list the same titles (a test keeps the three in step). The article
 * texts themselves are not needed at run time.
 */
public final class Articles {
    /**
     * One article.
     *
     * @param file      the name the text was received under (in the project's shared folder)
     * @param title     the title to use in {@code sources}
     * @param author    the author as the article gives it, or null when it names none
     * @param published the publication date as the article gives it, or null
     */
    public record Article(String file, String title, String author, String published) {
    }

    public static final List<Article> ALL = List.of(
            new Article("000_1da17c5896edab21.txt", "Building Emotional Intimacy: Connecting on a Deeper Level",
                    null, null),
            new Article("001_0fa91349b15f6acd.txt", "Understanding Emotional Intimacy (untitled blog post)",
                    "Maisie Alicea", null),
            new Article("002_1f20022b8b2a692c.txt", "5 Steps to Building Emotional Intimacy in Relationships",
                    null, null),
            new Article("003_1e702d186f5c48b9.txt", "Nurturing Emotional Intimacy in Your Relationship", null, null),
            new Article("004_ec16794c3a540b34.txt",
                    "Understand Emotional Intimacy And Learn How To Deepen Your Emotional Connection",
                    null, "29 September 2024"));

    private Articles() {
    }

    /** The titles, in file order. */
    public static List<String> titles() {
        return ALL.stream().map(Article::title).toList();
    }
}
