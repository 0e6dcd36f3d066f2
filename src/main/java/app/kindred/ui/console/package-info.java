/**
 * The facilitator's console: the agenda and what runs now, every session command as an action
 * enabled by the session's state, the minutes used against the plan, settings, the group summary,
 * and where the room view and the console go on one or two screens.
 *
 * <h2>Rules worth knowing</h2>
 * <ul>
 *   <li>The console and the room view are two views of one session ({@code Workshop}); they render
 *       the engine's current snapshot on the event thread and never keep time themselves.</li>
 *   <li>Strings come from {@code Console.properties}; every control has a stable name for tests.</li>
 * </ul>
 */
package app.kindred.ui.console;
