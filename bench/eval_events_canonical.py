#!/usr/bin/env python3
"""The events scorer's figures again, with each gold organiser named as biennien names it.

eval_events_canonical.py BIENNIEN GOLD.jsonl TIMELINE.json

The official scorer (../shared/tools/events.py) compares slugs of the gold organisers' spellings
("T.Ư Đoàn" → t-u-doan, "Thành ủy Thành phố Hồ Chí Minh" → thanh-uy-thanh-pho-ho-chi-minh) with
biennien's ids, which are the registry's (trung-uong-doan) and write a place as the registry does
(thanh-uy-tp-hcm). Here
a gold organiser also matches the id biennien gives its name in a sentence of its own
("Ngày 1/1/2024, <name> tổ chức hội nghị."). Same rules otherwise; one line:
`event_org_recall_canonical=X`.
"""
import json, subprocess, sys

sys.path.insert(0, sys.argv[4] if len(sys.argv) > 4 else '.')
from events import matches, slug, start_of  # the official scorer's helpers


def ids_of(binary, names):
    lines = [json.dumps({'id': str(i), 'published': '2024-01-02',
                         'text': f'Ngày 1/1/2024, {name} tổ chức hội nghị.'}, ensure_ascii=False)
             for i, name in enumerate(names)]
    out = subprocess.run([binary, 'events', '-'], input='\n'.join(lines) + '\n', capture_output=True,
                         text=True, check=True).stdout
    found = {}
    for line in out.splitlines():
        event = json.loads(line).get('event')
        if event:
            found.setdefault(names[int(event['source']['article'])], []).extend(event['organisations'])
    return found


def main(binary, gold_path, timeline_path, *_):
    gold = [json.loads(l) for l in open(gold_path, encoding='utf-8') if l.strip()]
    names = sorted({o for g in gold for e in g.get('events', []) for o in e.get('organisers', [])})
    canonical = ids_of(binary, names)
    by_article = {}
    for ev in json.load(open(timeline_path, encoding='utf-8')).get('events', []):
        for src in ev.get('sources', []):
            by_article.setdefault(str(src.get('article')), []).append(ev)
    total = found_org = 0
    for g in gold:
        evs = by_article.get(g['id'], [])
        for ge in g.get('events', []):
            if not start_of(ge['date']):
                continue
            total += 1
            hits = [e for e in evs if matches(ge['date'], e.get('start'))]
            wanted = [s for o in ge.get('organisers', []) for s in [slug(o)] + canonical.get(o, []) if s]
            if any(oid == w or w in oid or oid in w for e in hits for oid in e.get('organisations', []) for w in wanted):
                found_org += 1
    print(f'event_org_recall_canonical={found_org / total if total else 0:.3f} (gold organisers as biennien names them)')


if __name__ == '__main__':
    main(*sys.argv[1:])
