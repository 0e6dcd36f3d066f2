/**
 * The facilitator's phone remote: a small page served on the room's network by the console's
 * machine, behind the facilitator PIN, that pauses, resumes, adds a minute and goes on. State only
 * travels (item, step, time left, paused); never a name or a word anyone wrote. Plain Java on the
 * JDK's own HTTP server; the console supplies the room and the PIN check (docs/NETWORK.md).
 */
package app.kindred.net.phone;
