/**
 * The shell every Kindred view shares: one full-screen {@link app.kindred.ui.KioskFrame}, a
 * {@link app.kindred.ui.Navigator} of {@link app.kindred.ui.Screen}s, {@link app.kindred.ui.CommandAction}s
 * whose enabled state follows the session, the {@link app.kindred.ui.Theme}s, the resource bundle
 * ({@link app.kindred.ui.Text}) and the event-thread helper ({@link app.kindred.ui.Edt}).
 * The couple's kiosk lives in {@code app.kindred.ui.kiosk}; docs/UI.md says how to add a screen.
 */
package app.kindred.ui;
