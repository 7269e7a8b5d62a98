#!/usr/bin/env python3
"""Checks Roundtable's calendar invites with a reader nobody here wrote (PyPI icalendar), called by Scripts/verify-exports.

  check_calendar.py event FILE.ics UTC SUMMARY
      one event whose DTSTART is UTC (such as 2027-03-24T10:00Z) both as icalendar reads its TZID
      and as the file's own VTIMEZONE places it, and whose SUMMARY is SUMMARY
  check_calendar.py series FILE.ics RRULE UTC...
      the event repeats by RRULE (such as FREQ=MONTHLY;INTERVAL=3;COUNT=4) and its occurrences,
      expanded by dateutil from that rule, start at exactly the UTC times given
  check_calendar.py programme FILE.ics LOCAL ZONE DAY...
      one event on each DAY (such as 2027-01-13) and no other, each starting at LOCAL (such as
      10:00) in ZONE (such as Europe/London), both as icalendar reads its TZID and as the file's
      own VTIMEZONE places it, so the time is right on both sides of the clock changes

Each prints what it found and exits 1 when the check fails.
"""
import datetime
import sys
import zoneinfo

import icalendar
from dateutil import rrule

UTC = datetime.timezone.utc


def read(path):
    with open(path, "rb") as handle:
        calendar = icalendar.Calendar.from_ical(handle.read())
    events = list(calendar.walk("VEVENT"))
    zones = list(calendar.walk("VTIMEZONE"))
    if len(events) != 1:
        print(f"expected one event, found {len(events)}")
        return None, None
    if len(zones) != 1:
        print(f"expected one VTIMEZONE, found {len(zones)}")
        return None, None
    return events[0], zones[0]


def utc(text):
    return datetime.datetime.strptime(text, "%Y-%m-%dT%H:%MZ").replace(tzinfo=UTC)


def own_zone(event, zone):
    """DTSTART placed by the file's own VTIMEZONE rather than icalendar's copy of the zone database."""
    start = event["DTSTART"].dt
    return start.replace(tzinfo=zone.to_tz(lookup_tzid=False))


def check_event(path, expected, summary):
    event, zone = read(path)
    if event is None:
        return False
    start = event["DTSTART"].dt
    by_name = start.astimezone(UTC)
    by_vtimezone = own_zone(event, zone).astimezone(UTC)
    found = str(event.get("SUMMARY"))
    print(f"icalendar {icalendar.__version__}: DTSTART {start.isoformat()} ({event['DTSTART'].params.get('TZID')}) "
          f"is {by_name:%Y-%m-%dT%H:%MZ}; by the file's VTIMEZONE {by_vtimezone:%Y-%m-%dT%H:%MZ}; SUMMARY {found!r}")
    return by_name == utc(expected) and by_vtimezone == utc(expected) and found == summary


def check_series(path, expected_rule, *expected):
    event, zone = read(path)
    if event is None:
        return False
    found_rule = event["RRULE"].to_ical().decode()
    wanted = dict(part.split("=") for part in expected_rule.split(";"))
    parts = dict(part.split("=") for part in found_rule.split(";"))
    start = own_zone(event, zone)
    occurrences = [when.astimezone(UTC) for when in rrule.rrulestr(found_rule, dtstart=start)]
    print(f"RRULE {found_rule}; occurrences (UTC): {', '.join(f'{when:%Y-%m-%dT%H:%MZ}' for when in occurrences[:12])}")
    rule_ok = all(parts.get(key) == value for key, value in wanted.items())
    return rule_ok and occurrences == [utc(text) for text in expected]


def check_programme(path, local, zone_name, *days):
    with open(path, "rb") as handle:
        calendar = icalendar.Calendar.from_ical(handle.read())
    events = sorted(calendar.walk("VEVENT"), key=lambda event: event["DTSTART"].dt)
    zones = list(calendar.walk("VTIMEZONE"))
    if len(zones) != 1:
        print(f"expected one VTIMEZONE, found {len(zones)}")
        return False
    zone = zoneinfo.ZoneInfo(zone_name)
    hour, minute = (int(part) for part in local.split(":"))
    ok = len(events) == len(days)
    for event, day in zip(events, days):
        wanted = datetime.datetime.combine(datetime.date.fromisoformat(day), datetime.time(hour, minute), tzinfo=zone).astimezone(UTC)
        by_name = event["DTSTART"].dt.astimezone(UTC)
        by_vtimezone = own_zone(event, zones[0]).astimezone(UTC)
        print(f"{day}: {event.get('SUMMARY')!s}: {by_name:%Y-%m-%dT%H:%MZ} by its TZID, {by_vtimezone:%Y-%m-%dT%H:%MZ} by the file's "
              f"VTIMEZONE; {local} {zone_name} is {wanted:%Y-%m-%dT%H:%MZ}")
        ok = ok and by_name == wanted and by_vtimezone == wanted
    print(f"{len(events)} events, {len(days)} expected")
    return ok


def main():
    checks = {"event": check_event, "series": check_series, "programme": check_programme}
    if len(sys.argv) < 2 or sys.argv[1] not in checks:
        sys.exit(__doc__)
    sys.exit(0 if checks[sys.argv[1]](*sys.argv[2:]) else 1)


if __name__ == "__main__":
    main()
