"""The one place where rights become querysets. Every dossier view starts here.

A child the user may not read is simply absent from these querysets, so views answer 404
(never 403) and nothing about it leaks in titles, counts or messages.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from . import conf
from .models import Audience, Child, ParentLink, Role, Section

STAFF_ROLES = {Role.PROFESSIONNEL, Role.CADRE, Role.ADMIN}
FAMILY_ROLES = {Role.PARENT, Role.JEUNE}


def own_access_cutoff(today: date | None = None) -> date:
    """Latest birth date of a young person old enough to read their own dossier."""
    today = today or timezone.localdate()
    year = today.year - conf.JEUNE_ACCESS_AGE
    try:
        return today.replace(year=year)
    except ValueError:  # 29 February
        return today.replace(year=year, day=28)


def _rights_filter(user) -> Q:
    return (
        Q(
            parent_links__user=user,
            parent_links__holds_parental_authority=True,
            parent_links__suspended=False,
        )
        | Q(account=user, birth_date__lte=own_access_cutoff())
        | Q(assignments__user=user)
        | Q(territory__managers=user)
    )


def visible_children(user) -> QuerySet:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Child.objects.none()
    if user.is_superuser:
        return Child.objects.all()
    ids = Child.objects.filter(_rights_filter(user)).values("pk")
    return Child.objects.filter(pk__in=ids)


@dataclass
class DossierAccess:
    """A user's access to one child's dossier, and in which role."""

    user: object
    child: Child
    role: str
    link: ParentLink | None = None

    @property
    def is_staff_role(self) -> bool:
        return self.role in STAFF_ROLES

    @property
    def is_family(self) -> bool:
        return self.role in FAMILY_ROLES

    @property
    def can_see_health(self) -> bool:
        return self.role != Role.PARENT or bool(self.link and self.link.health_access)

    def visible_sections(self) -> list[tuple[str, str]]:
        return [
            (v, label) for v, label in Section.choices if v != Section.SANTE or self.can_see_health
        ]

    def items(self, model, section: str | None = None) -> QuerySet:
        return visible_items(self, model, section)


def role_for(user, child: Child) -> tuple[str | None, ParentLink | None]:
    """The strongest role the user holds on this child, or None."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return None, None
    if user.is_superuser:
        return Role.ADMIN, None
    if child.territory.managers.filter(pk=user.pk).exists():
        return Role.CADRE, None
    if child.assignments.filter(user=user).exists():
        return Role.PROFESSIONNEL, None
    link = child.parent_links.filter(user=user).first()
    if link and link.grants_access:
        return Role.PARENT, link
    if child.account_id == user.pk and child.birth_date <= own_access_cutoff():
        return Role.JEUNE, None
    return None, None


def get_access(user, child_id) -> DossierAccess | None:
    child = visible_children(user).select_related("territory").filter(pk=child_id).first()
    if child is None:
        return None
    role, link = role_for(user, child)
    if role is None:
        return None
    return DossierAccess(user=user, child=child, role=role, link=link)


def get_access_or_404(user, child_id) -> DossierAccess:
    access = get_access(user, child_id)
    if access is None:
        raise Http404
    return access


def visible_items(access: DossierAccess, model, section: str | None = None) -> QuerySet:
    """Items of one child's dossier the user may read, section by section."""
    qs = model.objects.filter(child=access.child)
    has_section = any(f.name == "section" for f in model._meta.fields)
    if section and has_section:
        qs = qs.filter(section=section)
    if access.is_staff_role:
        return qs
    qs = qs.filter(shared_at__isnull=False).exclude(audience="")
    if access.role == Role.PARENT:
        qs = qs.filter(audience__in=[Audience.PARENTS, Audience.BOTH])
        if has_section and not access.can_see_health:
            # Santé is stricter: a parent whose health access is withdrawn sees nothing of it.
            qs = qs.exclude(section=Section.SANTE)
        return qs
    if access.role == Role.JEUNE:
        return qs.filter(audience__in=[Audience.JEUNE, Audience.BOTH])
    return qs.none()


def visible_entries(access: DossierAccess, section: str) -> QuerySet:
    from .models import Entry

    return visible_items(access, Entry, section)


def visible_documents(access: DossierAccess, section: str | None = None) -> QuerySet:
    from .models import Document

    return visible_items(access, Document, section).select_related("shared_by")


def item_visible_to(user, item) -> bool:
    access = get_access(user, item.child_id)
    if access is None:
        return False
    return visible_items(access, type(item)).filter(pk=item.pk).exists()


def family_children(user) -> QuerySet:
    """Children whose dossier the user reads as a family member (parent or the young person)."""
    if not getattr(user, "is_authenticated", False):
        return Child.objects.none()
    return Child.objects.filter(Q(parent_links__user=user) | Q(account=user)).distinct()


def visible_access_requests(user) -> QuerySet:
    """Access requests a staff member may handle.

    Rule: superusers see every request; a cadre sees the requests of the territories they
    manage, plus those whose territory is still unknown (someone has to triage them and set
    the territory). Référents and other professionals never see access requests: a request
    may concern a family they do not follow.
    """
    from .models import AccessRequest, Territory

    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return AccessRequest.objects.none()
    if user.is_superuser:
        return AccessRequest.objects.all()
    managed = Territory.objects.filter(managers=user).values("pk")
    if not managed.exists():
        return AccessRequest.objects.none()
    return AccessRequest.objects.filter(Q(territory__in=managed) | Q(territory__isnull=True))


def scope_queryset(user, queryset: QuerySet) -> QuerySet:
    """Restrict any admin queryset of a dossier model to the user's rights."""
    from .models import AccessRequest

    model = queryset.model
    if model is AccessRequest:
        return queryset.filter(pk__in=visible_access_requests(user).values("pk"))
    if user.is_superuser and user.is_active:
        return queryset
    children = visible_children(user).values("pk")
    if model is Child:
        return queryset.filter(pk__in=children)
    return queryset.filter(child__in=children)
