#!/usr/bin/env python
"""`make bench`: gunicorn (2 workers) on a prepared database, load from wrk (another process).

For every scenario: req/s, p50/p95/p99 latency, SQL queries per request (counted in-process
with Django's test client on the same database), and, as a reference, the req/s of a static
file of the same size served by the same stack (gunicorn + WhiteNoise) in the same run.
Writes bench/results/latest.json and prints a table. Not a test: budgets live here.
"""

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
VAR = ROOT / "var" / "bench"
PY = sys.executable


def bench_env(database_url: str | None) -> dict:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portail.settings.bench",
        "PORTAIL_VAR_DIR": str(VAR),
        "RASA_TELEMETRY_ENABLED": "false",
    }
    if database_url:
        env["DATABASE_URL"] = database_url
    else:
        env.pop("DATABASE_URL", None)
    return env


def prepare_database(env: dict) -> None:
    print("Préparation de la base de démonstration…", flush=True)
    subprocess.run([PY, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run([PY, "manage.py", "load_demo", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run(
        [PY, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
    )


def measure_in_process(env: dict) -> list[dict]:
    """Resolve scenarios, count SQL queries, record body sizes, write same-size static files."""
    script = f"""
import json, django
django.setup()
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.contrib.auth import get_user_model
import sys
sys.path.insert(0, {str(ROOT / "bench")!r})
from scenarios import SCENARIOS
out = []
for name, target, auth in SCENARIOS:
    cookie = None
    client = Client(SERVER_NAME="127.0.0.1")
    if callable(target):
        target = target()
    if isinstance(target, tuple):
        target, email = target
        user = get_user_model().objects.get(email=email)
        client.force_login(user)
        key = settings.SESSION_COOKIE_NAME
        cookie = f"{{key}}={{client.cookies[key].value}}"
    if not target:
        out.append({{"name": name, "skipped": "pas de données de démonstration"}})
        continue
    client.get(target)  # warm caches the way a running server would have them
    connection.ensure_connection()
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(target)
    body = response.content
    ref = settings.STATIC_ROOT / "bench" / f"ref-{{name}}.html"
    ref.parent.mkdir(parents=True, exist_ok=True)
    ref.write_bytes(b"x" * len(body))
    out.append({{"name": name, "path": target, "status": response.status_code,
                "bytes": len(body), "queries_cached": len(ctx.captured_queries),
                "cookie": cookie, "static_ref": f"/static/bench/ref-{{name}}.html"}})
    from django.core.cache import cache
    cache.clear()
    with CaptureQueriesContext(connection) as ctx:
        client.get(target)
    out[-1]["queries_cold"] = len(ctx.captured_queries)
print(json.dumps(out))
"""
    result = subprocess.run(
        [PY, "-c", script], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(env: dict, port: int) -> subprocess.Popen:
    proc = subprocess.Popen(
        [
            str(Path(PY).parent / "gunicorn"),
            "portail.wsgi:application",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            "--access-logfile",
            "-",
            "--access-logformat",
            "",
            "--env",
            "DJANGO_SETTINGS_MODULE=portail.settings.bench",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/sante/", timeout=2)  # noqa: S310
            return proc
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise SystemExit("gunicorn n'a pas démarré en 60 s.")


def wrk(url: str, seconds: int, connections: int, cookie: str | None) -> dict:
    cmd = [
        "wrk",
        "-t1",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "-s",
        str(ROOT / "bench" / "wrk_report.lua"),
    ]
    if cookie:
        cmd += ["-H", f"Cookie: {cookie}"]
    result = subprocess.run([*cmd, url], capture_output=True, text=True, check=True)
    return json.loads([line for line in result.stdout.splitlines() if line.startswith("{")][-1])


def last_json(stdout: str) -> dict:
    """The last JSON document a script printed (one line or indented)."""
    start = stdout.rfind("\n{")
    return json.loads(stdout[start + 1 :] if start >= 0 else stdout)


def avis_report() -> dict:
    print("→ résultats des questionnaires sur 100 000 réponses", flush=True)
    result = subprocess.run(
        [PY, str(ROOT / "bench" / "avis_results.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    try:
        return last_json(result.stdout)
    except ValueError:
        return {"error": result.stderr[-2000:]}


def assistant_report(portal_url: str, rasa_port: int) -> dict:
    """Start Rasa + actions against the benchmarked portal, then measure reply latency."""
    print("→ assistant : démarrage de Rasa (1 à 2 minutes)", flush=True)
    token = os.urandom(16).hex()
    actions_port = free_port()
    env = {
        **os.environ,
        "RASA_TOKEN": token,
        "RASA_PORT": str(rasa_port),
        "ASSISTANT_ACTIONS_PORT": str(actions_port),
        "PORTAL_URL": portal_url,
        "ASSISTANT_RUN_DIR": str(VAR / "assistant-run"),
        "RASA_TELEMETRY_ENABLED": "false",
        "PORTAIL_API_TOKEN": os.environ.get("PORTAIL_API_TOKEN", ""),
    }
    started = time.monotonic()
    serve = subprocess.Popen(
        [str(ROOT / "assistant" / "bin" / "serve")],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        up = False
        while time.monotonic() - started < 300 and serve.poll() is None:
            try:
                urllib.request.urlopen(
                    f"http://127.0.0.1:{rasa_port}/status?token={token}",  # noqa: S310
                    timeout=2,
                )
                up = True
                break
            except OSError:
                time.sleep(2)
        if not up:
            return {"error": "Rasa n'a pas démarré (voir var/bench/assistant-run/rasa.log)"}
        startup = round(time.monotonic() - started, 1)
        result = subprocess.run(
            [
                PY,
                str(ROOT / "bench" / "chat_latency.py"),
                "--portal-url",
                portal_url,
                "--rasa-url",
                f"http://127.0.0.1:{rasa_port}",
                "--token",
                token,
                "-n",
                "40",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=900,
        )
        report = last_json(result.stdout)
        report["rasa_startup_seconds"] = startup
        if report.get("portal_reply", {}).get("degraded"):
            report["warning"] = "réponses en mode secours : le portail n'a pas joint Rasa"
        return report
    finally:
        os.killpg(serve.pid, signal.SIGTERM)
        serve.wait(timeout=60)


def table(rows: list[dict]) -> str:
    head = (
        f"{'scénario':<11} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
        f"{'SQL':>4} {'SQL froid':>9} {'octets':>8} {'statique req/s':>15} {'ratio':>6}"
    )
    lines = [head, "-" * len(head)]
    for r in rows:
        if "skipped" in r:
            lines.append(f"{r['name']:<11} (ignoré : {r['skipped']})")
            continue
        ratio = r["rps"] / r["static_rps"] if r["static_rps"] else 0
        lines.append(
            f"{r['name']:<11} {r['rps']:>8.1f} {r['p50_ms']:>8.1f} {r['p95_ms']:>8.1f} "
            f"{r['p99_ms']:>8.1f} {r['queries_cached']:>4} {r['queries_cold']:>9} "
            f"{r['bytes']:>8} {r['static_rps']:>15.1f} {ratio:>6.2f}"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10, help="durée par URL")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL"))
    parser.add_argument(
        "--skip-extra",
        action="store_true",
        help="ne pas lancer les bancs de l'assistant et des avis",
    )
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk est absent : lancez `make bench` (il l'installe).")

    if VAR.exists() and not args.database_url:
        shutil.rmtree(VAR)
    VAR.mkdir(parents=True, exist_ok=True)
    env = bench_env(args.database_url)
    # The assistant's action server calls the API from one address, with the shared token.
    os.environ.setdefault("PORTAIL_API_TOKEN", os.urandom(16).hex())
    env["PORTAIL_API_TOKEN"] = os.environ["PORTAIL_API_TOKEN"]
    prepare_database(env)
    scenarios = measure_in_process(env)
    port, rasa_port = free_port(), free_port()
    env["RASA_URL"] = f"http://127.0.0.1:{rasa_port}"  # the portal forwards chat messages there
    server = start_gunicorn(env, port)
    rows = []
    extra = {}
    try:
        for sc in scenarios:
            if "skipped" in sc:
                rows.append(sc)
                continue
            print(f"→ {sc['name']} {sc['path']}", flush=True)
            base = f"http://127.0.0.1:{port}"
            wrk(base + sc["path"], 2, args.connections, sc["cookie"])  # warm-up
            dynamic = wrk(base + sc["path"], args.seconds, args.connections, sc["cookie"])
            static = wrk(base + sc["static_ref"], args.seconds, args.connections, None)
            rows.append(
                {**sc, **dynamic, "static_rps": static["rps"], "cookie": bool(sc["cookie"])}
            )
        if not args.skip_extra:
            extra["assistant"] = assistant_report(f"http://127.0.0.1:{port}", rasa_port)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)

    report = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "database": "postgresql" if args.database_url else "sqlite",
        "workers": 2,
        "connections": args.connections,
        "seconds_per_url": args.seconds,
        "scenarios": rows,
        "extra": extra if args.skip_extra else {**extra, "avis_100k": avis_report()},
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print()
    print(table(rows))
    for name, value in report["extra"].items():
        print(f"\n{name} : {json.dumps(value, ensure_ascii=False)}")
    print(f"\nRésultats complets : {RESULTS / 'latest.json'}")
    failed = [r["name"] for r in rows if "skipped" not in r and (r["errors"] or r["non2xx"])]
    if failed:
        raise SystemExit(f"Erreurs HTTP pendant la charge : {', '.join(failed)}")


if __name__ == "__main__":
    main()
