#!/usr/bin/env python3
"""Drives the desk page in a real browser (headless Chromium through Selenium).

Types "dagis ko", expects a förskola article first, opens it with the keyboard, toggles the
lättläst text, sends feedback, and saves screenshots. Run by Tests/kbTests/DeskBrowserTests.swift
against a running `kb serve`; exits non-zero on the first failed expectation.

    python3 desk_browser_test.py http://127.0.0.1:8080 SCREENSHOT_DIR
"""
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait


def expect(condition, message):
    if not condition:
        print("FAILED: " + message, file=sys.stderr)
        sys.exit(1)


def main():
    url, shots = sys.argv[1], sys.argv[2]
    options = Options()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1200,1000"):
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    wait = WebDriverWait(driver, 10)
    try:
        driver.get(url + "/")
        box = driver.find_element(By.ID, "q")
        expect(driver.switch_to.active_element == box, "the search box has focus on load")
        driver.find_element(By.CSS_SELECTOR, "input[name=channel][value=library]").click()
        box.click()
        box.send_keys("dagis ko")
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#hits .hit h2 a"))
        first = driver.find_elements(By.CSS_SELECTOR, "#hits .hit h2 a")[0]
        expect("/articles/forskola-" in first.get_attribute("href"), "a förskola article comes first for 'dagis ko'")
        expect(driver.find_elements(By.CSS_SELECTOR, "#hits mark"), "matched words are marked")
        driver.save_screenshot(shots + "/search.png")

        box.send_keys(Keys.ARROW_DOWN)
        expect(driver.switch_to.active_element == first, "arrow down moves to the first hit")
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        wait.until(lambda d: "/articles/" in d.current_url)
        expect(driver.find_elements(By.ID, "aloud"), "the article page shows the text to read aloud")
        driver.save_screenshot(shots + "/article.png")

        driver.find_element(By.LINK_TEXT, "Visa lättläst text").click()
        wait.until(lambda d: d.find_elements(By.ID, "easy"))
        driver.save_screenshot(shots + "/easy.png")

        driver.find_element(By.CSS_SELECTOR, "input[name=kind][value=outdated]").click()
        driver.find_element(By.ID, "comment").send_keys("Testad i webbläsaren")
        driver.find_element(By.CSS_SELECTOR, "form.feedback button[type=submit]").click()
        wait.until(lambda d: "sent=1" in d.current_url)
        expect(driver.find_elements(By.CSS_SELECTOR, ".thanks"), "the page thanks for the feedback")
        print(driver.current_url.split("/articles/")[1].split("?")[0])

        # Phone width: no sideways scrolling.
        driver.set_window_size(390, 900)
        driver.get(url + "/?q=skriva+ut+kontoutdrag")
        width = driver.execute_script("return document.documentElement.scrollWidth")
        expect(width <= 390, "no horizontal scrolling at phone width (scrollWidth %d)" % width)
        driver.save_screenshot(shots + "/phone.png")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
