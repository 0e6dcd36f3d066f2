/**
 * PDFs with Apache PDFBox: take-home worksheets from handout Markdown
 * ({@link app.kindred.handout.HandoutRenderer}), the couple's take-home summary and the group summary
 * ({@link app.kindred.handout.SummaryRenderer}), and the take-home pack that joins them
 * ({@link app.kindred.handout.TakeHomePack}).
 *
 * <h2>Rules worth knowing</h2>
 * <ul>
 *   <li>Fonts are parsed once per process ({@link app.kindred.handout.FontLibrary}) and embedded as
 *       subsets; a character no font can draw is printed as {@code [U+XXXX]}, never dropped.</li>
 *   <li>What each character becomes is the one text policy, {@link app.kindred.content.CharacterPolicy}
 *       (table in docs/CONTENT-FORMAT.md); {@link app.kindred.handout.TextPolicy} is its form for paper.</li>
 *   <li>The group summary reads only the agenda and counts of a session, never names or words.</li>
 *   <li>One document per thread; every document and content stream in try-with-resources. No Swing
 *       or AWT here. Layout and numbers: docs/PDF.md.</li>
 * </ul>
 */
package app.kindred.handout;
