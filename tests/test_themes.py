"""Theme taxonomy, classification and agreement with the hand labels in gold/."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import planparse
from planparse.models import Activity, Goal, Pillar, Plan
from planparse.themes import (
    TaxonomyError,
    agreement,
    classify,
    format_agreement,
    load_taxonomy,
)
from planparse.themes.match import distinct, find_phrases

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold"
LABELLED = sorted(p.name.removesuffix(".themes.json") for p in GOLD.glob("*.themes.json"))


def plan(*pillars: Pillar) -> Plan:
    return Plan(kind="strategic_plan", agency="Example Police Department", pillars=list(pillars))


def top_themes(p: Plan) -> dict[tuple[int, ...], str | None]:
    return {path: node.top for path, node in classify(p).items()}


def test_themes_agreement_with_hand_labels_is_at_least_90_percent() -> None:
    result = agreement(GOLD)
    assert len(result.rows) == 116  # every labelled pillar and goal of the five samples
    assert result.share >= 0.9, format_agreement(result)


@pytest.mark.parametrize("stem", LABELLED)
def test_themes_labels_cover_every_pillar_and_goal(stem: str) -> None:
    gold = planparse.load(GOLD / f"{stem}.json")
    labels = json.loads((GOLD / f"{stem}.themes.json").read_text(encoding="utf-8"))
    assert set(labels["pillars"]) == {p.title for p in gold.pillars}
    assert set(labels["goals"]) == {f"{p.title} / {g.title}" for p in gold.pillars for g in p.goals}


def test_themes_shipped_taxonomy_has_labels_descriptions_and_phrases() -> None:
    taxonomy = load_taxonomy()
    assert len(taxonomy.themes) >= 13
    assert {"traffic_safety", "staff_wellness", "technology"} <= set(taxonomy.ids)
    for theme in taxonomy.themes:
        assert theme.label
        assert theme.description
        assert len(theme.phrases) >= 5


def test_themes_taxonomy_names_no_sample_agency() -> None:
    places = {"los angeles", "lapd", "tracy", "tustin", "san jose", "san josé", "lacmta", "csp"}
    for stem in LABELLED:
        agency = planparse.load(GOLD / f"{stem}.json").agency or ""
        places.add(agency.lower().replace(" police department", ""))
    phrases = [p.lower() for t in load_taxonomy().themes for p in (*t.phrases, *t.weak_phrases)]
    assert not [p for p in phrases for place in places if place and place in p]


def test_themes_taxonomy_file_is_replaceable(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    themes = [
        {"id": "roads", "label": "Roads", "phrases": ["traffic", "collision"]},
        {"id": "people", "label": "People", "phrases": ["wellness", "hiring"]},
    ]
    path.write_text(json.dumps({"version": 1, "themes": themes}), encoding="utf-8")
    taxonomy = load_taxonomy(path)
    p = plan(Pillar(title="Safer Streets", goals=[Goal(title="Reduce traffic collisions")]))
    assert classify(p, taxonomy)[(0, 0)].top == "roads"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "not a usable taxonomy"),
        ('{"themes": []}', "not a usable taxonomy"),
        ('{"themes": [{"id": "a", "label": "A", "phrases": ["x"]},'
         ' {"id": "a", "label": "B", "phrases": ["y"]}]}', "duplicate theme ids"),
    ],
)  # fmt: skip
def test_themes_bad_taxonomy_names_the_file(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TaxonomyError, match=rf"broken\.json: .*{reason}"):
        load_taxonomy(path)


def test_themes_scores_keep_the_matched_phrases_and_where() -> None:
    p = plan(Pillar(title="Traffic Safety", goals=[Goal(title="Reduce DUI collisions")]))
    best = classify(p)[(0, 0)].scores[0]
    assert best.theme == "traffic_safety"
    assert 0 < best.score <= 100
    found = {(e.phrase, e.where) for e in best.evidence}
    assert {("DUI", "title"), ("collision", "title"), ("traffic safety", "pillar")} <= found


def test_themes_thin_goal_inherits_its_pillar() -> None:
    pillar = Pillar(
        title="Employee Wellness",
        description="Peer support, physical fitness and mental health resources for our staff.",
        goals=[Goal(title="Continue the program")],
    )
    node = classify(plan(pillar))[(0, 0)]
    assert node.top == "staff_wellness"
    assert {e.where for e in node.scores[0].evidence} == {"pillar"}


def test_themes_goal_own_words_outweigh_its_pillar() -> None:
    pillar = Pillar(title="Employee Wellness", goals=[Goal(title="Expand de-escalation training")])
    assert top_themes(plan(pillar))[(0, 0)] == "training"


def test_themes_pillar_without_theme_words_takes_its_goals() -> None:
    goals = [Goal(title="Reduce gun violence"), Goal(title="Target gang activity")]
    assert top_themes(plan(Pillar(title="Protect Our City", goals=goals)))[(0,)] == (
        "crime_reduction"
    )


def test_themes_activities_are_classified_with_context() -> None:
    goal = Goal(title="Improve Traffic Safety", activities=[Activity(text="Hold two campaigns.")])
    assert top_themes(plan(Pillar(title="Safe Streets", goals=[goal])))[(0, 0, 0)] == (
        "traffic_safety"
    )


def test_themes_node_without_any_phrase_is_unclassified() -> None:
    node = classify(plan(Pillar(title="Miscellaneous")))[(0,)]
    assert node.scores == []
    assert node.top is None


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Explore AI tools for report writing", "AI"),  # lower-cased "ai" looks up as "have"
        ("ESTABLISH A POLICE CADET PROGRAM", "cadet"),  # ALL-CAPS headings are lemmatised
        ("Continued Partnership on Incarceration Alternatives", "alternatives to incarceration"),
        ("Expand behavioural health co-response", "behavioral health"),  # spelling variants
    ],
)
def test_themes_phrase_found(text: str, phrase: str) -> None:
    assert phrase in {hit.phrase for hit in find_phrases([text], load_taxonomy())[0]}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Serve restraining orders promptly", "train"),  # never inside a longer word
        ("Build relationships with schools", "facility"),
        ("Safety", "traffic safety"),  # a text shorter than the phrase is not a hit
    ],
)
def test_themes_phrase_not_found(text: str, phrase: str) -> None:
    assert phrase not in {hit.phrase for hit in find_phrases([text], load_taxonomy())[0]}


def test_themes_overlapping_and_weak_hits_count_once() -> None:
    text = "Build community relationships for efficiency and effectiveness"
    hits = find_phrases([text], load_taxonomy())[0]
    counted = {h.phrase for h in distinct([h for h in hits if h.theme == "community_engagement"])}
    assert counted == {"community relationship"}  # not also "relationship" inside it
    weak = distinct([h for h in hits if h.theme == "operations"])
    assert len(weak) == 1  # "efficiency" and "effectiveness" are weak: only one counts


def test_themes_agreement_rejects_stale_labels(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text(plan(Pillar(title="Training")).model_dump_json())
    labels = {"pillars": {"Training": ["training"]}, "goals": {"Training / Gone": ["training"]}}
    (tmp_path / "x.themes.json").write_text(json.dumps(labels))
    with pytest.raises(ValueError, match="no node 'Training / Gone'"):
        agreement(tmp_path)


def test_themes_agreement_rejects_unknown_theme(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text(plan(Pillar(title="Training")).model_dump_json())
    (tmp_path / "x.themes.json").write_text(json.dumps({"pillars": {"Training": ["skills"]}}))
    with pytest.raises(ValueError, match="unknown themes"):
        agreement(tmp_path)


def test_themes_format_agreement_shows_misses_and_totals() -> None:
    text = format_agreement(agreement(GOLD))
    assert re.search(r"^TOTAL\s+\d+/116\s+\d+\.\d%$", text, re.MULTILINE)
    for stem in LABELLED:
        assert stem in text
