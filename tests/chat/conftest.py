"""Fixtures of the chat tests: stand-ins for Rasa on real local sockets."""

import json
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
def _fresh_rate_limits():
    """Rate-limit counters live in the cache: start every test from zero."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
