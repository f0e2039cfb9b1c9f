#!/usr/bin/env python3
"""Generates Sources/LokaalCore/Search/FoldTable.swift from the Unicode data files.

Usage (Debian: apt-get install unicode-data, which puts the files in /usr/share/unicode):

    python3 scripts/gen-fold-table.py [UCD-DIR] > Sources/LokaalCore/Search/FoldTable.swift

The generated file is committed: building lokaal never runs this script.

What it models is the fold that Foundation's `folding(options: [.caseInsensitive,
.diacriticInsensitive, .widthInsensitive], locale: nil)` gives one scalar on Linux
(swift-corelibs-foundation, `CFStringFold` -> `__CFStringFoldCharacterClusterAtIndex`):

1. width: a scalar in U+FF00...U+FFEF whose full compatibility decomposition is one
   scalar becomes that scalar (U+FF21 -> A, U+FFA1 -> U+1100; U+FFE3 -> U+0020 U+0304
   is two scalars and stays);
2. diacritics: a canonically decomposable scalar whose full canonical decomposition
   starts below U+0510 (Latin, Greek, Cyrillic) becomes that first scalar (U+00C9 -> E,
   U+1F88 -> U+0391); other scripts keep their precomposed letters (U+0958, U+AC00);
3. case: Foundation's case-fold exceptions (CaseFolding.txt's C and F mappings that
   differ from the lowercase mapping, for scalars older than Unicode 8.0, see
   FOLD_EXCEPTIONS_BEFORE) else the full lowercase mapping; when the scalar is below
   U+0510, Grapheme_Extend scalars are dropped from that mapping.

`TextFolding.foldScalar` drops nonspacing and enclosing marks, maps U+2019 to ' and
otherwise takes the standard library's `properties.lowercaseMapping`. The table holds
every scalar whose modelled fold differs from its lowercase mapping, so the Swift side
needs no decomposition data of its own.
"""

import os
import sys

# Foundation's case-fold exceptions predate Unicode 8.0: the Cherokee small letters
# (8.0: U+13F8..13FD, U+AB70..ABBF fold to the capitals in CaseFolding.txt) and the
# Cyrillic letter variants U+1C80..1C88 (9.0) are only lowercased by Foundation, that
# is left unchanged. Every other exception is from Unicode 5.1 or older.
FOLD_EXCEPTIONS_BEFORE = (8, 0)
# Below this the diacritics of a decomposition are dropped (Foundation's "Roman, Greek, Cyrillic").
BASE_LIMIT = 0x0510
WIDTH_RANGE = range(0xFF00, 0xFFF0)


def ucd_lines(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                yield [field.strip() for field in line.split(";")]


def code_range(text):
    if ".." in text:
        a, b = text.split("..")
        return range(int(a, 16), int(b, 16) + 1)
    return range(int(text, 16), int(text, 16) + 1)


def version_of(path):
    with open(path, encoding="utf-8") as f:
        first = f.readline()  # "# CaseFolding-15.0.0.txt"
    return first.strip("# \n").rsplit("-", 1)[1].removesuffix(".txt")


def load(ucd):
    category, decomposition, lower = {}, {}, {}
    first = None
    for fields in ucd_lines(os.path.join(ucd, "UnicodeData.txt")):
        code, name, cat, decomp, simple_lower = int(fields[0], 16), fields[1], fields[2], fields[5], fields[13]
        if name.endswith(", First>"):
            first = code
            continue
        codes = range(first, code + 1) if name.endswith(", Last>") else [code]
        for c in codes:
            category[c] = cat
            if decomp:
                decomposition[c] = decomp.split()
            if simple_lower:
                lower[c] = [int(simple_lower, 16)]
    # Unconditional full lowercase mappings (the standard library's lowercaseMapping has them too).
    for fields in ucd_lines(os.path.join(ucd, "SpecialCasing.txt")):
        if len(fields) >= 5 and fields[4]:
            continue  # a condition (Final_Sigma, a language)
        lower[int(fields[0], 16)] = [int(x, 16) for x in fields[1].split()]
    folding = {}
    for code, status, mapping in (f[:3] for f in ucd_lines(os.path.join(ucd, "CaseFolding.txt"))):
        if status in ("C", "F"):
            folding[int(code, 16)] = [int(x, 16) for x in mapping.split()]
    age = {}
    for fields in ucd_lines(os.path.join(ucd, "DerivedAge.txt")):
        version = tuple(int(x) for x in fields[1].split("."))
        for c in code_range(fields[0]):
            age[c] = version
    extend = set()
    for fields in ucd_lines(os.path.join(ucd, "DerivedCoreProperties.txt")):
        if fields[1] == "Grapheme_Extend":
            extend.update(code_range(fields[0]))
    return category, decomposition, lower, folding, age, extend


def main():
    ucd = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
    category, decomposition, lower, folding, age, extend = load(ucd)
    version = version_of(os.path.join(ucd, "CaseFolding.txt"))

    def decompose(c, compatibility):
        d = decomposition.get(c)
        if d is None or (d[0].startswith("<") and not compatibility):
            return [c]  # Hangul syllables too: they start with a jamo above U+0510 and stay
        out = []
        for h in d:
            if not h.startswith("<"):
                out += decompose(int(h, 16), compatibility)
        return out

    def lowercase(c):
        return lower.get(c, [c])

    def case_fold(c):
        if c in folding and folding[c] != lowercase(c) and age[c] < FOLD_EXCEPTIONS_BEFORE:
            return folding[c]
        return lowercase(c)

    def fold(c):
        ch = c
        if c in WIDTH_RANGE:
            k = decompose(c, True)
            if len(k) == 1:
                ch = k[0]
        d = decompose(ch, False)
        if d != [ch] and d[0] < BASE_LIMIT:
            ch = d[0]
        out = case_fold(ch)
        if out != [ch] and ch < BASE_LIMIT:
            out = [x for x in out if x not in extend]
        return out

    entries = []
    for c in sorted(category):
        if c < 0x80 or category[c] in ("Mn", "Me", "Cs") or c == 0x2019:
            continue
        f = fold(c)
        if f != lowercase(c):
            entries.append((c, f))

    keys, values, tails = [], [], []
    for c, f in entries:
        assert c <= 0xFFFF, f"U+{c:04X}: the table has BMP keys only"
        assert all(x <= 0xFFFF and not 0xD800 <= x <= 0xDFFF for x in f), f"U+{c:04X}: BMP values only"
        keys.append(c)
        if len(f) == 1:
            values.append(f[0])
        else:
            assert 2 <= len(f) <= 3, f"U+{c:04X}: a fold of at most three scalars"
            start = len(tails)
            for i in range(start - len(f) + 1):  # share an equal run already written
                if tails[i:i + len(f)] == f:
                    start = i
                    break
            else:
                tails += f
            assert start < 0x200
            values.append(0xD800 + (start << 2) + len(f))

    def rows(numbers, per_line=12):
        out = []
        for i in range(0, len(numbers), per_line):
            out.append("        " + ", ".join(f"0x{n:04X}" for n in numbers[i:i + per_line]) + ",")
        return "\n".join(out)

    size = 2 * (len(keys) + len(values) + len(tails))
    print(f"""// Generated by scripts/gen-fold-table.py from the Unicode {version} data files. Do not edit.
// Regenerate: python3 scripts/gen-fold-table.py /usr/share/unicode > Sources/LokaalCore/Search/FoldTable.swift
// (/usr/share/unicode is Debian's unicode-data package.)

/// The folds of the scalars that the standard library's case mappings do not give.
///
/// Foundation folded a scalar by width (fullwidth and halfwidth forms), then by
/// diacritics (a precomposed Latin, Greek or Cyrillic letter becomes its base letter)
/// and then by case, with a few case-fold exceptions to lowercase (`ß` → `ss`,
/// `ς` → `σ`, ligatures). For every other scalar the fold is
/// `properties.lowercaseMapping`; this table holds the {len(keys)} scalars where it is not.
/// {size:,} bytes: keys ascending, one value per key, and the tails of longer folds.
enum FoldTable {{
    /// The scalars with a fold of their own, ascending; all in the Basic Multilingual Plane.
    static let keys: [UInt16] = [
{rows(keys)}
    ]

    /// The fold of `keys[i]`: one scalar, or 0xD800 + (start << 2) + count for
    /// `tails[start..<(start + count)]` (surrogates are never a fold).
    static let values: [UInt16] = [
{rows(values)}
    ]

    /// The folds of more than one scalar.
    static let tails: [UInt16] = [
{rows(tails)}
    ]

    /// The fold of `scalar` when the table has one, else nil.
    static func fold(_ scalar: UInt32) -> String? {{
        guard scalar <= 0xFFFF else {{ return nil }}
        let key = UInt16(scalar)
        var low = 0, high = keys.count
        while low < high {{
            let mid = (low + high) / 2
            if keys[mid] < key {{ low = mid + 1 }} else {{ high = mid }}
        }}
        guard low < keys.count, keys[low] == key else {{ return nil }}
        let value = values[low]
        guard value >= 0xD800 else {{ return String(Unicode.Scalar(value)!) }}
        let start = Int(value - 0xD800) >> 2, count = Int(value & 3)
        var s = String.UnicodeScalarView()
        for t in tails[start..<(start + count)] {{ s.append(Unicode.Scalar(t)!) }}
        return String(s)
    }}
}}""")
    print(f"{len(keys)} entries, {len(tails)} tail scalars, {size} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
