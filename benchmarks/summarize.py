#!/usr/bin/env python3
"""Turns one JMH JSON result into the Markdown tables of RESULTS.md.

Usage: python3 benchmarks/summarize.py benchmarks/results/<result>.json
Handles WebhookVerifyBenchmark and ClientOverheadBenchmark results. Every ratio is computed from
medians (p0.50) of the same run. With --strip, also removes the raw sample histograms from the file
(they are large and the percentiles are kept).
"""
import json
import sys

path = sys.argv[1]
results = json.load(open(path))
if "--strip" in sys.argv:
    for r in results:
        r["primaryMetric"].pop("rawDataHistogram", None)
        r["primaryMetric"].pop("rawData", None)
    json.dump(results, open(path, "w"), indent=2)


def p(r, q):
    return r["primaryMetric"]["scorePercentiles"][q]


def alloc(r):
    return r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")


def webhook():
    rows = {}
    for r in results:
        name = r["benchmark"].rsplit(".", 1)[1]
        rows.setdefault(int(r["params"]["size"]), {})[name] = (p(r, "50.0"), alloc(r))

    def fmt_ns(v):
        return f"{v / 1000:.2f} µs" if v >= 10_000 else f"{v:.0f} ns"

    print("| payload | bare `Mac` (floor) | Billkit, `Map` headers | Billkit, functional headers "
          "| reference `standardwebhooks` 1.2.0 | Billkit ÷ floor | reference ÷ floor "
          "| reference ÷ Billkit |")
    print("|---|---|---|---|---|---|---|---|")
    for size in sorted(rows):
        r = rows[size]
        floor, ours, exact, ref = (r[k][0] for k in
                                   ("floorBareMac", "billkit", "billkitExactHeaders", "reference"))
        print(f"| {size // 1024} KiB | {fmt_ns(floor)} | {fmt_ns(ours)} | {fmt_ns(exact)} "
              f"| {fmt_ns(ref)} | **{ours / floor:.2f}×** (functional: {exact / floor:.2f}×) "
              f"| {ref / floor:.2f}× | {ref / ours:.2f}× |")
    print()
    print("Allocation per verification (`-prof gc`, `gc.alloc.rate.norm`):")
    print()
    print("| payload | floor | Billkit, `Map` headers | Billkit, functional headers | reference |")
    print("|---|---|---|---|---|")
    for size in sorted(rows):
        r = rows[size]
        cells = " | ".join(
            f"{r[k][1]:.0f} B" if r[k][1] is not None else "n/a"
            for k in ("floorBareMac", "billkit", "billkitExactHeaders", "reference"))
        print(f"| {size // 1024} KiB | {cells} |")


def client():
    rows = {}
    for r in results:
        name = r["benchmark"].rsplit(".", 1)[1]
        rows.setdefault(r["params"]["transport"], {})[name] = r
    for transport in ("loopback", "in-memory"):
        if transport not in rows:
            continue
        t = rows[transport]
        print(f"**{transport}** (µs per call; B per call from `-prof gc`)")
        print()
        print("| call | client | p50 | p90 | p99 | B/op |")
        print("|---|---|---:|---:|---:|---:|")
        for op in ("Create", "Retrieve"):
            for who in ("ours", "stock", "raw"):
                r = t[who + op]
                print(f"| {op.lower()} | {who} | {p(r, '50.0'):.2f} | {p(r, '90.0'):.2f} "
                      f"| {p(r, '99.0'):.2f} | {alloc(r):,.0f} |")
        print()
        print("| ratio (medians) | ours ÷ stock | ours ÷ raw |")
        print("|---|---:|---:|")
        for op in ("Create", "Retrieve"):
            o, s, w = (t[k + op] for k in ("ours", "stock", "raw"))
            print(f"| {op.lower()}, time | {p(o, '50.0') / p(s, '50.0'):.2f} "
                  f"| **{p(o, '50.0') / p(w, '50.0'):.2f}** |")
        for op in ("Create", "Retrieve"):
            o, s, w = (t[k + op] for k in ("ours", "stock", "raw"))
            print(f"| {op.lower()}, allocation | {alloc(o) / alloc(s):.2f} "
                  f"| {alloc(o) / alloc(w):.2f} |")
        print()


if "ClientOverheadBenchmark" in results[0]["benchmark"]:
    client()
else:
    webhook()
