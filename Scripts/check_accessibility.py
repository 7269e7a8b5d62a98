#!/usr/bin/env python3
"""Checks web pages with axe-core in a real headless Chromium, called by Scripts/verify-exports.

  check_accessibility.py FILE.html...

Runs with the Python 3.12 virtual environment that `Scripts/bootstrap --readers` makes
(.venv-a11y/bin/python), which holds axe-selenium-python and selenium; Chromium and its driver
come from Debian (apt chromium, chromium-driver). Each page is opened from a file:// URL, axe-core
runs with its default rules, and every violation is printed with its rule id, impact, help text
and the first elements it names; then the page must not scroll sideways at 320 pixels wide (WCAG
1.4.10 Reflow). Exits 1 when any page has a violation.
"""
import pathlib
import sys

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

DRIVER = "/usr/bin/chromedriver"
BROWSER = "/usr/bin/chromium"
TARGETS_SHOWN = 3


def browser():
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1024"):
        options.add_argument(argument)
    if pathlib.Path(BROWSER).exists():
        options.binary_location = BROWSER
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    driver.set_script_timeout(120)
    return driver


def check(driver, path):
    """Prints the page's violations and returns how many rules it breaks."""
    driver.get(path.resolve().as_uri())
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    violations = results["violations"]
    print(f"{path.name}: axe-core {results['testEngine']['version']}: "
          f"{len(violations)} violation{'s' if len(violations) != 1 else ''}, {len(results['passes'])} rules passed")
    # WCAG 1.4.10 Reflow: at 320 CSS pixels wide the page must not scroll sideways.
    driver.set_window_size(320, 1024)
    width = driver.execute_script("return document.documentElement.scrollWidth")
    driver.set_window_size(1280, 1024)
    if width > 320:
        print(f"  reflow: at 320 pixels wide the page is {width} pixels wide, so it scrolls sideways")
        violations = violations + [{"id": "reflow"}]
    for violation in violations:
        if violation["id"] == "reflow":
            continue
        nodes = violation["nodes"]
        print(f"  {violation['id']} ({violation['impact']}): {violation['help']} — {len(nodes)} element(s)")
        for node in nodes[:TARGETS_SHOWN]:
            print(f"    {' '.join(str(part) for part in node['target'])}")
            summary = (node.get("failureSummary") or "").splitlines()
            if len(summary) > 1:
                print(f"      {summary[1].strip()}")
        if len(nodes) > TARGETS_SHOWN:
            print(f"    … and {len(nodes) - TARGETS_SHOWN} more")
    return len(violations)


def main(arguments):
    if not arguments:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    paths = [pathlib.Path(argument) for argument in arguments]
    missing = [str(path) for path in paths if not path.is_file()]
    if missing:
        print(f"check_accessibility: no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    driver = browser()
    try:
        failing = sum(1 for path in paths if check(driver, path) > 0)
    finally:
        driver.quit()
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
