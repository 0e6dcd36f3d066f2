package app.kindred.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.persist.SettingsStore;
import app.kindred.session.SessionStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The phone remote used in a real browser: Debian's Chromium, headless, at a phone's size, driven by
 * Selenium through Debian's chromedriver (named explicitly: no Selenium Manager, no downloads). The
 * page is served by the room console's own phone remote on 127.0.0.1, and every command reaches the
 * console's real engine. Chrome may resolve no name but 127.0.0.1, so nothing leaves the machine.
 * Without chromium and chromium-driver this fails and says what to install.
 */
class PhoneRemoteBrowserTest extends RoomAppTestBase {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/lib/chromium/chromium");
    private static final Duration WAIT = Duration.ofSeconds(15);

    private ChromeDriverService service;
    private WebDriver browser;
    private String url;

    @BeforeEach
    void consoleWithPhoneRemoteAndABrowser() throws IOException {
        assertThat(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM))
                .as("the phone remote's browser test needs Debian's chromium and chromium-driver "
                        + "(scripts/setup.sh installs them: apt-get install chromium chromium-driver)")
                .isTrue();
        pins.set(PIN.toCharArray());
        open(oneScreen());
        settings.set(SettingsStore.PHONE_REMOTE, true);
        settings.set(SettingsStore.PHONE_REMOTE_BIND, "127.0.0.1");
        settings.set(SettingsStore.PHONE_REMOTE_PORT, freePort());
        onEdt(() -> app.setSettings(settings));
        url = onEdt(() -> app.phoneRemoteUrl());
        assertThat(url).startsWith("http://127.0.0.1:");
        assertThat(onEdt(() -> findPhoneRemoteLabel().getText())).as("the console shows the URL").contains(url);

        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream()).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions",
                // loopback only: every other name fails to resolve
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
        // A phone's screen: 390 x 844 CSS pixels at twice the density (a desktop window cannot be narrower than 500).
        options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                java.util.Map.of("width", 390, "height", 844, "pixelRatio", 2.0, "touch", true)));
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @Test
    void aFacilitatorSignsInAndStartsPausesResumesAddsAMinuteAndGoesOnFromThePhone() throws Exception {
        browser.get(url);
        until("the sign-in form", d -> d.findElement(By.id("pin")).isDisplayed());
        assertThat(browser.findElement(By.id("remote")).isDisplayed()).isFalse();

        // a wrong PIN: refused, and counted by the console's own PIN gate (one lockout for both)
        signIn("975318");
        until("the wrong-PIN message", d -> text("signinMessage").contains("not right"));
        assertThat(text("signinMessage")).contains("4 more tries");
        screenshot("wrong-pin");
        assertThat(pins.lockout().failures()).isEqualTo(1);
        assertThat(browser.findElement(By.id("remote")).isDisplayed()).isFalse();
        assertThat(browser.manage().getCookieNamed("kindred-remote")).isNull();

        // the right PIN: the remote, with the room's state
        signIn(PIN);
        until("the remote", d -> d.findElement(By.id("remote")).isDisplayed());
        assertThat(pins.lockout().failures()).isZero();
        Cookie session = browser.manage().getCookieNamed("kindred-remote");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Strict");
        until("ready", d -> text("status").equals("Not started") && d.findElement(By.id("start")).isDisplayed());
        assertThat(browser.findElement(By.id("pause")).isDisplayed()).isFalse();
        screenshot("ready");

        // Start: the console's engine starts
        click("start");
        waitFor("the engine running", () -> engine.snapshot().status() == SessionStatus.RUNNING);
        until("running", d -> text("status").equals("Running") && d.findElement(By.id("pause")).isDisplayed());
        assertThat(text("where")).isEqualTo("Item 1 of 3 \u00b7 Step 1 of " + engine.snapshot().stepCount());
        assertThat(text("time")).isEqualTo(clock(engine.snapshot().displaySeconds()));
        screenshot("running");

        // Pause pauses the console's engine, and the page says so
        click("pause");
        waitFor("the engine paused", () -> engine.snapshot().status() == SessionStatus.PAUSED);
        until("paused on the page", d -> text("status").equals("Paused") && d.findElement(By.id("resume")).isDisplayed());
        assertThat(browser.findElement(By.id("pause")).isDisplayed()).isFalse();
        screenshot("paused");

        click("resume");
        waitFor("the engine running", () -> engine.snapshot().status() == SessionStatus.RUNNING);
        until("running on the page", d -> text("status").equals("Running"));

        // +1 min: exactly 60 s more (the engine's clock is a fake one that stands still)
        long before = engine.snapshot().displaySeconds();
        click("extend");
        waitFor("a minute added", () -> engine.snapshot().displaySeconds() == before + 60);
        until("the new time on the page", d -> text("time").equals(clock(before + 60)));

        // Next: the next step, on the engine and on the page
        int step = engine.snapshot().stepIndex();
        click("next");
        waitFor("the next step", () -> engine.snapshot().stepIndex() == step + 1);
        until("the new step on the page", d -> text("where").contains("Step " + (step + 2) + " of"));
        assertThat(browser.findElement(By.tagName("body")).getAttribute("data-step")).isEqualTo(String.valueOf(step + 2));

        // nothing of the session's words anywhere on the page
        String page = browser.getPageSource();
        assertThat(page).doesNotContain(engine.snapshot().programmeTitle());
        assertThat(page).doesNotContain(engine.snapshot().exercise().title());
        if (engine.snapshot().phaseTitle() != null) {
            assertThat(page).doesNotContain(engine.snapshot().phaseTitle());
        }
    }

    // ------------------------------------------------------------------ helpers

    private void signIn(String pin) {
        WebElement field = browser.findElement(By.id("pin"));
        field.clear();
        field.sendKeys(pin);
        browser.findElement(By.id("signinButton")).click();
    }

    private void click(String id) {
        until(id + " enabled", d -> d.findElement(By.id(id)).isDisplayed() && d.findElement(By.id(id)).isEnabled());
        browser.findElement(By.id(id)).click();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void until(String what, ExpectedCondition<Boolean> condition) {
        new WebDriverWait(browser, WAIT).withMessage(what).until(condition);
    }

    private static String clock(long seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    /** For people to look at: phone-remote/NAME.png in the build folder (target/), at the phone's size. */
    private void screenshot(String name) throws Exception {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Path testClasses = Path.of(PhoneRemoteBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = testClasses.getParent().resolve("phone-remote");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), png);
    }

    private javax.swing.JLabel findPhoneRemoteLabel() {
        return (javax.swing.JLabel) find(app.consolePanel().component(), "console.phoneRemote");
    }

    private static java.awt.Component find(java.awt.Container in, String name) {
        for (java.awt.Component c : in.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof java.awt.Container inner) {
                java.awt.Component found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

}
