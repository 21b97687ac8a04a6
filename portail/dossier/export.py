"""RGPD right of access: a ZIP of everything shared with the user (JSON + files)."""

import io
import json
import zipfile

from django.utils import timezone

from .models import PPE, Decision, Document, Entry, Meeting, SituationReport
from .queries import get_access, visible_children

TEXT_MODELS = {
    "notes": (Entry, ["title", "section", "date", "body"]),
    "decisions": (Decision, ["title", "date", "authority", "reasons"]),
    "rencontres": (Meeting, ["title", "date", "place", "convocation", "conclusions"]),
    "rapports": (SituationReport, ["title", "year", "body"]),
    "ppe": (PPE, ["title", "start_date", "end_date"]),
}


def _value(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def build_export(user) -> bytes:
    data = {
        "exporte_le": timezone.now().isoformat(),
        "compte": {"email": user.email, "prenom": user.first_name, "nom": user.last_name},
        "dossiers": [],
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for child in visible_children(user):
            access = get_access(user, child.pk)
            if access is None or not access.is_family:
                continue
            record = {
                "enfant": {
                    "prenom": child.first_name,
                    "nom": child.last_name,
                    "date_de_naissance": child.birth_date.isoformat(),
                },
                "mesures": [
                    {
                        "type": m.get_code_display(),
                        "debut": _value(m.start_date),
                        "fin": _value(m.end_date),
                        "autorite": m.authority,
                    }
                    for m in child.mesures.all()
                ],
            }
            for key, (model, fields) in TEXT_MODELS.items():
                items = access.items(model)
                if model is PPE:
                    items = items.prefetch_related("objectives")
                rows = []
                for item in items:
                    row = {f: _value(getattr(item, f)) for f in fields}
                    if model is PPE:
                        row["objectifs"] = [
                            {"domaine": o.get_domain_display(), "texte": o.text}
                            for o in item.objectives.all()
                        ]
                    rows.append(row)
                record[key] = rows
            record["documents"] = []
            for document in access.items(Document):
                name = f"enfant-{child.pk}/{document.pk}-{document.download_name}"
                try:
                    with document.file.open("rb") as handle:
                        archive.writestr(name, handle.read())
                except FileNotFoundError:
                    name = ""
                record["documents"].append(
                    {
                        "titre": document.title,
                        "fichier": name,
                        "partage_le": _value(document.shared_at),
                    }
                )
            data["dossiers"].append(record)
        archive.writestr("mes-donnees.json", json.dumps(data, ensure_ascii=False, indent=2))
    return buffer.getvalue()
