"""Latency of the assistant, measured against running servers; prints JSON.

    .venv/bin/python bench/chat_latency.py --portal-url http://127.0.0.1:8000 \
        --rasa-url http://127.0.0.1:5005 --token "$RASA_TOKEN" -n 40

- reply latency through the portal's same-origin endpoint (what a visitor waits for);
- Rasa's /model/parse latency (NLU only, needs the API token);
- size of the newest trained model and resident memory of the Rasa server process.
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import psutil
import requests

ROOT = Path(__file__).resolve().parent.parent
MESSAGES = [
    "bonjour",
    "je cherche une pmi pres de evry",
    "la pilule du lendemain est gratuite ?",
    "c'est quoi la caf",
    "merci",
    "comment lire mon dossier",
    "ou faire un test ist",
    "je cherche un cpef a massy",
]


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return round(ordered[index], 1)


def summary(durations_ms: list[float]) -> dict:
    if not durations_ms:
        return {"count": 0}
    return {
        "count": len(durations_ms),
        "p50_ms": percentile(durations_ms, 50),
        "p95_ms": percentile(durations_ms, 95),
        "mean_ms": round(statistics.fmean(durations_ms), 1),
        "max_ms": round(max(durations_ms), 1),
    }


MESSAGES_PER_VISITOR = 8  # below the per-visitor rate limit, like a real conversation


def new_visitor(portal_url: str) -> tuple[requests.Session, str]:
    http = requests.Session()
    token = http.get(f"{portal_url}/api/chat/session/", timeout=10).json()["csrfToken"]
    return http, token


def bench_portal(portal_url: str, count: int) -> dict:
    durations, degraded, errors = [], 0, 0
    for i in range(count):
        if i % MESSAGES_PER_VISITOR == 0:
            http, token = new_visitor(portal_url)
        started = time.perf_counter()
        response = http.post(
            f"{portal_url}/api/chat/message/",
            json={"message": MESSAGES[i % len(MESSAGES)]},
            headers={"X-CSRFToken": token, "Referer": f"{portal_url}/"},
            timeout=30,
        )
        durations.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            errors += 1
        elif response.json().get("degraded"):
            degraded += 1
    return {**summary(durations), "degraded": degraded, "errors": errors}


def bench_parse(rasa_url: str, token: str, count: int) -> dict:
    durations = []
    for i in range(count):
        started = time.perf_counter()
        response = requests.post(
            f"{rasa_url}/model/parse",
            params={"token": token},
            json={"text": MESSAGES[i % len(MESSAGES)]},
            timeout=30,
        )
        response.raise_for_status()
        durations.append((time.perf_counter() - started) * 1000)
    return summary(durations)


def rasa_memory(rasa_url: str) -> dict:
    port = int(rasa_url.rsplit(":", 1)[-1].split("/")[0])
    for conn in psutil.net_connections(kind="tcp"):
        if conn.laddr and conn.laddr.port == port and conn.status == psutil.CONN_LISTEN:
            if conn.pid is None:
                break
            process = psutil.Process(conn.pid)
            rss = process.memory_info().rss + sum(
                child.memory_info().rss for child in process.children(recursive=True)
            )
            return {"pid": conn.pid, "rss_mb": round(rss / 2**20, 1)}
    return {"error": f"no process found listening on port {port}"}


def served_model(rasa_url: str, token: str) -> str | None:
    try:
        status = requests.get(f"{rasa_url}/status", params={"token": token}, timeout=5).json()
    except (requests.RequestException, ValueError):
        return None
    model_file = status.get("model_file")
    return str(ROOT / "assistant" / "models" / Path(model_file).name) if model_file else None


def model_size(path: str | None) -> dict:
    models = (
        [Path(path)]
        if path
        else sorted(
            (ROOT / "assistant" / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime
        )
    )
    if not models or not models[-1].exists():
        return {"error": "no trained model"}
    return {"file": models[-1].name, "size_mb": round(models[-1].stat().st_size / 2**20, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--portal-url", default=os.environ.get("PORTAL_URL", "http://127.0.0.1:8000")
    )
    parser.add_argument("--rasa-url", default=os.environ.get("RASA_URL", "http://127.0.0.1:5005"))
    parser.add_argument("--token", default=os.environ.get("RASA_TOKEN", ""))
    parser.add_argument(
        "--model", default=None, help="model file (default: newest in assistant/models)"
    )
    parser.add_argument("-n", "--count", type=int, default=40)
    args = parser.parse_args()
    result = {
        "portal_reply": bench_portal(args.portal_url.rstrip("/"), args.count),
        "model": model_size(
            args.model or (served_model(args.rasa_url, args.token) if args.token else None)
        ),
        "rasa_server": rasa_memory(args.rasa_url),
    }
    if args.token:
        result["model_parse"] = bench_parse(args.rasa_url.rstrip("/"), args.token, args.count)
    else:
        result["model_parse"] = {"skipped": "no --token / RASA_TOKEN"}
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0 if result["portal_reply"].get("errors", 1) == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
