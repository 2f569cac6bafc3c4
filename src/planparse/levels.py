"""The document tree -> plan levels, chosen by what each reading explains.

Every heading family with two or more members is tried as the pillar level, and so are
top-level bullets printed at the text's margin (a plan typed as nested lists). Under it, the goal
level is the family found under most pillars, and the activity level the family found under
most goals, at any depth: whatever the document calls its levels and however it prints them.
A pillar family whose sections hold only items makes those items goals (the two-level rule).
Each reading is scored by the share of the document's structural text (headings, items,
field lines, table cells) it turns into nodes, times how consistently its levels are numbered;
the best reading wins. Same-style headings that own nothing ("Introduction", "How this plan
was built") explain little and lose; a summary family whose titles repeat the body is pruned.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from planparse import enumerators
from planparse.blocks import level as same_row
from planparse.clean import clean_text, normalise
from planparse.columns import matrix_legend
from planparse.fields import (
    activity_fields,
    apply_to_activity,
    apply_to_goal,
    key_chars,
    label_text,
    read_fields,
    role_of,
    trailing_fields,
)
from planparse.frontmatter import is_statement_heading
from planparse.models import Activity, Goal, Pillar
from planparse.structure import Contents, Titles, provenance
from planparse.tables import TableReader, scorecard_goals
from planparse.tree import Entry, FamilyKey, Tree, marker_edge
from planparse.types import Block

MIN_MEMBERS = 2  # a level is a family printed at least twice
LABEL_REPEATS = 3  # a label family prints each of its titles this many times on average
MAJORITY = 0.5  # a child family must sit under this share of its parents to be their level


@dataclass
class Reading:
    """One interpretation of the tree as a plan, with the evidence that scores it."""

    pillar_family: FamilyKey
    goal_family: FamilyKey | None
    activity_family: FamilyKey | None
    summaries: set[FamilyKey]  # summary families: not levels, and nothing inside them counts
    legend: dict[str, bool] = field(default_factory=dict)  # responsibility-matrix marks
    pillars: list[Pillar] = field(default_factory=list)


def structural_chars(blocks: Sequence[Block]) -> int:
    """Characters of the text a plan's nodes are made of: everything but running prose and
    the keys of fields (a node keeps a field's value, not its "Lead:")."""
    total = 0
    for block in blocks:
        if block.table is not None:
            total += sum(len(c.text) for row in block.table.rows for c in row if c is not None)
        elif block.kind != "paragraph":
            total += len(block.text) - key_chars(block.text)
            total += 0 if block.label is None or role_of(block.label) else len(block.label)
    return total


def best_reading(tree: Tree, blocks: Sequence[Block], contents: Contents) -> Reading | None:
    """The reading that explains most of the document, or None if no family can be pillars."""
    families = tree.families()
    summaries = summary_families(families)
    labels = label_families(families)
    legend = matrix_legend(block.text for block in blocks if block.table is None)
    candidates = {
        key: members if key[0] == "heading" else at_margin(members, blocks)
        for key, members in families.items()
        if key[0] == "heading" or key[:2] == ("item", 0)
    }
    readings = [
        read(tree, key, {**families, key: members}, summaries, labels, contents, legend)
        for key, members in candidates.items()
        if len(members) >= MIN_MEMBERS
        and key not in summaries | labels
        and not enclosed(members, summaries | labels, contents)
    ]
    readings = [r for r in readings if r.pillars]
    if not readings:
        return None
    return max(readings, key=lambda r: evidence(r.pillars, blocks))


def at_margin(members: list[Entry], blocks: Sequence[Block]) -> list[Entry]:
    """The top-level bullets that stand at the text's left margin, where its paragraphs
    start: in a plan typed as nested lists with no headings they can be the pillar level.
    Bullets indented from the margin (a values list) sit under something printed there."""
    margin = min((b.bbox[0] for b in blocks if b.kind == "paragraph"), default=None)
    if margin is None:
        return []
    return [m for m in members if abs((marker_edge(m) or m.x0) - margin) <= 0.5 * max(m.size, 1.0)]


def evidence(pillars: list[Pillar], blocks: Sequence[Block]) -> float:
    """How well a set of pillars explains the document: the share of its structural text that
    became nodes, weighed by how much of the pillar and goal levels is consistently numbered
    and by the share of pillars that own goals. The same measure scores any interpretation,
    whichever code built it."""
    total = structural_chars(blocks)
    if not total or not pillars:
        return 0.0
    explained = min(1.0, explained_chars(pillars) / total)
    owning = sum(1 for p in pillars if p.goals) / len(pillars)
    return explained * (0.5 + 0.5 * numbered_share(pillars)) * owning


def explained_chars(pillars: list[Pillar]) -> int:
    """Characters of structural text the nodes hold, field keys left in a node's text aside."""
    total = 0
    for pillar in pillars:
        total += len(pillar.title)
        for goal in pillar.goals:
            total += len(goal.title) - key_chars(goal.title) + sum(map(len, goal.leads))
            total += len(goal.status or "") + len(goal.updated or "")
            for activity in goal.activities:
                total += len(activity.text) - key_chars(activity.text)
                total += sum(map(len, activity.leads))
                total += sum(len(m.text) for m in activity.milestones)
    return total


def enclosed(members: list[Entry], excluded: set[FamilyKey], contents: Contents) -> bool:
    """Whether most members sit inside two or more headers of one other family: then that
    family is the top level of the plan, not this one."""
    holders: dict[FamilyKey, set[int]] = {}
    held = 0
    for member in members:
        ancestor = member.parent
        while ancestor is not None and (
            ancestor.family in excluded or contents.names_document(ancestor.title)
        ):
            ancestor = ancestor.parent
        if ancestor is not None and ancestor.kind == "heading":
            holders.setdefault(ancestor.family, set()).add(id(ancestor))
            held += 1
    return held > MAJORITY * len(members) and any(len(h) >= MIN_MEMBERS for h in holders.values())


def summary_families(families: dict[FamilyKey, list[Entry]]) -> set[FamilyKey]:
    """Families whose members mostly repeat the titles of another family that owns more per
    member: a plan at a glance, an overview of goal tiles, a closing recap."""
    found = set()
    titles_of = {key: Titles([e.title for e in members]) for key, members in families.items()}
    owns = {key: ownership(members) for key, members in families.items()}
    for key, members in families.items():
        if len(members) < MIN_MEMBERS:
            continue
        for other in families:
            if other == key or owns[key] >= owns[other]:  # the cheap test first
                continue
            if mostly_repeated(members, titles_of[other]):
                found.add(key)
                break
    return found


def mostly_repeated(members: list[Entry], titles: Titles) -> bool:
    """Whether more than MAJORITY of the members repeat one of the titles; stops as soon as
    the answer is known (a long list of items is asked against every larger family)."""
    needed = MAJORITY * len(members)
    repeats = misses = 0
    for member in members:
        if titles.match(member.title) is None:
            misses += 1
            if len(members) - misses <= needed:
                return False
        else:
            repeats += 1
            if repeats > needed:
                return True
    return False


def ownership(entries: list[Entry]) -> float:
    """Mean size of what each entry owns: the entries and blocks under it, a table counting
    as its filled cells (a scorecard page's one table holds all of its section's goals)."""
    owned = sum(
        len(list(e.walk())) - 1 + sum(owned_size(b) for d in e.walk() for b in d.content)
        for e in entries
    )
    return owned / len(entries)


def owned_size(block: Block) -> int:
    """A block counts one; a table, its filled cells."""
    if block.table is None:
        return 1
    return sum(1 for row in block.table.rows for cell in row if cell and cell.text.strip())


def label_families(families: dict[FamilyKey, list[Entry]]) -> set[FamilyKey]:
    """Unnumbered headings printed with the same few words over and over ("OBJECTIVES &
    STRATEGIES:", "Key Actions", a repeated column header) label a part of each section;
    they are not a level of the plan."""
    found = set()
    for key, members in families.items():
        if key[0] != "heading" or len(members) < MIN_MEMBERS:
            continue
        titles = {normalise(e.title) for e in members}
        numbered = any(e.enumerator is not None for e in members)
        if not numbered and len(titles) * LABEL_REPEATS <= len(members):
            found.add(key)
    return found


def read(
    tree: Tree,
    pillar_key: FamilyKey,
    families: dict[FamilyKey, list[Entry]],
    summaries: set[FamilyKey],
    labels: set[FamilyKey],
    contents: Contents,
    legend: dict[str, bool],
) -> Reading:
    members = [m for m in families[pillar_key] if not contents.names_document(m.title)]
    goal_key = level_below(members, summaries, labels)
    goal_members = [e for m in members for e in members_under(m, goal_key, summaries)]
    activity_key = level_below(goal_members, summaries, labels | {pillar_key}) if goal_key else None
    reading = Reading(pillar_key, goal_key, activity_key, summaries, legend)
    # a 'Core Values' heading in the pillars' style counts in finding the levels, but the
    # list under it is the plan's values, not a pillar's goals
    pillars = [
        make_pillar(member, reading, contents)
        for member in members
        if not is_statement_heading(member.title)
    ]
    if any(p.goals for p in pillars):  # headings of the style that own no goal are not pillars
        pillars = [p for p in pillars if p.goals]
    reading.pillars = pillars
    return reading


def level_below(
    parents: list[Entry], summaries: set[FamilyKey], not_levels: set[FamilyKey]
) -> FamilyKey | None:
    """The family found under most of the parents (at any depth, the nearest one per branch)."""
    if not parents:
        return None
    under: Counter[FamilyKey] = Counter()
    depth: dict[FamilyKey, int] = {}
    for parent in parents:
        seen: set[FamilyKey] = set()
        for entry, level in descendants(parent, summaries):
            if entry.family == parent.family or entry.family in not_levels:
                continue
            depth[entry.family] = min(depth.get(entry.family, level), level)
            if entry.family not in seen:
                seen.add(entry.family)
                under[entry.family] += 1
    common = {key for key, count in under.items() if count >= MAJORITY * len(parents)}
    if not common:
        return None
    found = [e for parent in parents for e, _ in descendants(parent, summaries)]
    outer = {key for key in common if not mostly_inside(key, common - {key}, found)}
    members: Counter[FamilyKey] = Counter(e.family for e in found)
    # candidates in document order, so that a tie goes to the family printed first whatever
    # the order of the set (which changes with Python's hash seed)
    printed = list(dict.fromkeys(e.family for e in found))
    candidates = [key for key in printed if key in (outer or common)]
    return max(candidates, key=lambda key: (under[key], -depth[key], members[key]))


def mostly_inside(key: FamilyKey, others: set[FamilyKey], entries: list[Entry]) -> bool:
    """Whether most members of a family sit inside members of the other families (bullets
    inside goal headings): then it is a level below them, not beside them."""
    own = [e for e in entries if e.family == key]
    inside = 0
    for entry in own:
        ancestor = entry.parent
        while ancestor is not None and ancestor.family not in others:
            ancestor = ancestor.parent
        inside += ancestor is not None
    return inside > MAJORITY * len(own)


def descendants(entry: Entry, excluded: set[FamilyKey], level: int = 1) -> list[tuple[Entry, int]]:
    """Entries under ``entry`` with their depth, not looking inside excluded families (a
    summary box's items are not the plan's)."""
    found = []
    for child in entry.children:
        if child.family in excluded:
            continue
        found.append((child, level))
        found.extend(descendants(child, excluded, level + 1))
    return found


def make_pillar(entry: Entry, reading: Reading, contents: Contents) -> Pillar:
    pillar = Pillar(
        number=entry.number,
        title=clean_text(contents.casing_for(entry.title)),
        description=paragraphs(entry.content),
        **provenance(entry.block),
    )
    goals = members_under(entry, reading.goal_family, reading.summaries)
    strips = [goal.block for goal in goals if is_statement_heading(goal.title)]
    for goal_entry in goals:
        block = goal_entry.block
        if not any(block is strip or beside(block, strip) for strip in strips):
            add_goal(pillar.goals, make_goal(goal_entry, reading))
    if not pillar.goals:  # a scorecard page: the pillar's table rows are its goals
        for block in entry.content:
            if block.table is not None:
                pillar.goals += scorecard_goals(block.table, block.page)
    return pillar


def add_goal(goals: list[Goal], goal: Goal) -> None:
    """Add a goal to its pillar's, one node for a goal printed twice (a one-page summary of
    the goals over the detailed list, or the list over a recap): the copy with nothing under
    it gives way to the one with its activities."""
    title = normalise(goal.title)
    at = next(
        (i for i, g in enumerate(goals) if g.number == goal.number and normalise(g.title) == title),
        None,
    )
    if at is None:
        goals.append(goal)
    elif is_bare(goals[at]):
        del goals[at]
        goals.append(goal)
    elif not is_bare(goal):
        goals.append(goal)


def is_bare(goal: Goal) -> bool:
    """A goal with nothing under it but its title."""
    return not (goal.activities or goal.description or goal.leads)


def beside(block: Block, heading: Block) -> bool:
    """Whether a block stands on a heading's row, right of it: a values strip after the last
    goal ("OUR VALUES  Integrity  Service") is its heading and the names beside it, each
    printed in the goals' style, and none of them a goal."""
    on_its_row = same_row(block, heading)
    return block.page == heading.page and on_its_row and block.bbox[0] >= heading.bbox[2]


def members_under(entry: Entry, key: FamilyKey | None, excluded: set[FamilyKey]) -> list[Entry]:
    """The nearest members of a family under an entry, in document order, not looking inside
    excluded families."""
    if key is None:
        return []
    found = []
    for child in entry.children:
        if child.family == key:
            found.append(child)
        elif child.family not in excluded:
            found.extend(members_under(child, key, excluded))
    return found


def entries_between(entry: Entry, key: FamilyKey | None, excluded: set[FamilyKey]) -> list[Entry]:
    """The entries between an entry and its nearest members of a family (a "Strategies:"
    heading over a goal's steps): what they hold that is no member's, such as a field handed
    back from under the last step, is the entry's."""
    if key is None:
        return []
    found = []
    for child in entry.children:
        if child.family != key and child.family not in excluded:
            found += [child, *entries_between(child, key, excluded)]
    return found


def make_goal(entry: Entry, reading: Reading) -> Goal:
    title, fields = trailing_fields(clean_text(entry.title))
    goal = Goal(number=entry.number, title=title, **provenance(entry.block))
    apply_to_goal(goal, fields)
    tables = TableReader(legend=reading.legend)
    description = []
    for block in entry.content:
        if block.table is not None:
            tables.activities(block.table, block.page, goal.activities)
        elif block.kind == "label" and apply_to_goal(goal, read_fields(label_text(block))):
            continue
        elif block.kind == "paragraph" and not goal.activities:
            description.append(block.text)
    goal.description = " ".join(description) or None
    goal.status = goal.status or tables.status
    for between in entries_between(entry, reading.activity_family, reading.summaries):
        for block in between.content:
            if block.kind == "label":
                apply_to_goal(goal, read_fields(label_text(block)))
    activities = activity_entries(entry, reading)
    closing = closing_lead_fields(activities)
    for block in closing:
        apply_to_goal(goal, read_fields(label_text(block)))
    for activity_entry in activities:
        goal.activities.append(make_activity(activity_entry, closing))
    return goal


def closing_lead_fields(activities: list[Entry]) -> list[Block]:
    """Lead lines printed after a goal's last activity that are the goal's own ("Owner: X" at
    the foot of a slide whose actions each have "Responsible: Y"): the last activity has its
    lead under the key its siblings use, then another lead under a key none of them uses."""
    if len(activities) < 2:
        return []
    shared = {key for entry in activities[:-1] for _, key in lead_lines(entry.content)}
    last = lead_lines(activities[-1].content)
    own = next((i for i, (_, key) in enumerate(last) if key in shared), None)
    if own is None:
        return []
    return [block for block, key in last[own + 1 :] if key not in shared]


def lead_lines(blocks: list[Block]) -> list[tuple[Block, str]]:
    """The field lines among the blocks that name a lead, each with its key, casefolded."""
    return [
        (block, (block.label or "").casefold())
        for block in blocks
        if block.kind == "label" and any(f.role == "lead" for f in read_fields(label_text(block)))
    ]


def activity_entries(entry: Entry, reading: Reading) -> list[Entry]:
    """The goal's members of the activity family; a goal that has none but lists items of its
    own (bullets where the other goals number their activities) has those."""
    found = members_under(entry, reading.activity_family, reading.summaries)
    if found or reading.activity_family is None:
        return found
    return [child for child in entry.children if child.kind == "item"]


def make_activity(entry: Entry, goal_fields: Sequence[Block] = ()) -> Activity:
    text, fields = activity_fields(clean_text(entry.title))
    activity = Activity(number=entry.number, text=text, **provenance(entry.block))
    for block in entry.content:
        if block.kind == "label" and not any(block is field for field in goal_fields):
            fields += read_fields(label_text(block))
    apply_to_activity(activity, fields, activity.source)
    return activity


def paragraphs(blocks: list[Block]) -> str | None:
    return " ".join(b.text for b in blocks if b.kind == "paragraph") or None


def numbered_share(pillars: list[Pillar]) -> float:
    """Share of pillars and goals whose printed number follows the one before it among their
    siblings (or starts a sequence at 1); unnumbered nodes count as not following."""
    sibling_lists: list[list[str | None]] = [[p.number for p in pillars]]
    sibling_lists += [[g.number for g in p.goals] for p in pillars]
    nodes = followed = 0
    for numbers in sibling_lists:
        previous: int | None = None
        for number in numbers:
            nodes += 1
            value = enumerators.position(number) if number else None
            followed += value is not None and (
                value == 1 or (previous is not None and value == previous + 1)
            )
            previous = value
    return followed / nodes if nodes else 0.0
