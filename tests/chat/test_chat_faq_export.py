"""The assistant's FAQ comes from the published FAQ entries: one source, never stale."""

from pathlib import Path

import pytest
import yaml
from django.core.management import call_command, get_commands

from portail.chat.faq_export import DOMAIN_PATH, ENTITY_SYNTAX, NLU_PATH, one_line, plain_answer

ASSISTANT = Path(__file__).resolve().parents[2] / "assistant"

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_faq(demo_socle):
    if "load_demo_livret" not in get_commands():
        pytest.fail("load_demo_livret is missing: the FAQ demo content cannot be loaded")
    call_command("load_demo_livret", verbosity=0)
    from django.apps import apps

    return apps.get_model("livret", "FaqEntry")


def test_plain_answer_strips_html_and_keeps_three_sentences_at_most():
    rich = (
        "<p>Oui, c'est <b>gratuit</b> &amp; confidentiel.</p><ul><li>Sans ordonnance.</li>"
        "<li>Pour tous.</li></ul><p>Quatrième phrase.</p>"
    )
    assert plain_answer(rich) == "Oui, c'est gratuit & confidentiel. Sans ordonnance. Pour tous."


def test_committed_files_match_the_demo_faq(demo_faq, tmp_path):
    """Fails when the FAQ changed and `manage.py export_faq_rasa` was not run."""
    call_command("export_faq_rasa", output_dir=str(tmp_path), verbosity=0)
    for relative in (NLU_PATH, DOMAIN_PATH):
        expected = (tmp_path / relative).read_text(encoding="utf-8")
        committed = (ASSISTANT / relative).read_text(encoding="utf-8")
        assert committed == expected, (
            f"assistant/{relative} is stale: run `manage.py load_demo` then "
            "`manage.py export_faq_rasa`"
        )


def test_export_is_valid_rasa_data_and_deterministic(demo_faq, tmp_path):
    call_command("export_faq_rasa", output_dir=str(tmp_path), verbosity=0)
    first = {p: (tmp_path / p).read_text(encoding="utf-8") for p in (NLU_PATH, DOMAIN_PATH)}
    call_command("export_faq_rasa", output_dir=str(tmp_path), verbosity=0)
    assert first == {p: (tmp_path / p).read_text(encoding="utf-8") for p in first}

    nlu = yaml.safe_load(first[NLU_PATH])
    domain = yaml.safe_load(first[DOMAIN_PATH])
    live = list(demo_faq.objects.filter(live=True).order_by("slug"))
    assert live, "the demo has published FAQ entries"
    assert [item["intent"] for item in nlu["nlu"]] == [f"faq/{e.slug}" for e in live]
    assert domain["intents"] == ["faq"]
    for entry, item in zip(live, nlu["nlu"], strict=True):
        lines = [line[2:] for line in item["examples"].splitlines()]
        assert lines[0] == one_line(ENTITY_SYNTAX.sub(" ", entry.question))
        assert 1 <= len(lines) <= 8
        text = domain["responses"][f"utter_faq/{entry.slug}"][0]["text"]
        assert "<" not in text
        assert text.endswith(f"En savoir plus : {entry.public_url()}")


def test_unpublished_entries_are_not_exported(demo_faq, tmp_path):
    entry = demo_faq.objects.filter(live=True).order_by("slug").first()
    demo_faq.objects.filter(pk=entry.pk).update(live=False)
    call_command("export_faq_rasa", output_dir=str(tmp_path), verbosity=0)
    assert f"faq/{entry.slug}\n" not in (tmp_path / NLU_PATH).read_text(encoding="utf-8")


def test_check_option_fails_on_stale_files(demo_faq, tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="périmés"):
        call_command("export_faq_rasa", output_dir=str(tmp_path), check=True, verbosity=0)
    call_command("export_faq_rasa", output_dir=str(tmp_path), verbosity=0)
    call_command("export_faq_rasa", output_dir=str(tmp_path), check=True, verbosity=0)


def test_themed_answers_offer_the_nearest_place_of_their_theme(demo_faq, tmp_path):
    from portail.chat.faq_export import PLACE_BUTTON_TITLE, THEME_PLACE_TYPES

    call_command("export_faq_rasa", output_dir=str(tmp_path), verbosity=0)
    responses = yaml.safe_load((tmp_path / DOMAIN_PATH).read_text(encoding="utf-8"))["responses"]
    by_theme = {}
    for entry in demo_faq.objects.filter(live=True).select_related("theme"):
        variant = responses[f"utter_faq/{entry.slug}"][0]
        by_theme.setdefault(entry.theme.slug, []).append(variant.get("buttons"))
    assert set(THEME_PLACE_TYPES) <= set(by_theme), "every mapped theme has demo entries"
    for theme, buttons_list in by_theme.items():
        code = THEME_PLACE_TYPES.get(theme)
        for buttons in buttons_list:
            if code is None:
                assert buttons is None, theme
            else:
                assert buttons == [
                    {"title": PLACE_BUTTON_TITLE, "payload": f'/find_place{{"lieu_type":"{code}"}}'}
                ]
    assert THEME_PLACE_TYPES["sante-sexuelle"] == "css"
