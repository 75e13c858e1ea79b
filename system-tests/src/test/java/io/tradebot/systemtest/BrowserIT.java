package io.tradebot.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** A person's view: log in with headless Chromium and see the orders (entries and their bracket legs) and the position the system made. */
@ExtendWith(TradebotSystemExtension.class)
class BrowserIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("tradebot.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("tradebot.chromedriver", "/usr/bin/chromedriver"));

    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("the UI test needs Chromium and ChromeDriver (Debian: apt-get install chromium chromium-driver; "
                        + ".ci/run installs them); looked for " + CHROMIUM + " and " + CHROMEDRIVER)
                .isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("tradebot-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void loggedInPageShowsTheFilledOrderAndThePosition(TradebotSystem system) throws Exception {
        browser.get(system.url("frontend-gateway") + "/");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(TradebotSystem.ADMIN_PASSWORD);
        browser.findElement(By.id("login-button")).click();

        // the fundamental entries fill at the open of the session after their trade date
        await().atMost(TradeFlowIT.ENTRY_TIMEOUT).pollInterval(Duration.ofSeconds(1)).until(() ->
                rows("#orders tbody tr").stream().anyMatch(row -> row.getText().contains("FILLED"))
                        && !rows("#positions tbody tr").isEmpty());

        String orders = browser.findElement(By.id("orders")).getText();
        String positions = browser.findElement(By.id("positions")).getText();
        String account = browser.findElement(By.id("account")).getText();
        Path screenshot = Path.of("target/ui-after-login.png");
        Files.write(screenshot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        assertThat(orders).contains("FILLED").contains("BUY").contains("SELL"); // a bracket leg of the filled entry
        String firstPositionSymbol = rows("#positions tbody tr").get(0).findElements(By.tagName("td")).get(0).getText();
        assertThat(firstPositionSymbol).matches("[A-Z.]+");
        assertThat(orders).contains(firstPositionSymbol);
        assertThat(account).containsIgnoringCase("cash");
    }

    @Test
    void wrongPasswordShowsAnErrorAndNoData(TradebotSystem system) {
        browser.get(system.url("frontend-gateway") + "/");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.id("login-button")).click();

        await().atMost(Duration.ofSeconds(20)).until(() -> browser.findElement(By.id("login-error")).isDisplayed()
                && !browser.findElement(By.id("login-error")).getText().isBlank());
        assertThat(rows("#orders tbody tr")).isEmpty();
    }

    private List<WebElement> rows(String css) {
        return browser.findElements(By.cssSelector(css));
    }
}
