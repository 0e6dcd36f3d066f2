/**
 * The workshop hub: one facilitator's machine drives every couple's kiosk over the room's network
 * (docs/NETWORK.md). An embedded MQTT broker ({@link app.kindred.net.HubBroker}), the hub that
 * publishes the room's state ({@link app.kindred.net.Hub}), pairing ({@link app.kindred.net.Pairing}),
 * clock sync ({@link app.kindred.net.ClockSync}) and the kiosk's side ({@link app.kindred.net.KioskLink}).
 *
 * <p>Only state travels, as the records {@link app.kindred.net.RoomState} and
 * {@link app.kindred.net.KioskStatus}; names and words have no field to travel in. Plain Java: no
 * Swing or AWT here (the architecture test holds it).
 */
package app.kindred.net;
