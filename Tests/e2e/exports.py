"""The calendar and address-book exports, read back with real parsers.

`lokaal timeline --ics` through Python's `icalendar`, checked event by event
against `lokaal timeline --json`; `lokaal contacts --vcard` through `vobject`,
one card per person. Usage: python exports.py PATH/TO/lokaal (the test venv's
python, made by `make test-deps`). Prints `ok …` / `FAIL …` lines; exit 1 on failure.
"""
import datetime as dt
import json
import subprocess
import sys

import icalendar
import vobject

BIN = sys.argv[1]
failures = 0


def check(ok, what, detail=""):
    global failures
    print(("ok   " if ok else "FAIL ") + what + ("" if ok else f": {detail}"))
    if not ok:
        failures += 1


def run(*args):
    p = subprocess.run([BIN, *args], capture_output=True)
    return p.returncode, p.stdout, p.stderr.decode()


def day(iso):
    return dt.date.fromisoformat(iso)


# ---- iCalendar -------------------------------------------------------------
rc, ics, err = run("timeline", "--ics")
check(rc == 0, "timeline --ics exits 0", rc)
rc2, ics2, _ = run("timeline", "--ics")
check(ics == ics2, "the same data gives the same file")
check(b"\r\n" in ics and b"\n" not in ics.replace(b"\r\n", b""), "every line ends in CRLF")
check(all(len(l) <= 75 for l in ics.split(b"\r\n")), "lines folded at 75 octets")
cal = icalendar.Calendar.from_ical(ics)
tz = [c for c in cal.walk("VTIMEZONE")]
check(len(tz) == 1 and str(tz[0]["TZID"]) == "Europe/Brussels", "one VTIMEZONE, Europe/Brussels")
events = cal.walk("VEVENT")
uids = [str(e["UID"]) for e in events]
check(len(uids) == len(set(uids)), "UIDs are unique", len(uids))

_, js, _ = run("timeline", "--json")
items = json.loads(js)
names = {r["id"]: r["name"] for r in json.loads(run("regions", "--json")[1])}
by_uid = {str(e["UID"]): e for e in events}
relative = [i for i in items if i["pattern"] == "relative"]
expected = 0
for it in items:
    if it["pattern"] == "relative":
        continue
    src = it["source"]  # $.timing.milestones[1] or $.timing.summary[0]
    place = "milestones" if "milestones" in src else "summary"
    index = src.split("[")[1].rstrip("]")
    days = it["dates"]
    slots = days if it["pattern"] == "on" else [days[0]]
    for n, d in enumerate(slots):
        expected += 1
        uid = f"{it['region']}.{place}.{index}.{n}@lokaal"
        e = by_uid.get(uid)
        if e is None:
            check(False, f"event {uid}", "missing")
            continue
        start = e["DTSTART"].dt
        summary = str(e["SUMMARY"])
        desc = str(e["DESCRIPTION"])
        what = f"{uid} ({it['text']})"
        ok = summary.endswith(f"{names[it['region']]}: {it['label']}") and it["text"] in desc
        ok = ok and (summary.startswith("⚠") == it["contradiction"])
        if it["contradiction"]:
            ok = ok and "contradicts" in desc and all(o["text"] in desc for o in it["otherReadings"])
        if it["yearInferred"]:
            ok = ok and "no year" in desc
        if it["pattern"] in ("range", "week"):
            ok = ok and start == day(days[0]) and e["DTEND"].dt == day(days[-1]) + dt.timedelta(days=1)
        elif it["pattern"] == "before":
            target = day(days[0]) - dt.timedelta(days=1)
            ok = ok and (start if isinstance(start, dt.date) and not isinstance(start, dt.datetime) else start.date()) == target
        elif it.get("times"):
            begin, end = it["times"][n].split("-")
            ok = ok and isinstance(start, dt.datetime) and "Brussels" in str(start.tzinfo) and start.date() == day(d)
            ok = ok and start.strftime("%H:%M") == begin.zfill(5) and e["DTEND"].dt.strftime("%H:%M") == end.zfill(5)
        elif it.get("time"):
            ok = ok and isinstance(start, dt.datetime) and "Brussels" in str(start.tzinfo) and start.date() == day(d)
            ok = ok and start.strftime("%H:%M") == it["time"]
        else:
            ok = ok and start == (day(d)) and not isinstance(start, dt.datetime)
        check(ok, f"event matches timeline --json: {what}", f"{summary} | {start} | {desc[:120]}")
check(len(events) == expected, "no event beyond the timeline's", f"{len(events)} events, {expected} expected")
check(all(f"{names[i['region']]} — {i['label']}: {i['text']}" in err for i in relative) and len(relative) > 0,
      "every relative date is listed on stderr", err)
aalst = [e for e in events if str(e["UID"]).startswith("aalst.") and "deadline" in str(e.get("CATEGORIES").cats if e.get("CATEGORIES") else "")]
check(sorted(e["DTSTART"].dt.date().isoformat() for e in aalst) == ["2023-06-02", "2023-06-09"], "Aalst's two deadlines are both in the calendar")
rc, one, _ = run("timeline", "--ics", "leuven")
check(rc == 0 and all(str(e["UID"]).startswith("leuven.") for e in icalendar.Calendar.from_ical(one).walk("VEVENT")), "timeline --ics REGION has that region only")

# ---- vCard -----------------------------------------------------------------
rc, vcf, _ = run("contacts", "--vcard")
cards = list(vobject.readComponents(vcf.decode()))
emails = [c.email.value.lower() for c in cards]
check(rc == 0 and len(emails) == len(set(emails)), "one vCard per person (e-mail)", emails)
people = {p["email"].lower() for r in json.loads(run("contacts", "--json")[1]) for p in r["people"]}
check(set(emails) == people, "every contact person has a card", set(emails) ^ people)
silke = [c for c in cards if c.fn.value == "Silke Van Esch"]
check(len(silke) == 1 and "Leuven" in silke[0].note.value and "Zuidwest Rand" in silke[0].note.value,
      "Silke Van Esch: one card naming Leuven and Zuidwest Rand")

sys.exit(1 if failures else 0)
