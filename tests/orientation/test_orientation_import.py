from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from portail.orientation import importer
from portail.orientation.models import CodePostal, Commune

TRIMMED = importer.TRIMMED_DIR / "communes-91.json"


def run(*args, **options):
    from io import StringIO

    out = StringIO()
    call_command("import_communes", *args, stdout=out, **options)
    return out.getvalue()


@pytest.mark.django_db
def test_import_from_shipped_file_is_idempotent():
    first = run(source=TRIMMED)
    assert "194 créées, 0 mises à jour, 0 inchangées" in first
    assert "194/194 communes traitées" in first
    postal_codes = CodePostal.objects.count()
    assert Commune.objects.count() == 194
    second = run(source=TRIMMED)
    assert "0 créées, 0 mises à jour, 194 inchangées" in second
    assert Commune.objects.count() == 194
    assert CodePostal.objects.count() == postal_codes


@pytest.mark.django_db
def test_import_repairs_changed_names_and_postal_codes():
    run(source=TRIMMED)
    massy = Commune.objects.get(insee="91377")
    Commune.objects.filter(pk=massy.pk).update(nom="Massi")
    massy.codes_postaux.all().delete()
    massy.codes_postaux.create(code="99999")
    output = run(source=TRIMMED)
    assert "1 mises à jour" in output
    massy.refresh_from_db()
    assert massy.nom == "Massy" and massy.nom_normalise == "massy"
    assert list(massy.codes_postaux.values_list("code", flat=True)) == ["91300"]


@pytest.mark.django_db
def test_import_keeps_only_current_communes_with_their_territories():
    run(source=TRIMMED)
    evry = Commune.objects.get(insee="91228")
    assert evry.nom == "Évry-Courcouronnes"
    assert evry.arrondissement_code == "912" and evry.arrondissement_nom
    assert evry.epci_code and "Grand Paris Sud" in evry.epci_nom
    assert sorted(evry.codes_postaux.values_list("code", flat=True)) == ["91000", "91080"]
    # Estouches is a "commune déléguée": not a place anyone lives in on the map any more.
    assert not Commune.objects.filter(insee="91222").exists()
    assert not Commune.objects.exclude(departement_code="91").exists()


@pytest.mark.django_db
def test_import_reads_etalab_package_when_installed():
    if not (importer.ETALAB_DIR / "communes.json").exists():
        pytest.skip("node_modules absent : lancez npm install")
    output = run()
    assert str(importer.ETALAB_DIR) in output
    assert Commune.objects.count() == 194


@pytest.mark.django_db
def test_import_falls_back_to_shipped_file(monkeypatch, tmp_path):
    monkeypatch.setattr(importer, "ETALAB_DIR", tmp_path / "absent")
    output = run()
    assert "communes-91.json" in output
    assert Commune.objects.count() == 194


@pytest.mark.django_db
def test_import_other_departement_needs_its_own_source(monkeypatch, tmp_path):
    monkeypatch.setattr(importer, "ETALAB_DIR", tmp_path / "absent")
    with pytest.raises(CommandError):
        run(departement="78")
    with pytest.raises(CommandError, match="91"):
        run(departement="78", source=TRIMMED)
    assert Commune.objects.count() == 0


def test_export_writes_attribution(tmp_path):
    target = tmp_path / "communes.json"
    run(source=TRIMMED, export=target)
    text = Path(target).read_text(encoding="utf-8")
    assert "Etalab" in text and "91377" in text
