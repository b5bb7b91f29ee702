"""Event-type titles and bodies are tried under their limits when saved: a text that would
exceed them is a 422 naming the field and the limit, and nothing is saved."""

from __future__ import annotations

import pytest

from tests.factories import Factory

URL = "/v1/admin/event-types/lead_assigned"


@pytest.mark.parametrize(
    ("field", "source", "says"),
    [
        ("title_template", "{{ lipsum(data.n|default(1)|int,false,20,21)[:0] }}", "`lipsum` is not available"),
        ("title_template", "{{ lipsum(10**6) }}", "`lipsum` is not available"),
        ("title_template", "{% for i in range(1500) %}{% endfor %}", "title template limit of 250 items"),
        ("title_template", "{{ 'x' * 9000 }}", "title template limit of 8192 characters"),
        ("title_template", "{% set c = cycler('a') %}{{ c.next() }}", "`cycler` is not available"),
        ("body_template", "{{ range(10**6)|list|length }}", "text template limit of 500 items"),
        ("body_template", "{{ ('a b ' * 3000)|wordwrap(1) }}", "characters under the text template limits"),
    ],
)
def test_a_text_over_its_limits_is_refused_when_saved(factory: Factory, field: str, source: str, says: str) -> None:
    org = factory.org()
    before = org.client.get(URL, headers=org.headers).json()
    r = org.client.put(URL, json={field: source}, headers=org.headers)
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["field"] == field and says in error["message"], error
    assert org.client.get(URL, headers=org.headers).json() == before


def test_texts_within_their_limits_are_saved(factory: Factory) -> None:
    org = factory.org()
    body = {
        "title_template": "{{ name|upper }} ({{ data.names|default([])|join(', ') }}) {{ data.amount * 2 }}",
        "body_template": "{% for i in range(400) %}{% if loop.first %}{{ actor }}{% endif %}{% endfor %}",
    }
    r = org.client.put(URL, json=body, headers=org.headers)
    assert r.status_code == 200, r.text
    assert r.json()["title_template"] == body["title_template"]
