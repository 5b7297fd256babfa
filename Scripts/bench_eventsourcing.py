#!/usr/bin/env python3
"""The Python peer of `stancelog bench`: the `eventsourcing` library (9.x) with its SQLite persistence.

Appends the same number of equivalent events as one stancelog bench size (one
aggregate per article: an `Ingested` event carrying the text, then one
`PositionStated` event per statement, payloads of the same mean sizes), in the
same batches (one `app.save(...)` call, i.e. one transaction, per batch of
articles), then replays them: reads every notification in pages and turns it
back into a domain event, folding the latest stance per (party, topic).

Only `app.save` calls are timed for append (building the aggregates is not, as
stancelog's generation is not); the whole read-and-deserialise loop is timed
for replay. Prints one JSON object.
"""
import argparse
import json
import os
import sys
import time
from importlib.metadata import version

from eventsourcing.application import Application
from eventsourcing.domain import Aggregate, event

PARTIES = ["US", "RU", "UA", "EU", "DE", "FR", "GB", "NATO"]
TOPICS = ["nato_membership", "territory", "security_guarantees"]
FILLER = ("Die Gespräche dauerten nach Angaben von Teilnehmern mehr als fünf Stunden. "
          "Beobachter rechnen nicht mit einer schnellen Einigung. ")


def text_of(size, salt):
    body = (FILLER * (size // len(FILLER) + 1))[: max(size, 1)]
    return f"{salt}:{body}"


class Article(Aggregate):
    @event("Ingested")
    def __init__(self, text, published):
        self.text = text
        self.published = published
        self.statements = 0

    @event("PositionStated")
    def state(self, statement_id, party, topic, stance, attribution, valid_date, evidence):
        self.statements += 1


class Corpus(Application):
    pass


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--statements", type=int, required=True)
    parser.add_argument("--batch-articles", type=int, default=100)
    parser.add_argument("--article-bytes", type=int, required=True, help="mean payload size of an article event")
    parser.add_argument("--statement-bytes", type=int, required=True, help="mean payload size of a statement event")
    args = parser.parse_args()

    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(args.db + suffix):
            os.remove(args.db + suffix)
    os.environ["PERSISTENCE_MODULE"] = "eventsourcing.sqlite"
    os.environ["SQLITE_DBNAME"] = args.db
    app = Corpus()

    # Bytes the fields other than the free text take in stancelog's payloads, so totals match.
    statement_text = max(args.statement_bytes - 260, 16)
    article_text = max(args.article_bytes - 330, 16)
    base, extra = divmod(args.statements, args.articles)

    append_seconds = 0.0
    events = 0
    for start in range(0, args.articles, args.batch_articles):
        batch = []
        for i in range(start, min(start + args.batch_articles, args.articles)):
            article = Article(text=text_of(article_text, i), published=f"{2022 + i % 5}-{1 + i % 12:02d}-{1 + i % 28:02d}")
            for k in range(base + (1 if i < extra else 0)):
                article.state(
                    statement_id=f"st-{i:010d}{k:010d}", party=PARTIES[(i + k) % 8], topic=TOPICS[(i * 7 + k) % 3],
                    stance=(i + k) % 5 - 2, attribution="reported", valid_date=article.published,
                    evidence=text_of(statement_text, k))
            events += 1 + base + (1 if i < extra else 0)
            batch.append(article)
        t0 = time.perf_counter()
        app.save(*batch)
        append_seconds += time.perf_counter() - t0

    t0 = time.perf_counter()
    latest = {}
    replayed = 0
    start = 1
    while True:
        page = app.recorder.select_notifications(start, 10_000)
        if not page:
            break
        for notification in page:
            domain_event = app.mapper.to_domain_event(notification)
            replayed += 1
            party = getattr(domain_event, "party", None)
            if party is not None:
                latest[(party, domain_event.topic)] = (domain_event.valid_date, domain_event.stance)
        start = page[-1].id + 1
    replay_seconds = time.perf_counter() - t0
    if replayed != events:
        print(f"replayed {replayed} of {events} events", file=sys.stderr)
        sys.exit(1)

    size = sum(os.path.getsize(args.db + s) for s in ("", "-wal") if os.path.exists(args.db + s))
    print(json.dumps({
        "library": "eventsourcing",
        "version": version("eventsourcing"),
        "articles": args.articles,
        "events": events,
        "append_events_per_s": events / append_seconds,
        "replay_events_per_s": replayed / replay_seconds,
        "database_bytes": size,
    }))


if __name__ == "__main__":
    main()
