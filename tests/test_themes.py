"""Theme taxonomy, classification, agreement with the hand labels in gold/ and the zoo labels."""

from __future__ import annotations

import json
import re
import subprocess
import sys
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
from planparse.themes.evaluation import LabelError, evaluate_split, format_scores, load_labels
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
    assert found == {("DUI", "title"), ("collision", "title")}  # its own words: no pillar


def test_themes_pillar_themes_do_not_leak_into_items_that_name_their_own() -> None:
    goal = Goal(
        title="Support our people",
        activities=[
            Activity(text="Attend recruiting fairs at colleges."),
            Activity(text="Continue."),
        ],
    )
    themes = classify(plan(Pillar(title="Employee Wellness", goals=[goal])))
    assert [s.theme for s in themes[(0, 0, 0)].scores] == ["recruitment_retention"]
    assert themes[(0, 0, 1)].top == "staff_wellness"  # a thin item still borrows


def test_themes_multi_topic_pillar_gets_each_theme() -> None:
    pillar = Pillar(title="Community Engagement and Technology")
    assert {s.theme for s in classify(plan(pillar))[(0,)].scores} == {
        "community_engagement",
        "technology",
    }


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Support the mental health of every employee", "staff_wellness"),
        ("Offer confidential wellness checks with a licensed clinician", "staff_wellness"),
        ("Pair clinicians with officers on mental health calls", "homelessness_mental_health"),
        ("Launch an unmanned aircraft program", "technology"),
        ("Install LPRs at city entrances", "technology"),
        ("Hire officers who reflect the community", "diversity_inclusion"),
        ("Translate materials into the most spoken languages", "diversity_inclusion"),
    ],
)
def test_themes_item_gets_theme_on_unseen_wording(text: str, theme: str) -> None:
    goal = Goal(title="Goal", activities=[Activity(text=text)])
    assert theme in {
        s.theme for s in classify(plan(Pillar(title="Pillar", goals=[goal])))[(0, 0, 0)].scores
    }


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Offer confidential wellness checks with a licensed clinician",
            "homelessness_mental_health",
        ),
        ("Create a chaplain program that responds to critical incidents", "emergency_preparedness"),
        ("Complete a cybersecurity audit of all networks", "accountability"),
        ("Publish use-of-force data on the website", "technology"),
        ("Expand the homeless outreach team", "community_engagement"),
    ],
)
def test_themes_generic_or_contained_cue_does_not_add_a_theme(text: str, theme: str) -> None:
    goal = Goal(title="Goal", activities=[Activity(text=text)])
    assert theme not in {
        s.theme for s in classify(plan(Pillar(title="Pillar", goals=[goal])))[(0, 0, 0)].scores
    }


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
        ("Investigate shootings faster", "shooting"),  # lemma or surface form of a one-word cue
        ("Deploy UAS for searches", "UAS"),  # concept terms are cues too
    ],
)
def test_themes_phrase_found(text: str, phrase: str) -> None:
    assert phrase in {hit.phrase for hit in find_phrases([text], load_taxonomy())[0]}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Reduce detention times", "retention"),  # one-word cues are never fuzzy
        ("Explore new tools", "explorer"),
        ("Complete the program evaluation", "evacuation"),
        ("Organize a community event", "reorganize"),
        ("Review the agency's resources", "resource"),  # generic words never count alone
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


LABELS = ROOT / "corpus" / "labels"
ZOO_GOLD = ROOT / "corpus" / "gold"


def test_themes_zoo_labels_are_what_the_generator_emits() -> None:
    script = ROOT / "corpus" / "build" / "labels.py"
    result = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_themes_zoo_labels_cover_the_floors() -> None:
    themes, commitments = load_labels(LABELS)
    nodes = [n for d in themes.documents.values() for n in d.nodes]
    assert sum(n.level == "activity" for n in nodes) >= 300
    assert len(commitments.commitments) >= 40
    assert {c.split for c in commitments.commitments} == {"dev", "test"}


def test_themes_held_out_split_meets_the_targets() -> None:
    score = evaluate_split(ZOO_GOLD, LABELS, "test")
    assert score.themes.precision >= 0.9, format_scores([score], misses=20)
    assert score.themes.recall >= 0.9, format_scores([score], misses=20)
    assert score.pairs is not None
    assert score.pairs.f1 >= 0.8


def test_themes_evaluation_rejects_a_stale_label(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text(plan(Pillar(title="Training")).model_dump_json())
    themes = {"version": 1, "documents": {"x": {"split": "dev", "agency": None, "nodes": [
        {"path": "1", "level": "pillar", "text": "Gone", "themes": ["training"]}]}}}  # fmt: skip
    (tmp_path / "themes.json").write_text(json.dumps(themes))
    (tmp_path / "commitments.json").write_text('{"version": 1, "commitments": []}')
    with pytest.raises(LabelError, match="'Gone' is not in the plan"):
        evaluate_split(tmp_path, tmp_path, "dev")


# Written after the taxonomy was tuned on the zoo's dev split and never tuned on since: wording
# no zoo plan or sample uses, as real plans put it. Keep it that way, or the check means nothing.
UNSEEN_WORDING = [
    (
        "Implement a gunshot detection system in high-violence neighborhoods",
        {"technology", "crime_reduction"},
    ),
    (
        "Reduce the number of traffic fatalities through Vision Zero partnerships",
        {"traffic_safety"},
    ),
    ("Hire a full-time wellness coordinator for sworn and professional staff", {"staff_wellness"}),
    (
        "Increase the number of women in sworn positions to 30% by 2030",
        {"diversity_inclusion", "recruitment_retention"},
    ),
    ("Deploy automated license plate recognition cameras at city entry points", {"technology"}),
    (
        "Establish a crisis intervention team that pairs deputies with mental health professionals",
        {"homelessness_mental_health"},
    ),
    (
        "Provide annual training on implicit bias and procedural justice",
        {"training", "accountability"},
    ),
    ("Publish quarterly reports on stops, searches and use of force", {"accountability"}),
    (
        "Develop a continuity of operations plan for the communications center",
        {"emergency_preparedness"},
    ),
    ("Expand the school resource officer program to every middle school", {"youth_programs"}),
    ("Conduct a space needs study for a new substation", {"facilities_resources"}),
    ("Reduce average response times to priority one calls", {"operations"}),
    ("Host quarterly town hall meetings in each council district", {"community_engagement"}),
    (
        "Partner with the county to connect people experiencing homelessness to housing",
        {"homelessness_mental_health"},
    ),
    (
        "Create a peer support program for dispatchers exposed to traumatic calls",
        {"staff_wellness"},
    ),
    ("Reduce residential burglaries by 10 percent", {"crime_reduction"}),
    ("Launch a drone as first responder pilot in two patrol districts", {"technology"}),
    ("Offer tuition reimbursement to retain experienced officers", {"recruitment_retention"}),
    (
        "Require crisis intervention training for all patrol officers",
        {"training", "homelessness_mental_health"},
    ),
    ("Replace the computer-aided dispatch system", {"technology"}),
    ("Strengthen the internal affairs complaint process", {"accountability"}),
    ("Expand DUI enforcement during holiday periods", {"traffic_safety"}),
    ("Create a youth police academy for high school students", {"youth_programs"}),
    (
        "Provide language access services for residents with limited English proficiency",
        {"diversity_inclusion"},
    ),
    ("Conduct active shooter drills with school districts", {"emergency_preparedness"}),
    ("Seek grant funding to purchase body-worn cameras", {"facilities_resources", "technology"}),
    (
        "Reduce overtime costs through better shift scheduling",
        {"facilities_resources", "operations"},
    ),
    ("Expand the co-responder model to weekend shifts", {"homelessness_mental_health"}),
    ("Develop a succession plan for command staff positions", {"recruitment_retention"}),
    ("Increase participation in neighborhood watch groups", {"community_engagement"}),
    ("Target violent gangs with a focused deterrence strategy", {"crime_reduction"}),
    ("Equip patrol cars with mobile data terminals", {"technology"}),
    ("Provide counseling services to officers after critical incidents", {"staff_wellness"}),
    ("Expand the explorer program for teenagers interested in law enforcement", {"youth_programs"}),
    ("Achieve CALEA accreditation", {"accountability"}),
    (
        "Improve pedestrian safety near schools through enforcement and education",
        {"traffic_safety"},
    ),
    ("Hold an annual mass casualty exercise with fire and EMS", {"emergency_preparedness"}),
    ("Establish a diversity, equity and inclusion committee", {"diversity_inclusion"}),
    ("Increase clearance rates for homicides and shootings", {"crime_reduction"}),
    ("Survey employees annually on morale and job satisfaction", {"recruitment_retention"}),
]


def test_themes_hold_on_wording_the_taxonomy_was_not_tuned_on() -> None:
    activities = [Activity(text=text) for text, _ in UNSEEN_WORDING]
    found = classify(
        plan(Pillar(title="Priorities", goals=[Goal(title="Actions", activities=activities)]))
    )
    assigned = [{s.theme for s in found[(0, 0, n)].scores} for n in range(len(activities))]
    wanted = [want for _, want in UNSEEN_WORDING]
    precision = sum(len(a & w) for a, w in zip(assigned, wanted, strict=True)) / sum(
        map(len, assigned)
    )
    recall = sum(len(a & w) for a, w in zip(assigned, wanted, strict=True)) / sum(map(len, wanted))
    assert precision >= 0.9
    assert recall >= 0.9
