package app.kindred.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The font configuration Kindred hands Java names only fonts that are there. */
class JavaFontConfigTest {
    @TempDir
    Path truetype;

    @Test
    void withoutDejaVuThereIsNoFileAndJavaAsksFontconfig() throws Exception {
        touch("noto/NotoSansArabic-Regular.ttf");

        assertThat(JavaFontConfig.text(truetype)).isNull();
        assertThat(JavaFontConfig.write(truetype.resolve("out"), truetype)).isNull();
        assertThat(truetype.resolve("out")).doesNotExist();
    }

    @Test
    void theLogicalFontsAreDejaVuAndOnlyInstalledFallbacksAreListed() throws Exception {
        for (String face : new String[] {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique",
            "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic", "DejaVuSansMono",
            "DejaVuSansMono-Bold", "DejaVuSansMono-Oblique", "DejaVuSansMono-BoldOblique"}) {
            touch("dejavu/" + face + ".ttf");
        }
        touch("noto/NotoSansArabic-Regular.ttf");
        touch("droid/DroidSansFallbackFull.ttf");

        String text = JavaFontConfig.text(truetype);

        assertThat(text).contains("dialog.plain.latin-1=DejaVuSans\n", "dialog.bold.latin-1=DejaVuSans Bold\n",
                "monospaced.italic.latin-1=DejaVuSansMono Oblique\n", "sequence.allfonts=latin-1\n",
                "allfonts.f0=NotoSansArabic Regular\n", "allfonts.f1=DroidSansFallbackFull\n", "sequence.fallback=f0,f1\n",
                "filename.DejaVuSans_Bold=" + truetype.resolve("dejavu/DejaVuSans-Bold.ttf"));
        assertThat(text).doesNotContain("Hebrew", "Thai", "Symbola");
    }

    private void touch(String file) throws Exception {
        Path p = truetype.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "");
    }
}
