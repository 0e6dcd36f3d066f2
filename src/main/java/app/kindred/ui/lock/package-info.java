/**
 * Keeping the kiosk locked in public: the key dispatcher that swallows every way out
 * ({@link app.kindred.ui.lock.KioskLockdown}), the PIN pad and its gate with growing, saved lockouts
 * ({@link app.kindred.ui.lock.PinPad}, {@link app.kindred.ui.lock.PinGate}; the PIN itself is kept by
 * {@link app.kindred.persist.PinStore}), the idle lock that closes an unattended console
 * ({@link app.kindred.ui.lock.IdleLock}) and the corner gesture for touch screens
 * ({@link app.kindred.ui.lock.CornerTaps}). What each defends against: docs/SECURITY.md.
 */
package app.kindred.ui.lock;
