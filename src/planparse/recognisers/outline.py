"""Plans laid out as a numbered outline with no level words: "1. Community Trust",
"1.1 Build partnerships", "1.1.1 Host quarterly forums". The number's depth is the level:
depth 1 headings are pillars, depth 2 goals, depth 3 (or bullets under a goal) activities."""

from __future__ import annotations

from collections.abc import Sequence

from planparse import enumerators
from planparse.clean import split_number
from planparse.models import Activity, Goal, Pillar
from planparse.recognisers.registry import Recognition, register
from planparse.structure import Contents, apply_goal_field, provenance
from planparse.tables import TableReader
from planparse.types import Block

MIN_NODES = 2
MAX_DEPTH = 3  # pillar, goal, activity


def depth_of(block: Block) -> tuple[int, str, str] | None:
    """(depth, number, title) of a numbered heading or item; None for anything else."""
    if block.kind not in ("heading", "item"):
        return None
    number, title = (block.number, block.text) if block.number else split_number(block.text)
    found = enumerators.parse(number, ()) if number else None
    if found is None or found.scheme not in ("arabic", "dotted") or found.depth > MAX_DEPTH:
        return None
    if found.depth == 1 and block.kind != "heading":
        return None  # a plain numbered list, not the outline's top level
    return found.depth, found.value, title


@register("outline")
class NumberedOutline:
    """A numbered outline: '1.' pillars, '1.1' goals, '1.1.1' or bullets as activities."""

    def detect(self, blocks: Sequence[Block]) -> float:
        depths = [found[0] for b in blocks if (found := depth_of(b))]
        return 0.8 if depths.count(1) >= MIN_NODES and depths.count(2) >= MIN_NODES else 0.0

    def build(self, blocks: Sequence[Block], contents: Contents) -> Recognition:
        pillars: list[Pillar] = []
        goal: Goal | None = None
        readers: list[tuple[Goal, TableReader]] = []
        for block in blocks:
            found = depth_of(block)
            if found and found[0] == 1:
                pillars.append(
                    Pillar(
                        number=found[1],
                        title=contents.casing_for(found[2]),
                        **provenance(block),
                    )
                )
                goal = None
            elif not pillars:
                continue
            elif found and found[0] == 2:
                goal = Goal(number=found[1], title=found[2], **provenance(block))
                pillars[-1].goals.append(goal)
                readers.append((goal, TableReader()))
            elif goal is None:
                describe_pillar(pillars[-1], block)
            else:
                add_to_goal(goal, block, found, readers[-1][1])
        for table_goal, reader in readers:
            table_goal.status = table_goal.status or reader.status
        return Recognition(kind="strategic_plan", pillars=pillars)


def describe_pillar(pillar: Pillar, block: Block) -> None:
    if block.kind == "paragraph":
        pillar.description = " ".join(filter(None, [pillar.description, block.text]))


def add_to_goal(
    goal: Goal, block: Block, found: tuple[int, str, str] | None, tables: TableReader
) -> None:
    if block.table is not None:
        tables.activities(block.table, block.page, goal.activities)
    elif found or block.kind == "item":
        number, text = (found[1], found[2]) if found else (block.number, block.text)
        goal.activities.append(Activity(number=number, text=text, **provenance(block)))
    elif block.kind == "label":
        apply_goal_field(goal, block)
    elif block.kind == "paragraph" and not goal.activities:
        goal.description = " ".join(filter(None, [goal.description, block.text]))
