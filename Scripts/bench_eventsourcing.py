#!/usr/bin/env python3
"""The Python peer of `stancelog bench`: the `eventsourcing` library (9.x) with its SQLite or PostgreSQL persistence.

Appends the same number of equivalent events as one stancelog bench size (one
aggregate per article: an `Ingested` event carrying the text, then one
`PositionStated` event per statement, payloads of the same mean sizes), in the
same batches (one `app.save(...)` call, i.e. one transaction, per batch of
articles), then replays them: reads every notification in pages and turns it
back into a domain event, folding the latest stance per (party, topic).

Only `app.save` calls are timed for append (building the aggregates is not, as
stancelog's generation is not); the whole read-and-deserialise loop is timed
for replay, over the open application as many times as stancelog's in-memory
replay scans its open log (`replay_runs`: 7 up to 200,000 events, 3 above, the
rule of `LogScanStage.runs(events:)`), and the median run is reported, by wall
time and by process CPU time, as stancelog reports its scans. Prints one JSON object.

Durability is stancelog's: on SQLite, WAL with `synchronous=NORMAL` on every
connection (GRDB's setting for stancelog's log; eventsourcing alone would leave
SQLite's default FULL), one transaction per `save`. With `--postgres-dsn`
(a `postgres://user@/db?host=/socket/dir` URL, as `Scripts/with-postgres`
exports) it uses `eventsourcing.postgres` on that server with the server's
defaults (`synchronous_commit=on`: durable commits, as stancelog's server append).
"""
import argparse
import json
import os
import sqlite3
import sys
import time
from importlib.metadata import version
from urllib.parse import parse_qs, urlparse

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


def use_synchronous(level):
    """Makes every SQLite connection eventsourcing opens run `PRAGMA synchronous=<level>`."""
    connect = sqlite3.connect

    def connect_with_level(*args, **kwargs):
        connection = connect(*args, **kwargs)
        connection.execute(f"PRAGMA synchronous={level}")
        return connection

    sqlite3.connect = connect_with_level


def use_postgres(dsn):
    """Points eventsourcing's PostgreSQL persistence at the server of `dsn`, in a fresh schema."""
    url = urlparse(dsn)
    query = parse_qs(url.query)
    os.environ["PERSISTENCE_MODULE"] = "eventsourcing.postgres"
    os.environ["POSTGRES_DBNAME"] = url.path.lstrip("/")
    os.environ["POSTGRES_HOST"] = query.get("host", [url.hostname or "localhost"])[0]
    os.environ["POSTGRES_PORT"] = str(url.port or 5432)
    os.environ["POSTGRES_USER"] = url.username or "postgres"
    os.environ["POSTGRES_PASSWORD"] = url.password or os.environ.get("PGPASSWORD", "")
    os.environ["POSTGRES_SCHEMA"] = "eventsourcing_bench"
    os.environ["CREATE_TABLE"] = "y"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="SQLite file (removed first)")
    parser.add_argument("--postgres-dsn", help="PostgreSQL URL instead of --db")
    parser.add_argument("--synchronous", default="NORMAL", help="SQLite synchronous level (stancelog's: NORMAL)")
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--statements", type=int, required=True)
    parser.add_argument("--batch-articles", type=int, default=100)
    parser.add_argument("--article-bytes", type=int, required=True, help="mean payload size of an article event")
    parser.add_argument("--statement-bytes", type=int, required=True, help="mean payload size of a statement event")
    args = parser.parse_args()

    if args.postgres_dsn:
        use_postgres(args.postgres_dsn)
        reset_postgres_schema()
    else:
        if not args.db:
            parser.error("give --db or --postgres-dsn")
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(args.db + suffix):
                os.remove(args.db + suffix)
        os.environ["PERSISTENCE_MODULE"] = "eventsourcing.sqlite"
        os.environ["SQLITE_DBNAME"] = args.db
        use_synchronous(args.synchronous)
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

    replay_runs = [replay(app, events) for _ in range(runs_for(events))]
    replay_seconds = sorted(wall for wall, _ in replay_runs)[len(replay_runs) // 2]
    replay_cpu_seconds = sorted(cpu for _, cpu in replay_runs)[len(replay_runs) // 2]

    size = 0 if args.postgres_dsn else sum(
        os.path.getsize(args.db + s) for s in ("", "-wal") if os.path.exists(args.db + s))
    print(json.dumps({
        "library": "eventsourcing",
        "persistence": "postgres" if args.postgres_dsn else f"sqlite (WAL, synchronous={args.synchronous})",
        "version": version("eventsourcing"),
        "articles": args.articles,
        "events": events,
        "append_events_per_s": events / append_seconds,
        "replay_events_per_s": events / replay_seconds,
        "replay_cpu_events_per_s": events / replay_cpu_seconds,
        "database_bytes": size,
    }))


def runs_for(events):
    """Replays per measurement, the median reported: the rule of stancelog's `LogScanStage.runs(events:)`."""
    return 7 if events <= 200_000 else 3


def replay(app, events):
    """Reads every notification in pages, deserialises it and folds the latest stance per (party, topic).

    Returns the wall seconds and the process CPU seconds of the run."""
    t0 = time.perf_counter()
    c0 = time.process_time()
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
    seconds = time.perf_counter() - t0
    cpu_seconds = time.process_time() - c0
    if replayed != events:
        print(f"replayed {replayed} of {events} events", file=sys.stderr)
        sys.exit(1)
    return seconds, cpu_seconds


def reset_postgres_schema():
    """Drops and recreates the peer's schema, so every run starts from an empty table."""
    import psycopg

    with psycopg.connect(
        dbname=os.environ["POSTGRES_DBNAME"], host=os.environ["POSTGRES_HOST"], port=os.environ["POSTGRES_PORT"],
        user=os.environ["POSTGRES_USER"], password=os.environ["POSTGRES_PASSWORD"] or None, autocommit=True,
    ) as connection:
        schema = os.environ["POSTGRES_SCHEMA"]
        connection.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        connection.execute(f"CREATE SCHEMA {schema}")


if __name__ == "__main__":
    main()
