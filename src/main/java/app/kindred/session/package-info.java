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
 * <li>{@link app.kindred.session.DeckMemory}: prompts drawn today at this kiosk, kept by the app across couples.</li>
 * </ul>
 *
 * <p>Wiring in the app (persist has the files): {@code SessionJournal j = new SessionJournal(folders);
 * Recovery r = j.recover(library, SystemClock.INSTANCE, memory);} at start-up; for a new couple
 * {@code engine = new SessionEngine(programme, library, people, settingsStore.sessionSettings(memory),
 * SystemClock.INSTANCE); engine.setJournal(j); scheduler = new SessionScheduler(engine).start();
 * engine.start();}; at the end of the turn {@code scheduler.close(); SessionRecordFile.keep(folders,
 * engine.record()); j.wipe();}.
 */
package app.kindred.session;
