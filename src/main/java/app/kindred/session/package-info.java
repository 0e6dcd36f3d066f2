/**
 * The session engine: runs exercises and programmes on a monotonic clock. No Swing here.
 *
 * <ul>
 * <li>{@link app.kindred.session.SessionEngine}: build from a {@code Programme} (or
 *     {@code ContentLibrary.single(exercise)}), the {@code ContentLibrary}, {@link app.kindred.session.Participants}
 *     and {@link app.kindred.session.SessionSettings}; send commands (start, pause, resume, extend, shorten,
 *     skip, back, restartPhase, endEarly, timeOut, endTimeOut, jumpTo, moveItem, dropItem, redrawPrompt);
 *     render {@link app.kindred.session.SessionSnapshot}s; listen to {@link app.kindred.session.SessionEvent}s.</li>
 * <li>{@link app.kindred.session.SessionScheduler}: the real app's clock thread, parks until the next deadline.</li>
 * <li>{@link app.kindred.session.MonotonicClock}: {@link app.kindred.session.SystemClock} in the app,
 *     {@link app.kindred.session.FakeClock} in tests (any package).</li>
 * <li>{@link app.kindred.session.ControlPolicy}: which {@link app.kindred.session.Command}s a participant may
 *     use; {@code engine.allowed(command, actor)} combines it with the session's state.</li>
 * <li>{@link app.kindred.session.SessionRecord}: what happened (input of the summaries);
 *     {@link app.kindred.session.SessionCheckpoint}: what the journal stores.</li>
 * </ul>
 */
package app.kindred.session;
