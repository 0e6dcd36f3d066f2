#!/usr/bin/python3
"""Reads Kindred's accessibility tree on the AT-SPI bus, as a screen reader would (scripts/test-screen-reader.sh).

Checks, each with a deadline: the kiosk is registered as an application; "Start" has the keyboard
focus; a couple's way to an exercise works through AT-SPI actions alone; and a step change is
announced: the live region (role "alert" in ATK terms: notification or alert) changes its name to
"Step 2 of ..." and an object:property-change:accessible-name event for it reaches this client.
On the welcome, names and exercise screens: no control of another screen is in the tree (the
screens not on show are not exposed), and no button is without a name.
Prints one line per check; exit 0 only if all pass.
"""
import sys
import time

import gi
gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

DEADLINE = 30.0
events = []


def pump(seconds):
    end = time.monotonic() + seconds
    ctx = GLib.MainContext.default()
    while time.monotonic() < end:
        while ctx.iteration(False):
            pass
        time.sleep(0.02)


def wait_for(what, test, seconds=DEADLINE):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pump(0.1)
        try:
            found = test()
        except GLib.GError:
            found = None
        if found:
            return found
    print("FAIL: " + what)
    a = app()
    if a is not None:
        print("  buttons now: " + ", ".join(repr(n.get_name()) for n in walk(a) if role(n) == "push button"))
    sys.exit(1)


def walk(node, depth=0):
    if node is None or depth > 40:
        return
    yield node
    for i in range(node.get_child_count()):
        yield from walk(node.get_child_at_index(i), depth + 1)


def app():
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        a = desktop.get_child_at_index(i)
        if a is not None and a.get_name() == "Kindred":
            return a
    return None


def find(pred):
    a = app()
    if a is None:
        return None
    for n in walk(a):
        try:
            if pred(n):
                return n
        except GLib.GError:
            continue
    return None


def role(n):
    return n.get_role_name()


def button(name):
    return lambda n: role(n) == "push button" and n.get_name() == name


def press(node):
    Atspi.Action.do_action(node, 0)


def on_event(e):
    events.append((e.type, e.source.get_role_name() if e.source else "", str(e.any_data)))


CONTROLS = ("push button", "toggle button", "check box", "radio button", "combo box", "text", "entry",
            "password text", "slider", "spin button")


def hygiene(screen, others):
    """Fails if a control of another screen is in the tree or a button has no name."""
    a = app()
    names = []
    unnamed = []
    for n in walk(a):
        try:
            r = role(n)
            if r in CONTROLS:
                names.append(n.get_name() or "")
                if r in ("push button", "toggle button") and not (n.get_name() or "").strip():
                    unnamed.append("%s at depth %s (parent %s %r)" % (r, n.get_index_in_parent(),
                                                                       role(n.get_parent()), n.get_parent().get_name()))
        except GLib.GError:
            continue
    strays = [o for o in others if o in names]
    if strays:
        print("FAIL: on the %s screen the tree holds controls of other screens: %s" % (screen, strays))
        print("  controls now: " + ", ".join(repr(x) for x in names))
        sys.exit(1)
    if unnamed:
        print("FAIL: on the %s screen %d button(s) have no name: %s" % (screen, len(unnamed), "; ".join(unnamed)))
        sys.exit(1)
    print("ok: %s screen: %d controls, none of another screen, every button named" % (screen, len(names)))


listener = Atspi.EventListener.new(on_event)
listener.register("object:property-change:accessible-name")

wait_for("Kindred registered on the AT-SPI bus", app, 60)
print("ok: Kindred is registered on the AT-SPI bus")
start = wait_for("a Start button", lambda: find(button("Start")))
wait_for("Start focused", lambda: start.get_state_set().contains(Atspi.StateType.FOCUSED))
print("ok: Start has the keyboard focus")
# Buttons only the names screen and the exercise screen have (English, as the kiosk starts here).
hygiene("welcome", ["Continue", "Next", "Pause", "Back"])
press(start)
cont = wait_for("Continue on the names screen", lambda: find(button("Continue")))
wait_for("the welcome screen gone from the tree", lambda: find(button("Start")) is None)
hygiene("names", ["Start", "Next", "Pause"])
press(cont)
card = wait_for("an exercise card", lambda: find(lambda n: role(n) == "push button"
                                                  and (n.get_name() or "").startswith("Holding the Floor")))
press(card)
nxt = wait_for("Next on the exercise screen", lambda: find(button("Next")))
wait_for("the choose screen gone from the tree", lambda: find(lambda n: role(n) == "push button"
                                                            and (n.get_name() or "").startswith("Holding the Floor")) is None)
hygiene("exercise", ["Start", "Continue"])
region = wait_for("the live region", lambda: find(lambda n: role(n) in ("alert", "notification")))
wait_for("step 1 announced", lambda: (region.get_name() or "").startswith("Step 1 of"))
print("ok: step 1 announced: " + region.get_name())
press(nxt)
wait_for("step 2 announced", lambda: (region.get_name() or "").startswith("Step 2 of"))
wait_for("the name-change event", lambda: any(r in ("alert", "notification") and d.startswith("Step 2 of")
                                              for (t, r, d) in events))
print("ok: step 2 announced (event received): " + region.get_name())
