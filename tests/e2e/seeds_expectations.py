#!/usr/bin/env python3
"""The events issue 2 requires of the seed articles, checked on a built timeline.json."""
import json
import sys

timeline = json.load(open(sys.argv[1], encoding='utf-8'))
events = timeline['events']
failures = []


def find(article_prefix, start, org, part_of_day=None):
    for e in events:
        if (e['start'] == start and org in e['organisations'] and e['part_of_day'] == part_of_day
                and any(s['article'].startswith(article_prefix) for s in e['sources'])):
            return e
    failures.append(f'missing: {article_prefix} {start} {org} {part_of_day}')
    return None


def in_feeds(e):
    return bool(e['organisations']) and e['precision'] in ('day', 'part_of_day', 'minute')


find('001_', '2025-01-21', 'quan-doan-hoan-kiem')
find('002_', '2021-06-25', 'thanh-doan-hai-phong')
find('003_', '2024-06-21', 'trung-uong-doan', 'MO')
find('004_', '2021-01-19', 'thanh-doan-ha-noi', 'AF')

for e in events:
    for s in e['sources']:
        if not s['sentence']:
            failures.append(f'event {e["id"]} has no source sentence')
        # Seed 000's related-news list (06/06/2025, 07/06/2025) and seed 003's page banner
        # (16/07/2024) are page chrome.
        if e['start'].startswith(('2025-06-06', '2025-06-07', '2024-07-16')):
            failures.append(f'event from page chrome: {e["start"]} {s["sentence"]!r}')
        if s['article'].startswith('000_') and in_feeds(e):
            failures.append(f'seed 000 has no dated event of its own, got {e["start"]} {e["title"]!r}')

ids = {o['id'] for o in timeline['organisations']}
for required in ('trung-uong-doan', 'thanh-doan-ha-noi', 'quan-doan-hoan-kiem', 'thanh-doan-hai-phong'):
    if required not in ids:
        failures.append(f'organisation missing from timeline: {required}')
parents = {o['id']: o.get('parent') for o in timeline['organisations']}
if parents.get('quan-doan-hoan-kiem') != 'thanh-doan-ha-noi' or parents.get('thanh-doan-ha-noi') != 'trung-uong-doan':
    failures.append(f'hierarchy wrong: {parents}')

for f in failures:
    print(f, file=sys.stderr)
sys.exit(1 if failures else 0)
