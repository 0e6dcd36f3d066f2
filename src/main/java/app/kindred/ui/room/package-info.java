/**
 * The room view for the projector: the exercise and step, whose turn it is, the stems and the prompt,
 * and a large countdown, read from across a room. Its FlatLaf styles are registered by
 * {@link app.kindred.ui.room.RoomStyles}.
 *
 * <h2>Rules worth knowing</h2>
 * <ul>
 *   <li>Only state is shown here (step, deadline, paused, time-out); never a couple's names or words.</li>
 *   <li>Sizes come from the theme's style classes, scaled for the screen; no pixel constants.</li>
 * </ul>
 */
package app.kindred.ui.room;
