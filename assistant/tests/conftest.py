"""Fixtures : un faux portail HTTP local qui répond selon le contrat /api/v1/lieux/."""

import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CONTACT = {"label": "l'accueil du Département", "telephone": "01 60 91 91 91"}
PLACE = {
    "id": 12,
    "nom": "Centre de PMI des Pyramides",
    "type": "pmi",
    "type_label": "Centre de PMI",
    "adresse": "2 place des Pyramides",
    "code_postal": "91000",
    "commune": "Évry-Courcouronnes",
    "telephone": "01 60 00 00 12",
    "email": "pmi@example.org",
    "horaires": "lun. 9h-12h",
    "url": "/annuaire/lieu/12/",
}


class FakePortal(BaseHTTPRequestHandler):
    delay = 0.0

    def log_message(self, *args):  # silence
        pass

    def _send(self, status, payload):
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        time.sleep(self.delay)
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        self.server.requests.append((url.path, query))
        self.server.headers.append(dict(self.headers))
        if url.path == "/api/v1/lieux/types/":
            return self._send(
                200,
                {"types": [{"code": "pmi", "label": "Centre de PMI"}], "contact_general": CONTACT},
            )
        if url.path != "/api/v1/lieux/":
            return self._send(404, {"error": "introuvable"})
        if query.get("type") not in {"pmi", "caf", "mds", "css", "cpef", "fjt"}:
            return self._send(400, {"error": "type inconnu"})
        q = query.get("q", "")
        if not q.strip():  # comme le portail : q obligatoire
            return self._send(400, {"error": "q obligatoire"})
        commune = {
            "insee": "91228",
            "nom": "Évry-Courcouronnes",
            "codes_postaux": ["91000", "91080"],
        }
        if q in {"Evry", "91000"}:
            return self._send(
                200,
                {
                    "commune": commune,
                    "niveau": "commune",
                    "message": "",
                    "contact_general": CONTACT,
                    "results": [PLACE],
                },
            )
        if q == "Massy":
            return self._send(
                200,
                {
                    "commune": {"insee": "91377", "nom": "Massy", "codes_postaux": ["91300"]},
                    "niveau": None,
                    "message": "",
                    "contact_general": CONTACT,
                    "results": [],
                },
            )
        return self._send(
            200,
            {
                "commune": None,
                "niveau": None,
                "message": "Cette commune n'est pas dans le département.",
                "contact_general": CONTACT,
                "results": [],
            },
        )


@pytest.fixture
def fake_portal(monkeypatch):
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakePortal)
    server.requests = []
    server.headers = []
    monkeypatch.delenv("PORTAL_API_TOKEN", raising=False)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("PORTAL_URL", f"http://127.0.0.1:{server.server_address[1]}")
    from actions import portal_api

    portal_api.clear_cache()
    yield server
    server.shutdown()
    server.server_close()
    FakePortal.delay = 0.0


@pytest.fixture
def dead_portal(monkeypatch):
    """Un port où personne n'écoute."""
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    monkeypatch.setenv("PORTAL_URL", f"http://127.0.0.1:{port}")
    from actions import portal_api

    portal_api.clear_cache()
    return port
