#!/usr/bin/env python3
"""Prints the ratio table for benchmarks/run.sh from the results folder it filled (stdlib only)."""
import json
import os
import re
import sys

out = sys.argv[1]


def jmh(name):
    """{(method, params..., threads): ops/s} from one JMH JSON result file."""
    path = os.path.join(out, name + ".json")
    scores = {}
    if not os.path.exists(path):
        return scores
    with open(path) as handle:
        try:
            runs = json.load(handle)
        except ValueError:
            return scores
    for run in runs:
        method = run["benchmark"].rsplit(".", 1)[1]
        params = tuple(sorted((run.get("params") or {}).values()))
        scores[(method,) + params + (run["threads"],)] = run["primaryMetric"]["score"]
    return scores


def results(name):
    """{key: float} from 'RESULT key value unit' lines."""
    path = os.path.join(out, name + ".txt")
    found = {}
    if os.path.exists(path):
        with open(path) as handle:
            for line in handle:
                match = re.match(r"RESULT (\S+) (\S+)", line)
                if match:
                    found[match.group(1)] = float(match.group(2))
    return found


rows = []


def row(area, what, value, goal, met, note=""):
    rows.append((area, what, value, goal, met, note))


def ratio(a, b):
    return (a / b) if a and b else None


def fmt(value, digits=2):
    return "n/a" if value is None else f"{value:.{digits}f}"


conn = jmh("connection")
for method, label in (("getItem", "GetItem"), ("putItem", "PutItem"), ("query10", "Query, 10 items")):
    r = ratio(conn.get((method, "raw", 1)), conn.get((method, "connection", 1)))
    row("1 Connection overhead", f"{label}: raw SDK ops/s / Connection ops/s", fmt(r), "<= 1.05",
        r is not None and r <= 1.05)

obs = jmh("observability")
for method, label in (("getItem", "GetItem"), ("putItem", "PutItem")):
    r = ratio(obs.get((method, "plain", 1)), obs.get((method, "instrumented", 1)))
    sdk = ratio(obs.get((method, "plain", 1)), obs.get((method, "sdk-collection", 1)))
    row("2 Observability overhead", f"{label}: plain ops/s / with metrics ops/s", fmt(r), "<= 1.05",
        r is not None and r <= 1.05,
        f"of which the SDK collecting metrics for a publisher that does nothing: {fmt(sdk)}")

floor = jmh("floor")
for method, label in (("getItem", "GetItem"), ("putItem", "PutItem")):
    r = ratio(floor.get((method, "floor", 1)), floor.get((method, "engine", 1)))
    row("3 Engine vs the floor", f"{label}: canned ops/s / engine ops/s (in-process)", fmt(r), "<= 1.3",
        r is not None and r <= 1.3)

peers = {}
peers.update(jmh("ours-t1"))
peers.update(jmh("ours-t8"))
peers.update(jmh("peers-t1"))
peers.update(jmh("peers-t8"))
for method, name, scale in (("getItem", "GetItem", 1), ("putItem", "PutItem", 1), ("query", "Query (10 items) items/s", 10),
                            ("batchWriteItem", "BatchWriteItem items/s", 25)):
    for threads in (1, 8):
        label = f"{name}, {threads} thread{'s' if threads > 1 else ''}"
        # standalone (its own process, like the peers) is the goal's side; embedded (in the benchmark JVM) a diagnostic
        ours = peers.get((method, "standalone", threads))
        injvm = peers.get((method, "embedded", threads))
        for peer, goal in (("moto", 20), ("dynalite", 4)):
            theirs = peers.get((method, peer, threads))
            r = ratio(ours, theirs)
            note = "" if theirs else f"{peer} not measured"
            if ours and theirs:
                note = f"{ours * scale:,.0f}/s vs {theirs * scale:,.0f}/s"
            if injvm and theirs:
                note += f"; in-JVM embedded / {peer}: {fmt(ratio(injvm, theirs), 1)}"
            row("4 Engine vs peers (HTTP)", f"{label}: standalone / {peer}", fmt(r, 1), f">= {goal}",
                r is not None and r >= goal, note)

scale = results("scale")
r = ratio(scale.get("query_first_page_1m"), scale.get("query_first_page_10k"))
row("5 Scale", "Query first page (100 items): 1M-item / 10k-item partition", fmt(r), "<= 2",
    r is not None and r <= 2,
    f"{fmt(scale.get('query_first_page_1m'), 1)} us vs {fmt(scale.get('query_first_page_10k'), 1)} us")
heap = scale.get("heap_1m_items")
row("5 Scale", "Heap used by 1 000 000 items of ~100 bytes (MB)", fmt(heap, 0), "<= 600",
    heap is not None and heap <= 600)

bulk = results("bulk")
r = ratio(bulk.get("plain_seconds"), bulk.get("connection_seconds"))
expected = bulk.get("items_expected")
verified = expected is not None and bulk.get("items_counted_connection") == expected == bulk.get("items_counted_sdk")
row("6 Bulk load", "SDK loop time / Connection.batchWriteItem time (HTTP)", fmt(r), ">= 1.0 and count verified",
    r is not None and r >= 1.0 and verified,
    f"{fmt(bulk.get('connection_seconds'))} s vs {fmt(bulk.get('plain_seconds'))} s; "
    f"counted {fmt(bulk.get('items_counted_connection'), 0)} and {fmt(bulk.get('items_counted_sdk'), 0)} "
    f"of {fmt(expected, 0)}")

startup = results("startup")
r = ratio(startup.get("sample_seconds"), startup.get("minimal_seconds"))
row("7 Start-up", "sample app / minimal web+actuator app, time to ready", fmt(r), "<= 1.15",
    r is not None and r <= 1.15,
    f"{fmt(startup.get('sample_seconds'))} s vs {fmt(startup.get('minimal_seconds'))} s (median)")

print("| # | measurement | ratio | goal | met | detail |")
print("|---|---|---|---|---|---|")
for area, what, value, goal, met, note in rows:
    print(f"| {area} | {what} | {value} | {goal} | {'yes' if met else 'NO'} | {note} |")
missed = sum(1 for r in rows if not r[4])
print()
print(f"{len(rows) - missed} of {len(rows)} goals met")
