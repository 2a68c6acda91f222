#!/usr/bin/env python3
"""Generate resources/data/gazetteer.json.

Inputs:
  * Debian iso-codes: /usr/share/iso-codes/json/iso_3166-1.json (English names) and
    /usr/share/locale/zh_CN/LC_MESSAGES/iso_3166-1.mo (Chinese names);
  * tools/gazetteer_curated.json: corrections to those, capitals, demonyms and every
    entity that is not an ISO country.

The C++ build reads only the generated JSON, so iso-codes is needed only to regenerate.
The output is deterministic (stable order, no timestamps) so that a regeneration shows up
in a diff only when the inputs changed.

Usage: tools/make_gazetteer.py [--iso-json PATH] [--iso-mo PATH] [--out PATH]
"""

import argparse
import gettext
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CURATED = ROOT / "tools" / "gazetteer_curated.json"
OUT = ROOT / "resources" / "data" / "gazetteer.json"
ISO_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")
ISO_MO = Path("/usr/share/locale/zh_CN/LC_MESSAGES/iso_3166-1.mo")

# Output keys, in the order they are written. Lists are omitted when empty.
SCALAR_KEYS = ("id", "kind", "name_en", "name_zh", "short_en", "short_zh")
LIST_KEYS = ("aliases_en", "acronyms", "adjectives_en", "metonyms_en",
             "aliases_zh", "metonyms_zh", "compounds_en", "compounds_zh")

# Kinds that can be China's partner, hence get generated "China-X" compounds. Conventions,
# media and China itself never are.
COMPOUND_KINDS = {"country", "bloc", "region", "organisation", "programme"}

# Where a surface form came from. On a collision between entities the lower rank wins:
# a hand-written string beats one read from iso-codes, which beats a generated one.
CURATED_RANK, ISO_RANK, GENERATED_RANK = 0, 1, 2

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def has_han(s):
    return bool(HAN.search(s))


def normalise(s, fold):
    """The text normalisation of models/ahocorasick.cpp (normalizePunctuation + case
    folding), so that two strings that the engine would treat as one pattern are seen as
    one here too."""
    out = []
    for ch in s:
        u = ord(ch)
        if 0xFF01 <= u <= 0xFF5E:
            ch = chr(u - 0xFEE0)
        elif ch in "\u2018\u2019\u2032":
            ch = "'"
        elif ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212":
            ch = "-"
        elif ch.isspace():
            ch = " "
        out.append(ch)
    s = "".join(out).strip()
    return s.casefold() if fold else s


def match_key(s):
    # Every pattern is compared case-folded: a case-sensitive "US" and a case-insensitive
    # "us" would both fire on the text "US", so they do collide.
    return normalise(s, True)


def load_iso(json_path, mo_path):
    countries = json.loads(json_path.read_text(encoding="utf-8"))["3166-1"]
    with open(mo_path, "rb") as f:
        zh = gettext.GNUTranslations(f)

    def translate(msgid):
        # gettext hands back the msgid itself when there is no translation.
        if not msgid:
            return None
        t = zh.gettext(msgid)
        return t if t != msgid else None

    return countries, translate


def usable_iso_name(name):
    """iso-codes writes some names inverted ("Korea, Republic of") or with a parenthesis
    ("Falkland Islands (Malvinas)"); nobody writes them that way in running text."""
    return "," not in name and "(" not in name


def strip_article(name):
    # "the State of Eritrea": the article is not part of the name and would only make a
    # second pattern for the same words.
    return name[4:] if name.startswith("the ") else name


def compound_bases(entity):
    """Names that can stand after "China-" or before "-China" in a compound.

    Only proper names as compounds are written: for a country its name and short aliases
    ("China-Britain", "Korea-China"), not a lowercase or long descriptive alias ("the
    Netherlands", "Republic of Korea"); for a bloc or region only its name, since its
    aliases are descriptive ("African countries", "European Commission"); for everything
    else only acronyms ("China-UNDP", "EU-China")."""
    kind = entity["kind"]
    names = []
    if kind == "country":
        names = [entity["name_en"]] + entity.get("aliases_en", [])
    elif kind in ("bloc", "region"):
        names = [entity["name_en"]]
    bases = []
    for name in names:
        words = name.split()
        if (name[:1].isupper() and len(words) <= 3
                and not any(w in ("of", "the", "and", "for", "on") for w in words)):
            bases.append(name)
    return bases + entity.get("acronyms", [])


class Builder:
    def __init__(self):
        self.entities = []
        # match key -> (rank, entity id, field, text) of the first owner
        self.owner = {}
        self.dropped = []     # (text, entity id, kept owner id, reason)
        self.collisions = []  # curated strings owned by two entities

    def add(self, entity, field, text, rank):
        """Adds one surface form to an entity unless it is a duplicate or loses a collision."""
        text = (text or "").strip()
        if not text:
            return
        key = match_key(text)
        prev = self.owner.get(key)
        if prev is not None:
            prev_rank, prev_id, _, prev_text = prev
            if prev_id == entity["id"]:
                # Already a name of this entity (name_en / name_zh are patterns in the C++
                # loader) or already listed under another field or spelling: once is enough.
                return
            if rank == CURATED_RANK and prev_rank == CURATED_RANK:
                # Both written by hand: keep both, check_gazetteer.py decides whether that
                # was meant.
                self.collisions.append((text, prev_id, entity["id"]))
                entity.setdefault(field, []).append(text)
                return
            if rank >= prev_rank:
                self.dropped.append((text, entity["id"], prev_id, "yields to an earlier or curated form"))
                return
            # A better-ranked form displaces an iso-derived or generated one.
            self._remove(prev_id, key)
            self.dropped.append((prev_text, prev_id, entity["id"], "displaced by a curated form"))
        self.owner[key] = (rank, entity["id"], field, text)
        entity.setdefault(field, []).append(text)

    def _remove(self, entity_id, key):
        for e in self.entities:
            if e["id"] == entity_id:
                for field in LIST_KEYS:
                    if field in e:
                        e[field] = [t for t in e[field] if match_key(t) != key]
                return

    def claim_names(self, entity):
        # Names are claimed before any alias so that no alias of another entity can take
        # them (e.g. "Congo" is an alias of COG and must not be given to COD).
        for text in (entity["name_en"], entity["name_zh"]):
            key = match_key(text)
            prev = self.owner.get(key)
            if prev is not None and prev[1] != entity["id"]:
                self.collisions.append((text, prev[1], entity["id"]))
            self.owner[key] = (CURATED_RANK, entity["id"], "name", text)


def split_by_script(strings):
    en = [s for s in strings if not has_han(s)]
    zh = [s for s in strings if has_han(s)]
    return en, zh


def short_label(entity, curated):
    short_en = curated.get("short_en")
    if not short_en:
        name = entity["name_en"]
        acronyms = entity.get("acronyms", [])
        short_en = name if len(name) <= 12 or not acronyms else acronyms[0]
    short_zh = curated.get("short_zh") or entity["name_zh"]
    return short_en, short_zh


def build(iso_json, iso_mo, curated_path):
    curated = json.loads(curated_path.read_text(encoding="utf-8"))
    iso, translate = load_iso(iso_json, iso_mo)
    iso_codes = {c["alpha_3"] for c in iso}
    for table in ("countries", "capitals", "adjectives"):
        unknown = sorted(set(curated[table]) - iso_codes)
        if unknown:
            sys.exit(f"{curated_path.name}: '{table}' names unknown ISO codes: {unknown}")

    b = Builder()
    plans = []  # (entity, curated overrides, iso-derived strings) in output order

    # China first, then the other ISO entries by alpha-3 code, then the curated entities.
    iso_sorted = sorted(iso, key=lambda c: (c["alpha_3"] != "CHN", c["alpha_3"]))
    for c in iso_sorted:
        a3 = c["alpha_3"]
        cur = curated["countries"].get(a3, {})
        drop = set(cur.get("drop", []))
        english = [c.get("common_name"), c["name"], c.get("official_name")]
        chinese = [translate(n) for n in english]
        name_en = cur.get("name_en") or c.get("common_name") or c["name"]
        name_zh = cur.get("name_zh") or next(z for z in chinese if z)
        entity = {"id": a3, "kind": cur.get("kind", "country"), "name_en": name_en, "name_zh": name_zh}
        iso_en = [strip_article(n) for n in english if n and usable_iso_name(n) and n not in drop]
        iso_zh = [z for z in chinese if z and z not in drop]
        plans.append((entity, cur, {"aliases_en": iso_en, "aliases_zh": iso_zh}, a3))
        if cur.get("domestic"):
            entity["domestic"] = True

    for cur in curated["entities"]:
        entity = {k: cur[k] for k in ("id", "kind", "name_en", "name_zh")}
        if cur.get("domestic"):
            entity["domestic"] = True
        plans.append((entity, cur, {}, None))

    ids = [p[0]["id"] for p in plans]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        sys.exit(f"duplicate entity ids: {dupes}")

    for entity, _, _, _ in plans:
        b.entities.append(entity)
        b.claim_names(entity)

    # Pass 1: hand-written strings of every entity, so that they own their keys before any
    # iso-derived or generated form is considered.
    for entity, cur, _, a3 in plans:
        for field in LIST_KEYS:
            for text in cur.get(field, []):
                b.add(entity, field, text, CURATED_RANK)
        if a3:
            capitals_en, capitals_zh = split_by_script(curated["capitals"].get(a3, []))
            for text in capitals_en:
                b.add(entity, "metonyms_en", text, CURATED_RANK)
            for text in capitals_zh:
                b.add(entity, "metonyms_zh", text, CURATED_RANK)
            for text in curated["adjectives"].get(a3, []):
                b.add(entity, "adjectives_en", text, CURATED_RANK)

    # Pass 2: names read from iso-codes.
    for entity, _, iso_strings, _ in plans:
        for field, texts in iso_strings.items():
            for text in texts:
                b.add(entity, field, text, ISO_RANK)

    # Pass 3: generated compounds. Domestic entities (Taiwan, Hong Kong, Macao) are parts
    # of China, so "China-Taiwan" is not a partnership and is not generated.
    sino_extra = curated.get("sino_extra", {})
    abbreviations_zh = curated.get("abbreviations_zh", {})
    shared_abbreviations_zh = curated.get("shared_abbreviations_zh", {})
    for entity, cur, _, _ in plans:
        if entity["kind"] not in COMPOUND_KINDS or entity.get("domestic"):
            continue
        for base in compound_bases(entity):
            b.add(entity, "compounds_en", f"China-{base}", GENERATED_RANK)
            b.add(entity, "compounds_en", f"{base}-China", GENERATED_RANK)
        if entity["kind"] in ("country", "bloc", "region"):
            for adj in entity.get("adjectives_en", []):
                b.add(entity, "compounds_en", f"Sino-{adj}", GENERATED_RANK)
        for text in sino_extra.get(entity["id"], []):
            b.add(entity, "compounds_en", text, CURATED_RANK)
        # 中X and X方 from the country's Chinese short form (中沙, 沙方); the engine also
        # reads abbr_zh to split chains such as 中法德.
        for abbr in abbreviations_zh.get(entity["id"], []):
            entity.setdefault("abbr_zh", []).append(abbr)
            b.add(entity, "compounds_zh", "中" + abbr, GENERATED_RANK)
            b.add(entity, "aliases_zh", abbr + "方", GENERATED_RANK)
        # Forms owned by another country's abbreviation: no patterns of their own, the
        # engine hands that owner's matches over when the article is about this country.
        if shared_abbreviations_zh.get(entity["id"]):
            entity["abbr_zh_shared"] = list(shared_abbreviations_zh[entity["id"]])

    out_entities = []
    for entity, cur, _, _ in plans:
        entity["short_en"], entity["short_zh"] = short_label(entity, cur)
        o = {k: entity[k] for k in SCALAR_KEYS if entity.get(k)}
        for field in LIST_KEYS:
            if entity.get(field):
                o[field] = entity[field]
        for key in ("abbr_zh", "abbr_zh_shared"):
            if entity.get(key):
                o[key] = entity[key]
        if entity.get("domestic"):
            o["domestic"] = True
        out_entities.append(o)

    doc = {
        "version": 1,
        "about": ("Names of countries, blocs, regions, groups, organisations, programmes, "
                  "conventions and news media, generated by tools/make_gazetteer.py from "
                  "Debian iso-codes (ISO 3166-1, English and zh_CN names) and the curated "
                  "names, aliases, capitals and compounds in tools/gazetteer_curated.json."),
        "entities": out_entities,
    }
    return doc, b


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--iso-json", type=Path, default=ISO_JSON)
    ap.add_argument("--iso-mo", type=Path, default=ISO_MO)
    ap.add_argument("--curated", type=Path, default=CURATED)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("-v", "--verbose", action="store_true", help="list the forms dropped on collisions")
    args = ap.parse_args()

    doc, b = build(args.iso_json, args.iso_mo, args.curated)
    text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    args.out.write_text(text, encoding="utf-8")

    kinds = {}
    for e in doc["entities"]:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}: "
          f"{len(doc['entities'])} entities {dict(sorted(kinds.items()))}")
    print(f"{len(b.dropped)} iso/generated forms dropped on collisions; "
          f"{len(b.collisions)} curated collisions (see tools/check_gazetteer.py)")
    if args.verbose:
        for text, eid, owner, why in b.dropped:
            print(f"  dropped {text!r} of {eid} (kept by {owner}: {why})")
        for text, a, c in b.collisions:
            print(f"  collision {text!r}: {a} and {c}")


if __name__ == "__main__":
    main()
