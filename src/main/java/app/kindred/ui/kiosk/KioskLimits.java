package app.kindred.ui.kiosk;

import app.kindred.persist.SettingsStore;
import java.time.Duration;

/**
 * What keeps an unattended kiosk bounded (settings, with the defaults of {@link SettingsStore}).
 *
 * @param walkAwayMargin        how much longer than its own length a step, pause or time-out may go untouched
 * @param extensionsPerStep     "+1 min" presses a couple may make in one step
 * @param reflectionsPerSession written answers one couple may save
 * @param pagesPerPack          pages of one take-home pack
 * @param packsPerHour          packs the kiosk prints in one hour
 */
public record KioskLimits(Duration walkAwayMargin, int extensionsPerStep, int reflectionsPerSession, int pagesPerPack,
        int packsPerHour) {

    public static KioskLimits defaults() {
        return new KioskLimits(SettingsStore.WALK_AWAY_MARGIN.defaultValue(), SettingsStore.EXTENSIONS_PER_STEP.defaultValue(),
                SettingsStore.REFLECTIONS_PER_SESSION.defaultValue(), SettingsStore.PAGES_PER_PACK.defaultValue(),
                SettingsStore.PACKS_PER_HOUR.defaultValue());
    }

    public static KioskLimits from(SettingsStore s) {
        return new KioskLimits(s.get(SettingsStore.WALK_AWAY_MARGIN), s.get(SettingsStore.EXTENSIONS_PER_STEP),
                s.get(SettingsStore.REFLECTIONS_PER_SESSION), s.get(SettingsStore.PAGES_PER_PACK),
                s.get(SettingsStore.PACKS_PER_HOUR));
    }
}
