"""Write one line of the access log for each read of a dossier section or document."""

import ipaddress

from .models import AccessLog


def truncate_ip(raw: str | None) -> str:
    try:
        ip = ipaddress.ip_address((raw or "").strip())
    except ValueError:
        return ""
    prefix = 24 if ip.version == 4 else 48
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False))


def record(request, access, object_type: str, label: str, object_id=None, section: str = ""):
    user = request.user
    return AccessLog.objects.create(
        user=user,
        user_label=(user.get_full_name() or user.email)[:200],
        role=access.role,
        child=access.child,
        object_type=object_type,
        object_id=object_id,
        section=section,
        label=str(label)[:200],
        ip_prefix=truncate_ip(request.META.get("REMOTE_ADDR")),
        user_agent=request.META.get("HTTP_USER_AGENT", "")[:120],
    )
