package app.kindred.session;

/** Every control the engine accepts; the UI makes one action per command. */
public enum Command {
    START, PAUSE, RESUME, EXTEND, SHORTEN, SKIP, BACK, RESTART_PHASE, END_EARLY,
    TIME_OUT, END_TIME_OUT, JUMP_TO, REORDER, DROP, REDRAW_PROMPT
}
