"""The Markdown result tables of one run.sh results directory (python3 standard library only)."""
import json
import os
import statistics

from httpbench import med, runs

GET_SERVERS = [
    ("mock", "Billkit mock server"),
    ("floor", "bare Jetty 12 handler (floor)"),
    ("wiremock", "WireMock 3.13.2, defaults"),
    ("wiremock-nojournal", "WireMock 3.13.2, `--no-request-journal`"),
]
POST_SERVERS = [
    ("mock", "Billkit mock server"),
    ("floor", "bare Jetty 12 + Moshi, map store (reference)"),
]


def fmt_rps(x):
    return f"{x:,.0f}"


def wrk_table(d, phase, servers, floor="floor"):
    rows = {k: runs(d, phase, k) for k, _ in servers}
    rows = {k: v for k, v in rows.items() if v}
    out = [
        "| server | req/s per run | **median req/s** | p50 ms | p99 ms | non-2xx / socket errors |"
        " ÷ floor | server CPU µs per request | floor's CPU ÷ server's |",
        "|---|---|---:|---:|---:|---|---:|---:|---:|",
    ]
    base = med(rows[floor], "rps") if floor in rows else None
    cpu = {k: med(v, "cpu_us") for k, v in rows.items() if all("cpu_us" in r for r in v)}
    for key, label in servers:
        rs = rows.get(key)
        if not rs:
            continue
        m = med(rs, "rps")
        per = ", ".join(fmt_rps(r["rps"]) for r in rs)
        errs = f"{sum(r['non2xx'] for r in rs)} / {sum(r['socket_errors'] for r in rs)}"
        ratio = f"{m / base:.2f}×" if base else "–"
        c = f"{cpu[key]:.1f}" if key in cpu else "–"
        cratio = f"{cpu[floor] / cpu[key]:.2f}×" if key in cpu and floor in cpu else "–"
        out.append(
            f"| {label} | {per} | **{fmt_rps(m)}** | {med(rs, 'p50'):.2f} | {med(rs, 'p99'):.2f} "
            f"| {errs} | {ratio} | {c} | {cratio} |"
        )
    return out, {k: (med(v, "rps"), med(v, "p99"), cpu.get(k)) for k, v in rows.items()}


def cold_table(d):
    path = os.path.join(d, "coldstart.json")
    if not os.path.exists(path):
        return [], {}
    data = json.load(open(path))
    labels = {"mock": "Billkit mock server (`java -jar`)", "floor": "bare Jetty 12 (floor)",
              "wiremock": "WireMock 3.13.2 standalone"}
    out = [
        "| server | ready line, s (runs) | **median ready line** | first answer to the GET, s (runs)"
        " | **median first answer** |",
        "|---|---|---:|---|---:|",
    ]
    medians = {}
    for key, samples in data.items():
        ready = [s["ready_s"] for s in samples if s["ready_s"] is not None]
        first = [s["first_answer_s"] for s in samples]
        mr = statistics.median(ready) if ready else None
        mf = statistics.median(first)
        medians[key] = (mr, mf)
        out.append(
            f"| {labels.get(key, key)} | {', '.join(f'{x:.2f}' for x in ready) or 'none printed'} "
            f"| **{f'{mr:.2f}' if mr is not None else '–'}** "
            f"| {', '.join(f'{x:.2f}' for x in first)} | **{mf:.2f}** |"
        )
    return out, medians


def rss_table(d):
    path = os.path.join(d, "rss-points.tsv")
    if not os.path.exists(path):
        return [], []
    out = ["| point | requests sent (cumulative) | RSS MiB | Java heap used MiB (committed) |",
           "|---|---:|---:|---:|"]
    points = []
    for line in open(path):
        label, total, rss_kb, used_kb, committed_kb = line.split()
        points.append((label, int(total), int(rss_kb) / 1024))
        out.append(f"| {label} | {int(total):,} | {int(rss_kb) / 1024:,.0f} "
                   f"| {int(used_kb) / 1024:,.0f} ({int(committed_kb) / 1024:,.0f}) |")
    return out, points


def verdict(ok):
    return "**met**" if ok else "**missed**"


def main(d):
    lines = []
    get, g = wrk_table(d, "get", GET_SERVERS)
    post, p = wrk_table(d, "post", POST_SERVERS)
    cold, c = cold_table(d)
    rss, points = rss_table(d)
    targets = ["| target | measured | |", "|---|---|---|"]
    if "mock" in g and "floor" in g:
        r = g["mock"][0] / g["floor"][0]
        targets.append(f"| GET ≥ 0.5× bare Jetty | {r:.2f}× | {verdict(r >= 0.5)} |")
    if "mock" in g and "floor" in g and g["mock"][2] and g["floor"][2]:
        r = g["floor"][2] / g["mock"][2]
        targets.append(f"| (GET, by server CPU per request: floor's ÷ mock's) | {r:.2f}× | "
                       f"{'≥ 0.5' if r >= 0.5 else '< 0.5'} |")
    if "mock" in g and "wiremock-nojournal" in g:
        r = g["mock"][0] / g["wiremock-nojournal"][0]
        targets.append(f"| GET ≥ 1.5× WireMock without journal | {r:.2f}× | {verdict(r >= 1.5)} |")
    if "mock" in g:
        targets.append(f"| GET p99 ≤ 10 ms | {g['mock'][1]:.2f} ms | {verdict(g['mock'][1] <= 10)} |")
    if "mock" in p:
        targets.append(f"| POST ≥ 12 000 req/s | {fmt_rps(p['mock'][0])} req/s "
                       f"({p['mock'][0] / p['floor'][0]:.2f}× the reference) "
                       f"| {verdict(p['mock'][0] >= 12000)} |")
    if "mock" in c and c["mock"][0] is not None:
        targets.append(f"| cold start ≤ 1.0 s (median of 5) | {c['mock'][0]:.2f} s "
                       f"| {verdict(c['mock'][0] <= 1.0)} |")
    if points:
        peak = max(x[2] for x in points)
        settings = os.path.join(d, "rss-settings.txt")
        how = open(settings).read().strip() if os.path.exists(settings) else "settings not recorded"
        targets.append(f"| RSS ≤ 512 MiB after 1M requests over 1000 tenants ({how}) | "
                       f"{' → '.join(f'{x[2]:,.0f}' for x in points)} MiB "
                       f"| {verdict(peak <= 512)} (flat: see the table) |")
    for title, table in (("Targets", targets),
                         ("GET /v1/customers/{id} (wrk -t2 -c64 -d20s, median of the runs)", get),
                         ("POST /v1/customers, fresh Idempotency-Key per request", post),
                         ("Cold start (median of the runs, default JVM flags)", cold),
                         ("Memory of the mock server over 1 000 tenants", rss)):
        if len(table) > 2:
            lines += ["", f"**{title}**", ""] + table
    notes = []
    for name in ("machine.txt", "warmup.txt"):  # warmup.txt: how long each server was warmed
        path = os.path.join(d, name)
        if os.path.exists(path):
            notes += open(path).read().rstrip().splitlines()
    if notes:
        lines += ["", "```"] + notes + ["```"]
    print("\n".join(lines).lstrip())
