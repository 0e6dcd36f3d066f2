package app.kindred.handout;

import java.time.Instant;

/**
 * @param formFields add fillable fields over every write-in area (off: a print-only PDF, smaller)
 * @param created    creation date written into the metadata; null means now
 * @param language   BCP 47 language tag of the text, e.g. "en"
 * @param bookmarks  add an outline even for a single section
 */
public record RenderOptions(Paper paper, boolean formFields, Instant created, String language, boolean bookmarks) {
    public RenderOptions {
        paper = paper == null ? Paper.A4 : paper;
        language = language == null || language.isBlank() ? "en" : language;
    }

    public static RenderOptions defaults() {
        return new RenderOptions(Paper.A4, true, null, "en", false);
    }

    public RenderOptions withPaper(Paper p) {
        return new RenderOptions(p, formFields, created, language, bookmarks);
    }

    public RenderOptions withFormFields(boolean on) {
        return new RenderOptions(paper, on, created, language, bookmarks);
    }

    public RenderOptions withCreated(Instant at) {
        return new RenderOptions(paper, formFields, at, language, bookmarks);
    }
}
