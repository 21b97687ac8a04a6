"""The PDF of a livret is produced by WeasyPrint and contains the livret."""

import re
import zlib

import pytest

pytestmark = pytest.mark.django_db


def pdf_strings(data: bytes) -> bytes:
    """Raw bytes plus every decompressed stream (outlines and metadata live there)."""
    chunks = [data]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            chunks.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    return b"\n".join(chunks)


def utf16_hex(text: str) -> bytes:
    return ("feff" + text.encode("utf-16-be").hex()).encode()


def test_pdf_download(client, small_content):
    livret = small_content["livrets"]["placement_judiciaire"]
    response = client.get(f"{livret.url}pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="livret-placement-judiciaire.pdf"' in response["Content-Disposition"]
    data = response.content
    assert data.startswith(b"%PDF-")
    assert len(data) > 5000
    content = pdf_strings(data).lower()
    # The document title (metadata) and the h1 bookmark carry the livret's title.
    assert utf16_hex(livret.title) in content or livret.title.lower().encode() in content
    # The bookmarks list the sections of the livret.
    assert utf16_hex("Qui fait quoi") in content or b"(qui fait quoi)" in content


def test_pdf_is_cached_per_publication(client, small_content):
    livret = small_content["livrets"]["aed"]
    first = client.get(f"{livret.url}pdf/").content
    livret.title = "Titre changé pour le PDF"
    livret.save_revision().publish()
    second = client.get(f"{livret.url}pdf/").content
    assert utf16_hex("Titre changé pour le PDF") in pdf_strings(second).lower()
    assert utf16_hex("Titre changé pour le PDF") not in pdf_strings(first).lower()
