#!/usr/bin/env python3
# make differential: holds a new lokaal binary to an old one, byte for byte.
#   Runs every subcommand — each --help, --version, the completion scripts, --json, --vcard,
#   --ics, --plain, --lang en|nl and nl locales, validate, accented and uppercase queries,
#   --render-once screens at several sizes with --keys, colour on a pseudo-terminal — and bad
#   input (unknown regions and items, bad flags and values, missing, empty and broken data
#   directories with mutated JSON) on the bundled Data/ and on a synthetic set of 1,000
#   regions (lokaal-bench synth --regions 1000). Every invocation runs once with each binary,
#   from the same path (DIR/inst/bin/lokaal, argv[0] "lokaal", ../share/lokaal holding a copy
#   of Data/) in an empty working directory; stdout, stderr, the exit code and any file left
#   in the working directory must be identical. Prints N invocations, M identical and each
#   difference with a diff excerpt; exit 0 when all are identical, 1 on any difference,
#   2 when the run itself cannot be trusted (a binary that does not start).
# Usage: python3 scripts/differential.py OLD NEW [--bench LOKAAL-BENCH] [--data DIR]
#            [--regions N] [--keep] [--only SUBSTRING] [--list]
#   OLD, NEW: lokaal binaries. --bench: makes the synthetic set (default: lokaal-bench beside NEW).
#   --data: the bundled data (default: Data/ of this tree). --keep: leave the scratch directory.
#   make differential OLD=<git ref or binary> builds the ref first (scripts/build-ref.sh).
import argparse
import difflib
import fcntl
import json
import os
import pty
import re
import select
import shlex
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import time

TIMEOUT = 60  # seconds for one invocation; a hang is a result too ("timeout")
SHOWN = 40    # differences printed with their diff excerpts; the rest by name


class Case:
    """One invocation: arguments after `lokaal`, extra environment, and how stdout is attached."""

    def __init__(self, group, args, env=None, unset=(), tty=None):
        self.group, self.args, self.env, self.unset, self.tty = group, list(args), dict(env or {}), tuple(unset), tty

    def label(self):
        pre = " ".join(f"{k}={shlex.quote(v)}" for k, v in sorted(self.env.items()))
        pre += "".join(f" -u {k}" for k in self.unset)
        tty = f" [pty {self.tty[0]}x{self.tty[1]}]" if self.tty else ""
        return f"{(pre + ' ').lstrip() if pre else ''}lokaal {' '.join(shlex.quote(a) for a in self.args)}{tty}".replace("  ", " ")


# ---------------------------------------------------------------------------------------------
# The cases


SUBCOMMANDS = ["regions", "show", "personas", "search", "fit", "similar", "compare",
               "contacts", "timeline", "themes", "validate"]
SECTIONS = ["overview", "challenges", "services", "personas", "enrichment", "local-choices",
            "timing", "contacts", "notes"]
BUNDLED_REGIONS = ["aalst", "haspengouw", "klein-brabant-vaartland", "leuven", "zuidwest-rand"]
# Region names as people type them: names, prefixes, case, accents that the data does not have.
REGION_SPELLINGS = ["Leuven", "LEUVEN", "leu", "Klein-Brabant", "klein brabant", "zuid", "Zuidwest Rand",
                    "ZUÏDWEST", "Aälst", "HASPENGOUW", "haspen", "k"]
BAD_REGIONS = ["brussel", "nowhere", "", "  ", "leuvne", "aalstt", "België", "-", "r", "ÉÉN", "a b"]
SEARCHES = ["hiërarchie", "hierarchie", "HIËRARCHIE", "Hiërarchie", "coördinatie", "coordinatie",
            "COÖRDINATIE", "België", "BELGIË", "belgie", "werkzoekenden", "Werkzoekenden",
            "taal", "Nederlands", "nederlandstalig", "anderstalige nieuwkomers", "Roy",
            "schuldenlast", "mobiliteit", "huisvesting", "kinderopvang", "digitale vaardigheden",
            "NT2", "OCMW", "vdab", "e-mail", "@", "2023", "juni", "9 juni", "14:00",
            "café", "CAFÉ", "één", "EEN", "reëel", "naïef", "ideeën", "Ideeën", "zo'n",
            "é", "Ë", "ij", "IJ", "xyzzy-no-hit", "-- dash", "*", ".", "\"quoted\"", "  spaced  out  ",
            "ü", "straße", "ŉ", "🙂", "日本"]
OFFERS = ["wij bieden schuldhulpverlening en budgetbeheer", "schuldhulpverlening", "budgetbeheer",
          "taalcoaching voor anderstalige werkzoekenden", "Dutch lessons for refugees",
          "debt counselling", "woonbegeleiding", "sociaal immokantoor", "kinderopvang voor alleenstaande ouders",
          "mobiliteit en rijbewijs", "digitale vaardigheden en laptops", "psychosociale begeleiding",
          "coördinatie van de hiërarchie", "België", "ÉÉN GROTE OPLEIDING IN HET NEDERLANDS",
          "jobcoaching op de werkvloer", "de het een en van", "the and of", "zzzz qqqq",
          "werkervaring", "outreach naar kwetsbare jongeren", "Roy", "naïeve reëel ideeën"]
PERSONAS = ["Roy", "roy", "ROY", "nassim", "Nasim", "Naseem", "Róy", "ro", "R", "Jessica", "zzzz", "é"]


def bundled_cases():
    c = []
    g = "top"
    c += [Case(g, a) for a in (["--version"], ["--help"], ["-h"], ["help"], [], ["--lang", "nl"],
                               ["--experimental-dump-help"], ["--bogus"], ["-x"], ["--version", "--bogus"],
                               ["nosuchcommand"], ["Regions"], ["--lang"], ["--lang", "fr"], ["--lang", "NL", "regions"],
                               ["--clipboard", "bogus"], ["--clipboard", "osc52", "regions"], ["--data"])]
    for shell in ("bash", "zsh", "fish"):
        c.append(Case(g, ["--generate-completion-script", shell]))
    c += [Case(g, ["--generate-completion-script", "tcsh"]), Case(g, ["--generate-completion-script"])]
    g = "help"
    for s in SUBCOMMANDS:
        c += [Case(g, [s, "--help"]), Case(g, ["help", s]), Case(g, [s, "-h"])]
    g = "regions"
    for extra in ([], ["--json"], ["--lang", "nl"], ["--lang", "en"], ["--json", "--lang", "nl"], ["extra"], ["--bogus"]):
        c.append(Case(g, ["regions"] + extra))
    c += [Case(g, ["regions"], env={"LANG": "nl_BE.UTF-8"}), Case(g, ["regions"], env={"LC_ALL": "nl_NL.UTF-8"}),
          Case(g, ["regions"], env={"LC_MESSAGES": "nl_BE.UTF-8", "LANG": "en_US.UTF-8"}),
          Case(g, ["regions"], env={"NO_COLOR": "1"}), Case(g, ["regions"], env={"LC_ALL": "C"})]
    g = "show"
    for r in BUNDLED_REGIONS:
        c += [Case(g, ["show", r]), Case(g, ["show", r, "--json"]), Case(g, ["show", r, "--lang", "nl"])]
        for s in SECTIONS:
            c.append(Case(g, ["show", r, "--section", s]))
            c.append(Case(g, ["show", r, "--section", s, "--json"]))
    for s in SECTIONS:
        c.append(Case(g, ["show", "aalst", "--section", s, "--lang", "nl"]))
    for r in REGION_SPELLINGS + BAD_REGIONS:
        c.append(Case(g, ["show", r, "--section", "overview"]))
    c += [Case(g, a) for a in (["show"], ["show", "leuven", "--section", "bogus"], ["show", "leuven", "--section"],
                               ["show", "leuven", "aalst"], ["show", "leuven", "--section", "Timing"])]
    g = "personas"
    c += [Case(g, ["personas"]), Case(g, ["personas", "--json"]), Case(g, ["personas", "--lang", "nl"])]
    for p in PERSONAS:
        c += [Case(g, ["personas", p]), Case(g, ["personas", p, "--json"])]
    g = "search"
    for q in SEARCHES:
        c += [Case(g, ["search", q]), Case(g, ["search", q, "--json"])]
    c += [Case(g, ["search", "hiërarchie", "--lang", "nl"]), Case(g, ["search", "taal", "coaching"]),
          Case(g, ["search"]), Case(g, ["search", ""]), Case(g, ["search", "   "]),
          Case(g, ["search", "--json"]), Case(g, ["search", "--", "--json"])]
    g = "fit"
    for o in OFFERS:
        c += [Case(g, ["fit", o]), Case(g, ["fit", o, "--json"])]
    c += [Case(g, ["fit"] + OFFERS[0].split()),
          Case(g, ["fit", "Dutch lessons for refugees", "--region", "leuven", "zuidwest", "--kind", "service", "--limit", "5"]),
          Case(g, ["fit", "taal", "--region", "Klein-Brabant", "--json"]),
          Case(g, ["fit", "taal", "--kind", "challenge", "--limit", "3"]),
          Case(g, ["fit", "taal", "--kind", "service", "--json", "--limit", "1"]),
          Case(g, ["fit", "taal", "--limit", "1000"]),
          Case(g, ["fit", "taal", "--lang", "nl"]),
          Case(g, ["fit", "taal", "--region", "brussel"]),
          Case(g, ["fit", "taal", "--region", "leuven", "leuven"]),
          Case(g, ["fit", "taal", "--region"]),
          Case(g, ["fit", "taal", "--kind", "bogus"]),
          Case(g, ["fit", "taal", "--limit", "0"]), Case(g, ["fit", "taal", "--limit", "-1"]),
          Case(g, ["fit", "taal", "--limit", "abc"]), Case(g, ["fit"]), Case(g, ["fit", ""]), Case(g, ["fit", "  "])]
    g = "similar"
    for r in BUNDLED_REGIONS:
        for item in ("C1", "C2", "S1", "S3"):
            c.append(Case(g, ["similar", r, item]))
        c.append(Case(g, ["similar", r, "C1", "--json"]))
    c += [Case(g, a) for a in (["similar", "aalst", "S3", "--limit", "3"], ["similar", "aalst", "s3"],
                               ["similar", "aalst", "c1", "--json", "--limit", "1"], ["similar", "Leuven", "S10"],
                               ["similar", "aalst", "C99"], ["similar", "aalst", "S0"], ["similar", "aalst", "X1"],
                               ["similar", "aalst", "1"], ["similar", "aalst", ""], ["similar", "brussel", "C1"],
                               ["similar", "aalst"], ["similar"], ["similar", "aalst", "C1", "--limit", "0"],
                               ["similar", "aalst", "C1", "--lang", "nl"])]
    g = "compare"
    pairs = [["leuven", "zuidwest"], ["zuidwest", "leuven"], ["aalst", "haspengouw"], ["klein-brabant", "aalst"],
             ["aalst", "haspengouw", "leuven"], ["aalst", "haspengouw", "leuven", "zuidwest"],
             BUNDLED_REGIONS, ["LEUVEN", "Zuidwest Rand"]]
    for p in pairs:
        c += [Case(g, ["compare"] + p), Case(g, ["compare"] + p + ["--json"]), Case(g, ["compare"] + p + ["--plain"])]
    c += [Case(g, a) for a in (["compare", "leuven", "zuidwest", "--lang", "nl"], ["compare", "leuven"], ["compare"],
                               ["compare", "leuven", "leuven"], ["compare", "leuven", "leu"],
                               ["compare", "leuven", "brussel"], ["compare", "leuven", "zuidwest", "--json", "--plain"])]
    g = "contacts"
    c += [Case(g, ["contacts"]), Case(g, ["contacts", "--json"]), Case(g, ["contacts", "--vcard"]),
          Case(g, ["contacts", "--lang", "nl"])]
    for r in BUNDLED_REGIONS + ["Klein-Brabant"]:
        c += [Case(g, ["contacts", r]), Case(g, ["contacts", r, "--json"]), Case(g, ["contacts", r, "--vcard"])]
    c += [Case(g, a) for a in (["contacts", "--json", "--vcard"], ["contacts", "brussel"], ["contacts", "brussel", "--vcard"],
                               ["contacts", "leuven", "aalst"])]
    g = "timeline"
    c += [Case(g, ["timeline"]), Case(g, ["timeline", "--json"]), Case(g, ["timeline", "--ics"]),
          Case(g, ["timeline", "--lang", "nl"])]
    for r in BUNDLED_REGIONS:
        c += [Case(g, ["timeline", r]), Case(g, ["timeline", r, "--ics"]), Case(g, ["timeline", r, "--json"])]
    c += [Case(g, a) for a in (["timeline", "aalst", "leuven"], ["timeline", "leuven", "aalst", "--ics"],
                               ["timeline", "aalst", "aalst"], ["timeline", "--json", "--ics"], ["timeline", "brussel"],
                               ["timeline", "brussel", "--ics"])]
    g = "themes"
    c += [Case(g, a) for a in (["themes"], ["themes", "--json"], ["themes", "--lang", "nl"], ["themes", "--lang", "en"],
                               ["themes", "extra"])]
    g = "validate"
    c += [Case(g, a) for a in (["validate"], ["validate", "--json"], ["validate", "--lang", "nl"], ["validate", "extra"])]
    g = "render"
    sizes = ["120x40", "80x24", "200x60", "60x20", "59x30", "40x10", "39x10", "40x9", "20x5", "1x1", "400x120"]
    for s in sizes:
        c.append(Case(g, ["--render-once", s]))
    scripts = [
        "<Down><Down><Enter>", "<Down><Enter><Right><Down><Down><Enter><PgDn><PgDn>",
        "2<Right><Right><Down><Down><Enter><PgDn>", "3<Tab><Tab><PgDn><End>", "45678912",
        "9", "/roy<Enter>nnnN", "/hiërarchie<Enter>n", "/HIËRARCHIE<Enter>", "shiërarchie", "scoördinatie<Down><Down>",
        "sBelgië<Down><Enter>", "shierarchie<Down><Down><Down><Enter>", "p", "p/nassim<Down><Enter>", "p/RÓY<Down>",
        "<Home> <Down> <Down> c", "<Home> <Down> <Down> c]]][[d", "<Home> <Down> <Down> <Down> <Down> c<Right>",
        "t", "t<Down><Down><Right><Right><Enter>", "w", "w<Down><Down><Enter>", "<Down> <Down> w",
        "fwij bieden schuldhulpverlening en budgetbeheer", "fwij bieden schuldhulpverlening<Enter><Down><Enter>",
        "fDutch lessons for refugees<Down>", "2<Right><Down>m", "3<Right>m<Down><Enter>", "?", "?quit", "?zoek",
        "<Down>4<Tab><Tab>y", "<Resize:80x24>", "<Resize:30x8>", "<Resize:59x30><Down><Enter>",
        "<Click:3,5>", "<WheelDown><WheelDown>", "<C-l>", "<Unknown>", "q", "<Esc><Esc><Esc>",
    ]
    for s in scripts:
        c.append(Case(g, ["--render-once", "120x40", "--keys", s]))
    for s in ("<Down><Enter>", "shiërarchie", "t", "w", "fschuldhulpverlening", "?", "p"):
        c.append(Case(g, ["--render-once", "120x40", "--keys", s, "--lang", "nl"]))
    for size in ("80x24", "200x60", "59x30"):
        for s in ("<Down><Enter><Right>", "<Home> <Down> <Down> c", "t", "w", "fbudgetbeheer"):
            c.append(Case(g, ["--render-once", size, "--keys", s]))
    c += [Case(g, a) for a in (["--render-once", "abc"], ["--render-once", "0x0"], ["--render-once", "3000x10"],
                               ["--render-once", "120x"], ["--render-once", "120x40x2"], ["--render-once"],
                               ["--keys", "q"])]
    c.append(Case(g, ["--render-once", "120x40"], env={"LANG": "nl_BE.UTF-8"}))
    # A pseudo-terminal: colour, the terminal's width, and the browser refusing to start.
    g = "tty"
    for a in (["regions"], ["show", "leuven", "--section", "challenges"], ["search", "hiërarchie"],
              ["fit", "schuldhulpverlening", "--limit", "5"], ["similar", "aalst", "S3"], ["compare", "leuven", "zuidwest"],
              ["contacts", "leuven"], ["timeline"], ["themes"], ["validate"], ["personas", "Roy"]):
        c.append(Case(g, a, tty=(100, 30)))
        c.append(Case(g, a, env={"NO_COLOR": "1"}, tty=(100, 30)))
    c += [Case(g, ["regions"], tty=(200, 50)), Case(g, ["show", "aalst"], tty=(40, 10)),
          Case(g, [], tty=(100, 30)), Case(g, [], env={"TERM": "dumb"}, tty=(100, 30)),
          Case(g, [], unset=("TERM",), tty=(100, 30)), Case(g, ["compare", "leuven", "zuidwest"], env={"TERM": "dumb"}, tty=(100, 30))]
    return c


def synthetic_cases(d, atlas):
    """The 1,000-region set; `atlas` names a few of its regions and items."""
    first, mid, last = atlas["ids"][0], atlas["ids"][len(atlas["ids"]) // 2], atlas["ids"][-1]
    D = ["--data", d]
    c = []
    g = "synthetic"
    c += [Case(g, a + D) for a in (["regions"], ["regions", "--json"], ["personas"], ["personas", "--json"],
                                    ["themes"], ["themes", "--json"], ["validate"], ["validate", "--json"],
                                    ["timeline", "--json"], ["timeline", "--ics"], ["timeline"], ["contacts", "--vcard"],
                                    ["contacts", "--json"], [])]
    for r in (first, mid, last):
        c += [Case(g, ["show", r] + D), Case(g, ["show", r, "--json"] + D),
              Case(g, ["show", r, "--section", "timing"] + D), Case(g, ["contacts", r] + D),
              Case(g, ["timeline", r, "--ics"] + D)]
    c += [Case(g, ["show", "regio-0"] + D), Case(g, ["show", "regio-9999"] + D), Case(g, ["show", "brussel"] + D)]
    accented = [p for p in atlas["personas"] if not p.isascii()][:2]
    for p in atlas["personas"][:3] + accented + [p.upper() for p in accented] + ["Roy", "nassim", "zzzz"]:
        c.append(Case(g, ["personas", p] + D))
    for q in ("werkzoekenden", "hiërarchie", "HIËRARCHIE", "coördinatie", "België", "taal", "xyzzy-no-hit", "é"):
        c += [Case(g, ["search", q] + D), Case(g, ["search", q, "--json"] + D)]
    for o in ("wij bieden schuldhulpverlening en budgetbeheer", "werkzoekenden", "Dutch lessons for refugees",
              "coördinatie van de hiërarchie", "de het een"):
        c += [Case(g, ["fit", o] + D), Case(g, ["fit", o, "--json", "--limit", "50"] + D)]
    c += [Case(g, ["fit", "taal", "--region", first, mid, "--kind", "service"] + D),
          Case(g, ["fit", "taal", "--region", "regio-0"] + D)]
    for r, item in atlas["items"][:4]:
        c += [Case(g, ["similar", r, item] + D), Case(g, ["similar", r, item, "--json", "--limit", "30"] + D)]
    c.append(Case(g, ["similar", first, "C999"] + D))
    four = atlas["ids"][:4]
    c += [Case(g, ["compare", first, last] + D), Case(g, ["compare"] + four + ["--json"] + D),
          Case(g, ["compare"] + four + D), Case(g, ["compare"] + atlas["ids"][:6] + D)]
    for s in ("", "<End>", "<End><Enter><Right>", "shiërarchie", "t", "w", "fwij bieden schuldhulpverlening", "p/ro",
              "<Home> <Down> <Down> <Down> c"):
        c.append(Case(g, ["--render-once", "120x40", "--keys", s] + D))
    c.append(Case(g, ["--render-once", "200x60", "--keys", "<PgDn><PgDn><Enter>"] + D))
    c.append(Case(g, ["regions"], env={"LOKAAL_DATA": d}))
    return c


def broken_cases(sets):
    """Missing, empty and mutated data directories: each refused with the same words and exit code."""
    c = []
    g = "bad-data"
    probes = [["regions"], ["validate"], ["validate", "--json"], ["show", "leuven"], ["search", "taal"],
              ["fit", "taal"], ["timeline", "--ics"], ["themes"], ["--render-once", "80x24"]]
    for name, d in sets:
        for p in probes:
            c.append(Case(g, p + ["--data", d]))
        c.append(Case(g, ["regions"], env={"LOKAAL_DATA": d}))
    return c


# ---------------------------------------------------------------------------------------------
# Data


def make_broken(root, data):
    """Copies of the bundled data with one thing wrong each; returns [(name, dir)]."""
    sets = []

    def copy(name):
        d = os.path.join(root, name)
        shutil.copytree(data, d)
        sets.append((name, d))
        return d

    def edit(d, f, fn):
        p = os.path.join(d, f)
        with open(p, "rb") as h:
            b = h.read()
        with open(p, "wb") as h:
            h.write(fn(b))

    sets.append(("missing", os.path.join(root, "missing")))
    os.makedirs(os.path.join(root, "empty"))
    sets.append(("empty", os.path.join(root, "empty")))
    a_file = os.path.join(root, "a-file")
    open(a_file, "w").write("not a directory\n")
    sets.append(("a-file", a_file))
    edit(copy("truncated"), "leuven.json", lambda b: b[: len(b) // 2])
    edit(copy("empty-file"), "aalst.json", lambda b: b"")
    edit(copy("trailing-comma"), "haspengouw.json", lambda b: b.rstrip()[:-1].rstrip() + b",}\n")
    edit(copy("misspelt-key"), "leuven.json", lambda b: b.replace(b'"email"', b'"emial"', 1))
    edit(copy("wrong-type"), "leuven.json", lambda b: re.sub(rb'"email": "[^"]*"', b'"email": 42', b, count=1))
    edit(copy("invalid-utf8"), "zuidwest-rand.json", lambda b: b.replace(b"e", b"\xc3\x28", 1))
    edit(copy("not-an-object"), "aalst.json", lambda b: b"[1, 2, 3]\n")
    edit(copy("bad-email"), "leuven.json", lambda b: b.replace(b"@", b" at ", 1))
    edit(copy("bad-id"), "aalst.json", lambda b: b.replace(b'"id": "aalst"', b'"id": "Aalst Stad"', 1))
    edit(copy("accented-text"), "leuven.json", lambda b: b.replace(b"Leuven", "Lëuven — Hiërarchie Coördinatie ÉÉN".encode(), 3))
    edit(copy("broken-themes"), "themes.json", lambda b: b"{\"themes\": [ {\"id\": }\n")
    os.remove(os.path.join(copy("no-themes"), "themes.json"))
    os.remove(os.path.join(copy("no-schema"), "addendum.schema.json"))
    d = copy("dir-named-json")
    os.makedirs(os.path.join(d, "extra.json"))
    d = copy("stray-files")
    open(os.path.join(d, "README.txt"), "w").write("stray\n")
    shutil.copy(os.path.join(d, "leuven.json"), os.path.join(d, "leuven-copy.json"))
    d = copy("only-themes")
    for f in os.listdir(d):
        if f not in ("themes.json",):
            os.remove(os.path.join(d, f))
    d = copy("deep-nesting")
    open(os.path.join(d, "deep.json"), "w").write("[" * 100000 + "]" * 100000)
    return sets


def synthetic_facts(d):
    """A few region ids, persona names and items of the synthetic set to ask about."""
    ids, personas, items = [], [], []
    for f in sorted(os.listdir(d)):
        if not f.endswith(".json") or f in ("themes.json", "addendum.schema.json"):
            continue
        try:
            r = json.load(open(os.path.join(d, f)))
        except Exception:
            continue
        if "id" not in r:
            continue
        ids.append(r["id"])
        for p in ((r.get("personas") or {}).get("names") or [])[:3]:
            if p not in personas:
                personas.append(p)
    for r in (ids[0], ids[len(ids) // 3], ids[-1]):
        items += [(r, "C1"), (r, "S2")]
    return {"ids": ids, "personas": personas, "items": items}


# ---------------------------------------------------------------------------------------------
# Running


def run_case(case, exe, cwd, base_env):
    env = dict(base_env)
    env.update(case.env)
    for k in case.unset:
        env.pop(k, None)
    shutil.rmtree(cwd, ignore_errors=True)
    os.makedirs(cwd)
    argv = ["lokaal"] + case.args
    start = time.monotonic()
    if case.tty:
        out, err, rc = run_pty(argv, exe, cwd, env, case.tty)
    else:
        try:
            p = subprocess.run(argv, executable=exe, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
            out, err, rc = p.stdout, p.stderr, p.returncode
        except subprocess.TimeoutExpired as e:
            out, err, rc = e.stdout or b"", e.stderr or b"", "timeout"
    elapsed = time.monotonic() - start
    files = {}
    for dirpath, _, names in os.walk(cwd):
        for n in names:
            p = os.path.join(dirpath, n)
            files[os.path.relpath(p, cwd)] = open(p, "rb").read()
    return {"stdout": out, "stderr": err, "rc": rc, "files": files}, elapsed


def run_pty(argv, exe, cwd, env, size):
    """stdout on a pseudo-terminal of COLSxROWS, stdin /dev/null (so the browser never starts), stderr a pipe."""
    cols, rows = size
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    p = subprocess.Popen(argv, executable=exe, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=slave,
                         stderr=subprocess.PIPE, start_new_session=True)
    os.close(slave)
    out, err = bytearray(), bytearray()
    deadline = time.monotonic() + TIMEOUT
    fds = {master: out, p.stderr.fileno(): err}
    while fds and time.monotonic() < deadline:
        ready, _, _ = select.select(list(fds), [], [], 0.5)
        for fd in ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                chunk = b""
            if chunk:
                fds[fd].extend(chunk)
            else:
                del fds[fd]
    rc = "timeout"
    if fds:  # still writing at the deadline
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()
    else:
        try:
            rc = p.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()
    os.close(master)
    p.stderr.close()
    return bytes(out), bytes(err), rc


def excerpt(name, a, b, lines=12):
    a_t = a.decode("utf-8", "replace").splitlines(keepends=False)
    b_t = b.decode("utf-8", "replace").splitlines(keepends=False)
    d = list(difflib.unified_diff(a_t, b_t, f"old {name}", f"new {name}", n=1, lineterm=""))
    if not d:  # same lines, other bytes (line endings, a final newline, invalid UTF-8)
        d = [f"--- old {name}: {len(a)} bytes", f"+++ new {name}: {len(b)} bytes",
             f"first differing byte at {next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))}"]
    more = len(d) - lines
    return "\n".join("      " + l[:160] for l in d[:lines]) + (f"\n      … {more} more diff lines" if more > 0 else "")


def main():
    ap = argparse.ArgumentParser(description="Compare two lokaal binaries on every subcommand, byte for byte.")
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--bench", help="lokaal-bench for the synthetic set (default: beside NEW)")
    ap.add_argument("--data", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Data"))
    ap.add_argument("--regions", type=int, default=1000)
    ap.add_argument("--keep", action="store_true", help="keep the scratch directory")
    ap.add_argument("--only", help="run only the invocations whose label contains this")
    ap.add_argument("--list", action="store_true", help="list the invocations and stop")
    o = ap.parse_args()
    old, new = os.path.abspath(o.old), os.path.abspath(o.new)
    bench = os.path.abspath(o.bench or os.path.join(os.path.dirname(new), "lokaal-bench"))
    for what, p in (("OLD", old), ("NEW", new), ("lokaal-bench", bench)):
        if not os.access(p, os.X_OK):
            sys.exit(f"differential: {what} {p} is not an executable file")

    w = tempfile.mkdtemp(prefix="lokaal-differential.")
    try:
        inst = os.path.join(w, "inst")
        os.makedirs(os.path.join(inst, "bin"))
        bundled = os.path.join(inst, "share", "lokaal")  # the installed layout: bin/../share/lokaal
        shutil.copytree(os.path.abspath(o.data), bundled)
        syn = os.path.join(w, "data", f"r{o.regions}")
        print(f"differential: synthetic data, {o.regions} regions ({bench} synth)", file=sys.stderr)
        subprocess.run([bench, "synth", "--regions", str(o.regions), "--out", syn], check=True,
                       stdout=subprocess.DEVNULL)
        broken = make_broken(os.path.join(w, "data", "broken"), bundled)
        cases = bundled_cases() + synthetic_cases(syn, synthetic_facts(syn)) + broken_cases(broken)
        if o.only:
            cases = [c for c in cases if o.only in c.label()]
        if o.list:
            for c in cases:
                print(f"{c.group:10} {c.label()}".replace(w, "$DIR"))
            return 0
        exe = os.path.join(inst, "bin", "lokaal")
        base_env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.path.join(w, "home"),
                    "LC_ALL": "C.UTF-8", "TERM": "xterm-256color", "SWIFT_BACKTRACE": "enable=no", "TZ": "Europe/Brussels"}
        os.makedirs(base_env["HOME"])
        results, took = {}, {}
        # One binary at a time, from the same path, so that argv[0], /proc/self/exe and
        # ../share/lokaal are the same for both.
        for side, binary in (("old", old), ("new", new)):
            shutil.copy2(binary, exe)
            print(f"differential: {len(cases)} invocations with {side} ({binary})", file=sys.stderr)
            took[side] = 0.0
            results[side] = []
            for c in cases:
                r, t = run_case(c, exe, os.path.join(w, "cwd"), base_env)
                results[side].append(r)
                took[side] += t
        # The run is trusted only when both binaries start and read the bundled data.
        for side in ("old", "new"):
            probe = [r for c, r in zip(cases, results[side]) if c.args in (["--version"], ["regions"]) and not c.env]
            if any(r["rc"] != 0 for r in probe):
                print(f"differential: the {side} binary fails `lokaal --version` or `lokaal regions`: no comparison", file=sys.stderr)
                return 2
        diffs = []
        for c, a, b in zip(cases, results["old"], results["new"]):
            why = []
            if a["rc"] != b["rc"]:
                why.append(f"    exit code: old {a['rc']}, new {b['rc']}")
            for s in ("stdout", "stderr"):
                if a[s] != b[s]:
                    why.append(f"    {s} differs ({len(a[s])} → {len(b[s])} bytes):\n" + excerpt(s, a[s], b[s]))
            if a["files"] != b["files"]:
                for f in sorted(set(a["files"]) | set(b["files"])):
                    if a["files"].get(f) != b["files"].get(f):
                        why.append(f"    file {f} differs:\n" + excerpt(f, a["files"].get(f, b""), b["files"].get(f, b"")))
            if why:
                diffs.append((c, why))
        groups = {}
        for c in cases:
            groups[c.group] = groups.get(c.group, 0) + 1
        n = len(cases)
        print(f"\ndifferential: OLD {old}\n              NEW {new}")
        print(f"  {n} invocations ({', '.join(f'{g} {k}' for g, k in groups.items())}), each with both binaries")
        print(f"  {n - len(diffs)} identical (stdout, stderr, exit code, files), {len(diffs)} different")
        rcs = {}
        for r in results["old"]:
            rcs[r["rc"]] = rcs.get(r["rc"], 0) + 1
        print(f"  exit codes (old): {', '.join(f'{k}: {v}' for k, v in sorted(rcs.items(), key=lambda kv: str(kv[0])))}")
        print(f"  time: old {took['old']:.1f} s, new {took['new']:.1f} s (all invocations, one after another)")
        for k, (c, why) in enumerate(diffs):
            if k == SHOWN:
                print(f"\n… and {len(diffs) - SHOWN} more (names only):")
            if k >= SHOWN:
                print(f"DIFFERENT [{c.group}] {c.label()}".replace(w, "$DIR"))
                continue
            print(f"\nDIFFERENT [{c.group}] {c.label()}".replace(w, "$DIR"))
            print("\n".join(why).replace(w, "$DIR"))
        if diffs:
            print(f"\ndifferential: {len(diffs)} of {n} invocations differ ($DIR is {w}{'' if o.keep else ', removed'})")
        return 1 if diffs else 0
    finally:
        if o.keep:
            print(f"differential: kept {w}", file=sys.stderr)
        else:
            shutil.rmtree(w, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
