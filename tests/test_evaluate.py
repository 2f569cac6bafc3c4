"""Unit tests for planparse.evaluate: matching, per-level scores, reports and diffs."""

from __future__ import annotations

from pathlib import Path

import pytest

from planparse.evaluate import (
    LEVELS,
    MATCH_THRESHOLD,
    LevelScore,
    evaluate,
    evaluate_dirs,
    first_difference,
    format_report,
    normalise,
    similar,
    total,
)
from planparse.models import Activity, Goal, Milestone, Period, Pillar, Plan, Source

GOLD_DIR = Path(__file__).parent.parent / "gold"


def _goal(title: str, *activities: Activity, leads: list[str] | None = None) -> Goal:
    return Goal(title=title, leads=leads or [], activities=list(activities))


def _plan(*pillars: Pillar, **fields: object) -> Plan:
    return Plan.model_validate(
        {
            "kind": "strategic_plan",
            "agency": "Tracy Police Department",
            "title": "2025-2028 Strategic Plan",
            "period": {"start": 2025, "end": 2028},
            "mission": "Serve the community with integrity.",
            "values": ["Service", "Integrity"],
            **fields,
            "pillars": [p.model_dump() for p in pillars],
        }
    )


def _base() -> Plan:
    return _plan(
        Pillar(
            title="Protect Tracy",
            goals=[
                _goal(
                    "Reduce crime and victimization",
                    Activity(text="Expand gun violence reduction programs", leads=["OSO"]),
                    Activity(text="Increase patrol visibility in parks"),
                    leads=["Captain of Operations"],
                ),
                _goal("Improve traffic safety", Activity(text="Run DUI checkpoints quarterly")),
            ],
        ),
        Pillar(
            title="Invest in our people",
            goals=[
                _goal("Recruit a diverse workforce"),
                _goal("Support officer wellness"),
            ],
        ),
    )


def test_evaluate_self_scores_perfect_and_empty_levels_not_applicable() -> None:
    plan = _base()
    score = evaluate(plan, plan)
    for view in (score.strict, score.flat):
        for level in ("pillars", "goals", "activities", "leads"):
            assert view[level].f1 == 1.0
        assert view["milestones"] == LevelScore(0, 0, 0)
        assert view["milestones"].precision is None
        assert view["milestones"].recall is None
        assert view["milestones"].f1 is None
    assert all(score.fields.values())


GOLD_PLANS = [path for path in sorted(GOLD_DIR.glob("*.json")) if path.suffixes == [".json"]]


@pytest.mark.parametrize("path", GOLD_PLANS, ids=lambda p: p.stem)
def test_evaluate_gold_file_against_itself_is_perfect(path: Path) -> None:
    plan = Plan.model_validate_json(path.read_text(encoding="utf-8"))
    score = evaluate(plan, plan)
    for view in (score.strict, score.flat):
        for level, level_score in view.items():
            expected = 1.0 if level_score.n_gold else None
            assert level_score.f1 == expected, level
    assert all(score.fields.values())
    assert first_difference(plan, plan) is None


def test_evaluate_missing_goal_lowers_recall() -> None:
    gold = _base()
    pred = gold.model_copy(deep=True)
    del pred.pillars[0].goals[1]  # takes its one activity with it
    score = evaluate(gold, pred)
    assert score.strict["goals"] == LevelScore(tp=3, n_pred=3, n_gold=4)
    assert score.strict["goals"].precision == 1.0
    assert score.strict["goals"].recall == pytest.approx(0.75)
    assert score.strict["activities"].recall == pytest.approx(2 / 3)
    assert score.strict["pillars"].f1 == 1.0


def test_evaluate_extra_goal_lowers_precision() -> None:
    gold = _base()
    pred = gold.model_copy(deep=True)
    pred.pillars[1].goals.append(_goal("Modernize records management"))
    score = evaluate(gold, pred)
    for view in (score.strict, score.flat):
        assert view["goals"] == LevelScore(tp=4, n_pred=5, n_gold=4)
        assert view["goals"].precision == pytest.approx(0.8)
        assert view["goals"].recall == 1.0


def test_evaluate_goal_under_wrong_pillar_is_flat_hit_strict_miss() -> None:
    gold = _base()
    pred = gold.model_copy(deep=True)
    pred.pillars[1].goals.append(pred.pillars[0].goals.pop(1))
    score = evaluate(gold, pred)
    assert score.flat["goals"].tp == 4
    assert score.strict["goals"].tp == 3
    assert score.flat["activities"].tp == 3
    assert score.strict["activities"].tp == 2


@pytest.mark.parametrize(
    ("gold_text", "pred_text"),
    [
        ("Crime & Safety", "crime and safety"),
        ("Reduce crime;", "Reduce crime"),
        ("Hazards are identified; and", "Hazards are identified."),
        ("PROTECT TRACY", "Protect Tracy"),
        ("Officers\u2019 \u201cwellness\u201d \u2013 first", 'officers\' "wellness" - first'),
        ("  Build   trust\n", "Build trust"),
    ],
)
def test_evaluate_near_identical_text_matches(gold_text: str, pred_text: str) -> None:
    assert normalise(gold_text) == normalise(pred_text)
    assert similar(gold_text, pred_text) == 100.0
    score = evaluate(_plan(Pillar(title=gold_text)), _plan(Pillar(title=pred_text)))
    assert score.strict["pillars"].tp == 1


def test_evaluate_normalise_keeps_words_ending_in_and() -> None:
    assert normalise("Improve command") == "improve command"
    assert normalise("Train, equip, and") == "train, equip"


def test_evaluate_different_text_does_not_match() -> None:
    assert similar("Reduce crime", "Increase staffing") < MATCH_THRESHOLD
    score = evaluate(_plan(Pillar(title="Reduce crime")), _plan(Pillar(title="Increase staffing")))
    assert score.flat["pillars"] == LevelScore(tp=0, n_pred=1, n_gold=1)
    assert score.flat["pillars"].f1 == 0.0


def _milestone_plan(*milestones: Milestone) -> Plan:
    activity = Activity(text="Deploy body-worn cameras", milestones=list(milestones))
    return _plan(Pillar(title="Technology", goals=[_goal("Modernize", activity)]))


def test_evaluate_milestone_with_different_period_does_not_match() -> None:
    gold = _milestone_plan(
        Milestone(period="2023-2024", text="Pilot program", lead="IT"),
        Milestone(period=None, text="Annually", lead="IT"),
    )
    pred = _milestone_plan(
        Milestone(period="2024-2025", text="Pilot program", lead="IT"),
        Milestone(period=None, text="annually", lead="it"),
    )
    score = evaluate(gold, pred)
    for view in (score.strict, score.flat):
        assert view["milestones"] == LevelScore(tp=1, n_pred=2, n_gold=2)
    assert score.strict["leads"] == LevelScore(tp=1, n_pred=2, n_gold=2)
    assert score.flat["leads"] == LevelScore(tp=2, n_pred=2, n_gold=2)


def test_evaluate_leads_compared_as_sets() -> None:
    def plan(goal_leads: list[str], activity_leads: list[str], extra_title: str) -> Plan:
        return _plan(
            Pillar(
                title="Community",
                goals=[
                    _goal(
                        "Build trust",
                        Activity(text="Hold town halls", leads=activity_leads),
                        leads=goal_leads,
                    ),
                    _goal(extra_title, leads=["Chief"]),
                ],
            )
        )

    gold = plan(["OSO", "Unit commanders"], ["Patrol"], "Listen to youth")
    pred = plan(["unit commanders", "OSO", "OSO"], ["Traffic"], "Something else entirely")
    score = evaluate(gold, pred)
    # Goal leads match as a set (duplicates and order ignored), the activity lead differs and the
    # unmatched goal's lead is a false positive / false negative in the strict view only.
    assert score.strict["leads"] == LevelScore(tp=2, n_pred=4, n_gold=4)
    assert score.flat["leads"] == LevelScore(tp=3, n_pred=4, n_gold=4)


def test_evaluate_fields_right_or_wrong() -> None:
    gold = _plan()
    pred = _plan(
        kind="policy",
        agency="Tracy PD",
        title="2025 - 2028 strategic plan",
        period={"start": 2025, "end": 2027},
        mission=None,
        vision=None,
        values=["integrity", "service"],
    )
    assert evaluate(gold, pred).fields == {
        "kind": False,
        "agency": False,
        "title": True,
        "period": False,
        "mission": False,
        "vision": True,
        "values": True,
    }


def test_evaluate_total_is_micro_averaged() -> None:
    gold = _base()
    pred = gold.model_copy(deep=True)
    del pred.pillars[0].goals[1]
    corpus = total([evaluate(gold, gold), evaluate(gold, pred)])
    assert corpus.documents == 2
    assert corpus.strict["goals"] == LevelScore(tp=7, n_pred=7, n_gold=8)
    assert corpus.strict["milestones"].f1 is None
    assert corpus.fields["kind"] == 2


def test_evaluate_level_score_zero_predictions_is_failure_not_na() -> None:
    assert LevelScore(0, 0, 3).precision == 0.0
    assert LevelScore(0, 0, 3).f1 == 0.0
    assert LevelScore(0, 2, 0).recall == 0.0
    assert LevelScore(1, 2, 4).f1 == pytest.approx(2 * 0.5 * 0.25 / 0.75)


def test_evaluate_dirs_missing_prediction_counts_as_empty_plan(tmp_path: Path) -> None:
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    plan = _base()
    (gold_dir / "a.json").write_text(plan.model_dump_json(), encoding="utf-8")
    (gold_dir / "b.json").write_text(plan.model_dump_json(), encoding="utf-8")
    (gold_dir / "a.notes.md").write_text("not a plan", encoding="utf-8")
    parsed = plan.model_copy(deep=True)
    parsed.pillars[0].source = Source(page=1, bbox=(0, 0, 10, 10))
    parsed.warnings = ["low confidence"]
    (pred_dir / "a.json").write_text(parsed.model_dump_json(), encoding="utf-8")
    (pred_dir / "c.json").write_text(plan.model_dump_json(), encoding="utf-8")

    scores = evaluate_dirs(gold_dir, pred_dir)

    assert list(scores) == ["a", "b"]
    assert scores["a"].strict["goals"].f1 == 1.0
    assert scores["b"].strict["goals"] == LevelScore(tp=0, n_pred=0, n_gold=4)
    assert scores["b"].flat["pillars"].recall == 0.0
    assert not scores["b"].fields["kind"]


def test_evaluate_format_report_lists_levels_fields_and_na() -> None:
    gold = _base()
    pred = gold.model_copy(update={"title": "Something else"})
    report = format_report({"tracy": evaluate(gold, pred)})
    for level in LEVELS:
        assert level in report
    assert "n/a" in report
    assert "tracy" in report
    assert "title WRONG" in report
    assert "agency ok" in report
    assert "TOTAL (1 documents" in report
    assert "title 0/1" in report
    rows = [line for line in report.splitlines() if line.startswith(LEVELS)]
    assert len({len(row) for row in rows}) == 1  # aligned columns


def test_evaluate_first_difference_none_for_equal_plans() -> None:
    gold = _base()
    pred = gold.model_copy(deep=True)
    pred.pillars[1].title = "INVEST IN OUR PEOPLE;"
    pred.pillars[0].source = Source(page=2, bbox=(1, 2, 3, 4))
    pred.warnings = ["skipped page 3"]
    assert first_difference(gold, pred) is None


def test_evaluate_first_difference_reports_path_of_changed_title() -> None:
    gold = _base()
    pred = gold.model_copy(deep=True)
    pred.pillars[1].goals[0].title = "Hire more dispatchers"
    pred.pillars[1].goals[1].title = "Also changed, but later"
    assert first_difference(gold, pred) == (
        "pillars[1].goals[0].title: gold 'Recruit a diverse workforce' "
        "!= parsed 'Hire more dispatchers'"
    )


def test_evaluate_first_difference_reports_missing_node_and_period() -> None:
    gold = _base()
    pred = gold.model_copy(deep=True)
    del pred.pillars[1].goals[1]
    assert first_difference(gold, pred) == (
        "pillars[1].goals[1]: gold 'Support officer wellness' != parsed (missing)"
    )
    pred = gold.model_copy(update={"period": Period(start=2025, end=2027)})
    assert first_difference(gold, pred) == "period.end: gold 2028 != parsed 2027"


def test_evaluate_first_difference_shows_long_texts_where_they_diverge() -> None:
    words = "Officers will engage residents through regular meetings and events " * 3
    gold = _plan(mission=words + "in every district.")
    pred = _plan(mission=words + "in some districts.")
    line = first_difference(gold, pred)
    assert line is not None
    assert line.startswith("mission: gold '…")
    assert "in every district'" in line
    assert "in some districts'" in line
