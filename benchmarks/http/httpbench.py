#!/usr/bin/env python3
"""Helpers of run.sh (python3 standard library only).

  httpbench.py wait-ready FILE TIMEOUT_S    print the port of the first ready line in FILE
  httpbench.py wait-http URL TIMEOUT_S      wait until URL answers 2xx
  httpbench.py coldstart OUT.json RUNS MOCK_JAR BENCH_JAR WIREMOCK_JAR WIREMOCK_ROOT PATH KEY
  httpbench.py report DIR                   the Markdown result table of a results directory
"""
import http.client
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time


def wait_ready(path, timeout):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            with open(path, "rb") as f:
                for line in f:
                    if b'"status":"ready"' in line:
                        return json.loads(line)["port"]
        except FileNotFoundError:
            pass
        time.sleep(0.02)
    raise SystemExit(f"no ready line in {path} after {timeout}s")


def answer(port, path, headers, timeout=2.0):
    """The status of one GET, or None when the port does not answer (yet)."""
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        c.request("GET", path, headers=headers)
        r = c.getresponse()
        r.read()
        return r.status
    except (OSError, http.client.HTTPException):
        return None
    finally:
        c.close()


def wait_http(url, timeout):
    rest = url.split("://", 1)[1]
    hostport, _, path = rest.partition("/")
    port = int(hostport.rsplit(":", 1)[1])
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        s = answer(port, "/" + path, {})
        if s is not None and 200 <= s < 300:
            return
        time.sleep(0.05)
    raise SystemExit(f"{url} did not answer 2xx after {timeout}s")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop(p):
    p.send_signal(signal.SIGTERM)
    try:
        p.wait(10)
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()


def cold_once(cmd, ready_line, path, headers, port=None):
    """Seconds from spawn to the ready line (None without one) and to the first answer to GET."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        ready = None
        if ready_line:
            for line in p.stdout:
                if b'"status":"ready"' in line:
                    ready = time.perf_counter() - t0
                    port = json.loads(line)["port"]
                    break
            else:
                raise SystemExit(f"{cmd[0]} exited without a ready line")
        else:
            p.stdout.close()  # WireMock's banner is not read; it is small and fits the pipe
        while True:
            status = answer(port, path, headers)
            if status is not None and status < 500:
                return ready, time.perf_counter() - t0, status
            if p.poll() is not None or time.perf_counter() - t0 > 60:
                raise SystemExit(f"{cmd} never answered")
            time.sleep(0.005)
    finally:
        stop(p)


def coldstart(out, runs, mock_jar, bench_jar, wiremock_jar, wiremock_root, path, key):
    auth = {"Authorization": "Bearer " + key}
    servers = {
        "mock": lambda: (["java", "-jar", mock_jar, "--port", "0"], True, auth, None),
        "floor": lambda: (["java", "-cp", bench_jar, "dev.billkit.benchmarks.http.FloorGetServer",
                           "--port", "0"], True, auth, None),
        "wiremock": lambda p=None: (["java", "-jar", wiremock_jar, "--root-dir", wiremock_root,
                                     "--port", str(p)], False, {}, p),
    }
    result = {name: [] for name in servers}
    for _ in range(runs):  # interleaved, so that a load change hits every server alike
        for name, make in servers.items():
            if name == "wiremock":
                cmd, ready_line, headers, port = make(free_port())
            else:
                cmd, ready_line, headers, port = make()
            ready, first, status = cold_once(cmd, ready_line, path, headers, port)
            result[name].append({"ready_s": ready, "first_answer_s": first, "status": status})
            print(f"coldstart {name}: ready {ready} first answer {first:.3f}s ({status})",
                  file=sys.stderr)
    json.dump(result, open(out, "w"), indent=2)


UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 6e4}


def ms(text):
    for u in ("us", "ms", "s", "m"):
        if text.endswith(u):
            return float(text[: -len(u)]) * UNITS[u]
    raise ValueError(text)


def parse_wrk(path):
    r = {"non2xx": 0, "socket_errors": 0}
    for line in open(path):
        f = line.split()
        if line.startswith("Requests/sec:"):
            r["rps"] = float(f[1])
        elif len(f) == 2 and f[0] in ("50%", "75%", "90%", "99%"):
            r["p" + f[0][:-1]] = ms(f[1])
        elif line.strip().startswith("Non-2xx or 3xx responses:"):
            r["non2xx"] = int(f[-1])
        elif line.strip().startswith("Socket errors:"):
            r["socket_errors"] = sum(int(x.strip(",")) for x in f[3::2])
        elif len(f) > 3 and f[1] == "requests" and f[2] == "in":
            r["requests"] = int(f[0])
        elif line.startswith("Server CPU seconds:"):
            r["cpu_s"] = float(f[-1])
    if "cpu_s" in r and r.get("requests"):
        r["cpu_us"] = r["cpu_s"] * 1e6 / r["requests"]
    return r


def runs(d, phase, server):
    """The parsed measured runs {phase}-{server}-{n}.txt of a results directory (no warm-ups)."""
    pattern = re.compile(re.escape(f"{phase}-{server}-") + r"(\d+)\.txt")
    names = sorted((int(m.group(1)), n) for n in os.listdir(d) if (m := pattern.fullmatch(n)))
    return [parse_wrk(os.path.join(d, n)) for _, n in names]


def med(rs, k):
    return statistics.median(r[k] for r in rs)


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "wait-ready":
        print(wait_ready(sys.argv[2], float(sys.argv[3])))
    elif cmd == "wait-http":
        wait_http(sys.argv[2], float(sys.argv[3]))
    elif cmd == "coldstart":
        a = sys.argv[2:]
        coldstart(a[0], int(a[1]), *a[2:])
    elif cmd == "report":
        import report  # noqa: E402  (report.py, beside this file)
        report.main(sys.argv[2])
    else:
        raise SystemExit(__doc__)
