"""Completeness checks: printed numbering and stated counts against the parsed plan."""

from __future__ import annotations

from planparse.checks import completeness_warnings, skipped
from planparse.models import Activity, Goal, Pillar, Plan


def plan_with(pillar_numbers: list[str], activity_numbers: list[str]) -> Plan:
    activities = [Activity(number=n, text=f"Do {n}") for n in activity_numbers]
    goal = Goal(title="Goal", activities=activities)
    return Plan(pillars=[Pillar(number=n, title=f"P{n}", goals=[goal]) for n in pillar_numbers])


def test_checks_skipped_numbers_and_letters() -> None:
    assert skipped(["1", "2", "4"]) == ["3"]
    assert skipped(["A", "B", "D"]) == ["C"]
    assert skipped(["1", "2", "3"]) == []
    assert skipped(["1.1", "1.3"]) == []  # compound numbers are not checked
    assert skipped([None, "2"]) == []


def test_checks_activity_gap_becomes_a_warning() -> None:
    (warning,) = completeness_warnings(plan_with(["1"], ["1", "2", "5"]), [])
    assert "skips 3, 4" in warning
    assert "activities of 'Goal'" in warning


def test_checks_stated_count_disagrees() -> None:
    plan = plan_with(["1", "2"], [])
    (warning,) = completeness_warnings(plan, ["Our plan rests on four strategic pillars."])
    assert "four strategic pillars" in warning
    assert completeness_warnings(plan, ["Our plan rests on two pillars."]) == []
