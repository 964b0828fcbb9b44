#!/usr/bin/env python3
"""Drives the desk page in a real browser (headless Chromium through Selenium).

Types "dagis ko", expects a förskola article first, opens it with the keyboard, comes Back to the
same query and hits, toggles the lättläst text, sends feedback; checks that the answer and its
referral are on screen at 390×844 and at 200 % zoom, that arrows on the channel choice stay
there, that the cursor is at the end after Enter, and that the owner view does not scroll
sideways on a phone. Saves screenshots. Run by Tests/kbTests/DeskBrowserTests.swift against a
running `kb serve`; exits non-zero on the first failed expectation. Prints the queries the page
should have logged ("logged: …"), one a line, and the article the feedback went to.

    python3 desk_browser_test.py http://127.0.0.1:8080 SCREENSHOT_DIR OWNER_TOKEN
"""
import sys
from urllib.parse import quote

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

# Questions a guide asks, with the answer and its referral expected on screen.
QUESTIONS = ["dagis ko", "skriva ut kontoutdrag", "trygghetslarm", "sfi", "hemtjänst avgift",
             "bygglov altan", "ekonomiskt bistånd", "borttappat busskort", "parkeringstillstånd",
             "sjukanmäla elev"]


def expect(condition, message):
    if not condition:
        print("FAILED: " + message, file=sys.stderr)
        sys.exit(1)


def settled(driver, wait, query):
    """Waits until the page has sent `query` to the log (it marks what it sent)."""
    wait.until(lambda d: d.execute_script("return document.documentElement.dataset.settled") == query)


def first_answer_bottom(driver):
    """The bottom of the first hit's summary and of its first referral, and the viewport height."""
    return driver.execute_script("""
        var hit = document.querySelector('#hits .hit');
        if (!hit) return null;
        var aloud = hit.querySelector('.read-aloud').getBoundingClientRect();
        // The way to reach the first referral: its phone, else its e-mail or web link, else its name.
        var li = hit.querySelector('ul.refer li');
        var refer = li && (li.querySelector('a[href^="tel:"]') || li.querySelector('a') || li.querySelector('strong'));
        return [aloud.bottom, refer ? refer.getBoundingClientRect().bottom : -1, window.innerHeight,
                document.documentElement.scrollWidth, window.innerWidth];
    """)


def above_the_fold(driver, wait, url, label, shots):
    for question in QUESTIONS:
        driver.get(url + "/#q=" + quote(question) + "&channel=contact-center")
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#hits .hit"))
        aloud, refer, height, scroll, width = first_answer_bottom(driver)
        expect(refer > 0, "%s: the first hit for '%s' has a referral" % (label, question))
        expect(aloud <= height and refer <= height,
               "%s: the answer and the way to reach the referral for '%s' are on screen (bottoms %d and %d, viewport %d)"
               % (label, question, aloud, refer, height))
        expect(scroll <= width, "%s: no sideways scrolling for '%s'" % (label, question))
        if question == QUESTIONS[0]:
            driver.save_screenshot(shots + "/" + label + ".png")


def accessible_basics(driver, page):
    problems = driver.execute_script("""
        var problems = [];
        if (document.documentElement.lang !== 'sv') problems.push('lang');
        if (document.querySelectorAll('h1').length !== 1) problems.push('one h1');
        document.querySelectorAll('input:not([type=hidden]), textarea, select').forEach(function (c) {
          var named = (c.id && document.querySelector('label[for="' + c.id + '"]')) || c.closest('label')
            || c.getAttribute('aria-label');
          if (!named) problems.push('unlabelled ' + (c.name || c.id));
        });
        document.querySelectorAll('a').forEach(function (a) {
          if (!a.textContent.trim()) problems.push('empty link ' + a.href);
        });
        return problems;
    """)
    expect(not problems, "%s: accessibility basics: %s" % (page, ", ".join(problems)))


def main():
    url, shots, token = sys.argv[1], sys.argv[2], sys.argv[3]
    options = Options()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1200,1000"):
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    wait = WebDriverWait(driver, 10)
    logged = []
    try:
        driver.get(url + "/")
        box = driver.find_element(By.ID, "q")
        expect(driver.switch_to.active_element == box, "the search box has focus on load")
        accessible_basics(driver, "search page")
        driver.find_element(By.CSS_SELECTOR, "input[name=channel][value=library]").click()
        box.click()
        box.send_keys("dagis ko")
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#hits .hit h2 a"))
        first = driver.find_elements(By.CSS_SELECTOR, "#hits .hit h2 a")[0]
        expect("/articles/forskola-" in first.get_attribute("href"), "a förskola article comes first for 'dagis ko'")
        expect(driver.find_elements(By.CSS_SELECTOR, "#hits mark"), "matched words are marked")
        expect(not driver.find_element(By.CSS_SELECTOR, "details.options").get_attribute("open"),
               "the channel choice and hint fold once hits show")
        driver.save_screenshot(shots + "/search.png")

        # Enter: the hits stay, the search is logged once, the cursor is at the end.
        box.send_keys(Keys.HOME)
        box.send_keys(Keys.ENTER)
        settled(driver, wait, "dagis ko")
        logged.append(("library", "dagis ko"))
        caret = driver.execute_script("var q = document.getElementById('q'); return [q.selectionStart, q.value.length];")
        expect(caret[0] == caret[1], "the cursor is at the end after Enter (%d of %d)" % tuple(caret))

        box.send_keys(Keys.ARROW_DOWN)
        first = driver.find_elements(By.CSS_SELECTOR, "#hits .hit h2 a")[0]
        expect(driver.switch_to.active_element == first, "arrow down moves to the first hit")
        opened = first.get_attribute("href")
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        wait.until(lambda d: "/articles/" in d.current_url)
        expect(driver.find_elements(By.ID, "aloud"), "the article page shows the text to read aloud")
        expect(driver.find_elements(By.CSS_SELECTOR, "form.search input#q"), "the article page has a search box")
        accessible_basics(driver, "article page")
        driver.save_screenshot(shots + "/article.png")

        # Back: the query and its hits again, without logging them again.
        driver.back()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#hits .hit h2 a"))
        expect(driver.find_element(By.ID, "q").get_attribute("value") == "dagis ko", "Back restores the query")
        expect(driver.find_elements(By.CSS_SELECTOR, "#hits .hit h2 a")[0].get_attribute("href") == opened,
               "Back restores the hits")
        expect(driver.find_element(By.CSS_SELECTOR, "input[name=channel][value=library]").is_selected(),
               "Back restores the channel")

        # Arrows on the channel choice move between channels, not into the hits.
        driver.find_element(By.CSS_SELECTOR, "details.options summary").click()
        radio = driver.find_element(By.CSS_SELECTOR, "input[name=channel][value=library]")
        radio.click()
        radio.send_keys(Keys.ARROW_DOWN)
        active = driver.switch_to.active_element
        expect(active.get_attribute("name") == "channel", "arrows on the channel stay on the channel")

        # Typing without Enter: logged once the guide pauses, not per keystroke.
        box = driver.find_element(By.ID, "q")
        box.clear()
        box.send_keys("hemtjanst avgift")
        settled(driver, wait, "hemtjanst avgift")
        channel = driver.execute_script("return document.querySelector('input[name=channel]:checked').value")
        expect(channel == "contact-center", "the arrow moved the channel to contact-center")
        logged.append((channel, "hemtjanst avgift"))

        # Opening a hit logs the query it was found by.
        box.send_keys(Keys.BACKSPACE * len("avgift") + "larm")
        wait.until(lambda d: d.execute_script(
            "var a = document.querySelector('#hits .hit h2 a'); return a && a.href.indexOf('/articles/trygghetslarm') >= 0"))
        driver.find_elements(By.CSS_SELECTOR, "#hits .hit h2 a")[0].click()
        wait.until(lambda d: "/articles/trygghetslarm" in d.current_url)
        logged.append((channel, "hemtjanst larm"))

        # Esc on the article page goes back to the search.
        ActionChains(driver).send_keys(Keys.ESCAPE).perform()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#hits .hit h2 a"))
        expect(driver.find_element(By.ID, "q").get_attribute("value") == "hemtjanst larm", "Esc returns to the search")

        driver.get(opened)
        driver.find_element(By.LINK_TEXT, "Visa lättläst text").click()
        wait.until(lambda d: d.find_elements(By.ID, "easy"))
        driver.save_screenshot(shots + "/easy.png")

        driver.find_element(By.CSS_SELECTOR, "input[name=kind][value=outdated]").click()
        driver.find_element(By.ID, "comment").send_keys("Testad i webbläsaren")
        driver.find_element(By.CSS_SELECTOR, "form.feedback button[type=submit]").click()
        wait.until(lambda d: "sent=1" in d.current_url)
        expect(driver.find_elements(By.CSS_SELECTOR, ".thanks"), "the page thanks for the feedback")
        article = driver.current_url.split("/articles/")[1].split("?")[0]

        # Phone: the answer and its referral on screen, no sideways scrolling.
        driver.set_window_size(390, 844)
        width, height = driver.execute_script("return [window.innerWidth, window.innerHeight]")
        driver.set_window_size(390 + 390 - width, 844 + 844 - height)  # the viewport itself 390×844
        above_the_fold(driver, wait, url, "phone-390", shots)

        # 200 % zoom on a 1280×800 screen: a 640×400 viewport at twice the pixels.
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 640, "height": 400, "deviceScaleFactor": 2, "mobile": False})
        above_the_fold(driver, wait, url, "zoom-200", shots)
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

        # The owner view on a phone: no sideways scrolling.
        driver.get(url + "/owner")
        driver.find_element(By.ID, "token").send_keys(token + Keys.ENTER)
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "main h2"))
        accessible_basics(driver, "owner view")
        for page in ("/owner", "/owner/report"):
            driver.get(url + page)
            width = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
            expect(width[0] <= width[1], "no sideways scrolling on %s at 390 px (%d > %d)" % (page, width[0], width[1]))
            driver.save_screenshot(shots + ("/owner-390.png" if page == "/owner" else "/report-390.png"))

        for channel, query in logged:
            print("logged: " + channel + "\t" + query)
        print("feedback: " + article)
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
