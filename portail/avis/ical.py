"""A minimal RFC 5545 calendar file for one committee session."""

import datetime


def _escape(text):
    return (
        str(text)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line):
    """Fold lines longer than 75 octets (continuation lines start with a space)."""
    raw = line.encode()
    parts = []
    while len(raw) > 75:
        cut = 75 if not parts else 74
        while cut and (raw[cut] & 0xC0) == 0x80:  # never split a UTF-8 character
            cut -= 1
        parts.append(raw[:cut])
        raw = raw[cut:]
    parts.append(raw)
    return b"\r\n ".join(parts).decode()


def _utc(value):
    return value.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def session_ics(session, *, uid_domain="portail-familles", url=""):
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Portail familles et jeunes//Avis//FR",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:avis-session-{session.pk}@{uid_domain}",
        f"DTSTAMP:{_utc(datetime.datetime.now(datetime.UTC))}",
        f"DTSTART:{_utc(session.starts_at)}",
        f"DTEND:{_utc(session.ends_at)}",
        f"SUMMARY:{_escape(session.committee.name)}",
        f"LOCATION:{_escape(session.place)}",
        f"DESCRIPTION:{_escape(session.theme)}",
    ]
    if url:
        lines.append(f"URL:{url}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
