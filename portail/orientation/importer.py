"""Read Etalab's découpage administratif (or our trimmed copy) and store the communes."""

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction

from .commune_search import clear_index
from .models import CodePostal, Commune

ETALAB_DIR = (
    Path(settings.BASE_DIR) / "node_modules" / "@etalab" / "decoupage-administratif" / "data"
)
TRIMMED_DIR = Path(__file__).resolve().parent / "data"
ATTRIBUTION = "Données : Etalab, @etalab/decoupage-administratif, licence MIT / Licence Ouverte"


class SourceError(Exception):
    pass


@dataclass
class CommuneRecord:
    insee: str
    nom: str
    codes_postaux: list[str]
    epci_code: str
    epci_nom: str
    arrondissement_code: str
    arrondissement_nom: str
    departement_code: str
    population: int | None


def _read_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SourceError(f"{path} : {exc}") from exc


def read_etalab(directory: Path, departement: str) -> list[CommuneRecord]:
    communes = [
        c
        for c in _read_json(directory / "communes.json")
        if c.get("departement") == departement and c.get("type") == "commune-actuelle"
    ]
    wanted = {c["code"] for c in communes}
    epci_of = {}
    for epci in _read_json(directory / "epci.json"):
        for member in epci.get("membres", []):
            if member["code"] in wanted:
                epci_of[member["code"]] = (epci["code"], epci["nom"])
    arrondissements = {
        a["code"]: a["nom"]
        for a in _read_json(directory / "arrondissements.json")
        if a.get("departement") == departement
    }
    return [
        CommuneRecord(
            insee=c["code"],
            nom=c["nom"],
            codes_postaux=sorted(set(c.get("codesPostaux", []))),
            epci_code=epci_of.get(c["code"], ("", ""))[0],
            epci_nom=epci_of.get(c["code"], ("", ""))[1],
            arrondissement_code=c.get("arrondissement", ""),
            arrondissement_nom=arrondissements.get(c.get("arrondissement", ""), ""),
            departement_code=departement,
            population=c.get("population"),
        )
        for c in communes
    ]


def read_trimmed(path: Path, departement: str) -> list[CommuneRecord]:
    data = _read_json(path)
    if data.get("departement") != departement:
        raise SourceError(
            f"{path} concerne le département {data.get('departement')}, pas {departement}."
        )
    return [CommuneRecord(**row) for row in data["communes"]]


def read_source(departement: str, source: Path | None = None) -> tuple[list[CommuneRecord], Path]:
    """Etalab's data from node_modules (or `source`), else the trimmed copy we ship."""
    candidates = [source] if source else [ETALAB_DIR, TRIMMED_DIR / f"communes-{departement}.json"]
    for path in candidates:
        if path.is_dir() and (path / "communes.json").exists():
            return read_etalab(path, departement), path
        if path.is_file():
            return read_trimmed(path, departement), path
    raise SourceError("Aucune source trouvée : " + ", ".join(str(p) for p in candidates))


def export_trimmed(records: list[CommuneRecord], departement: str, path: Path) -> None:
    payload = {
        "attribution": ATTRIBUTION,
        "departement": departement,
        "communes": [asdict(record) for record in records],
    }
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


FIELDS = [
    "nom",
    "epci_code",
    "epci_nom",
    "arrondissement_code",
    "arrondissement_nom",
    "departement_code",
    "population",
]


@transaction.atomic
def import_records(records: list[CommuneRecord], progress=None) -> dict[str, int]:
    """Create or update communes and their postal codes; running it twice changes nothing."""
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    existing = {c.insee: c for c in Commune.objects.filter(insee__in=[r.insee for r in records])}
    postal = {}
    for insee, code in CodePostal.objects.filter(commune_id__in=existing).values_list(
        "commune_id", "code"
    ):
        postal.setdefault(insee, set()).add(code)
    for number, record in enumerate(records, start=1):
        commune = existing.get(record.insee)
        values = {name: getattr(record, name) for name in FIELDS}
        if commune is None:
            Commune(insee=record.insee, **values).save()
            counts["created"] += 1
        elif any(getattr(commune, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(commune, name, value)
            commune.save()
            counts["updated"] += 1
        else:
            counts["unchanged"] += 1
        wanted, current = set(record.codes_postaux), postal.get(record.insee, set())
        if wanted != current:
            CodePostal.objects.filter(commune_id=record.insee, code__in=current - wanted).delete()
            CodePostal.objects.bulk_create(
                [
                    CodePostal(commune_id=record.insee, code=code)
                    for code in sorted(wanted - current)
                ]
            )
        if progress and (number % 50 == 0 or number == len(records)):
            progress(number, len(records))
    clear_index()
    return counts
