package app.kindred.handout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font for text typed into form fields: Roboto embedded in full, so a viewer can show any
 * Latin, Greek or Cyrillic text a person types. Building that embedding (compressing 170 KB, widths
 * and a ToUnicode map for every glyph) took most of a worksheet's render time, so it is built once
 * per process and each document gets a copy of the finished PDF objects, streams copied as their
 * already-compressed bytes (the saving per document is in docs/TIMINGS.md).
 */
final class FormFont {
    private final FontLibrary fonts;
    private COSDictionary template;
    private final Map<COSStream, byte[]> rawStreams = new IdentityHashMap<>();
    @SuppressWarnings("unused")
    private PDDocument owner; // keeps the template's objects alive

    FormFont(FontLibrary fonts) {
        this.fonts = fonts;
    }

    /** A fresh copy of the font dictionary for one document (call under the font lock). */
    COSDictionary copy() throws IOException {
        if (template == null) {
            owner = new PDDocument();
            PDType0Font font = PDType0Font.load(owner, fonts.primary(FontStyle.REGULAR).font(), false);
            template = font.getCOSObject();
        }
        return (COSDictionary) clone(template, new IdentityHashMap<>());
    }

    private COSBase clone(COSBase base, Map<COSBase, COSBase> done) throws IOException {
        if (base instanceof COSObject indirect) {
            return clone(indirect.getObject(), done);
        }
        COSBase seen = done.get(base);
        if (seen != null) {
            return seen;
        }
        if (base instanceof COSStream stream) {
            COSStream copy = new COSStream();
            done.put(base, copy);
            for (Map.Entry<COSName, COSBase> e : stream.entrySet()) {
                if (!e.getKey().equals(COSName.LENGTH)) {
                    copy.setItem(e.getKey(), clone(e.getValue(), done));
                }
            }
            byte[] raw = rawStreams.get(stream);
            if (raw == null) {
                try (InputStream in = stream.createRawInputStream()) {
                    raw = in.readAllBytes();
                }
                rawStreams.put(stream, raw);
            }
            try (OutputStream out = copy.createRawOutputStream()) {
                out.write(raw);
            }
            return copy;
        }
        if (base instanceof COSDictionary dict) {
            COSDictionary copy = new COSDictionary();
            done.put(base, copy);
            for (Map.Entry<COSName, COSBase> e : dict.entrySet()) {
                copy.setItem(e.getKey(), clone(e.getValue(), done));
            }
            return copy;
        }
        if (base instanceof COSArray array) {
            COSArray copy = new COSArray();
            done.put(base, copy);
            for (int i = 0; i < array.size(); i++) {
                copy.add(clone(array.get(i), done));
            }
            return copy;
        }
        return base; // names, numbers, strings, booleans: immutable in practice
    }
}
