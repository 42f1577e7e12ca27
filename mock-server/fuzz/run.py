#!/usr/bin/env python3
"""Fuzzes the mock server jar from openapi/billing.yaml with Schemathesis; exits non-zero on any finding.

Steps: make sure a virtualenv with exactly the pinned requirements.txt exists (created once per
requirements hash under ~/.cache/billkit/, like openapi/tooling/npm-ci-if-stale.mjs does for npm),
start `java -jar billkit-mock-server.jar --port 0`, read its ready line, run `schemathesis run` with
schemathesis.toml and hooks.py, then stop the server. The module's `verify` phase runs this; by hand:

    mvn -B -pl mock-server -am package -DskipTests
    python3 mock-server/fuzz/run.py

Standard library only, since it runs before the virtualenv exists.
"""

import argparse
import fcntl
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODULE = HERE.parent
API_KEY = "sk_test_schemathesis"


def log(message):
    print(f"[fuzz] {message}", flush=True)


def bin_dir(venv):
    return venv / ("Scripts" if os.name == "nt" else "bin")


def ensure_venv(requirements):
    """The virtualenv for these exact requirements, created (under a lock) when missing or stale."""
    digest = hashlib.sha256(requirements.read_bytes())
    # A virtualenv belongs to the interpreter that made it.
    digest.update(f"{os.path.realpath(sys.executable)}-{sys.version_info[:3]}".encode())
    want = digest.hexdigest()
    override = os.environ.get("BILLKIT_FUZZ_VENV")
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "billkit"
    venv = Path(override) if override else cache / f"schemathesis-{want[:16]}"
    stamp = venv / ".billkit-requirements.sha256"
    venv.parent.mkdir(parents=True, exist_ok=True)
    # Two builds at once (worktrees, CI) would otherwise install into the same directory together.
    with open(venv.parent / f".{venv.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        fresh = stamp.is_file() and stamp.read_text().strip() == want
        if fresh and (bin_dir(venv) / "schemathesis").exists():
            log(f"virtualenv {venv} matches requirements.txt; skipping pip install")
            return venv
        why = "stale" if venv.exists() else "missing"
        log(f"virtualenv {venv} is {why}; installing {requirements.name}")
        shutil.rmtree(venv, ignore_errors=True)
        run([sys.executable, "-m", "venv", str(venv)], "create the virtualenv "
            "(on Debian/Ubuntu: apt-get install python3-venv)")
        run([str(bin_dir(venv) / "python"), "-m", "pip", "install", "--quiet",
             "--disable-pip-version-check", "--no-input", "--require-hashes", "--no-deps",
             "-r", str(requirements)], "install the pinned requirements")
        stamp.write_text(want + "\n")
        return venv


def run(command, what):
    result = subprocess.run(command)
    if result.returncode != 0:
        sys.exit(f"[fuzz] could not {what}: {' '.join(command)} exited with {result.returncode}")


def start_mock(java, jar, out_dir):
    """Starts the jar on a free port; returns (process, base URL) once it printed its ready line."""
    server_log = out_dir / "mock-server.log"
    stdout = open(server_log, "w")
    process = subprocess.Popen([java, "-jar", str(jar), "--port", "0", "--host", "127.0.0.1"],
                               stdout=stdout, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        first = server_log.read_text(errors="replace").split("\n", 1)
        if len(first) == 2:
            try:
                ready = json.loads(first[0])
            except ValueError:
                ready = {}
            if ready.get("status") == "ready":
                return process, ready["url"]
            stop(process)
            sys.exit(f"[fuzz] the mock server did not print a ready line; see {server_log}")
        if process.poll() is not None:
            sys.exit(f"[fuzz] the mock server exited with {process.returncode}; see {server_log}")
        time.sleep(0.05)
    stop(process)
    sys.exit(f"[fuzz] the mock server was not ready within 60 s; see {server_log}")


def stop(process):
    if process.poll() is None:
        process.terminate()  # SIGTERM: the server stops gracefully
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def summary(lines):
    """The closing summary of Schemathesis' output (the whole output when there is none)."""
    for i, line in enumerate(lines):
        if " SUMMARY " in line:
            return lines[i:]
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--jar", type=Path, default=MODULE / "target" / "billkit-mock-server.jar")
    parser.add_argument("--spec", type=Path, default=MODULE.parent / "openapi" / "billing.yaml")
    parser.add_argument("--java", default=shutil.which("java") or "java")
    parser.add_argument("--out-dir", type=Path, default=MODULE / "target" / "fuzz")
    parser.add_argument("--config", type=Path, default=HERE / "schemathesis.toml")
    parser.add_argument("--hooks", type=Path, default=HERE / "hooks.py")
    parser.add_argument("--install-only", action="store_true",
                        help="only make sure the virtualenv exists (as .ci/run does up front)")
    parser.add_argument("--print", dest="print_all", action="store_true",
                        help="print Schemathesis' whole output even when it finds nothing")
    parser.add_argument("schemathesis_args", nargs="*",
                        help="extra `schemathesis run` options, after --")
    args = parser.parse_args()
    if sys.version_info < (3, 11):
        sys.exit(f"[fuzz] Python 3.11+ is needed for requirements.txt; this is "
                 f"{sys.version.split()[0]}")
    if args.install_only:
        ensure_venv(HERE / "requirements.txt")
        return 0
    if not args.jar.is_file():
        sys.exit(f"[fuzz] {args.jar} is missing: build it with "
                 "`mvn -B -pl mock-server -am package -DskipTests`")
    # A SIGTERM (Maven or CI stopping the build) unwinds like Ctrl-C, so the server is stopped too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    started = time.monotonic()
    venv = ensure_venv(HERE / "requirements.txt")
    args.out_dir.mkdir(parents=True, exist_ok=True)
    process, url = start_mock(args.java, args.jar.resolve(), args.out_dir)
    output = args.out_dir / "schemathesis.txt"
    try:
        log(f"fuzzing {url} from {args.spec.name} (output: {output})")
        env = dict(os.environ, BILLKIT_FUZZ_API_KEY=API_KEY,
                   SCHEMATHESIS_HOOKS=str(args.hooks.resolve()), NO_COLOR="1",
                   PYTHONDONTWRITEBYTECODE="1")  # no __pycache__ beside hooks.py
        command = [str(bin_dir(venv) / "schemathesis"), "--config-file",
                   str(args.config.resolve()), "--no-color", "run", str(args.spec.resolve()),
                   "--url", url, "--report", "junit",
                   "--report-junit-path", str((args.out_dir / "junit.xml").resolve()),
                   *args.schemathesis_args]
        with open(output, "w") as sink:
            # The working directory is the output directory, where any cache Schemathesis keeps ends.
            code = subprocess.run(command, stdout=sink, stderr=subprocess.STDOUT, env=env,
                                  cwd=args.out_dir).returncode
    finally:
        stop(process)
    lines = output.read_text(errors="replace").splitlines()
    shown = lines if code != 0 or args.print_all else summary(lines)
    print("\n".join(shown), flush=True)
    took = time.monotonic() - started
    if code != 0:
        log(f"FAILED after {took:.0f} s: Schemathesis exited with {code}; whole output in {output}, "
            f"server log in {args.out_dir / 'mock-server.log'}")
        return code
    log(f"passed in {took:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
