package app.kindred.session;

import app.kindred.content.Active;

/**
 * Someone who acts in the current phase.
 *
 * @param name      the person's name (or "Partner A")
 * @param partner   which person, for colour and shape
 * @param role      the role they hold right now (A or B); after a swap, partner A holds role B
 * @param roleLabel what the exercise calls that role, e.g. "Speaker"
 */
public record ActivePerson(String name, Partner partner, Active role, String roleLabel) {
}
