"""Start and stop the real Rasa server and action server of assistant/ for tests.

The same commands as `assistant/bin/serve`, but with ports, endpoints file and logs in a
temporary folder, so a test run never clashes with a developer's running `make run`
(serve keeps one fixed pid folder and refuses a second instance).
"""

import os
import signal
import socket
import subprocess
import time
from pathlib import Path
from urllib.parse import urlsplit

import requests

ASSISTANT = Path(__file__).resolve().parents[2] / "assistant"
VENV_PYTHON = ASSISTANT / ".venv" / "bin" / "python"
RASA = ASSISTANT / ".venv" / "bin" / "rasa"
START_TIMEOUT = int(os.environ.get("ASSISTANT_START_TIMEOUT", "420"))
REDIS_TEST_DB = 13
TRACKER_DB_NAME = "rasa_tracker_chat_test"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def missing_reason() -> str | None:
    if not RASA.exists():
        return "assistant/.venv absent : lancez assistant/bin/ensure-env"
    return None


def _env(**extra) -> dict:
    env = dict(os.environ)
    env.update(
        RASA_TELEMETRY_ENABLED="false",
        SENTRY_DSN="",
        PYTHONPATH=str(ASSISTANT),
        TF_CPP_MIN_LOG_LEVEL="2",
        PYTHONWARNINGS="ignore",
        SANIC_WORKERS="1",
        **extra,
    )
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


def train_model() -> Path:
    """`assistant/bin/train-if-needed`: trains only when the data changed."""
    result = subprocess.run(
        [str(ASSISTANT / "bin" / "train-if-needed")],
        capture_output=True,
        text=True,
        timeout=1800,
        env=_env(),
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"train-if-needed a échoué :\n{result.stdout[-2000:]}{result.stderr[-2000:]}"
        )
    return Path(result.stdout.strip().splitlines()[-1])


def postgres_url() -> str:
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith("postgres") else "postgres://postgres@127.0.0.1:5432/test"


def reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def shared_stores_reason() -> str | None:
    """Why a PostgreSQL tracker store and a Redis lock store cannot be used, or None."""
    parts = urlsplit(postgres_url())
    if not reachable(parts.hostname or "127.0.0.1", parts.port or 5432):
        return f"PostgreSQL injoignable ({parts.hostname}:{parts.port or 5432})"
    if not reachable("127.0.0.1", 6379):
        return "Redis injoignable (127.0.0.1:6379)"
    return None


def write_endpoints(folder: Path, actions_port: int, shared_stores: bool) -> Path:
    lines = ["action_endpoint:", f'  url: "http://127.0.0.1:{actions_port}/webhook"']
    if shared_stores:
        parts = urlsplit(postgres_url())
        lines += [
            "tracker_store:",
            "  type: SQL",
            '  dialect: "postgresql"',
            f'  url: "{parts.hostname or "127.0.0.1"}"',
            f"  port: {parts.port or 5432}",
            f'  username: "{parts.username or "postgres"}"',
            f'  password: "{parts.password or ""}"',
            f'  db: "{TRACKER_DB_NAME}"',
            f'  login_db: "{(parts.path or "/test").lstrip("/") or "test"}"',
            "lock_store:",
            "  type: redis",
            '  url: "127.0.0.1"',
            "  port: 6379",
            f"  db: {REDIS_TEST_DB}",
            '  key_prefix: "chattest"',
        ]
    path = folder / "endpoints.yml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _spawn(args: list[str], log: Path, **env) -> subprocess.Popen:
    handle = log.open("wb")
    return subprocess.Popen(
        args,
        cwd=ASSISTANT,
        env=_env(**env),
        stdout=handle,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: stopped by its pid, nothing else
    )


def start_actions(folder: Path, port: int, portal_url: str) -> subprocess.Popen:
    return _spawn(
        [str(VENV_PYTHON), "-m", "rasa_sdk", "--actions", "actions", "--port", str(port)],
        folder / f"actions-{port}.log",
        SANIC_HOST="127.0.0.1",
        PORTAL_URL=portal_url,
    )


def start_rasa(folder: Path, port: int, model: Path, endpoints: Path, token: str):
    return _spawn(
        [
            str(RASA),
            "run",
            "--model",
            str(model),
            "--enable-api",
            "--auth-token",
            token,
            "--interface",
            "127.0.0.1",
            "--port",
            str(port),
            "--endpoints",
            str(endpoints),
            "--credentials",
            str(ASSISTANT / "credentials.yml"),
            "--quiet",
        ],
        folder / f"rasa-{port}.log",
    )


def wait_ready(process: subprocess.Popen, url: str, log: Path, timeout: int = START_TIMEOUT):
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if process.poll() is not None:
            raise RuntimeError(f"processus arrêté :\n{log.read_text(errors='replace')[-3000:]}")
        try:
            if requests.get(url, timeout=2).status_code == 200:
                return time.monotonic() - started
        except requests.RequestException:
            pass
        time.sleep(2)
    raise RuntimeError(f"pas prêt après {timeout} s :\n{log.read_text(errors='replace')[-3000:]}")


def stop(process: subprocess.Popen | None) -> None:
    if process is None or process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(5)
