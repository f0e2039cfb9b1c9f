#!/usr/bin/env python3
"""Hostile text for the end-to-end tests: the corpus, data sets built from it,
and the checks on what reached the terminal.

    hostile.py corpus                  one line per entry: id, what it is, length in bytes
    hostile.py data SRC OUT            copies SRC/*.json to OUT with the corpus in every
                                       displayed text field; prints "fields N entries M"
    hostile.py strict SRC OUT          one data set per strictly validated field (and a hostile
                                       file name), a nasty string in it; prints "NAME<TAB>DIR"
    hostile.py refusals LIST           checks the refusals hostile.sh ran on those data sets
    hostile.py clean FILE              checks text for control bytes, C1 and bidi controls
    hostile.py scan STREAM [N [nocurses]]
                                       checks the raw bytes the program wrote (tmux pipe-pane):
                                       only sequences ncurses sends for xterm-256color (and N
                                       OSC 52), no other controls, C1 or bidi controls; with
                                       nocurses, no escape sequence at all
    hostile.py selftest STREAM         checks that the scan catches the dangerous entries
                                       written raw into the (clean) STREAM
    hostile.py screens COLS REF FILE...
                                       checks captured screens (capture-pane -p): no controls,
                                       rows fit, borders, scroll bar and header where the clean
                                       screen REF (or -) has them; prints the ids seen
    hostile.py placeholders FILE...    checks that entries of ASCII and controls drawn whole
                                       show exactly the Sanitizer's placeholders
    hostile.py osc52 STREAM            prints the decoded OSC 52 payloads (their number on stderr)

Each corpus entry is placed in a field as `ORIGINAL [hNNN:PAYLOAD:hNNN]`, so a
capture shows which entries were drawn (the ids are plain ASCII).
"""
import base64
import ctypes
import glob
import json
import os
import re
import shutil
import sys

ESC, BEL, ST = "\x1b", "\x07", "\x1b\\"


def b64(s):
    return base64.b64encode(s.encode()).decode()


def corpus():
    """The hostile strings: (what, text). Ids are given by position (h000, h001, …)."""
    out = []
    add = lambda what, text: out.append((what, text))
    # Every C0 control, DEL and every C1 control (as code points), between letters.
    for c in range(0x20):
        add(f"C0 0x{c:02X}", f"a{chr(c)}b")
    add("DEL", "a\x7fb")
    for c in range(0x80, 0xA0):
        add(f"C1 U+{c:04X}", f"a{chr(c)}b")
    # Operating system commands: titles, hyperlinks, clipboard, colours, notifications.
    add("OSC 0 title, BEL", f"{ESC}]0;PWNED-title{BEL}")
    add("OSC 0 title, ST", f"{ESC}]0;PWNED-title{ST}")
    add("OSC 1 icon name", f"{ESC}]1;PWNED-icon{BEL}")
    add("OSC 2 title, BEL", f"{ESC}]2;PWNED-title{BEL}")
    add("OSC 2 title, ST", f"{ESC}]2;PWNED-title{ST}")
    add("OSC 2 title, 8-bit OSC and ST", f"\x9d2;PWNED-title\x9c")
    add("OSC 8 hyperlink, ST", f"{ESC}]8;;http://evil.example/{ST}click me{ESC}]8;;{ST}")
    add("OSC 8 hyperlink, BEL", f"{ESC}]8;id=x;http://evil.example/{BEL}click{ESC}]8;;{BEL}")
    add("OSC 52 clipboard, BEL", f"{ESC}]52;c;{b64('HACKED-bel')}{BEL}")
    add("OSC 52 clipboard, ST", f"{ESC}]52;c;{b64('HACKED-st')}{ST}")
    add("OSC 52 primary+clipboard, ST", f"{ESC}]52;pc;{b64('HACKED-pc')}{ST}")
    add("OSC 52 clipboard, 8-bit", f"\x9d52;c;{b64('HACKED-c1')}\x9c")
    add("OSC 52 clipboard query", f"{ESC}]52;c;?{BEL}")
    add("OSC 4 palette", f"{ESC}]4;1;rgb:ff/00/00{BEL}")
    add("OSC 10/11 colour query", f"{ESC}]10;?{BEL}{ESC}]11;?{ST}")
    add("OSC 7 working directory", f"{ESC}]7;file://evil.example/PWNED-path{BEL}")
    add("OSC 9 / 777 notification", f"{ESC}]9;PWNED-notify{BEL}{ESC}]777;notify;PWNED;body{BEL}")
    add("OSC 104 palette reset", f"{ESC}]104{BEL}")
    # Control sequences that change the screen, modes or the terminal's state.
    add("CSI 2J clear", f"{ESC}[2J")
    add("CSI 3J clear scrollback", f"{ESC}[3J{ESC}[H")
    add("CSI ?1049h alternate screen", f"{ESC}[?1049h")
    add("CSI ?1049l leave alternate screen", f"{ESC}[?1049l")
    add("CSI ?47h / ?1047h alternate screen", f"{ESC}[?47h{ESC}[?1047l")
    add("CSI ?25l hide cursor", f"{ESC}[?25l")
    add("CSI ?1000h mouse", f"{ESC}[?1000h")
    add("CSI ?1003h ?1006h any-motion SGR mouse", f"{ESC}[?1003h{ESC}[?1006h")
    add("CSI ?2004h bracketed paste", f"{ESC}[?2004h")
    add("CSI ?7l no autowrap", f"{ESC}[?7l")
    add("CSI ?6h origin mode", f"{ESC}[?6h")
    add("CSI 4h insert mode", f"{ESC}[4h")
    add("CSI 3;7r scroll region", f"{ESC}[3;7r")
    add("CSI r full scroll region + SU", f"{ESC}[r{ESC}[5S")
    add("SGR red bold", f"{ESC}[31;1mRED{ESC}[0m")
    add("SGR blink conceal truecolour", f"{ESC}[5;8;38;2;255;0;0mhidden")
    add("SGR 8-bit CSI", f"\x9b31mRED")
    add("CSI 6n cursor position request", f"{ESC}[6n")
    add("CSI c device attributes", f"{ESC}[c")
    add("CSI >c / =c secondary and tertiary DA", f"{ESC}[>c{ESC}[=c")
    add("CSI 5n status request", f"{ESC}[5n")
    add("CSI 18t / 21t size and title report", f"{ESC}[18t{ESC}[21t")
    add("CSI 8;5;5t resize window", f"{ESC}[8;5;5t")
    add("CSI 2 q cursor shape", f"{ESC}[2 q")
    add("CSI !p soft reset", f"{ESC}[!p")
    add("CSI huge parameter", f"{ESC}[99999999999999999999A")
    add("CSI unterminated", f"{ESC}[12;")
    add("ESC c full reset", f"{ESC}c")
    add("ESC 7 / ESC 8 save and restore", f"{ESC}7xx{ESC}8")
    add("ESC ( 0 line drawing charset", f"{ESC}(0lqqk{ESC}(B")
    add("ESC # 8 screen alignment", f"{ESC}#8")
    add("ESC = / > keypad", f"{ESC}={ESC}>")
    add("ESC k tmux window name", f"{ESC}kPWNED-window{ST}")
    add("lone ESC at the end", f"end{ESC}")
    # Device control, application program command, privacy message, start of string.
    add("DCS $q request status", f"{ESC}P$qm{ST}")
    add("DCS +q XTGETTCAP", f"{ESC}P+q544e{ST}")
    add("DCS tmux passthrough OSC 52", f"{ESC}Ptmux;{ESC}{ESC}]52;c;{b64('HACKED-passthrough')}{BEL}{ST}")
    add("DCS sixel", f"{ESC}Pq#0;2;0;0;0#0~~@@vv{ST}")
    add("DCS 8-bit", f"\x90$qm\x9c")
    add("APC kitty graphics", f"{ESC}_Ga=T,f=100;AAAA{ST}")
    add("PM", f"{ESC}^privacy message{ST}")
    add("SOS", f"{ESC}Xstart of string{ST}")
    # Bidirectional controls: embeddings, overrides, isolates, marks.
    for c in list(range(0x202A, 0x202F)) + list(range(0x2066, 0x206A)) + [0x200E, 0x200F, 0x061C]:
        add(f"bidi U+{c:04X}", f"abc{chr(c)}def")
    add("bidi override reversing a word", "\u202eevil.exe\u202c.txt")
    # Zero-width and invisible characters.
    for c in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x034F, 0x180E, 0x2061, 0x2064):
        add(f"zero width U+{c:04X}", f"ab{chr(c)}cd")
    add("line and paragraph separators", "a\u2028b\u2029c")
    add("interlinear annotation", "a\ufff9b\ufffac\ufffbd")
    add("Hangul fillers", "a\u115f\u1160\u3164\uffa0b")
    add("variation selectors", "a\ufe00\ufe0e\ufe0f\U000e0100b")
    add("tag characters", "a\U000e0001\U000e0041\U000e007fb")
    add("noncharacters and private use", "a\ufffe\uffff\U0010ffff\ue000\uf8ffb")
    add("unassigned code points", "a\U00050000\U000e0fffb")
    add("Arabic number sign (prepended)", "\u0600\u0661\u0662 a\u0600b")
    # Combining marks.
    add("200 combining acutes on one letter", "e" + "\u0301" * 200)
    add("200 mixed combining marks (Zalgo)", "Z" + "".join(chr(0x300 + i % 0x70) for i in range(200)) + "algo")
    add("combining mark with no base", "\u0301\u0308start")
    add("200 enclosing circles", "a" + "\u20dd" * 200)
    add("200 spacing marks (Devanagari visarga)", "\u0915" + "\u0903" * 200)
    add("200 zero-width joiners after a letter", "x" + "\u200d" * 200 + "y")
    add("Hangul syllable with 200 trailing jamo", "\uac00" + "\u11a8" * 200)
    # Wide characters and emoji.
    add("CJK", "漢字テスト中文한국어")
    add("fullwidth Latin", "ＡＢＣ１２３")
    add("CJK without spaces, 3000 characters", "漢" * 3000)
    add("emoji", "😀🎉🚀")
    add("emoji with skin tone", "👍🏽👋🏿")
    add("emoji ZWJ family", "👨‍👩‍👧‍👦")
    add("emoji ZWJ kiss (7+ scalars)", "👩‍❤️‍💋‍👨x👩‍❤️‍💋‍👨😀")
    add("flags", "🇧🇪🇳🇱🇪🇺")
    add("subdivision flag (tags)", "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f")
    add("text-default emoji with VS16", "❤️✌️☺️x")
    add("keycap sequence", "1️⃣#️⃣")
    add("rainbow flag", "🏳️‍🌈")
    add("Thai with marks", "ภาษาไทย")
    add("Arabic and Hebrew (no controls)", "مرحبا שלום")
    add("Devanagari", "नमस्ते")
    add("10000 letters without a space", "x" * 10000)
    # Text that is only dangerous elsewhere.
    add("format string", "%s%n%x%d")
    add("shell metacharacters", "$(touch /tmp/lokaal-pwned) `id` ; rm -rf ~")
    add("backslash escapes as text", "\\x1b]0;not-a-title\\x07 \\e[2J \\033")
    add("CR LF in text", "line1\r\nline2\rline3\n\nline4")
    add("tabs", "col\tcol\t\tcol")
    # Last: the 1 MiB line (placed in one field only).
    unit = ("lorem ipsum " + f"{ESC}[2J" + " 漢字 😀 e\u0301\u0301 " + "\u202eabc\u202c " + "\x9b6n " + f"{ESC}]0;PWNED{BEL} ")
    big = (unit * (1024 * 1024 // len(unit.encode()) + 1)).encode()[: 1024 * 1024 - 2].decode("utf-8", "ignore")
    big = big + "x" * (1024 * 1024 - len(big.encode()))
    add("1 MiB line", big)
    return out


MIB_WHAT = "1 MiB line"


def ident(i):
    return f"h{i:03d}"


# Fields the validator checks strictly (ids, dates, times, enums, e-mail, phone, paths):
# they cannot carry arbitrary text, so they get refusal tests instead.
STRICT = re.compile(r"""^\$(\.id
  |\.\$schema
  |\.enrichment\.date|\.arena\.date
  |\.timing\.(milestones|summary)\[\d+\]\.(dates\[\d+\]|time|kind|pattern)
  |\.enrichment\.groups\[\d+\]\.kind
  |\.notes\[\d+\]\.kind
  |\.contacts\.people\[\d+\]\.(email|phoneIntl)
  |\.contacts\.submission\.email)$""", re.X)


def walk(node, path, visit):
    if isinstance(node, dict):
        for k in node:
            node[k] = walk(node[k], f"{path}.{k}", visit)
        return node
    if isinstance(node, list):
        return [walk(v, f"{path}[{i}]", visit) for i, v in enumerate(node)]
    if isinstance(node, str):
        return visit(path, node)
    return node


def region_files(src):
    return sorted(p for p in glob.glob(os.path.join(src, "*.json"))
                  if not p.endswith(("addendum.schema.json", "themes.json")))


def cmd_data(src, out):
    entries = corpus()
    small = [i for i, (what, _) in enumerate(entries) if what != MIB_WHAT]
    mib = next(i for i, (what, _) in enumerate(entries) if what == MIB_WHAT)
    os.makedirs(out, exist_ok=True)
    for p in glob.glob(os.path.join(src, "*.json")):
        shutil.copy(p, out)
    counter = [0]
    fields = [0]
    for r, p in enumerate(region_files(src)):
        d = json.load(open(p, encoding="utf-8"))
        rid = d["id"]
        names = {}
        # Each region starts at its own place in the corpus, so a note added to one file
        # (notes come last) does not move the entries of the files after it.
        counter[0] = 37 * r

        def wrap(orig, i, keep_digits=True):
            text = entries[i][1]
            if not keep_digits:  # no digits, so no id either
                return f"{orig} [{re.sub(r'[0-9]', '', text)}]"
            return f"{orig} [{ident(i)}:{text}:{ident(i)}]"

        def next_entry():
            i = small[counter[0] % len(small)]
            counter[0] += 1
            return i

        # Persona names are references: the same hostile name everywhere.
        for n in d["personas"]["names"]:
            names[n] = wrap(n, next_entry())

        def visit(path, value):
            if STRICT.match(path):
                return value
            fields[0] += 1
            if re.match(r"^\$\.(personas\.names|challenges\[\d+\]\.personas)\[\d+\]$", path):
                return names[value]
            if re.match(r"^\$\.contacts\.people\[\d+\]\.phone$", path):
                # The written phone must keep its digits (checked against phoneIntl).
                return wrap(value, next_entry(), keep_digits=False)
            # The 1 MiB line goes in a data note: in a challenge it is wrapped again for every
            # frame of several views (a second or more each in a debug build).
            if rid == "leuven" and path == "$.notes[0].text":
                return wrap(value, mib)
            return wrap(value, next_entry())

        d = walk(d, "$", visit)
        with open(os.path.join(out, os.path.basename(p)), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
    print(f"fields {fields[0]} entries {len(entries)}")


# The strictly validated fields, one data set each: (name, region, path, how to spoil it).
NASTY = f"x{ESC}]0;PWNED-title{BEL}{ESC}]52;c;{b64('HACKED-stderr')}{BEL}{ESC}[2J\x9b6n\u202e\x00\x7f\r\nnext line"


def strict_cases():
    return [
        ("id", "leuven", ["id"], lambda v: v + NASTY),
        ("enrichment date", "aalst", ["enrichment", "date"], lambda v: v + NASTY),
        ("arena date", "aalst", ["arena", "date"], lambda v: NASTY),
        ("milestone date", "leuven", ["timing", "milestones", 0, "dates", 0], lambda v: v + NASTY),
        ("milestone time", "leuven", ["timing", "milestones", 1, "time"], lambda v: NASTY + v),
        ("milestone kind", "haspengouw", ["timing", "milestones", 0, "kind"], lambda v: v + NASTY),
        ("milestone pattern", "haspengouw", ["timing", "milestones", 0, "pattern"], lambda v: v + NASTY),
        ("enrichment group kind", "zuidwest-rand", ["enrichment", "groups", 0, "kind"], lambda v: v + NASTY),
        ("note kind", "aalst", ["notes", 0, "kind"], lambda v: v + NASTY),
        ("note path", "aalst", ["notes", 0, "path"], lambda v: NASTY + v),
        ("person e-mail", "leuven", ["contacts", "people", 0, "email"], lambda v: v + NASTY),
        ("submission e-mail", "zuidwest-rand", ["contacts", "submission", "email"], lambda v: NASTY + v),
        ("phone, +32 form", "klein-brabant-vaartland", ["contacts", "people", 0, "phoneIntl"], lambda v: v + NASTY),
        ("phone as written", "aalst", ["contacts", "people", 0, "phone"], lambda v: v + "9" + NASTY),
        ("challenge persona reference", "leuven", ["challenges", 0, "personas", 0], lambda v: v + NASTY),
        ("persona name", "haspengouw", ["personas", "names", 0], lambda v: v + NASTY),
        ("not a string where text belongs", "leuven", ["name"], lambda v: {NASTY: NASTY}),
        ("file name", None, None, None),
    ]


def cmd_strict(src, out):
    for n, (name, region, path, spoil) in enumerate(strict_cases()):
        d_out = os.path.join(out, f"strict{n:02d}")
        os.makedirs(d_out, exist_ok=True)
        for p in glob.glob(os.path.join(src, "*.json")):
            shutil.copy(p, d_out)
        if region is None:  # a broken file whose very name is hostile
            bad_name = "x" + re.sub(r"[/\x00\r\n]", "", NASTY) + ".json"
            with open(os.path.join(d_out, bad_name), "w", encoding="utf-8") as fh:
                fh.write('{"id": ')
            print(f"{name}\t{d_out}")
            continue
        f = os.path.join(d_out, region + ".json")
        d = json.load(open(f, encoding="utf-8"))
        node = d
        for k in path[:-1]:
            node = node[k]
        node[path[-1]] = spoil(node[path[-1]])
        with open(f, "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False)
        print(f"{name}\t{d_out}")


# ---------------------------------------------------------------------------
# What reached the terminal.

BIDI = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A)) | {0x200E, 0x200F, 0x061C}

# Escape sequences ncurses sends for xterm-256color (from `infocmp -1 xterm-256color`:
# cup, hpa, vpa, cuu/cud/cuf/cub, el/el1/ed/clear, ech, ich/dch, il/dl, indn/rin, rep,
# csr, sgr/sgr0/setaf/setab/op, smcup/rmcup with the title stack push/pop, smkx/rmkx,
# civis/cnorm/cvvis, smir/rmir, smam/rmam, the mouse mode (XM), sc/rc, ri).
CSI_PLAIN = re.compile(rb"^\x1b\[(\d{1,4}(;\d{1,4})?)?[HfABCDGdXPL@MSTb]$|^\x1b\[[12]?[JK]$|^\x1b\[\d{1,4};\d{1,4}r$")
SGR = re.compile(rb"^\x1b\[[0-9;]*m$")
SGR_PARAMS = {0, 1, 2, 4, 7, 22, 23, 24, 27, 39, 49} | set(range(30, 38)) | set(range(40, 48))
PRIVATE_MODES = {b"?1h", b"?1l", b"?7h", b"?12l", b"?12;25h", b"?25h", b"?25l", b"?1049h", b"?1049l",
                 b"?1006;1000h", b"?1006;1000l"}
ALLOWED_SHORT = {b"\x1b7", b"\x1b8", b"\x1b=", b"\x1b>", b"\x1bM", b"\x1b(B"}
ALLOWED_OTHER = {b"\x1b[4h", b"\x1b[4l", b"\x1b[22;0;0t", b"\x1b[23;0;0t"}
ALLOWED_C0 = {0x08, 0x09, 0x0A, 0x0D}


def sgr_ok(seq):
    body = seq[2:-1].decode()
    if not body:
        return True
    parts = body.split(";")
    i = 0
    while i < len(parts):
        p = parts[i]
        if p == "":
            i += 1
            continue
        n = int(p)
        if n in (38, 48):  # 256-colour form only: 38;5;N
            if i + 2 < len(parts) + 0 and parts[i + 1] == "5" and parts[i + 2].isdigit() and int(parts[i + 2]) < 256:
                i += 3
                continue
            return False
        if n not in SGR_PARAMS:
            return False
        i += 1
    return True


def tokens(b):
    """Splits the stream into escape sequences, control bytes and text runs."""
    i, n = 0, len(b)
    while i < n:
        c = b[i]
        if c == 0x1B:
            if i + 1 >= n:
                yield ("esc", b[i:]); return
            d = b[i + 1]
            if d == ord("["):
                m = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]").match(b, i)
                if not m:
                    yield ("esc", b[i:i + 2]); i += 2; continue
                yield ("esc", m.group()); i = m.end(); continue
            if d in b"()*+#%" and i + 2 < n:
                yield ("esc", b[i:i + 3]); i += 3; continue
            if d in b"]P_^Xk":
                # A string sequence: up to BEL or ST (or the end).
                j = i + 2
                while j < n and b[j] != 0x07 and not (b[j] == 0x1B and j + 1 < n and b[j + 1] == ord("\\")):
                    j += 1
                end = j + 1 if j < n and b[j] == 0x07 else j + 2
                yield ("esc", b[i:end]); i = end; continue
            yield ("esc", b[i:i + 2]); i += 2; continue
        if c < 0x20 or c == 0x7F:
            yield ("ctl", bytes([c])); i += 1; continue
        j = i
        while j < n and b[j] != 0x1B and not (b[j] < 0x20 or b[j] == 0x7F):
            j += 1
        yield ("text", b[i:j]); i = j


# What endwin sends after leaving the alternate screen; nothing else may follow it.
AFTER_LEAVE = {b"\x1b[23;0;0t", b"\r", b"\n", b"\x1b[?1l", b"\x1b>", b"\x1b[?12l", b"\x1b[?25h",
               b"\x1b[?1006;1000l", b"\x1b(B", b"\x1b[m", b"\x1b[39;49m"}


def stream_problems(b, allow_osc52=0):
    problems, seen = [], {}
    osc52 = 0
    left = False
    toks = list(tokens(b))
    # ncurses writes the bottom-right cell with automatic margins off: ESC[?7l, one cell, ESC[?7h
    # (rmam/smam, so the terminal does not scroll). Only that exact bracket is its own.
    bracket = set()
    for k in range(len(toks) - 2):
        if (toks[k][1] == b"\x1b[?7l" and toks[k + 1][0] == "text" and toks[k + 2][1] == b"\x1b[?7h"
                and len(toks[k + 1][1].decode("utf-8", "replace")) <= 5):
            bracket.update((k, k + 2))
    for index, (kind, t) in enumerate(toks):
        if index in bracket:
            continue
        if left and t not in AFTER_LEAVE:
            problems.append(f"{t[:40]!r} after leaving the alternate screen")
        if t == b"\x1b[?1049l":
            left = True
        if kind == "esc":
            key = re.sub(rb"\d+", b"N", t[:40])
            seen[key] = seen.get(key, 0) + 1
            ok = (t in ALLOWED_SHORT or t in ALLOWED_OTHER or CSI_PLAIN.match(t) is not None
                  or (SGR.match(t) is not None and sgr_ok(t)))
            if t.startswith(b"\x1b[?"):
                ok = t[2:] in PRIVATE_MODES
            if t.startswith(b"\x1b]52;c;") and t.endswith(b"\x07") and osc52 < allow_osc52:
                osc52 += 1
                ok = True
            if not ok:
                problems.append(f"escape sequence ncurses does not send: {t[:80]!r}")
        elif kind == "ctl":
            if t[0] not in ALLOWED_C0:
                problems.append(f"control byte 0x{t[0]:02X}")
        else:
            try:
                s = t.decode("utf-8")
            except UnicodeDecodeError as e:
                problems.append(f"invalid UTF-8 (raw 8-bit bytes): {t[max(0, e.start - 10):e.start + 10]!r}")
                continue
            for ch in s:
                o = ord(ch)
                if 0x80 <= o <= 0x9F:
                    problems.append(f"C1 control U+{o:04X} as UTF-8")
                elif o in BIDI:
                    problems.append(f"bidi control U+{o:04X}")
            m = re.search("[\u0300-\u036f\u20d0-\u20ff]{5,}", s)
            if m:
                problems.append(f"more than 4 combining marks in a row: {m.group()!r}")
    # The alternate screen is entered once (a raw ?1049h from data would add one) and left
    # at the end (see AFTER_LEAVE).
    enter = b.count(b"\x1b[?1049h")
    if enter != 1:
        problems.append(f"alternate screen entered {enter} times (want 1)")
    return problems, seen


def cmd_scan(path, allow_osc52="0", mode="curses"):
    b = open(path, "rb").read()
    if mode == "nocurses":  # nothing but text lines may be written
        problems, seen = [f"byte 0x{c:02X}" for c in b if (c < 0x20 and c not in (0x0A, 0x0D)) or c == 0x7F], {}
        problems += [f"U+{ord(c):04X}" for c in b.decode("utf-8", "replace") if 0x80 <= ord(c) <= 0x9F or ord(c) in BIDI]
    else:
        problems, seen = stream_problems(b, int(allow_osc52))
    # Several occurrences of one problem are one line.
    uniq = []
    for p in problems:
        if p not in uniq:
            uniq.append(p)
    for p in uniq[:40]:
        print(p)
    print(f"# {len(b)} bytes, {sum(seen.values())} escape sequences of {len(seen)} kinds, {len(problems)} problems",
          file=sys.stderr)
    return 1 if problems else 0


def dangerous(text):
    """Whether an entry written raw could do harm: controls other than the ones ncurses
    itself sends (BS, TAB, LF, CR), DEL, C1, bidi controls or a pile of combining marks."""
    return (any((ord(c) < 0x20 and ord(c) not in ALLOWED_C0) or 0x7F <= ord(c) <= 0x9F or ord(c) in BIDI for c in text)
            or re.search("[\u0300-\u036f\u20d0-\u20ff]{5,}", text) is not None)


# Entries byte for byte like sequences ncurses sends itself: no byte scan can tell them
# apart (the screen checks show them drawn as ␛… and tmux's mode flags are compared).
LOOK_LIKE_NCURSES = {"CSI 2J clear", "CSI ?25l hide cursor", "CSI 4h insert mode", "CSI 3;7r scroll region",
                     "SGR red bold", "ESC 7 / ESC 8 save and restore", "ESC = / > keypad"}


def cmd_selftest(path):
    """The scan is not vacuous: every dangerous entry written raw into a clean stream is caught."""
    b = open(path, "rb").read()
    b = b[: max(b.find(b"\x1b[", 10000), 0) or len(b)]  # a clean stretch of output is enough
    base = len(stream_problems(b)[0])
    pos = b.rfind(b"\x1b[", 0, len(b) // 2)
    caught, missed, n = 0, [], 0
    for what, text in corpus():
        if not dangerous(text):
            continue
        n += 1
        raw = text.encode()[:65536]  # the 1 MiB line repeats itself: its start will do
        if len(stream_problems(b[:pos] + raw + b[pos:])[0]) > base:
            caught += 1
        elif what not in LOOK_LIKE_NCURSES:
            missed.append(what)
    print(f"{caught} of {n} dangerous entries caught when written raw; "
          f"{n - caught - len(missed)} look exactly like ncurses' own sequences")
    for m in missed:
        print(f"not caught: {m}")
    return 1 if missed or base else 0


def cmd_refusals(listing):
    """The refusals `strict` set up, run by hostile.sh: each DIR has regions.{rc,out,err}
    and validate.{rc,out}. Exit 65, nothing on stdout, one clean line naming file and path."""
    bad = []
    for line in open(listing, encoding="utf-8"):
        what, d = line.rstrip("\n").split("\t")
        read = lambda name: open(os.path.join(d, name), "rb").read()
        for cmd in ("regions", "validate"):
            rc = read(f"{cmd}.rc").strip()
            if rc != b"65":
                bad.append(f"{what}: {cmd} exits {rc.decode()}, want 65")
        err = read("regions.err")
        if read("regions.out"):
            bad.append(f"{what}: regions wrote to stdout")
        if not re.match(rb"^lokaal: .*\.json: (at \$|not valid JSON)", err):
            bad.append(f"{what}: stderr does not name the file and the JSON path: {err[:200]!r}")
        for name, one in (("regions.err", True), ("validate.out", False)):
            for p in text_problems(read(name), one):
                bad.append(f"{what}: {name}: {p}")
    for b in bad[:30]:
        print(b)
    return 1 if bad else 0


def text_problems(b, one_line):
    bad = [f"control byte 0x{c:02X}" for c in b if (c < 0x20 and c != 0x0A) or c == 0x7F]
    if one_line and (not b.endswith(b"\n") or b.count(b"\n") != 1):
        bad.append(f"{b.count(bytes([10]))} line breaks (want exactly one line)")
    try:
        s = b.decode("utf-8")
        bad += [f"C1 or bidi control U+{ord(c):04X}" for c in s if 0x80 <= ord(c) <= 0x9F or ord(c) in BIDI]
    except UnicodeDecodeError:
        bad.append("invalid UTF-8")
    return bad


def cmd_clean(path):
    bad = text_problems(open(path, "rb").read(), False)
    for p in bad[:10]:
        print(p)
    return 1 if bad else 0


# ---------------------------------------------------------------------------
# What the screen shows.

_libc = None


def wcwidth(ch):
    global _libc
    if _libc is None:
        _libc = ctypes.CDLL(None)
        _libc.setlocale.restype = ctypes.c_char_p
        _libc.setlocale(6, b"C.UTF-8")  # LC_ALL
    return _libc.wcwidth(ctypes.c_wchar(ch))


def cells(line):
    """Column of every character of a capture-pane line, and the line's width."""
    cols, x = [], 0
    for ch in line:
        w = wcwidth(ch)
        cols.append(x)
        x += max(w, 0)
    return cols, x


def border_columns(line):
    cols, _ = cells(line)
    return [cols[i] for i, ch in enumerate(line) if ch in "│┃"]


def cmd_screens(ncols, ref, files):
    ncols = int(ncols)
    ref_lines = open(ref, encoding="utf-8").read().split("\n") if ref != "-" else [""]
    ref_header = ref_lines[0].rstrip()
    ref_header_end = cells(ref_header)[1]
    ref_borders = border_columns(ref_lines[2]) if len(ref_lines) > 2 else []
    problems, ids, placeholders = [], set(), set()
    for f in files:
        text = open(f, encoding="utf-8", errors="replace").read()
        name = os.path.basename(f)
        lines = text.split("\n")
        for y, line in enumerate(lines):
            bad = [c for c in line if ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F or ord(c) in BIDI]
            if bad:
                problems.append(f"{name} row {y + 1}: control characters {bad[:5]!r}")
            w = cells(line)[1]
            if w > ncols:
                problems.append(f"{name} row {y + 1}: {w} cells wide (pane has {ncols}): {line[:60]!r}")
        placeholders |= set(c for c in text if 0x2400 <= ord(c) <= 0x2421 or c in "\ufffd\u25cc")
        ids |= set(re.findall(r"h(\d{3})[:\]]", text))
        # The header's right end ("N/5 regions") stays put whatever the region name holds.
        head = lines[0].rstrip()
        if re.search(r"\d/5 regions$", head) and cells(head)[1] != ref_header_end:
            problems.append(f"{name}: header ends at column {cells(head)[1]}, want {ref_header_end}: {head!r}")
        # In the three-pane view every body row has its borders where the clean screen has them.
        overlay = any(c in text for c in "┌└")  # help and popups cover the panes
        if ref_borders and not overlay and len(lines) > 3 and border_columns(lines[2])[:2] == ref_borders[:2]:
            body = [y for y in range(1, len(lines) - 2) if lines[y].strip()]
            for y in body:
                bc = border_columns(lines[y])
                if bc[:2] != ref_borders[:2]:
                    problems.append(f"{name} row {y + 1}: borders at {bc[:3]}, want {ref_borders[:2]}: {lines[y][:70]!r}")
                    break
            # With a scroll bar, it is in the last column of every body row (a row drawn
            # narrower or wider than ncurses thinks moves it).
            def bar_at_edge(line):
                t = line.rstrip()
                return t[-1:] in ("│", "┃", "▲", "▼") and cells(t)[1] == ncols
            if sum(bar_at_edge(lines[y]) for y in body) * 2 > len(body):
                for y in body:
                    if not bar_at_edge(lines[y]):
                        problems.append(f"{name} row {y + 1}: scroll bar not in column {ncols}: {lines[y][-40:]!r}")
                        break
    for p in problems[:30]:
        print(p)
    print("ids " + " ".join(sorted(ids)))
    print("placeholders " + "".join(sorted(placeholders)))
    return 1 if problems else 0


def expected_rendering(text):
    """How an entry of ASCII and controls must look on screen (the Sanitizer's rules),
    or None for entries with other characters (their look depends on widths)."""
    out = ""
    for ch in text.replace("\r\n", "\n"):
        o = ord(ch)
        if o in (0x09, 0x0A):
            out += " "
        elif o < 0x20:
            out += chr(0x2400 + o)
        elif o == 0x7F:
            out += "\u2421"
        elif 0x80 <= o <= 0x9F or o in BIDI:
            out += "\ufffd"
        elif o < 0x7F:
            out += ch
        else:
            return None
    return re.sub(" +", " ", out)  # text is wrapped at spaces: runs of them become one


def cmd_placeholders(files):
    """Every entry made of ASCII and controls that is drawn whole on one line shows
    exactly the Sanitizer's placeholders (␛ for ESC, ␇ for BEL, � for C1 …)."""
    want = {ident(i): expected_rendering(text) for i, (what, text) in enumerate(corpus())}
    want = {k: w for k, w in want.items() if w is not None and len(w) <= 60}
    checked, problems = set(), []
    for f in files:
        for m in re.finditer(r"\[(h\d{3}):((?:(?!\[h\d{3}:)[^│┃\n])*?):\1\]", open(f, encoding="utf-8").read()):
            w = want.get(m.group(1))
            if w is None:
                continue
            checked.add(m.group(1))
            if m.group(2) != w:
                problems.append(f"{m.group(1)} shows {m.group(2)!r}, want {w!r}")
    for p in sorted(set(problems))[:20]:
        print(p)
    unseen = sorted(set(want) - checked)
    print(f"checked {len(checked)} of {len(want)} entries of ASCII and controls"
          + (f"; never drawn whole on one line: {' '.join(unseen)}" if unseen else ""))
    return 1 if problems or unseen else 0


def cmd_osc52(path):
    """Prints the decoded payloads of the OSC 52 sequences in a stream as they are, and
    their number on stderr."""
    b = open(path, "rb").read()
    found = re.findall(rb"\x1b\]52;[a-z]*;([A-Za-z0-9+/=]*)(?:\x07|\x1b\\)", b)
    for payload in found:
        sys.stdout.buffer.write(base64.b64decode(payload) + b"\n")
    print(len(found), file=sys.stderr)
    return 0


def main(argv):
    cmd = argv[1] if len(argv) > 1 else "corpus"
    if cmd == "corpus":
        for i, (what, text) in enumerate(corpus()):
            print(f"{ident(i)}\t{what}\t{len(text.encode())}")
        return 0
    if cmd == "data":
        cmd_data(argv[2], argv[3]); return 0
    if cmd == "strict":
        cmd_strict(argv[2], argv[3]); return 0
    if cmd == "scan":
        return cmd_scan(*argv[2:5])
    if cmd == "clean":
        return cmd_clean(argv[2])
    if cmd == "refusals":
        return cmd_refusals(argv[2])
    if cmd == "selftest":
        return cmd_selftest(argv[2])
    if cmd == "placeholders":
        return cmd_placeholders(argv[2:])
    if cmd == "screens":
        return cmd_screens(argv[2], argv[3], argv[4:])
    if cmd == "osc52":
        return cmd_osc52(argv[2])
    print(__doc__, file=sys.stderr)
    return 64


if __name__ == "__main__":
    sys.exit(main(sys.argv))
