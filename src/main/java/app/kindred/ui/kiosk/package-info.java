/**
 * The couple's kiosk: welcome, who is here, choose, the exercise, private reflection, review,
 * print and goodbye, wired by {@link app.kindred.ui.kiosk.KioskApp}, guarded by the
 * {@link app.kindred.ui.kiosk.IdleGuard} and forgotten by the {@link app.kindred.ui.kiosk.PrivacyWipe}.
 */
package app.kindred.ui.kiosk;
