"""levels: plan levels chosen by evidence from a tree of Blocks built in the test; the field
reader; the plan-or-not verdict's first rules (its other rules: test_verdict.py)."""

from __future__ import annotations

import pytest
from builders import PLAN, heading, item, label, paragraph, plan_blocks, read

from planparse.fields import read_fields, split_leads, trailing_fields
from planparse.frontmatter import FrontMatter
from planparse.levels import evidence
from planparse.models import Pillar
from planparse.recognisers.registry import Recognition
from planparse.structure import Contents
from planparse.types import Block
from planparse.verdict import judge


def shape(pillars: list[Pillar]) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    return [(p.title, [(g.title, [a.text for a in g.activities]) for g in p.goals])
            for p in pillars]  # fmt: skip


def test_levels_three_levels_of_headings_and_items() -> None:
    assert shape(read(plan_blocks(PLAN))) == PLAN


def test_levels_headings_over_items_make_the_items_goals() -> None:
    blocks = [heading("Safe Streets", 18), item("Calm traffic"), item("Reduce burglary"),
              heading("Trusted Police", 18), item("Publish data")]  # fmt: skip
    assert shape(read(blocks)) == [
        ("Safe Streets", [("Calm traffic", []), ("Reduce burglary", [])]),
        ("Trusted Police", [("Publish data", [])]),
    ]


def test_levels_same_style_headings_that_own_no_goal_are_not_pillars() -> None:
    blocks = [
        heading("Introduction", 18),
        paragraph("This plan sets out our work."),
        *plan_blocks(PLAN),
        heading("Appendix", 18, page=9),
        paragraph("Terms.", page=9),
    ]
    assert [p.title for p in read(blocks)] == ["Safe Streets", "Trusted Police"]


def test_levels_a_values_heading_in_the_pillar_style_is_no_pillar() -> None:
    """A plan typed in one style: 'Core Values' is bold like the pillars and its list is
    bulleted like their goals, but that list is the plan's values, not a pillar's goals."""
    blocks = [heading("Core Values", 10), item("Integrity"), item("Service"),
              heading("Safe Streets", 10), item("Calm traffic"),
              item("Run corridor patrols", x0=110),
              heading("Trusted Police", 10), item("Publish data"),
              item("Post a dashboard", x0=110)]  # fmt: skip
    assert shape(read(blocks)) == [
        ("Safe Streets", [("Calm traffic", ["Run corridor patrols"])]),
        ("Trusted Police", [("Publish data", ["Post a dashboard"])]),
    ]


def test_levels_a_values_heading_in_the_goal_style_is_no_goal() -> None:
    """A values strip closing a one-page plan, its heading in the goals' style: it falls
    under the last pillar, but its list is the plan's values, not that pillar's goal."""
    blocks = [heading("Safe Streets", 14), heading("Calm traffic", 10),
              item("Run corridor patrols"),
              heading("Trusted Police", 14), heading("Publish data", 10),
              item("Post a dashboard"),
              heading("Our Values", 10), item("Integrity"), item("Service")]  # fmt: skip
    assert shape(read(blocks)) == [
        ("Safe Streets", [("Calm traffic", ["Run corridor patrols"])]),
        ("Trusted Police", [("Publish data", ["Post a dashboard"])]),
    ]


def test_levels_values_beside_a_values_heading_in_the_goal_style_are_no_goals() -> None:
    """A values strip whose names are printed beside its heading in the same bold type as
    the goals: neither the heading nor the names on its row are the last pillar's goals."""
    blocks = [heading("Safe Streets", 14, top=100), heading("Calm traffic", 10, top=130),
              item("Run corridor patrols", top=145), item("Add speed bumps", top=160),
              heading("Reduce burglary", 10, top=175), item("Map hot spots", top=190),
              heading("Trusted Police", 14, top=200), heading("Publish data", 10, top=230),
              item("Post a dashboard", top=245), item("Survey residents", top=260),
              heading("Our Values", 10, x0=30, top=560), heading("Integrity", 10, x0=110, top=560),
              heading("Service", 10, x0=170, top=560)]  # fmt: skip
    assert shape(read(blocks)) == [
        ("Safe Streets", [("Calm traffic", ["Run corridor patrols", "Add speed bumps"]),
                          ("Reduce burglary", ["Map hot spots"])]),
        ("Trusted Police", [("Publish data", ["Post a dashboard", "Survey residents"])]),
    ]  # fmt: skip


def test_levels_bullets_at_the_margin_are_pillars_of_a_plan_typed_as_nested_lists() -> None:
    """No headings at all: top-level bullets standing at the paragraphs' margin are the
    pillars, their sub-bullets goals and activities; an indented list (values) is not."""
    blocks = [paragraph("This plan sets out our priorities."),
              item("Integrity", x0=110), item("Service", x0=110),
              item("Safe Streets", x0=84), item("Calm traffic", x0=110),
              item("Run corridor patrols", x0=136),
              item("Trusted Police", x0=84), item("Publish data", x0=110),
              item("Post a dashboard", x0=136)]  # fmt: skip
    assert shape(read(blocks)) == [
        ("Safe Streets", [("Calm traffic", ["Run corridor patrols"])]),
        ("Trusted Police", [("Publish data", ["Post a dashboard"])]),
    ]


def test_levels_a_repeated_label_heading_is_not_a_level() -> None:
    blocks = []
    for pillar, goals in PLAN:
        blocks.append(heading(pillar, 18))
        for goal, activities in goals:
            blocks += [heading(goal, 14), heading("Objectives & Strategies:", 11)]
            blocks += [item(text) for text in activities]
    assert shape(read(blocks)) == PLAN


def test_levels_the_document_title_is_not_a_level() -> None:
    blocks = [heading("Strategic Plan 2025-2028", 18, page=1), *plan_blocks(PLAN)]
    pillars = read(blocks, names=["Strategic Plan 2025-2028"])
    assert [p.title for p in pillars] == ["Safe Streets", "Trusted Police"]


def test_levels_a_family_inside_another_is_not_the_pillar_level() -> None:
    """Numbered goals look like a plan of their own; the headings around them are pillars."""
    blocks = []
    for number, (pillar, goals) in enumerate(PLAN, start=1):
        blocks.append(heading(pillar, 18))
        for sub, (goal, activities) in enumerate(goals, start=1):
            blocks.append(heading(f"{number}.{sub} {goal}", 12))
            blocks += [item(f"{number}.{sub}.{n} {a}", numbered=True)
                       for n, a in enumerate(activities, start=1)]  # fmt: skip
    pillars = read(blocks)
    assert [p.title for p in pillars] == ["Safe Streets", "Trusted Police"]
    assert [g.number for g in pillars[0].goals] == ["1.1", "1.2"]


def test_levels_a_plan_at_a_glance_repeat_is_pruned() -> None:
    glance = [
        heading("Our Plan at a Glance", 18),
        heading("Safe Streets", 11),
        item("Calm traffic"),
        heading("Trusted Police", 11),
        item("Publish data"),
    ]
    assert shape(read([*glance, *plan_blocks(PLAN)])) == PLAN


def test_levels_goal_fields_and_activity_fields_attach_where_printed() -> None:
    blocks = [
        heading("Safe Streets", 18),
        heading("Calm traffic", 14),
        label("Goal Owner(s)", "Traffic Unit"),
        label("Status", "On Track"),
        item("Add speed bumps (Lead: Public Works; Timeline: Q3 2026)"),
        item("Run school patrols"),
        label("Owner", "School Unit | Due: FY27", x0=90),
        heading("Trusted Police", 18),
        heading("Publish data", 14),
        item("Post reports"),
    ]
    goal = read(blocks)[0].goals[0]
    assert (goal.leads, goal.status) == (["Traffic Unit"], "On Track")
    bumps, patrols = goal.activities
    assert (bumps.text, bumps.leads) == ("Add speed bumps", ["Public Works"])
    assert [(m.period, m.text, m.lead) for m in bumps.milestones] == [
        ("2026", "Q3 2026", "Public Works")
    ]
    assert [(m.period, m.text, m.lead) for m in patrols.milestones] == [
        ("2027", "FY27", "School Unit")
    ]


def test_levels_a_lead_after_the_last_activity_under_a_key_no_activity_uses_is_the_goals() -> None:
    """Each action has its 'Responsible:' line; 'Owner:' at the foot of the goal, after the
    last one's own, names the goal's owner. An activity's only lead stays its own."""
    blocks = [
        heading("Safe Streets", 18),
        heading("Calm traffic", 14),
        item("Add speed bumps"),
        label("Responsible", "Public Works", x0=110),
        item("Run school patrols"),
        label("Responsible", "School Unit", x0=110),
        label("Owner", "Traffic Captain", x0=400),
        heading("Trusted Police", 18),
        heading("Publish data", 14),
        item("Post reports"),
        label("Responsible", "Records Unit", x0=110),
        item("Hold town halls"),
        label("Owner", "Chief of Police", x0=110),
    ]
    calm, publish = [goal for pillar in read(blocks) for goal in pillar.goals]
    assert calm.leads == ["Traffic Captain"]
    assert [a.leads for a in calm.activities] == [["Public Works"], ["School Unit"]]
    assert publish.leads == []
    assert [a.leads for a in publish.activities] == [["Records Unit"], ["Chief of Police"]]


def test_levels_evidence_prefers_the_reading_that_explains_more() -> None:
    blocks = plan_blocks(PLAN)
    full = read(blocks)
    partial = [Pillar(title=p.title, goals=p.goals[:1]) for p in full]
    assert evidence(full, blocks) > evidence(partial, blocks) > 0


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Lead: Patrol Division", [("lead", "Patrol Division")]),
        ("Owner: Patrol  Due: FY27  Status: On Track",
         [("lead", "Patrol"), ("target_date", "FY27"), ("status", "On Track")]),
        ("Responsible Party: CID | Target Date: Q4 2025",
         [("lead", "CID"), ("target_date", "Q4 2025")]),
        ("Goal Owner(s): Records Unit", [("lead", "Records Unit")]),
        ("Most recent update: February 2025", [("updated", "February 2025")]),
        ("Responsible: CID; Target Date:.2025", [("lead", "CID"), ("target_date", "2025")]),
        ("Lead: CEU, Office of the Chief  /  Target: Q1 2025",
         [("lead", "CEU, Office of the Chief"), ("target_date", "Q1 2025")]),
        ("Lead: Patrol/Traffic | Due: 24/7", [("lead", "Patrol/Traffic"), ("target_date", "24/7")]),
        ("Mission: to serve every resident", []),
        ("Leadership: our people grow", []),
    ],
)  # fmt: skip
def test_fields_read_every_pair_of_a_line(line: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.role, f.value) for f in read_fields(line)] == expected


def test_fields_trailing_parenthetical_leaves_the_item_text() -> None:
    text, fields = trailing_fields("Open a wellness room. (Champion: Peer Support; Due: 2026)")
    assert text == "Open a wellness room."
    assert [(f.role, f.value) for f in fields] == [
        ("lead", "Peer Support"),
        ("target_date", "2026"),
    ]
    assert trailing_fields("Train staff (twice a year)") == ("Train staff (twice a year)", [])


def test_fields_after_a_spaced_hyphen_leave_the_item_text() -> None:
    text, fields = trailing_fields("Host a cadet camp each summer - Lead: Youth Unit; Due: 2027")
    assert text == "Host a cadet camp each summer"
    assert [(f.role, f.value) for f in fields] == [("lead", "Youth Unit"), ("target_date", "2027")]
    assert trailing_fields("Pilot a drone-first program: Q3") == (
        "Pilot a drone-first program: Q3", []
    )  # fmt: skip


def test_fields_a_numbered_sub_item_is_a_field_line_without_its_number() -> None:
    from planparse.fields import as_field, label_text

    field = as_field(item("ii. Complete By: FY31", numbered=True))
    assert field is not None
    assert label_text(field) == "Complete By: FY31"


def test_fields_leads_split_between_units_never_inside_one() -> None:
    assert split_leads("Records Section and Crime Analysis Unit; IT") == [
        "Records Section", "Crime Analysis Unit", "IT"
    ]  # fmt: skip
    assert split_leads("Personnel and Training Division") == ["Personnel and Training Division"]
    assert split_leads("Professional Standards & Training") == ["Professional Standards & Training"]
    assert split_leads("Bureau of Field Operations Lt. Roehl and Peer Support") == [
        "Bureau of Field Operations Lt. Roehl", "Peer Support"
    ]  # fmt: skip
    assert split_leads("CID, Patrol Captain / IT") == ["CID", "Patrol Captain", "IT"]
    assert split_leads("RTCC and Support Services Bureau") == ["RTCC", "Support Services Bureau"]
    assert split_leads("SWAT and Tactical Response") == ["SWAT and Tactical Response"]


def test_fields_leads_split_at_an_ampersand_only_between_whole_names() -> None:
    assert split_leads("Patrol Operations Bureau & PSB Lieutenant") == [
        "Patrol Operations Bureau", "PSB Lieutenant"
    ]  # fmt: skip
    assert split_leads("Investigations Captain & SVU") == ["Investigations Captain", "SVU"]
    assert split_leads("Planning & Research Unit") == ["Planning & Research Unit"]


def test_fields_leads_one_per_line_of_a_narrow_cell_rejoin_their_wrapped_names() -> None:
    from planparse.fields import leads_of_lines

    cell = "Administrative\nServices Captain\nBackgrounds\nUnit\nPersonnel and\nTraining Division"
    assert leads_of_lines(cell.splitlines()) == [
        "Administrative Services Captain", "Backgrounds Unit", "Personnel and Training Division"
    ]  # fmt: skip
    assert leads_of_lines(["RTCC", "Technology Services", "Manager"]) == [
        "RTCC", "Technology Services Manager"
    ]  # fmt: skip
    assert leads_of_lines(["Patrol Team", "/ PSB", "Lieutenant"]) == [
        "Patrol Team",
        "PSB Lieutenant",
    ]
    assert leads_of_lines(["PSB", "Lieutenant;", "Investigations", "Division"]) == [
        "PSB Lieutenant",
        "Investigations Division",
    ]
    assert leads_of_lines(["Deputy Chief", "of Operations"]) == ["Deputy Chief of Operations"]
    # after a separator only the name that follows counts: "Employee" is no whole name yet
    assert leads_of_lines(["Human Resources", "Manager; Employee", "Services Unit"]) == [
        "Human Resources Manager",
        "Employee Services Unit",
    ]


def test_fields_sponsor_and_point_of_contact_are_lead_keys() -> None:
    assert [(f.role, f.value) for f in read_fields("Executive Sponsor: CID | Status: Open")] == [
        ("lead", "CID"), ("status", "Open")
    ]  # fmt: skip
    assert [f.role for f in read_fields("Point of Contact: Records Unit")] == ["lead"]


def test_verdict_untitled_headings_over_bullets_are_not_a_plan() -> None:
    blocks = [heading("Patrol Division", 16), item("Answered 12,000 calls"),
              heading("Investigations", 16), item("Cleared 40 cases")]  # fmt: skip
    pillars = read(blocks)
    reason = judge(FrontMatter(), Recognition("strategic_plan", pillars), blocks).reason
    assert reason is not None
    assert "no plan title" in reason


def test_verdict_a_plan_title_or_numbered_goals_make_a_plan() -> None:
    blocks = plan_blocks(PLAN)
    pillars = read(blocks)
    titled = FrontMatter(title="2025-2028 Strategic Plan", agency="Harbor City Police Department")
    assert judge(titled, Recognition("strategic_plan", pillars), blocks).reason is None
    numbered = [
        heading(f"Goal {n}: {p}", 18) if b.text == p else b
        for n, (p, _) in enumerate(PLAN, start=1)
        for b in plan_blocks([PLAN[n - 1]])
    ]
    found = read(numbered)
    assert judge(FrontMatter(), Recognition("strategic_plan", found), numbered).reason is None


def test_levels_goal_level_is_the_family_the_bullets_sit_inside() -> None:
    """Bullets sit under every pillar, but inside the goal headings: the headings are goals."""
    blocks = [heading("Our Values", 18), item("Integrity"), item("Service"), *plan_blocks(PLAN)]
    pillars = read(blocks)
    assert shape([p for p in pillars if p.title != "Our Values"]) == PLAN


def test_fields_a_value_keeps_its_own_parentheses() -> None:
    assert [f.value for f in read_fields("Lead: Patrol Division (East)")] == [
        "Patrol Division (East)"
    ]


def test_fields_pairs_after_the_last_sentence_leave_the_item_text() -> None:
    text, fields = trailing_fields("Equip every car with video. Lead: IT Division · Due: 2027")
    assert text == "Equip every car with video."
    assert [(f.role, f.value) for f in fields] == [("lead", "IT Division"), ("target_date", "2027")]
    assert trailing_fields("Train staff on the new system: all shifts")[1] == []


def test_levels_field_keys_are_printed_structure_no_node_must_hold() -> None:
    """A reading that moves "Lead: IT" into leads explains the item as fully as one that keeps
    the whole line as text: the key counts on neither side."""
    from planparse.fields import key_chars
    from planparse.levels import explained_chars, structural_chars
    from planparse.models import Activity, Goal, Pillar

    assert key_chars("Open a room. Lead: IT · Target Date: 2026") == len("Lead:Target Date:")
    assert key_chars("Note: a title with a colon") == 0
    blocks = [heading("Safety"), heading("Calm traffic", 12), item("Open a room. Lead: IT")]
    assert structural_chars(blocks) == len("SafetyCalm trafficOpen a room.  IT")

    def plan(activity: Activity) -> list[Pillar]:
        return [Pillar(title="Safety", goals=[Goal(title="Calm traffic", activities=[activity])])]

    kept = explained_chars(plan(Activity(text="Open a room. Lead: IT")))
    moved = explained_chars(plan(Activity(text="Open a room.", leads=["IT"])))
    assert kept - moved == len("  ")  # only the spaces around the key tell them apart


def test_levels_generic_reading_wins_unless_another_explains_clearly_more(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A layout-specific reading that keeps "— Lead: IT" in its text explains a little more
    than the generic reading that moved it into leads; the generic one is chosen."""
    from dataclasses import dataclass

    from planparse import pipeline
    from planparse.models import Activity, Goal

    printed = "Open a wellness room in every station for staff on every shift. — Lead: IT"
    blocks = [heading("Safety"), heading("Calm traffic", 12), item(printed)]

    @dataclass
    class Fixed:
        text: str
        leads: list[str]

        def detect(self, _: object) -> float:
            return 1.0

        def build(self, *_: object) -> Recognition:
            activity = Activity(text=self.text, leads=self.leads)
            goal = Goal(title="Calm traffic", activities=[activity])
            return Recognition("strategic_plan", [Pillar(title="Safety", goals=[goal])])

    def chosen(generic: Fixed) -> str:
        readings = {"special": Fixed(printed, []), "tree": generic}
        monkeypatch.setattr(pipeline, "RECOGNISERS", readings)
        return pipeline.interpret(blocks, Contents(entries=[]), None)[0]

    assert chosen(Fixed(printed.partition(" —")[0], ["IT"])) == "tree"
    assert chosen(Fixed("Open a wellness room.", [])) == "special"


@pytest.mark.parametrize(
    ("printed", "period"),
    [("FY27", "2027"), ("Q3 2025", "2025"), ("Q4 2025 – Q2 2026", "2025-2026"),
     ("FY2025–FY2026", "2025-2026"), ("June 2025 - March 2027", "2025-2027"),
     ("Q1 2025 – Q4 2025", "2025"), ("Ongoing", None), ("Annually", None)],
)  # fmt: skip
def test_fields_milestone_period_normalised_from_the_printed_date(
    printed: str, period: str | None
) -> None:
    from planparse.clean import normalise_period

    assert normalise_period(printed) == period


def test_levels_a_goal_with_bullets_where_others_number_their_activities_keeps_them() -> None:
    blocks = [heading("1 Trust", 18), heading("1.1 Open the doors", 14),
              item("1.1.1 Host an open house", numbered=True),
              item("1.1.2 Publish stop data", numbered=True),
              heading("1.2 Listen to youth", 14), item("Form a youth council"),
              heading("2 Workforce", 18), heading("2.1 Recruit", 14),
              item("2.1.1 Run a cadet program", numbered=True)]  # fmt: skip
    goals = [g for p in read(blocks) for g in p.goals]
    assert [[a.text for a in g.activities] for g in goals] == [
        ["Host an open house", "Publish stop data"], ["Form a youth council"],
        ["Run a cadet program"],
    ]  # fmt: skip


def test_levels_a_date_line_without_its_colon_is_the_activitys_milestone() -> None:
    """'Complete by June 2026' as a sub-bullet is a date field though it prints no colon; a
    line that goes on past the date ('Complete by 2026 the audit ...') is no field."""
    from planparse.fields import dated_key

    blocks = [heading("Safe Streets", 18), item("Calm traffic"),
              item("Run corridor patrols", x0=110), item("Complete by June 2026", x0=130),
              item("Post signs", x0=110),
              heading("Trusted Police", 18), item("Publish data"),
              item("Post a dashboard", x0=110), item("Due Q3 2027", x0=130)]  # fmt: skip
    pillars = read(blocks)
    assert shape(pillars)[0] == ("Safe Streets", [("Calm traffic", ["Run corridor patrols",
                                                                     "Post signs"])])  # fmt: skip
    dated = [(m.text, m.period) for p in pillars for g in p.goals for a in g.activities
             for m in a.milestones]  # fmt: skip
    assert dated == [("June 2026", "2026"), ("Q3 2027", "2027")]
    assert dated_key("Complete by 2026 the audit of every district") is None


def test_levels_a_tie_between_goal_families_goes_to_the_one_printed_first() -> None:
    """Two families under every pillar, as many members each, at one depth: the level below
    is the one printed first, not whichever a set happens to list first (set order follows
    Python's hash seed, so the parse would change from run to run)."""
    from planparse.levels import level_below
    from planparse.tree import Entry

    def entry(family: tuple[object, ...], *children: Entry) -> Entry:
        made = Entry(0, [], "heading", None, "x", 10.0, False, 0.0, 0.0, family=family)
        made.children = list(children)
        for child in children:
            child.parent = made
        return made

    # two keys (of ints, whose hashes are fixed) that a set lists in the other order
    printed_first, printed_second = next(
        ((i,), (j,)) for i in range(2, 40) for j in range(2, 40)
        if i != j and next(iter({(i,), (j,)})) == (j,)
    )  # fmt: skip
    pillars = [entry((1,), entry(printed_first), entry(printed_second)) for _ in range(2)]
    assert level_below(pillars, set(), set()) == printed_first


def test_fields_a_bare_date_closing_an_activity_is_its_target_date() -> None:
    """'(Q2 2026)' or ' – by June 2026' at the end of a step is its milestone though no key
    names it, after any keyed field before it; brackets that hold no date stay in the text."""
    from planparse.fields import activity_fields

    def read_step(text: str) -> tuple[str, list[tuple[str, str]]]:
        rest, fields = activity_fields(text)
        return rest, [(f.role, f.value) for f in fields]

    assert read_step("Replace the records system (Q2 2026)") == (
        "Replace the records system", [("target_date", "Q2 2026")])  # fmt: skip
    assert read_step("Open a fitness room – by June 2026") == (
        "Open a fitness room", [("target_date", "June 2026")])  # fmt: skip
    assert read_step("Hire analysts – Lead: Crime Analysis Unit (FY2026 – FY2027)") == (
        "Hire analysts",
        [("lead", "Crime Analysis Unit"), ("target_date", "FY2026 – FY2027")],
    )
    assert read_step("Train staff (twice a year)") == ("Train staff (twice a year)", [])
    assert read_step("Review cases (Quarterly)") == ("Review cases", [("target_date", "Quarterly")])
    assert read_step("Publish the report by June 2026") == (
        "Publish the report by June 2026", [])  # fmt: skip


def test_levels_and_labelled_headings_read_a_steps_closing_date_as_its_milestone() -> None:
    from planparse.recognisers.labelled import LabelledHeadings

    blocks = [heading("Safe Streets", 18), item("Calm traffic"),
              item("Run corridor patrols (Q3 2026)", x0=110),
              heading("Trusted Police", 18), item("Publish data"),
              item("Post a dashboard – by FY27", x0=110)]  # fmt: skip
    dated = [(a.text, [(m.text, m.period) for m in a.milestones])
             for p in read(blocks) for g in p.goals for a in g.activities]  # fmt: skip
    assert dated == [("Run corridor patrols", [("Q3 2026", "2026")]),
                     ("Post a dashboard", [("FY27", "2027")])]  # fmt: skip
    worded = [heading("Priority 1: Safe Streets", 18), heading("Goal 1.1: Calm traffic", 14),
              item("Run corridor patrols (Q3 2026)"),
              heading("Priority 2: Trust", 18), heading("Goal 2.1: Publish data", 14),
              item("Post a dashboard")]  # fmt: skip
    pillars = LabelledHeadings().build(worded, Contents(entries=[])).pillars
    step = pillars[0].goals[0].activities[0]
    assert (step.text, [m.text for m in step.milestones]) == ("Run corridor patrols", ["Q3 2026"])


def test_fields_worksheet_measures_leave_the_body_and_a_key_over_its_value_is_a_field() -> None:
    """A measures key over a list is context: key and list leave the body. A lead key printed
    alone over a short value is one field line; over a sentence it stays a heading."""
    from planparse.fields import fold_labelled_sections

    blocks = [heading("Goal 1.1: Calm traffic", 12), heading("Strategies:", 10),
              item("Run corridor patrols"), heading("Performance Measures:", 10),
              item("Injury collisions per month"), item("DUI arrests"),
              heading("Lead Unit", 10, x0=72), paragraph("Traffic Services Unit"),
              heading("Responsible", 10),
              paragraph("Every unit will take part in this work.")]  # fmt: skip
    folded = fold_labelled_sections(blocks)
    assert [(b.kind, b.label, b.text) for b in folded] == [
        ("heading", None, "Goal 1.1: Calm traffic"), ("heading", None, "Strategies:"),
        ("item", None, "Run corridor patrols"), ("label", "Lead Unit", "Traffic Services Unit"),
        ("heading", None, "Responsible"),
        ("paragraph", None, "Every unit will take part in this work."),
    ]  # fmt: skip


def test_levels_a_goal_field_handed_back_from_under_its_last_step_is_the_goals() -> None:
    """'Lead Unit: X' at the goal's margin after the steps listed under a 'Strategies' heading:
    handed back from the last step, it lands in the heading between goal and steps, and is
    the goal's lead, not the step's."""
    blocks = [heading("Safe Streets", 18), heading("Calm traffic", 14),
              heading("Strategies", 10), item("Run corridor patrols", x0=110),
              item("Post signs", x0=110), label("Lead Unit", "Traffic Services Unit", x0=72),
              heading("Reduce burglary", 14), heading("Strategies", 10),
              item("Map hot spots", x0=110),
              heading("Trusted Police", 18), heading("Publish data", 14),
              heading("Strategies", 10), item("Post a dashboard", x0=110)]  # fmt: skip
    goal = read(blocks)[0].goals[0]
    assert goal.leads == ["Traffic Services Unit"]
    assert [a.leads for a in goal.activities] == [[], []]


def test_structure_labelled_a_field_line_left_of_the_last_step_is_the_goals() -> None:
    """In a labelled-heading plan a field line under a step is the step's; one printed at the
    goal's margin after the steps is the goal's."""
    from planparse.recognisers.labelled import LabelledHeadings

    blocks = [heading("Priority 1: Safe Streets", 18), heading("Goal 1.1: Calm traffic", 14),
              item("Run corridor patrols", x0=110), paragraph("Lead: Traffic Unit", x0=120),
              item("Post signs", x0=110), paragraph("Owner: Patrol Bureau", x0=72),
              heading("Priority 2: Trust", 18), heading("Goal 2.1: Publish data", 14),
              item("Post a dashboard", x0=110)]  # fmt: skip
    goal = LabelledHeadings().build(blocks, Contents(entries=[])).pillars[0].goals[0]
    assert goal.leads == ["Patrol Bureau"]
    assert [a.leads for a in goal.activities] == [["Traffic Unit"], []]


def test_structure_labelled_plain_headings_under_a_lone_family_are_its_goals() -> None:
    """'Strategic Direction A' headings over smaller plain headings over lettered steps and
    their numbered field lines: the plain headings are the goals (each its own, though none
    has a number), the steps their activities, the field lines the steps' fields."""
    from planparse.recognisers.labelled import LabelledHeadings

    def ranked(text: str, size: float, level: int) -> Block:
        block = heading(text, size)
        block.level = level
        return block

    blocks = [ranked("Strategic Direction A: Safety", 18, 2), ranked("Calm traffic", 12, 3),
              item("a. Run corridor patrols", numbered=True),
              item("i. Lead: Traffic Unit", numbered=True, x0=110),
              item("ii. Due: 2027", numbered=True, x0=108),
              ranked("Reduce burglary", 12, 3), item("a. Map hot spots", numbered=True),
              ranked("Strategic Direction B: Trust", 18, 2), ranked("Publish data", 12, 3),
              item("a. Post a dashboard", numbered=True)]  # fmt: skip
    pillars = LabelledHeadings().build(blocks, Contents(entries=[])).pillars
    assert [(p.number, [(g.title, [a.text for a in g.activities]) for g in p.goals])
            for p in pillars] == [
        ("A", [("Calm traffic", ["Run corridor patrols"]), ("Reduce burglary", ["Map hot spots"])]),
        ("B", [("Publish data", ["Post a dashboard"])]),
    ]  # fmt: skip
    step = pillars[0].goals[0].activities[0]
    assert (step.leads, [m.text for m in step.milestones]) == (["Traffic Unit"], ["2027"])


def test_structure_labelled_headings_learn_the_documents_own_level_words() -> None:
    """'Goal Area 1:' is no common level word, but printed before two numbers it is this
    document's pillar word: its number and title are read apart."""
    from planparse.recognisers.labelled import LabelledHeadings

    blocks = [heading("Goal Area 1: Wellness", 18), heading("Objective 1.1: Expand peers", 12),
              item("Add peer counsellors"),
              heading("Goal Area 2: Workforce", 18), heading("Objective 2.1: Hire locally", 12),
              item("Start a cadet program")]  # fmt: skip
    pillars = LabelledHeadings().build(blocks, Contents(entries=[])).pillars
    assert [(p.number, p.title, [g.number for g in p.goals]) for p in pillars] == [
        ("1", "Wellness", ["1.1"]), ("2", "Workforce", ["2.1"])]  # fmt: skip


def test_fields_a_bare_date_closing_a_field_line_is_its_own_field() -> None:
    """A step's field line wrapped onto a line of its own ("Lead: Backgrounds Unit – by
    FY2026") reads the date as the target date, not as part of the lead's name."""
    from planparse.fields import read_fields

    found = [(f.role, f.value) for f in read_fields("Lead: Backgrounds Unit – by FY2026")]
    assert found == [("lead", "Backgrounds Unit"), ("target_date", "FY2026")]
    kept = [(f.role, f.value) for f in read_fields("Lead: Patrol (Westside) – by Chief")]
    assert kept == [("lead", "Patrol (Westside) – by Chief")]
    status = [(f.role, f.value) for f in read_fields("Status: In progress (Ongoing)")]
    assert status == [("status", "In progress (Ongoing)")]  # only a lead gives up its date


def test_fields_a_dot_leader_parts_a_field_key_from_its_value() -> None:
    from planparse.fields import as_field

    field = as_field(paragraph("Owner ......... Patrol Unit / Records"))
    assert field is not None
    assert (field.label, field.text) == ("Owner", "Patrol Unit / Records")
    assert as_field(paragraph("Introduction ........ 4")) is None


def test_structure_a_dot_leader_field_is_no_contents_entry() -> None:
    """'Due ...... 2026' ends in a number like a contents entry's page; its key is a field's."""
    from planparse.structure import split_contents

    blocks = [paragraph("Due ........... 2026"), paragraph("Introduction ........ 4")]
    body, contents = split_contents(blocks)
    assert [b.text for b in body] == ["Due ........... 2026"]
    assert contents.entries == ["Introduction"]


def test_fields_an_executive_lead_is_a_lead() -> None:
    """'Executive Lead', like 'Executive Sponsor', keys the people who lead the work."""
    (field,) = read_fields("Executive Lead: Behavioral Health Coordinator")
    assert (field.role, field.value) == ("lead", "Behavioral Health Coordinator")


def test_levels_a_goal_printed_twice_is_one_goal() -> None:
    """A page-1 summary lists the goals by number and title and a detail page lists them
    again with their activities: the bare copy gives way to the detailed one; a bare copy
    after the detailed one adds nothing; another goal is kept."""
    from planparse.levels import add_goal
    from planparse.models import Activity, Goal

    goals = [Goal(number="1.1", title="Hire officers"), Goal(number="1.2", title="Train staff")]
    add_goal(goals, Goal(number="1.1", title="Hire  officers", activities=[Activity(text="Fair")]))
    add_goal(goals, Goal(number="1.1", title="Hire officers"))
    add_goal(goals, Goal(number="1.3", title="Hire officers"))
    assert [(g.number, [a.text for a in g.activities]) for g in goals] == [
        ("1.2", []), ("1.1", ["Fair"]), ("1.3", []),
    ]  # fmt: skip
