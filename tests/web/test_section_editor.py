"""The practitioner's section editor without JSON: typed "add" groups for lists of objects, selects
and checkboxes in everyday words for coded values, typed fields for an empty part, and the JSON
box kept as the advanced way in. Forms are posted as a browser would post the page it was given
(every field, as shown), with only the changes a person would make."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

import pytest
from django.http import QueryDict
from django.test import Client

from service.demo import load_demo_plan
from service.plan.enums import EligibilityOutcome, StrengthKind
from service.store import services
from service.store.jsondoc import json_diff
from service.store.selectors import plan_current
from service.web.plantree import anchor
from service.web.sectionform import apply, flatten, section_form


class _Form(HTMLParser):
    """What a browser would submit for the page's section form, as name -> values."""

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[str, list[str]] = {}
        self._select: str | None = None
        self._first: str | None = None
        self._chosen = False
        self._textarea: str | None = None

    def _add(self, name: str, value: str) -> None:
        self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "input" and a.get("name") and a.get("type") != "checkbox":
            self._add(a["name"], a.get("value", ""))
        elif tag == "input" and a.get("name") and "checked" in a:
            self._add(a["name"], a["value"])
        elif tag == "select":
            self._select, self._first, self._chosen = a["name"], None, False
        elif tag == "option" and self._select:
            self._first = a["value"] if self._first is None else self._first
            if "selected" in a:
                self._add(self._select, a["value"])
                self._chosen = True
        elif tag == "textarea":
            self._textarea = a["name"]
            self._add(a["name"], "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "select" and self._select:
            if not self._chosen:
                self._add(self._select, self._first or "")
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data: str) -> None:
        if self._textarea:
            self.data[self._textarea][-1] += data.removeprefix("\n")


def _form(client: Client, url: str) -> dict[str, list[str]]:
    response = client.get(url)
    assert response.status_code == 200
    page = _Form()
    page.feed(response.content.decode())
    page.data.pop("csrfmiddlewaretoken", None)
    return page.data


@pytest.fixture
def prac(world: Any) -> Client:
    client = Client()
    client.force_login(world.practitioner)
    return client


def _current(world: Any) -> Any:
    world.plan.refresh_from_db()
    return plan_current(world.plan)


def _edit(world: Any, section: str) -> str:
    return f"/plans/{world.plan.public_id}/edit/{section}/"


def test_the_form_offers_typed_add_fields_and_choices_in_everyday_words(
    prac: Client, world: Any
) -> None:
    html = prac.get(_edit(world, "needs")).content.decode()
    assert "Add a need" in html and '<input type="date"' not in html  # needs have no date
    assert 'name="f:needs[+].description"' in html
    box = html.index("f:needs[0].eligibility_outcomes")
    assert html.rindex("<fieldset", 0, box) > html.rfind("</fieldset>", 0, box)  # in a group
    assert "<legend>Eligibility outcomes" in html
    assert ">Eating and drinking <span" in html  # plain words, not the slug
    assert 'value="managing_and_maintaining_nutrition"' in html
    assert '<details class="advanced"' in html and 'name="f:needs[+]"' in html
    support = prac.get(_edit(world, "support")).content.decode()
    assert '<option value="personal_assistant" selected>Personal assistant</option>' in support
    assert 'name="f:support[+].start_date"' in support and 'type="date"' in support
    assert 'inputmode="decimal"' in support  # money and quantities
    assert "JSON" not in support[: support.index("Add a support line")]  # no box per item


def test_adding_a_need_with_two_outcomes_ticked_makes_a_valid_revision(
    prac: Client, world: Any
) -> None:
    form = _form(prac, _edit(world, "needs"))
    form["f:needs[+].description"] = ["Help to get washed and dressed each morning"]
    form["f:needs[+].eligibility_outcomes"] += [
        "maintaining_personal_hygiene",
        "being_appropriately_clothed",
    ]
    form["f:needs[+].eligibility"] = ["eligible"]
    form["f:needs[+].fluctuating"] = ["no"]
    response = prac.post(_edit(world, "needs"), form)
    assert response.status_code == 302, response.content.decode()[:2000]
    plan = _current(world)
    assert world.plan.revision == 2  # read back through the model: a valid plan
    assert [n.id for n in plan.needs] == ["need-1", "need-2", "need-3", "need-4", "need-5"]
    added = plan.needs[-1]
    assert added.description == "Help to get washed and dressed each morning"
    assert added.eligibility_outcomes == [
        EligibilityOutcome.maintaining_personal_hygiene,
        EligibilityOutcome.being_appropriately_clothed,
    ]
    assert added.eligibility == "eligible" and added.fluctuating is False
    assert added.how_met is None and added.unable_reason == []


def test_a_support_line_gets_the_next_free_id_and_money_in_pounds(prac: Client, world: Any) -> None:
    form = _form(prac, _edit(world, "support"))
    form["f:support[+].description"] = ["Cleaner"]
    form["f:support[+].unit_cost"] = ["£1,012.5"]
    form["f:support[+].unit"] = ["hour"]
    form["f:support[+].start_date"] = ["2027-05-01"]
    assert prac.post(_edit(world, "support"), form).status_code == 302
    added = _current(world).support[-1]
    assert added.id == "sup-4" and str(added.unit_cost) == "1012.50"
    assert added.unit == "hour" and str(added.start_date) == "2027-05-01"


def test_an_enum_select_on_an_existing_item_changes_the_value(prac: Client, world: Any) -> None:
    form = _form(prac, _edit(world, "strengths"))
    assert form["f:strengths[0].kind"] == ["personal"]
    form["f:strengths[0].kind"] = ["community"]
    assert prac.post(_edit(world, "strengths"), form).status_code == 302
    strengths = _current(world).strengths
    assert strengths[0].kind == StrengthKind.community
    assert len(strengths) == 3  # the empty add group added nothing


@pytest.mark.parametrize(
    ("section", "name", "value"),
    [
        ("strengths", "f:strengths[0].kind", "banana"),
        ("needs", "f:needs[0].eligibility_outcomes", "flying"),
        ("needs", "f:needs[+].eligibility", "maybe"),
        ("needs", "f:needs[0].fluctuating", "perhaps"),
    ],
)
def test_a_value_not_on_offer_is_refused_naming_its_field(
    prac: Client, world: Any, section: str, name: str, value: str
) -> None:
    form = _form(prac, _edit(world, section))
    form[name] = [*form.get(name, []), value]
    response = prac.post(_edit(world, section), form)
    html = response.content.decode()
    path = name.removeprefix("f:")
    assert response.status_code == 422 and 'role="alert"' in html
    assert f'<a href="#f-{anchor(path)}">{path}: Choose one of the options shown</a>' in html
    assert f'aria-describedby="e-{anchor(path)}"' in html
    world.plan.refresh_from_db()
    assert world.plan.revision == 1


def test_leaving_every_add_group_empty_adds_nothing(prac: Client, world: Any) -> None:
    before = _current(world).to_json()
    for section in ("needs", "involvement", "support", "personal_budget", "review"):
        response = prac.post(_edit(world, section), _form(prac, _edit(world, section)))
        assert response.status_code == 302, section
    after = _current(world).to_json()
    assert json_diff(before, after) == []


def test_a_new_item_missing_what_it_needs_is_refused_on_its_field_keeping_what_was_typed(
    prac: Client, world: Any
) -> None:
    form = _form(prac, _edit(world, "needs"))
    form["f:needs[+].eligibility_outcomes"] += ["managing_toilet_needs"]
    response = prac.post(_edit(world, "needs"), form)
    html = response.content.decode()
    assert response.status_code == 422
    target = anchor("needs[+].description")
    assert f'href="#f-{target}">needs[+].description: This is required' in html
    assert f'id="f-{target}"' in html and f'aria-describedby="e-{target}"' in html
    assert 'value="managing_toilet_needs" id="' in html
    ticked = html[html.index('value="managing_toilet_needs" id="f-at-needs-eligibility') :]
    assert " checked" in ticked[: ticked.index(">")]  # what was ticked is kept
    assert len(_current(world).needs) == 4


def test_the_advanced_json_box_still_adds_items(prac: Client, world: Any) -> None:
    form = _form(prac, _edit(world, "needs"))
    form["f:needs[+]"] = ['[{"id": "need-9", "description": "Shopping"}]']
    assert prac.post(_edit(world, "needs"), form).status_code == 302
    assert _current(world).needs[-1].id == "need-9"


def test_an_empty_optional_section_is_filled_through_typed_fields(prac: Client, world: Any) -> None:
    html = prac.get(_edit(world, "cared_for")).content.decode()
    assert "Cared for: nothing recorded yet" in html and 'name="f:cared_for.name"' in html
    assert "(JSON object)" not in html[: html.index("<details")]
    form = _form(prac, _edit(world, "cared_for"))
    assert prac.post(_edit(world, "cared_for"), form).status_code == 302
    assert _current(world).cared_for is None  # nothing typed: still empty
    form["f:cared_for.name"] = ["Alan Clarke"]
    form["f:cared_for.involved"] = ["yes"]
    assert prac.post(_edit(world, "cared_for"), {**form, "base_revision": "2"}).status_code == 302
    cared_for = _current(world).cared_for
    assert cared_for is not None and cared_for.name == "Alan Clarke" and cared_for.involved


def test_an_empty_part_that_needs_an_id_is_given_one(prac: Client, world: Any) -> None:
    form = _form(prac, _edit(world, "carer_profile"))
    assert "f:carer_profile.id" not in form
    form["f:carer_profile.name"] = ["John Clarke"]
    form["f:carer_profile.hours_per_week"] = ["35"]
    assert prac.post(_edit(world, "carer_profile"), form).status_code == 302
    profile = _current(world).carer_profile
    assert profile is not None and profile.id == "carer-1" and str(profile.hours_per_week) == "35"


def test_a_stale_form_keeps_the_typed_new_item(prac: Client, world: Any) -> None:
    form = _form(prac, _edit(world, "needs"))
    other = _form(prac, _edit(world, "needs"))
    other["f:needs[0].how_met"] = ["Changed by someone else"]
    assert prac.post(_edit(world, "needs"), other).status_code == 302
    form["f:needs[+].description"] = ["Shopping once a week"]
    form["f:needs[+].eligibility_outcomes"] += ["managing_and_maintaining_nutrition"]
    response = prac.post(_edit(world, "needs"), form)
    html = response.content.decode()
    assert response.status_code == 409 and "Someone else changed this plan" in html
    yours = html[html.index("Your changes (not saved)") : html.index("</dl>")]
    assert "<dt>Add a need: Description</dt><dd>Shopping once a week</dd>" in yours
    assert "<dd>Eating and drinking</dd>" in yours
    assert len(_current(world).needs) == 4


# A person's plan and a carer's plan between them have every section filled and empty; each
# costs about 8 s (a revision per section), so not every demo plan is swept.
@pytest.mark.parametrize("name", ["yvonne-and-john", "carer-plan"])
def test_every_section_posted_unchanged_keeps_the_plan_as_it_was(
    prac: Client, world: Any, name: str
) -> None:
    """Nothing changes by merely saving a form: no item added, no order or empty value moved."""
    record = services.plan_create(
        plan=load_demo_plan(name), actor=None, practitioner=world.practitioner
    )
    before = plan_current(record).to_json()
    for section in [k for k in before if k not in ("schema_version", "id", "provenance")]:
        url = f"/plans/{record.public_id}/edit/{section}/"
        response = prac.post(url, _form(prac, url))
        assert response.status_code == 302, (section, response.content.decode()[:3000])
    record.refresh_from_db()
    assert json_diff(before, plan_current(record).to_json()) == []


# --- links between parts: ticking the need a support line meets -----------------------------


def test_links_are_offered_as_the_plans_items_in_words(prac: Client, world: Any) -> None:
    plan = _current(world)
    html = prac.get(_edit(world, "support")).content.decode()
    assert "Linked needs" in html and "Need ids" not in html
    need = plan.needs[0]
    assert f'value="{need.id}"' in html
    assert f"{need.description} ({need.id})" in html
    linked = plan.support[0].need_ids
    assert linked  # the demo links its first support line
    form = _form(prac, _edit(world, "support"))
    assert form["f:support[0].need_ids"][1:] == list(linked)  # "" first, then the ticked ids


def test_ticking_a_need_on_a_new_support_line_links_it(prac: Client, world: Any) -> None:
    need = _current(world).needs[1].id
    form = _form(prac, _edit(world, "support"))
    form["f:support[+].description"] = ["Evening call to help with tablets"]
    form["f:support[+].need_ids"] += [need]
    assert prac.post(_edit(world, "support"), form).status_code == 302
    assert _current(world).support[-1].need_ids == [need]


def test_a_link_to_no_such_item_is_refused_naming_the_field(prac: Client, world: Any) -> None:
    form = _form(prac, _edit(world, "support"))
    form["f:support[0].need_ids"] += ["need-99"]
    response = prac.post(_edit(world, "support"), form)
    assert response.status_code == 422
    assert "support[0].need_ids: Choose one of the options shown" in response.content.decode()


def test_a_recorded_link_that_points_nowhere_is_kept_when_saving(world: Any) -> None:
    data = _current(world).to_json()
    data["support"][0]["need_ids"] = [*data["support"][0]["need_ids"], "need-gone"]
    (field,) = [f for f in flatten(section_form(data, "support")) if f.path.endswith("0].need_ids")]
    assert "need-gone" in [c.value for c in field.choices] and "need-gone" in field.values
    posted = QueryDict(mutable=True)
    posted.setlist(field.name, ["", *field.values])
    assert apply(data, "support", posted)["support"][0]["need_ids"] == field.values
