#!/usr/bin/env bash
# Fails when the interface translations are not complete and current:
#  - a committed .ts has an unfinished, vanished or obsolete message;
#  - lupdate, run on the sources into a temporary copy of the .ts, finds a string with no
#    translation, or its messages differ from the committed file (strings added or removed in
#    the code since the last update), or warns that it cannot tell a tr() call's context (such
#    a string would be filed under a context the program never asks for);
#  - a translation drops or adds a placeholder (%1, %n) or loses a menu accelerator (&).
# Usage: scripts/check_translations.sh   (run from anywhere; needs lupdate and python3)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

status=0
for ts in "$root"/translations/*.ts; do
    name=$(basename "$ts")
    cp "$ts" "$tmp/$name"
    if ! "$root/scripts/update_translations.sh" "$tmp/$name" >"$tmp/$name.log" 2>&1; then
        cat "$tmp/$name.log" >&2
        echo "check_translations: lupdate failed on $name" >&2
        status=1
        continue
    fi
    # lupdate reports problems as "FILE:LINE: message"; its progress lines do not look like that.
    if grep -E '^[^ ].*:[0-9]+: ' "$tmp/$name.log" >&2; then
        echo "check_translations: lupdate warnings above (a tr() whose context it cannot tell)" >&2
        status=1
    fi
    python3 - "$ts" "$tmp/$name" <<'PY' || status=1
import re
import sys
import xml.etree.ElementTree as ET

committed_path, updated_path = sys.argv[1], sys.argv[2]
label = committed_path.rsplit('/', 1)[-1]


def messages(path):
    out = {}
    for context in ET.parse(path).getroot().iter('context'):
        ctx = context.findtext('name', '')
        for m in context.iter('message'):
            key = (ctx, m.findtext('source', ''), m.findtext('comment', ''))
            tr = m.find('translation')
            forms = [f.text or '' for f in tr.iter('numerusform')] if m.get('numerus') == 'yes' \
                else [tr.text or '']
            out[key] = (tr.get('type', ''), forms, m.get('numerus') == 'yes')
    return out


def show(key):
    ctx, source, comment = key
    text = source.replace('\n', '\\n')
    if len(text) > 90:
        text = text[:87] + '...'
    return f'  [{ctx}] "{text}"' + (f' ({comment})' if comment else '')


committed = messages(committed_path)
updated = messages(updated_path)
problems = []

bad = [k for k, (t, _, _) in committed.items() if t in ('unfinished', 'vanished', 'obsolete')]
if bad:
    problems.append(f'{label}: {len(bad)} message(s) unfinished, vanished or obsolete:')
    problems += [show(k) + f' <{committed[k][0]}>' for k in sorted(bad)]

new = sorted(set(updated) - set(committed))
if new:
    problems.append(f'{label}: {len(new)} string(s) in the sources have no translation '
                    '(run scripts/update_translations.sh and translate them):')
    problems += [show(k) for k in new]

gone = sorted(set(committed) - set(updated))
if gone:
    problems.append(f'{label}: {len(gone)} message(s) are no longer in the sources '
                    '(run scripts/update_translations.sh):')
    problems += [show(k) for k in gone]

empty = sorted(k for k, (t, forms, _) in updated.items()
               if k in committed and t == '' and not all(f.strip() for f in forms))
if empty:
    problems.append(f'{label}: {len(empty)} message(s) with an empty translation:')
    problems += [show(k) for k in empty]

placeholder = re.compile(r'%L?(?:[1-9][0-9]?|n)')
accelerator = re.compile(r'&(?!&)(?![a-z]+;)[^\s&]')
for key, (kind, forms, numerus) in sorted(committed.items()):
    if kind:
        continue
    source = key[1]
    wanted = sorted(set(p.replace('%L', '%') for p in placeholder.findall(source)))
    for form in forms:
        got = sorted(set(p.replace('%L', '%') for p in placeholder.findall(form)))
        if got != wanted:
            problems.append(f'{label}: placeholders {wanted} of the source became {got}:')
            problems.append(show(key) + f' -> "{form}"')
        if accelerator.search(source) and not accelerator.search(form):
            problems.append(f'{label}: the translation lost the keyboard accelerator (&):')
            problems.append(show(key) + f' -> "{form}"')

if problems:
    print('\n'.join(problems), file=sys.stderr)
    sys.exit(1)
print(f'{label}: {len(committed)} messages, all translated and current')
PY
done
[ $status -eq 0 ] || echo "check_translations: FAILED" >&2
exit $status
