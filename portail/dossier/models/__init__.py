from .access import AccessLog, AccessRequest, AppendOnlyError
from .choices import AssignmentRole, Audience, MesureType, PPEDomain, Role, Section
from .invitation import Invitation
from .people import Assignment, Child, ParentLink, Territory
from .records import (
    PPE,
    Decision,
    Document,
    Entry,
    Expression,
    Meeting,
    Mesure,
    PPEObjective,
    SituationReport,
)

__all__ = [
    "PPE",
    "AccessLog",
    "AccessRequest",
    "AppendOnlyError",
    "Assignment",
    "AssignmentRole",
    "Audience",
    "Child",
    "Decision",
    "Document",
    "Entry",
    "Expression",
    "Invitation",
    "Meeting",
    "Mesure",
    "MesureType",
    "PPEDomain",
    "PPEObjective",
    "ParentLink",
    "Role",
    "Section",
    "SituationReport",
    "Territory",
]
