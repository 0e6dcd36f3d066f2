package app.kindred.handout;

import java.util.List;

/** One laid-out line, pieces in visual (left-to-right drawing) order. */
record TextLine(List<Piece> pieces, float width, float size) {
    TextLine {
        pieces = List.copyOf(pieces);
    }

    String text() {
        StringBuilder b = new StringBuilder();
        pieces.forEach(p -> b.append(p.text()));
        return b.toString();
    }
}
