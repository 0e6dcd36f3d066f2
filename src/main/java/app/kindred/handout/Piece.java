package app.kindred.handout;

/** A run of text drawn with one font, size and colour; {@code x} is its offset within its line. */
record Piece(FontFace face, String text, float size, int colour, float x, float width) {
}
