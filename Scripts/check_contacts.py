#!/usr/bin/env python3
"""Reads the mailing list Roundtable writes with readers nobody here wrote: Python's csv module for
mailing-list.csv and vobject (PyPI) for mailing-list.vcf. Passes when both hold exactly the
expected people, with their details, and nobody else.

Usage: check_contacts.py FOLDER NAME=EMAIL[=PHONE] ...
"""
import csv
import sys

import vobject

folder, expected = sys.argv[1], {}
for argument in sys.argv[2:]:
    name, email, *phone = argument.split("=")
    expected[name] = (email, phone[0] if phone else "")

with open(f"{folder}/mailing-list.csv", newline="", encoding="utf-8") as file:
    rows = list(csv.DictReader(file))
from_csv = {row["name"]: (row["email"], row["phone"].lstrip("'")) for row in rows}

with open(f"{folder}/mailing-list.vcf", encoding="utf-8") as file:
    cards = list(vobject.readComponents(file.read()))
from_vcard = {}
for card in cards:
    assert card.version.value == "4.0", f"version {card.version.value}"
    email = card.email.value if hasattr(card, "email") else ""
    phone = card.tel.value if hasattr(card, "tel") else ""
    from_vcard[card.fn.value] = (email, phone)

problems = [f"{source}: {found} != {expected}" for source, found in (("csv", from_csv), ("vCard", from_vcard)) if found != expected]
print("\n".join(problems) or f"csv and vobject both read exactly {sorted(expected)}")
sys.exit(1 if problems else 0)
