"""compare(): shared clusters on the five samples, property tests, coverage and specificity."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import planparse
from planparse.compare import Comparison, compare, short_name
from planparse.models import Activity, Goal, Milestone, Period, Pillar, Plan, Source
from planparse.themes.align import Vocabulary, features, score_pairs
from planparse.themes.naming import cluster_label, word_rarity

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = [
    "lapd-2023-2025",
    "policy-3-01-110-community-policing",
    "san-jose-pd-2023",
    "tracy-pd-2025-2028",
    "tustin-pd-2025-2027",
]
LAPD, TRACY, TUSTIN, SAN_JOSE = (
    "Los Angeles Police Department",
    "Tracy Police Department",
    "Tustin Police Department",
    "San José Police Department",
)
POLICY = "Community Policing and Engagement"  # the policy names no agency: its title stands in

# Every cluster expected on the samples: the agencies in it, and words every member must
# contain (any one of them), so that a cluster mixing in an unrelated item fails.
EXPECTED_CLUSTERS = {
    "real-time center": ({LAPD, TRACY, TUSTIN}, ("real-time", "real time")),
    "staff wellness": ({LAPD, SAN_JOSE, TRACY}, ("wellness", "mental health")),
    "social media": ({LAPD, TRACY}, ("social media", "social platforms")),
    "problem-solving": ({POLICY, TRACY}, ("problem-solv", "stakeholders")),
    "mobile command post": ({TRACY, TUSTIN}, ("mobile command",)),
    "community engagement": ({LAPD, POLICY}, ("community engagement",)),
    "technology for efficiency": ({LAPD, SAN_JOSE}, ("technolog",)),
    "career development": ({LAPD, SAN_JOSE}, ("career development",)),
    "volunteers": ({LAPD, POLICY, TRACY}, ("volunteer", "vips")),
    "cadets": ({LAPD, TRACY}, ("cadet",)),
    "records management system": ({LAPD, TUSTIN}, ("rms", "records management")),
}


@pytest.fixture(scope="module")
def gold_plans() -> list[Plan]:
    return [planparse.load(ROOT / "gold" / f"{stem}.json") for stem in SAMPLES]


@pytest.fixture(scope="module")
def samples(gold_plans: list[Plan]) -> Comparison:
    return compare(gold_plans)


def texts(comparison: Comparison, cluster_index: int) -> list[str]:
    return [comparison.item(i).text for i in comparison.clusters[cluster_index].items]


def matching(comparison: Comparison, words: tuple[str, ...]) -> list[int]:
    return [
        n
        for n, cluster in enumerate(comparison.clusters)
        if any(word in cluster.label.lower() for word in words)
        or all(any(w in t.lower() for w in words) for t in texts(comparison, n))
    ]


def test_compare_real_time_centres_of_tustin_tracy_and_lapd_cluster(samples: Comparison) -> None:
    [index] = matching(samples, ("real-time", "real time"))
    members = {
        (samples.item(i).agency, samples.item(i).text) for i in samples.clusters[index].items
    }
    assert members == {
        (TRACY, "ESTABLISH REAL-TIME INFORMATION CENTER"),
        (TRACY, "Stand up the Real-Time Information Center."),
        (TUSTIN, "Establish a Real-Time Information Center, including funding for surveillance "
                 "systems, that integrates with OCSD's Real-Time Operations Center to enhance "
                 "crime prevention and response countywide"),
        (LAPD, "Create a public/private network of CCTV cameras to obtain video evidence and live "
               "feeds for geographic Real Time Crime Centers (RTCC)."),
    }  # fmt: skip


def fits(comparison: Comparison, index: int, name: str) -> bool:
    agencies, words = EXPECTED_CLUSTERS[name]
    return set(comparison.clusters[index].agencies) == agencies and all(
        any(w in t.lower() for w in words) for t in texts(comparison, index)
    )


@pytest.mark.parametrize("name", EXPECTED_CLUSTERS)
def test_compare_expected_cluster_on_samples(samples: Comparison, name: str) -> None:
    assert any(fits(samples, n, name) for n in range(len(samples.clusters))), name


def test_compare_no_unexpected_cluster_on_samples(samples: Comparison) -> None:
    for n, cluster in enumerate(samples.clusters):
        assert any(fits(samples, n, name) for name in EXPECTED_CLUSTERS), (
            f"unexpected cluster {cluster.label!r}: {texts(samples, n)}"
        )


def test_compare_clusters_span_agencies_and_score_against_their_centre(samples: Comparison) -> None:
    for cluster in samples.clusters:
        assert len(cluster.agencies) >= 2
        assert cluster.scores[cluster.centre] == 100
        assert all(50 <= score <= 100 for score in cluster.scores.values())
        assert len(cluster.label.split()) <= 6  # a generated label, not the centre's sentence
        assert cluster.organisations == len(cluster.agencies)


@pytest.mark.parametrize("stem", SAMPLES)
def test_compare_plan_with_itself_clusters_every_item_with_its_copy(stem: str) -> None:
    plan = planparse.load(ROOT / "gold" / f"{stem}.json")
    comparison = compare([plan, plan.model_copy(update={"agency": "Another Police Department"})])
    cluster_of = {item_id: c.id for c in comparison.clusters for item_id in c.items}
    items = [i for i in comparison.items if i.id.startswith("1/") and i.level != "pillar"]
    for item in items:
        twin = f"2/{item.id[2:]}"
        assert cluster_of.get(item.id) is not None, item.text
        assert cluster_of[item.id] == cluster_of[twin], item.text
    scores = score_pairs([i.text for i in items] * 2)
    assert all(scores[n, n + len(items)] == 100 for n in range(len(items)))


def test_compare_pair_scores_do_not_depend_on_the_order_of_the_pair(
    gold_plans: list[Plan],
) -> None:
    """The scorer itself, asked both ways (score_pairs would hide an asymmetry: it stores one
    score under both orders), and score_pairs finding the same pairs when the texts are
    reversed."""
    texts = [item.text for item in compare(gold_plans).items]
    keys = features(texts)
    vocabulary = Vocabulary.fit(keys)
    forward = score_pairs(texts, score_cutoff=0)
    assert len(forward) > len(texts)  # some pairs beyond the diagonal were scored
    for i, j in forward:
        assert vocabulary.score(keys[i], keys[j]) == vocabulary.score(keys[j], keys[i])
    last = len(texts) - 1
    backward = score_pairs(texts[::-1], score_cutoff=0)
    assert {(last - i, last - j): s for (i, j), s in backward.items()} == forward


def test_compare_vocabulary_score_properties_on_random_keys() -> None:
    rng = random.Random(7)
    words = [f"w{n}" for n in range(30)]
    keys = [
        frozenset(
            rng.sample(words, rng.randint(1, 8)) + [f"w{rng.randint(0, 9)} w{rng.randint(0, 9)}"]
        )
        for _ in range(60)
    ]
    vocabulary = Vocabulary.fit(keys)
    for a in keys:
        assert vocabulary.score(a, a) == 100
        for b in rng.sample(keys, 10):
            assert vocabulary.score(a, b) == vocabulary.score(b, a)
            assert 0 <= vocabulary.score(a, b) <= 100


def test_compare_clusters_do_not_depend_on_plan_order(gold_plans: list[Plan]) -> None:
    def contents(comparison: Comparison) -> list[list[tuple[str, str]]]:
        return sorted(
            sorted((comparison.item(i).agency, comparison.item(i).text) for i in c.items)
            for c in comparison.clusters
        )

    assert contents(compare(gold_plans)) == contents(compare(gold_plans[::-1]))


def test_compare_features_drop_plan_verbs_and_keep_word_pairs() -> None:
    [key] = features(["Establish a Real-Time Information Center"])
    assert key == {"real", "time", "information", "center", "real time", "time information",
                   "information center"}  # fmt: skip


def traffic_plan(agency: str) -> Plan:
    activity = Activity(
        text="Reduce injury collisions by 10%.",
        leads=["Traffic Bureau"],
        milestones=[Milestone(period="2025", text="Run two campaigns.")],
    )
    goal = Goal(title="Improve Traffic Safety", activities=[activity, Activity(text="Other.")])
    return Plan(agency=agency, pillars=[Pillar(title="Safe Streets", goals=[goal])])


def wellness_plan(agency: str) -> Plan:
    goal = Goal(title="Expand employee wellness programs")
    return Plan(agency=agency, pillars=[Pillar(title="Our People", goals=[goal])])


def test_compare_specificity_shares_of_actions() -> None:
    [agency] = compare([traffic_plan("A")]).agencies
    assert agency.specificity.model_dump() == {
        "actions": 2, "with_lead": 0.5, "with_date": 0.5, "with_target": 0.5,
    }  # fmt: skip


def test_compare_specificity_of_goal_only_plan_counts_goals(samples: Comparison) -> None:
    san_jose = next(a for a in samples.agencies if a.name == SAN_JOSE)
    assert san_jose.specificity.actions == 19
    lapd = next(a for a in samples.agencies if a.name == LAPD)
    assert (lapd.specificity.with_lead, lapd.specificity.with_date) == (1.0, 1.0)


def test_compare_coverage_and_gaps() -> None:
    comparison = compare([traffic_plan("A"), wellness_plan("B")])
    assert comparison.cell("traffic_safety", "A").items >= 2
    assert comparison.cell("traffic_safety", "B").items == 0
    assert "traffic_safety" in comparison.gaps["B"]
    assert "staff_wellness" in comparison.gaps["A"]
    assert "youth_programs" not in comparison.gaps["A"]  # nobody covers it: not a gap


def test_compare_side_by_side_lists_each_agency(samples: Comparison) -> None:
    columns = samples.side_by_side("traffic_safety")
    assert list(columns) == [a.name for a in samples.agencies]
    assert any(item.text == "Improve Traffic Safety" for item in columns[LAPD])
    assert all("traffic_safety" in item.theme_ids for items in columns.values() for item in items)


def test_compare_unique_items_are_those_in_no_cluster(samples: Comparison) -> None:
    clustered = {i for c in samples.clusters for i in c.items}
    for agency, ids in samples.unique.items():
        assert all(samples.item(i).agency == agency for i in ids)
        assert not clustered & set(ids)
    assert len(samples.unique[SAN_JOSE]) == 19 - 3  # wellness, technology, career are shared


def test_compare_repeated_names_are_numbered() -> None:
    names = [a.name for a in compare([wellness_plan("X"), wellness_plan("X")]).agencies]
    assert names == ["X", "X (2)"]


def test_compare_names_must_match_plans() -> None:
    with pytest.raises(ValueError, match="1 names for 2 plans"):
        compare([wellness_plan("X"), wellness_plan("Y")], names=["only one"])


def test_compare_items_carry_pages_from_parsed_plans() -> None:
    plan = traffic_plan("A")
    plan.pillars[0].goals[0].source = Source(page=4, bbox=(0, 0, 1, 1))
    goal = next(i for i in compare([plan]).items if i.level == "goal")
    assert goal.page == 4


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Tracy Police Department", "Tracy PD"),
        ("Orange County Sheriff's Department", "Orange County SD"),
    ],
)
def test_compare_short_names(name: str, short: str) -> None:
    assert short_name(name) == short


def test_compare_editions_of_one_agency_are_named_by_period_and_never_share() -> None:
    pillar = Pillar(title="Technology", goals=[Goal(title="Open a real-time crime center")])
    old = Plan(
        agency="Example Police Department", period=Period(start=2020, end=2022), pillars=[pillar]
    )
    new = old.model_copy(update={"period": Period(start=2023, end=2026)})
    comparison = compare([old, new])
    assert [a.name for a in comparison.agencies] == [
        "Example Police Department (2020–2022)",
        "Example Police Department (2023–2026)",
    ]
    assert comparison.clusters == []  # one agency does not share a commitment with itself
    third = new.model_copy(update={"agency": "Other Police Department"})
    [shared] = compare([old, new, third]).clusters
    assert shared.organisations == 2
    assert shared.label == "Real-time crime center"  # the concept, not a plan's sentence


def test_compare_synonyms_share_a_commitment_through_their_concept() -> None:
    plans = [
        Plan(agency=f"{name} Police Department",
             pillars=[Pillar(title="Technology", goals=[Goal(title=title)])])
        for name, title in (("North", "Expand the drone program"),
                            ("South", "Launch an unmanned aircraft system (UAS) unit"))
    ]  # fmt: skip
    [shared] = compare(plans).clusters
    assert shared.concept == "drones"
    assert len(shared.items) == 2


def test_compare_pillars_only_and_excerpt_plans_are_flagged_not_gapped() -> None:
    full = [
        Plan(agency=f"Full {n} Police Department", pillars=[
            Pillar(title=title, goals=[Goal(title=f"{title} goal {g}") for g in range(6)])
            for title in ("Traffic Safety", "Employee Wellness", "Youth Programs")])
        for n in range(3)
    ]  # fmt: skip
    pillars_only = Plan(agency="Bare Police Department", pillars=[Pillar(title="Traffic Safety")])
    goal = Goal(title="Reduce crashes")
    excerpt = Plan(agency="Part Police Department", pillars=[Pillar(title="Traffic", goals=[goal])])
    comparison = compare([*full, pillars_only, excerpt])
    flags = {a.name: a.partial for a in comparison.agencies}
    assert flags["Bare Police Department"] == "pillars only"
    assert (flags["Part Police Department"] or "").startswith("excerpt")
    assert flags["Full 0 Police Department"] is None
    assert comparison.gaps["Bare Police Department"] == []
    assert comparison.gaps["Part Police Department"] == []


def two_plans(first: str, second: str) -> Comparison:
    return compare([
        Plan(agency=f"{name} Police Department",
             pillars=[Pillar(title="Priorities", goals=[Goal(title=title)])])
        for name, title in (("North", first), ("South", second))
    ])  # fmt: skip


@pytest.mark.parametrize(
    ("first", "second"),
    [  # the commitments several plans share in other words
        ("Expand the peer support team to civilians", "Create a peer support program"),
        ("Add co-responder clinicians to evening shifts", "Embed a clinician with officers"),
        ("Install license plate readers at city entrances", "Expand the ALPR camera network"),
        ("Expand the homeless outreach team", "Increase street outreach to encampments"),
        ("Launch a police cadet program", "Grow the cadet program for college students"),
        ("Publish use-of-force data on the website", "Release use of force data to the public"),
        ("Deploy drones as first responders", "Launch an unmanned aircraft systems program"),
        ("Open a real-time crime center", "Establish an RTCC staffed around the clock"),
    ],
)  # fmt: skip
def test_compare_one_commitment_in_other_words_is_one_cluster(first: str, second: str) -> None:
    [shared] = two_plans(first, second).clusters
    assert len(shared.items) == 2


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Link license plate reader alerts to dispatch", "Modernize records and dispatch systems"),
        ("Expand the peer support team", "Expand the homeless outreach team"),
        ("Offer wellness checks with a licensed clinician", "Pair clinicians with officers"),
    ],
)  # fmt: skip
def test_compare_different_commitments_sharing_a_word_do_not_cluster(
    first: str, second: str
) -> None:
    assert two_plans(first, second).clusters == []


def test_compare_cluster_label_is_the_rarest_shared_wording() -> None:
    members = [
        "Hold sobriety checkpoints during holiday weekends.",
        "Run sobriety checkpoints with the state highway patrol every month.",
    ]
    rarity = word_rarity([*members, "Hold community meetings every month."])
    assert cluster_label(members, members[0], rarity) == "Sobriety checkpoints"
    unrelated = ["Expand the explorer post.", "Open a records room."]
    assert cluster_label(unrelated, unrelated[0], rarity) == "Expand the explorer post"
