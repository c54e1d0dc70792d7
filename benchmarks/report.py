#!/usr/bin/env python3
"""Prints the ratio table for benchmarks/run.sh from the results folder it filled (stdlib only).

Every ratio comes from an interleaved pair set (PairLog's SET / PAIR / REPEAT lines): the median of
the per-pair ratios, their min-max, and "noisy" instead of met/missed when the spread,
(max - min) / median, is over 10%. A new row is one line in ROWS below.
"""
import os
import re
import sys

NOISY_SPREAD = 0.10

out = sys.argv[1]


def median(values):
    s = sorted(values)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def spread(ratios):
    return (max(ratios) - min(ratios)) / median(ratios)


def read_sets():
    """{set id: {"a": label, "b": label, "unit": unit, "pairs": [(a, b)], "repeated": first spread or None}}"""
    sets = {}
    for name in sorted(os.listdir(out)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(out, name)) as handle:
            for line in handle:
                parts = line.split()
                if len(parts) >= 5 and parts[0] == "SET":
                    sets[parts[1]] = {"a": parts[2], "b": parts[3], "unit": parts[4], "pairs": [], "repeated": None}
                elif len(parts) == 4 and parts[0] == "PAIR" and parts[1] in sets:
                    sets[parts[1]]["pairs"].append((float(parts[2]), float(parts[3])))
                elif len(parts) == 3 and parts[0] == "REPEAT" and parts[1] in sets:
                    sets[parts[1]]["pairs"] = []
                    sets[parts[1]]["repeated"] = float(parts[2])
    return sets


def read_results():
    """{key: float} from every 'RESULT key value unit' line; a key is also kept as file:key (the file without .txt)."""
    found = {}
    for name in sorted(os.listdir(out)):
        if name.endswith(".txt"):
            with open(os.path.join(out, name)) as handle:
                for line in handle:
                    match = re.match(r"RESULT (\S+) (\S+)", line)
                    if match:
                        found[match.group(1)] = float(match.group(2))
                        found[name[:-4] + ":" + match.group(1)] = float(match.group(2))
    return found


SETS = read_sets()
RESULTS = read_results()


def number(value, unit=""):
    if value >= 100:
        text = f"{value:,.0f}"
    elif value >= 10:
        text = f"{value:.1f}"
    else:
        text = f"{value:.3g}"
    return f"{text} {unit}".strip()


# A pair row: (area, measurement, set id, which way round, goal, scale of the absolute values, their unit).
# "a/b" divides side A's value by side B's (as printed in the SET line), "b/a" the other way round.
# Goals: ("<=", x) or (">=", x). Sets are named by run.sh: name.method.tTHREADS.
ROWS = [
    ("1 Connection overhead", "GetItem: raw SDK ops/s / Connection ops/s", "connection.getItem.t1", "a/b", ("<=", 1.05)),
    ("1 Connection overhead", "PutItem: raw SDK ops/s / Connection ops/s", "connection.putItem.t1", "a/b", ("<=", 1.05)),
    ("1 Connection overhead", "Query, 10 items: raw SDK ops/s / Connection ops/s", "connection.query10.t1", "a/b", ("<=", 1.05)),
    ("2 Observability overhead", "GetItem, in-process: plain / default meters", "observability-inprocess.getItem.t1", "a/b", ("<=", 1.05)),
    ("2 Observability overhead", "PutItem, in-process: plain / default meters", "observability-inprocess.putItem.t1", "a/b", ("<=", 1.05)),
    ("2 Observability overhead", "GetItem, in-process: plain / default meters without the long task timer (cost, no goal)", "observability-no-ltt.getItem.t1", "a/b", None),
    ("2 Observability overhead", "PutItem, in-process: plain / default meters without the long task timer (cost, no goal)", "observability-no-ltt.putItem.t1", "a/b", None),
    ("2 Observability overhead", "GetItem, HTTP: plain / default meters", "observability-http.getItem.t1", "a/b", ("<=", 1.05)),
    ("2 Observability overhead", "PutItem, HTTP: plain / default meters", "observability-http.putItem.t1", "a/b", ("<=", 1.05)),
    ("2 Observability overhead", "GetItem, HTTP: plain / with HTTP pool gauges (cost, no goal)", "observability-pool.getItem.t1", "a/b", None),
    ("2 Observability overhead", "PutItem, HTTP: plain / with HTTP pool gauges (cost, no goal)", "observability-pool.putItem.t1", "a/b", None),
    ("3 Engine vs the floor", "GetItem: canned ops/s / engine ops/s (in-process)", "floor.getItem.t1", "a/b", ("<=", 1.1)),
    ("3 Engine vs the floor", "PutItem: canned ops/s / engine ops/s (in-process)", "floor.putItem.t1", "a/b", ("<=", 1.1)),
]

for method, label, scale, unit in (("getItem", "GetItem", 1, "/s"), ("putItem", "PutItem", 1, "/s"),
                                   ("query", "Query (10 items)", 1, "/s"),
                                   ("batchWriteItem", "BatchWriteItem items/s", 25, "items/s")):
    for threads in (1, 8):
        for peer, goal in (("moto", 20), ("dynalite", 4)):
            ROWS.append(("4 Engine vs peers (HTTP)", f"{label}, {threads} thread{'s' if threads > 1 else ''}: ours / {peer}",
                         f"peers-{peer}.{method}.t{threads}", "a/b", (">=", goal), scale, unit))
for method, label in (("getItem", "GetItem"), ("putItem", "PutItem")):
    ROWS.append(("4 Engine vs peers (HTTP)", f"{label}, 1 thread: standalone / in-JVM embedded (diagnostic)",
                 f"peers-embedded.{method}.t1", "a/b", None))

ROWS.append(("5 Scale", "Query first page (100 items): 1M-item / 10k-item partition", "scale.query-first-page", "a/b", ("<=", 2)))
for items in ("10000", "100000", "1000000"):
    ROWS.append(("6 Bulk load", f"{int(items):,} items: plain SDK loop time / Connection.batchWriteItem time (HTTP)",
                 f"bulk.{items}", "a/b", (">=", 2)))
ROWS.append(("7 Start-up", "sample app / minimal web+actuator app, time to ready", "startup.ready", "a/b", ("<=", 1.10)))
ROWS.append(("7 Start-up", "sample app / minimal app, launch to first served GET /actuator/health", "startup.first-request",
             "a/b", ("<=", 1.10)))

# A single-value row: (area, measurement, RESULT key, goal, unit).
VALUE_ROWS = [
    ("5 Scale", "Heap used by 1 000 000 items of ~100 bytes", "heap_1m_items", ("<=", 600), "MB"),
]
for items in ("10000", "100000", "1000000"):
    VALUE_ROWS.append(("6 Bulk load", f"{int(items):,} items: peak heap of Connection.batchWriteItem",
                       f"bulk_peak_heap_connection_{items}", None, "MB"))
    for side, label in (("plain", "plain loop"), ("connection", "Connection")):
        VALUE_ROWS.append(("6 Bulk load", f"{int(items):,} items, {label}: CPU per item, client + engine",
                           (f"bulk_cpu_client_{side}_{items}", f"bulk_cpu_engine_{side}_{items}"), None, "us"))
        VALUE_ROWS.append(("6 Bulk load", f"{int(items):,} items, {label}: cores kept busy (CPU time / wall time)",
                           f"bulk_cores_busy_{side}_{items}", None, "cores"))


def meets(value, goal):
    op, target = goal
    return value <= target if op == "<=" else value >= target


def pair_row(area, what, set_id, way, goal, scale=1, unit=None):
    found = SETS.get(set_id)
    goal_text = f"{goal[0]} {goal[1]:g}" if goal else "-"
    if not found or not found["pairs"]:
        return (area, what, "not measured", "", goal_text, "n/a", "")
    pairs = found["pairs"]
    ratios = [(a / b) if way == "a/b" else (b / a) for a, b in pairs]
    inverse = [1 / r for r in ratios]
    value = median(ratios)
    noisy = max(spread(ratios), spread(inverse)) > NOISY_SPREAD
    if len(pairs) < 5:
        status = "n/a"
    elif noisy:
        status = "noisy"
    elif goal is None:
        status = "-"
    else:
        status = "met" if meets(value, goal) else "missed"
    unit = unit or found["unit"]
    detail = (f"{found['a']} {number(median([a for a, _ in pairs]) * scale, unit)} vs "
              f"{found['b']} {number(median([b for _, b in pairs]) * scale, unit)} (medians of {len(pairs)} pairs)")
    if found["repeated"] is not None:
        detail += f"; repeated, the first attempt's spread was {found['repeated']:.0%}"
    return (area, what, f"{value:.2f}", f"{min(ratios):.2f}-{max(ratios):.2f}", goal_text, status, detail)


def count_row(items):
    """Bulk load: both partitions counted after the loads hold exactly the items written."""
    expected = RESULTS.get(f"bulk-{items}:items_expected")
    counted = (RESULTS.get(f"bulk-{items}:items_counted_sdk"), RESULTS.get(f"bulk-{items}:items_counted_connection"))
    ok = expected is not None and counted[0] == expected == counted[1]
    return ("6 Bulk load", f"{int(items):,} items: items counted afterwards (plain loop, Connection)",
            f"{counted[0]:,.0f}, {counted[1]:,.0f}" if None not in counted else "n/a", "", f"= {int(items):,}",
            "met" if ok else "missed", "")


def value_row(area, what, key, goal, unit):
    """A single value; a tuple of keys is their sum (client + engine CPU), each part named in the detail."""
    parts = [RESULTS.get(k) for k in key] if isinstance(key, tuple) else [RESULTS.get(key)]
    goal_text = f"{goal[0]} {goal[1]:g} {unit}" if goal else "-"
    if None in parts:
        return (area, what, "not measured", "", goal_text, "n/a", "")
    value = sum(parts)
    status = "-" if goal is None else ("met" if meets(value, goal) else "missed")
    detail = (f"client {number(parts[0], unit)} + engine {number(parts[1], unit)}, over every timed round"
              if len(parts) == 2 else "one measurement")
    return (area, what, number(value, unit), "", goal_text, status, detail)


def recorded(key):
    """Whether every RESULT a value row needs (one key, or a tuple of keys) was printed."""
    return all(k in RESULTS for k in key) if isinstance(key, tuple) else key in RESULTS


def ran(set_id):
    """Whether run.sh ran the section the set belongs to (the name before the first dot)."""
    section = set_id.split(".")[0] + "."
    return any(s.startswith(section) for s in SETS)


def main():
    skipped = [row[1] for row in ROWS if not ran(row[2])] + [row[1] for row in VALUE_ROWS if not recorded(row[2])]
    table = [pair_row(*row) for row in ROWS if ran(row[2])] + [value_row(*row) for row in VALUE_ROWS if recorded(row[2])]
    table += [count_row(items) for items in ("10000", "100000", "1000000") if f"bulk-{items}:items_expected" in RESULTS]
    table.sort(key=lambda r: r[0][:1])
    machine = {}
    path = os.path.join(out, "machine.txt")
    if os.path.exists(path):
        with open(path) as handle:
            for line in handle:
                parts = line.rstrip("\n").split(" ", 2)
                if len(parts) == 3 and parts[0] == "MACHINE":
                    machine[parts[1]] = parts[2]
    for key in ("date", "jdk", "cpu", "cores", "memory"):
        print(f"- {key}: {machine.get(key, 'unknown')}")
    print()
    print("| # | measurement | median ratio | min-max | goal | result | detail |")
    print("|---|---|---|---|---|---|---|")
    for row in table:
        print("| " + " | ".join(row) + " |")
    goals = [r for r in table if r[4] != "-"]
    counts = {status: sum(1 for r in goals if r[5] == status) for status in ("met", "missed", "noisy", "n/a")}
    print()
    print(f"{counts['met']} of {len(goals)} goals met; {counts['missed']} missed, {counts['noisy']} noisy (spread "
          f"over {NOISY_SPREAD:.0%}), {counts['n/a']} not measured")
    if skipped:
        print()
        print("Rows whose section run.sh did not run: " + "; ".join(skipped))
    loads = os.path.join(out, "load.txt")
    if os.path.exists(loads):
        print()
        print("Load average (1, 5, 15 min) before and after each section, and the section's duration:")
        print()
        print("| section | before | after | seconds |")
        print("|---|---|---|---|")
        seen = {}
        times = {}
        settled = []
        with open(loads) as handle:
            for line in handle:
                parts = line.split(maxsplit=3)
                if len(parts) == 4 and parts[0] == "SETTLE":
                    settled.append(f"{parts[1]} waited {parts[3].strip()} for the 1-minute load to fall below 0.6")
                elif len(parts) == 4 and parts[0] == "LOAD":
                    seen.setdefault(parts[1], {})[parts[2]] = parts[3].strip()
                elif len(parts) == 4 and parts[0] == "TIME":
                    times.setdefault(parts[1], {})[parts[2]] = int(parts[3])
        for section, when in seen.items():
            span = times.get(section, {})
            seconds = span["after"] - span["before"] if {"before", "after"} <= span.keys() else ""
            print(f"| {section} | {when.get('before', '')} | {when.get('after', '')} | {seconds} |")
        if settled:
            print()
            print("Before measuring: " + "; ".join(settled) + ".")
        stamps = [t for span in times.values() for t in span.values()]
        if stamps:
            print()
            print(f"Measured sections: {(max(stamps) - min(stamps)) / 60:.1f} minutes (the build before them not included)")


main()
