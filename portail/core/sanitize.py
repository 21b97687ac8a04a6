"""The one place where free text typed by visitors is cleaned.

Every app stores visitor text through `clean_text` (plain text, no markup kept) or
`clean_html` (a tiny whitelist). Output is still escaped by templates: cleaning is a
second line of defence, not a replacement for auto-escaping.
"""

import bleach

ALLOWED_TAGS = ["p", "br", "strong", "em", "ul", "ol", "li"]


def clean_text(value: str | None, max_length: int | None = None) -> str:
    """Strip every tag and control character; keep line breaks; trim."""
    if not value:
        return ""
    text = bleach.clean(str(value), tags=[], attributes={}, strip=True, strip_comments=True)
    # bleach escapes &, < and > in text; templates escape again on output, so undo it here.
    text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    text = "".join(ch for ch in text if ch in "\n\t" or ch.isprintable())
    text = text.replace("\r\n", "\n").strip()
    if max_length is not None:
        text = text[:max_length]
    return text


def clean_html(value: str | None) -> str:
    """Keep a minimal formatting whitelist, drop attributes, scripts and links."""
    if not value:
        return ""
    return bleach.clean(
        str(value), tags=ALLOWED_TAGS, attributes={}, strip=True, strip_comments=True
    )
