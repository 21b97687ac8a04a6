"""Object-level permissions (django-rules). They mirror `queries.py`, which filters lists."""

import rules

from .models import Role
from .queries import get_access, item_visible_to


@rules.predicate
def can_read_dossier(user, child):
    return child is not None and get_access(user, child.pk) is not None


@rules.predicate
def is_family_of(user, child):
    access = child is not None and get_access(user, child.pk)
    return bool(access) and access.is_family


@rules.predicate
def is_staff_of(user, child):
    access = child is not None and get_access(user, child.pk)
    return bool(access) and access.is_staff_role


@rules.predicate
def can_read_item(user, item):
    return item is not None and item_visible_to(user, item)


@rules.predicate
def is_professional(user):
    return bool(user.is_authenticated and (user.is_staff or user.is_superuser))


@rules.predicate
def is_admin(user):
    return bool(user.is_authenticated and user.is_superuser)


rules.add_perm("dossier.read_dossier", can_read_dossier)
rules.add_perm("dossier.read_item", can_read_item)
rules.add_perm("dossier.write_expression", is_family_of)
rules.add_perm("dossier.manage_dossier", is_staff_of)
rules.add_perm("dossier.invite_family", is_staff_of)

__all__ = ["Role"]
