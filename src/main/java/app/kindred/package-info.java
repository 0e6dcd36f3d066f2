/**
 * Kindred, a full-screen kiosk for timed active-listening and empathy exercises with printed
 * take-home handouts. The packages, from the bottom up: {@code content} (the model and loading),
 * {@code session} (the engine), {@code persist} (the journal, records, settings), {@code handout}
 * (PDFs), {@code print} (the outbox and the print system), {@code ui} (Swing), {@code app} (the
 * command line and wiring). This package holds only what every layer may read:
 * {@link app.kindred.KindredProperties}, the list of every {@code kindred.*} system property.
 */
package app.kindred;
