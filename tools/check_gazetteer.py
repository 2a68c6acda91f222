#!/usr/bin/env python3
"""Read-only consistency checks of resources/data/gazetteer.json. Exits 1 on failure.

  * schema: known keys and kinds, unique ids, every entity named in English and Chinese;
  * every ISO 3166-1 country present (when iso-codes is installed; otherwise at least 249
    three-letter ids);
  * no surface form names two entities, as the engine sees it (same normalisation and
    case folding as models/ahocorasick.cpp), unless listed in ALLOWED_COLLISIONS;
  * no case-insensitive form that is an ordinary lowercase English word, unless listed in
    ACCEPTED_LOWERCASE_WORDS with the reason;
  * every partner, actor and distractor of tests/data/seeds.gold.json resolves: its id
    exists and each of its names reaches that entity.

Usage: tools/check_gazetteer.py [--gazetteer PATH] [--gold PATH] [-v]
"""

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_gazetteer import ISO_JSON, LIST_KEYS, ROOT, SCALAR_KEYS, match_key  # noqa: E402

KINDS = {"self", "country", "territory", "bloc", "region", "group", "organisation",
         "programme", "convention", "media"}
ALLOWED_KEYS = set(SCALAR_KEYS) | set(LIST_KEYS) | {"domestic", "abbr_zh", "abbr_zh_shared"}

# Surface forms deliberately given to two entities: {normalised form: reason}. Empty: every
# ambiguity found so far was resolved by giving the form to one entity only (e.g. 中巴 to
# Pakistan, Brussels to the EU) or by leaving it out (中新, 中瑞, 中南).
ALLOWED_COLLISIONS = {}

# Ordinary lowercase words that would fire inside running text, since every form except an
# acronym is matched case-insensitively. Such an alias belongs in "acronyms".
RISKY_LOWERCASE_WORDS = {
    "turkey", "chad", "china", "jersey", "polish", "guinea", "male", "kiwi", "lima",
    "chile", "nice", "reading", "mobile", "split", "bath", "cork", "victoria", "reunion",
    "may", "who", "us", "un", "eu", "ap", "start", "basic", "ace", "mi", "isa", "app",
    "cat", "the paper", "the economist", "security council", "china dialogue",
}
# Accepted, with the reason. name_en is always matched case-insensitively by the C++
# loader, so a country whose only name is such a word cannot avoid it.
ACCEPTED_LOWERCASE_WORDS = {
    ("TCD", "chad"): "the country's name; lowercase 'chad' is rare in news",
    ("CHN", "china"): "the country's name; lowercase 'china' (porcelain) is rare in news",
    ("JEY", "jersey"): "the island's name; 'New Jersey' is absorbed by US_NEW_JERSEY",
    ("GIN", "guinea"): "the country's name",
    ("CHL", "chile"): "the country's name",
    ("PER", "lima"): "capital; 'lima beans' is unlikely in climate news",
}


def score_norm(s):
    """The key normalisation of tools/score_extraction.py."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    return re.sub(r"[\s\-_]+", " ", s)


def surface_forms(e):
    """(field, text) of every pattern the C++ loader makes for an entity."""
    yield "name_en", e["name_en"]
    yield "name_zh", e["name_zh"]
    for field in LIST_KEYS:
        for text in e.get(field, []):
            yield field, text


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gazetteer", type=Path, default=ROOT / "resources" / "data" / "gazetteer.json")
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "seeds.gold.json")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    errors, warnings = [], []
    doc = json.loads(args.gazetteer.read_text(encoding="utf-8"))
    entities = doc.get("entities", [])
    if doc.get("version") != 1:
        errors.append("version is not 1")

    # --- schema, ids, names
    by_id = {}
    for e in entities:
        eid = e.get("id", "")
        if not eid:
            errors.append(f"entity without id: {e}")
            continue
        if eid in by_id:
            errors.append(f"duplicate id {eid}")
        by_id[eid] = e
        unknown = set(e) - ALLOWED_KEYS
        if unknown:
            errors.append(f"{eid}: unknown keys {sorted(unknown)}")
        if e.get("kind") not in KINDS:
            errors.append(f"{eid}: unknown kind {e.get('kind')!r}")
        for key in ("name_en", "name_zh"):
            if not e.get(key):
                errors.append(f"{eid}: no {key}")
        for field in LIST_KEYS:
            if field in e and (not isinstance(e[field], list) or not e[field]):
                errors.append(f"{eid}: {field} must be a non-empty list when present")
        if len(e.get("short_en", "")) > 15:
            warnings.append(f"{eid}: short_en {e['short_en']!r} is long for a map tile")
    owned = {a for e in entities for a in e.get("abbr_zh", [])}
    for e in entities:
        for a in e.get("abbr_zh_shared", []):
            if a not in owned:
                errors.append(f"{e['id']}: shared short form {a!r} is no country's abbr_zh")
    if [e["id"] for e in entities if e.get("kind") == "self"] != ["CHN"]:
        errors.append("exactly one entity of kind 'self' expected, CHN")
    for eid in ("TWN", "HKG", "MAC"):
        if not by_id.get(eid, {}).get("domestic"):
            errors.append(f"{eid} must be domestic")

    # --- ISO 3166-1 coverage
    if ISO_JSON.exists():
        iso = {c["alpha_3"] for c in json.loads(ISO_JSON.read_text(encoding="utf-8"))["3166-1"]}
        missing = sorted(iso - set(by_id))
        if missing:
            errors.append(f"ISO countries missing: {missing}")
        wrong_kind = sorted(i for i in iso if i in by_id and by_id[i]["kind"] not in ("country", "territory", "self"))
        if wrong_kind:
            errors.append(f"ISO codes used by a non-country entity: {wrong_kind}")
    else:
        n = sum(1 for e in entities if e["kind"] in ("country", "territory", "self") and len(e["id"]) == 3)
        if n < 249:
            errors.append(f"only {n} countries (iso-codes not installed, cannot list the missing ones)")
        warnings.append(f"{ISO_JSON} not found: checked the count of countries only")

    # --- collisions, as the automaton sees them
    owners = {}  # key -> {entity id: [(field, text)]}
    for e in entities:
        for field, text in surface_forms(e):
            owners.setdefault(match_key(text), {}).setdefault(e["id"], []).append((field, text))
    for key, who in sorted(owners.items()):
        if len(who) > 1:
            detail = "; ".join(f"{eid} {fields}" for eid, fields in who.items())
            if key in ALLOWED_COLLISIONS:
                if args.verbose:
                    print(f"allowed collision {key!r}: {detail} ({ALLOWED_COLLISIONS[key]})")
            else:
                errors.append(f"collision {key!r}: {detail}")

    # --- ordinary words matched case-insensitively
    for e in entities:
        for field, text in surface_forms(e):
            if field == "acronyms":
                continue
            word = match_key(text)
            if word in RISKY_LOWERCASE_WORDS:
                reason = ACCEPTED_LOWERCASE_WORDS.get((e["id"], word))
                if reason:
                    if args.verbose:
                        print(f"accepted {e['id']} {field} {text!r}: {reason}")
                else:
                    errors.append(f"{e['id']}: {field} {text!r} is an ordinary lowercase word; "
                                  f"move it to acronyms (case-sensitive)")

    # --- the gold file's ids and names
    index = {}  # key -> set of ids, for resolving names the way the engine would
    for key, who in owners.items():
        index[key] = set(who)
    # The gold file uses GEO for the Group on Earth Observations; in the gazetteer GEO is
    # Georgia (ISO alpha-3) and the group is GEO_GROUP. The scorer also matches on name_en.
    gold_remap = {"GEO": "GEO_GROUP"}
    if args.gold.exists():
        gold = json.loads(args.gold.read_text(encoding="utf-8"))
        for aid, art in gold.get("articles", {}).items():
            refs = [(p["id"], p.get("names", [])) for p in art.get("partners", [])]
            refs += [(a, []) for pl in art.get("pledges", []) for a in pl.get("actor", [])]
            for gid, names in refs:
                target = gold_remap.get(gid, gid)
                if target not in by_id:
                    errors.append(f"gold {aid}: id {gid} not in the gazetteer")
                    continue
                if gid in gold_remap and not any(match_key(n) == match_key(by_id[target]["name_en"]) for n in names):
                    errors.append(f"gold {aid}: {gid} remapped to {target}, but no gold name equals its name_en")
                # tools/score_extraction.py credits an exported entity whose id or name_en
                # is one of the gold names, so a name may also reach such an entity (the
                # gold GEO lists CEOS, a separate programme here).
                credited = {score_norm(gid)} | {score_norm(n) for n in names}
                for n in names:
                    hit = index.get(match_key(n), set())
                    ok = target in hit or any(
                        score_norm(h) in credited or score_norm(by_id[h]["name_en"]) in credited for h in hit)
                    if not ok:
                        errors.append(f"gold {aid}: name {n!r} of {gid} resolves to {sorted(hit) or 'nothing'}")
            for d in art.get("distractors", []):
                if d in by_id:
                    continue
                if not index.get(match_key(d)):
                    errors.append(f"gold {aid}: distractor {d!r} is neither an id nor a known name")
    else:
        warnings.append(f"{args.gold} not found: gold ids not checked")

    # --- report
    kinds = {}
    for e in entities:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    forms = sum(1 for e in entities for _ in surface_forms(e))
    print(f"{len(entities)} entities {dict(sorted(kinds.items()))}; {forms} surface forms, "
          f"{len(owners)} distinct patterns")
    for w in warnings:
        print(f"warning: {w}")
    for err in errors:
        print(f"ERROR: {err}")
    if errors:
        print(f"{len(errors)} error(s)")
        return 1
    print("gazetteer OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
