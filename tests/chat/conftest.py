"""Fixtures of the chat tests: stand-ins for Rasa on real local sockets."""

import json
import secrets
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class FakeRasa:
    """A tiny HTTP server answering the REST webhook with a canned reply."""

    def __init__(self):
        self.reply = [{"recipient_id": "x", "text": "Bonjour"}]
        self.status = 200
        self.requests = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                length = int(self.headers.get("Content-Length", 0))
                fake.requests.append((self.path, json.loads(self.rfile.read(length))))
                body = json.dumps(fake.reply).encode()
                self.send_response(fake.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake_rasa(monkeypatch):
    from portail.chat import conf

    fake = FakeRasa()
    monkeypatch.setattr(conf, "RASA_URL", fake.url)
    yield fake
    fake.close()


@pytest.fixture
def rasa_down(monkeypatch):
    """Nothing listens on this port: connection refused at once."""
    from portail.chat import conf

    monkeypatch.setattr(conf, "RASA_URL", f"http://127.0.0.1:{free_port()}")


@pytest.fixture
def rasa_silent(monkeypatch):
    """Accepts connections, reads, never answers: the read timeout must fire."""
    from portail.chat import conf

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    held = []
    stop = threading.Event()

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
                held.append(conn)
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    monkeypatch.setattr(conf, "RASA_URL", f"http://127.0.0.1:{server.getsockname()[1]}")
    yield
    stop.set()
    thread.join(2)
    for conn in held:
        conn.close()
    server.close()


@pytest.fixture
def chat_client(client):
    """A Django test client that enforces CSRF, with the token from the session endpoint."""
    from django.test import Client

    csrf_client = Client(enforce_csrf_checks=True)
    token = csrf_client.get("/api/chat/session/").json()["csrfToken"]

    def send(body, **extra):
        return csrf_client.post(
            "/api/chat/message/",
            data=json.dumps(body),
            content_type="application/json",
            HTTP_X_CSRFTOKEN=token,
            **extra,
        )

    csrf_client.send = send
    return csrf_client


@pytest.fixture(autouse=True)
def _generous_rate_limits(monkeypatch):
    """Counters live in the shared cache (never cleared: with Redis that would flush other
    people's data). Tests raise the limits; rate-limit tests lower them on fresh keys."""
    from portail.chat import conf

    monkeypatch.setattr(conf, "RATE_PER_VISITOR", "10000/m")
    monkeypatch.setattr(conf, "RATE_PER_IP", "10000/m")


@pytest.fixture(scope="session")
def rasa_stack(live_server, tmp_path_factory):
    """The real action server and Rasa server, started once per test session.

    The action server reaches the live portal (annuaire API) through PORTAL_URL; the
    portal's endpoint is pointed at this Rasa. With PostgreSQL and Redis reachable, Rasa
    uses a SQL tracker store and a Redis lock store, so a second instance can share it.
    """
    import chat_rasa_stack as stack

    from portail.chat import conf

    reason = stack.missing_reason()
    if reason:
        pytest.skip(reason)
    folder = tmp_path_factory.mktemp("rasa")
    model = stack.train_model()
    shared = stack.shared_stores_reason() is None
    actions_port, rasa_port = stack.free_port(), stack.free_port()
    token = secrets.token_hex(16)
    endpoints = stack.write_endpoints(folder, actions_port, shared)
    actions = rasa = None
    try:
        actions = stack.start_actions(folder, actions_port, live_server.url)
        rasa = stack.start_rasa(folder, rasa_port, model, endpoints, token)
        stack.wait_ready(
            actions,
            f"http://127.0.0.1:{actions_port}/health",
            folder / f"actions-{actions_port}.log",
        )
        startup = stack.wait_ready(
            rasa,
            f"http://127.0.0.1:{rasa_port}/status?token={token}",
            folder / f"rasa-{rasa_port}.log",
        )
        previous = conf.RASA_URL
        conf.RASA_URL = f"http://127.0.0.1:{rasa_port}"
        yield {
            "url": conf.RASA_URL,
            "token": token,
            "model": model,
            "endpoints": endpoints,
            "shared_stores": shared,
            "folder": folder,
            "startup_seconds": startup,
            "process": rasa,
        }
        conf.RASA_URL = previous
    finally:
        stack.stop(rasa)
        stack.stop(actions)


class PortalChat:
    """A visitor talking to the assistant through the portal's endpoint, like the widget."""

    def __init__(self, base_url: str):
        import requests

        self.base_url = base_url
        self.http = requests.Session()
        self.token = self.http.get(f"{base_url}/api/chat/session/", timeout=5).json()["csrfToken"]

    def send(self, message=None, payload=None):
        body = {"payload": payload} if payload else {"message": message}
        response = self.http.post(
            f"{self.base_url}/api/chat/message/",
            json=body,
            headers={"X-CSRFToken": self.token, "Referer": f"{self.base_url}/"},
            timeout=15,
        )
        assert response.status_code == 200, response.text
        return response.json()

    @staticmethod
    def text(answer) -> str:
        return "\n".join(message["text"] for message in answer["messages"])


@pytest.fixture
def portal_chat(live_server):
    return PortalChat(live_server.url)
