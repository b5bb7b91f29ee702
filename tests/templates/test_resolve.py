"""Template choice: exact locale, then its language, then en, then built-in."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tocsin.templates.defaults import TemplateSource
from tocsin.templates.resolve import locale_chain, normalize_locale, pick


def _t(locale: str) -> TemplateSource:
    return TemplateSource(subject=f"subject {locale}", body=f"body {locale}", html=None, locale=locale)


def test_chains() -> None:
    assert locale_chain("pt_BR") == ["pt-br", "pt", "en"]
    assert locale_chain("de") == ["de", "en"]
    assert locale_chain("en-GB") == ["en-gb", "en"]
    assert locale_chain(None) == ["en"]
    assert locale_chain("../../etc") == ["en"]
    assert normalize_locale("zh-Hant-TW") == "zh-hant-tw"


def test_pick_falls_back_step_by_step() -> None:
    stored = {"pt-br": _t("pt-br"), "pt": _t("pt"), "en": _t("en")}
    assert pick(stored, event_type="lead_assigned", channel="email", locale="pt-BR").locale == "pt-br"
    assert pick(stored, event_type="lead_assigned", channel="email", locale="pt-PT").locale == "pt"
    assert pick(stored, event_type="lead_assigned", channel="email", locale="fr").locale == "en"
    builtin = pick({}, event_type="lead_assigned", channel="email", locale="fr")
    assert builtin.builtin and builtin.subject == "{{ prefix }} {{ title }}" and builtin.html


tags = st.from_regex(r"[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8}){0,2}", fullmatch=True)


@given(tags, st.sets(st.sampled_from(["en", "de", "pt", "pt-br", "fr-ca", "fr"])))
def test_pick_is_the_first_stored_locale_of_the_chain(tag: str, have: set[str]) -> None:
    stored = {locale: _t(locale) for locale in have}
    chosen = pick(stored, event_type="custom_thing", channel="email", locale=tag)
    chain = locale_chain(tag)
    expected = next((locale for locale in chain if locale in have), None)
    assert chosen.locale == expected
    assert chain[-1] == "en" and chain[0] == (normalize_locale(tag) or "en")
