#!/usr/bin/env python3
"""The baseline of bench_throughput.sh: Debian's python3-dateparser finding the dates of articles.

    /usr/bin/python3 bench/bench_dateparser.py ARTICLES.jsonl

Runs dateparser.search.search_dates(text, languages=['vi']) on the text of every article (after one
warm-up call that loads the Vietnamese data) and prints one JSON line: wall and CPU seconds,
articles, bytes of text and the number of dates found. Exits 3 when dateparser is not installed (apt install
python3-dateparser; it is a Debian package, so run it with /usr/bin/python3).
"""
import json
import sys
import time
import warnings

warnings.filterwarnings('ignore')  # pytz deprecation notices from dateparser 1.1

try:
    from dateparser.search import search_dates
except ImportError:
    sys.exit(3)

articles = [json.loads(line) for line in open(sys.argv[1], encoding='utf-8') if line.strip()]
search_dates('Sáng 21/6, hội nghị diễn ra ngày 21 tháng 6 năm 2024.', languages=['vi'])
found = 0
start, start_cpu = time.perf_counter(), time.process_time()
for article in articles:
    found += len(search_dates(article['text'], languages=['vi']) or [])
seconds, cpu = time.perf_counter() - start, time.process_time() - start_cpu
print(json.dumps({'seconds': round(seconds, 3), 'cpu_seconds': round(cpu, 3), 'articles': len(articles),
                  'bytes': sum(len(a['text'].encode('utf-8')) for a in articles), 'dates': found}))
