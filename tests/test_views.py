"""Views of one plan: the outline, Markdown, tidy CSV and the HTML review page (in Chromium)."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from parsed import sample
from PIL import Image
from rich.console import Console
from test_report import CHROMIUM, IMG, SCRIPT, chromium, needs_chromium

from planparse.models import Activity, DocumentRecord, Goal, Milestone, Pillar, Plan, Source
from planparse.nodes import entries
from planparse.views import render_csv, render_markdown, render_plan, render_review
from planparse.views.outline import outline

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
STEMS = sorted(path.stem for path in SAMPLES.glob("*.pdf"))
POLICY = "policy-3-01-110-community-policing"
MARKUP = "[bold red]loud[/bold red] [link=https://x.example]click[/link]"


def hostile_plan() -> Plan:
    """Every document string tries to break out of HTML, Markdown, a spreadsheet or rich."""
    here = Source(page=1, bbox=(50.0, 60.0, 300.0, 90.0))
    milestone = Milestone(period=IMG, text=f"Deliver {SCRIPT}", lead=IMG, source=here)
    activity = Activity(number=IMG, text=f"=HYPERLINK({SCRIPT})", leads=[SCRIPT, MARKUP],
                        milestones=[milestone], source=here)  # fmt: skip
    goal = Goal(title=f"Goal {IMG}", description=SCRIPT, leads=[IMG], status=SCRIPT,
                updated=IMG, activities=[activity], source=here)  # fmt: skip
    pillar = Pillar(number=SCRIPT, title=f"Pillar {SCRIPT} {MARKUP}", description=IMG,
                    goals=[goal], source=here)  # fmt: skip
    document = DocumentRecord(file=f"{IMG}.pdf", sha256="0" * 64, pages=2, producer=SCRIPT,
                              planparse=IMG, parsed_at=SCRIPT, seconds=0.1)  # fmt: skip
    return Plan(agency=f"{SCRIPT} Police", title=IMG, mission=SCRIPT, values=[IMG],
                pillars=[pillar], warnings=[f"{SCRIPT} warning"], document=document)  # fmt: skip


def test_views_review_escapes_every_document_string() -> None:
    html = render_review(hostile_plan(), SAMPLES / f"{POLICY}.pdf")
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    assert html.count('class="crop pg-1"') == 4  # every node, drawn from the PDF's page 1


def test_views_review_is_self_contained() -> None:
    html = render_review(sample(POLICY), SAMPLES / f"{POLICY}.pdf")
    assert not re.search(r"<script|<link|<img|<iframe|@import", html, re.IGNORECASE)
    assert not re.search(r"https?://", html)
    urls = re.findall(r"url\(([^)]{0,30})", html)
    assert urls
    assert all(url.startswith("data:image/jpeg;base64,") for url in urls)


def test_views_review_without_a_pdf_says_which_nodes_have_no_region() -> None:
    plan = sample(POLICY)
    html = render_review(plan, None)
    assert 'class="crop' not in html
    assert html.count("no page region recorded") == len(list(entries(plan)))


def test_views_markdown_outline_and_escaping() -> None:
    text = render_markdown(sample("tracy-pd-2025-2028"))
    assert text.startswith("# 2025-2028 Strategic Plan\n")
    assert "\n## 1 Protect Tracy\n" in text
    assert re.search(r"\n- .+ — \*(lead: .+ · )?p\. \d+\*\n", text)
    hostile = render_markdown(hostile_plan())
    assert "<script" not in hostile
    assert "<img" not in hostile
    assert "**Warnings**" in hostile.split("## ")[0]  # warnings before the tree


def test_views_csv_is_one_row_per_node() -> None:
    plan = sample("tracy-pd-2025-2028")
    rows = list(csv.DictReader(io.StringIO(render_csv(plan))))
    assert len(rows) == len(list(entries(plan)))
    assert {row["level"] for row in rows} == {"pillar", "goal", "activity"}
    assert all(row["page"] for row in rows)
    hostile = list(csv.DictReader(io.StringIO(render_csv(hostile_plan()))))
    assert hostile[2]["text"] == f"'=HYPERLINK({SCRIPT})"


def test_views_outline_prints_markup_as_text() -> None:
    console = Console(width=200, record=True, color_system=None)
    console.print(outline(hostile_plan()))
    printed = console.export_text()
    assert MARKUP in printed  # not read as rich markup
    lines = printed.splitlines()
    assert lines[-1].endswith(f"{SCRIPT} warning")  # warnings at the end
    assert any("lead:" in line and SCRIPT in line for line in lines)


def test_views_render_plan_knows_its_views() -> None:
    assert render_plan(sample(POLICY), "json").endswith("}\n")
    with pytest.raises(ValueError, match="unknown view 'pdf'"):
        render_plan(sample(POLICY), "pdf")


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "planparse", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)


def test_cli_show_prints_the_outline(tmp_path: Path) -> None:
    parsed = tmp_path / "policy.json"
    parsed.write_text(sample(POLICY).model_dump_json())
    result = run("show", parsed)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Community Policing and Engagement")
    assert any(
        line.startswith("└── 3-01/110.00 Community Policing and Engagement") for line in lines
    )
    assert "lead: Unit commanders" in result.stdout
    broken = tmp_path / "broken.pdf"
    broken.write_text("<html></html>")
    failed = run("show", broken)
    assert failed.returncode == 1
    assert failed.stderr.startswith("error: broken.pdf: ")
    assert failed.stderr.count("\n") == 1


def test_cli_parse_to_each_view(tmp_path: Path) -> None:
    pdf = SAMPLES / f"{POLICY}.pdf"
    html = run("parse", pdf, "--to", "html")
    assert html.returncode == 0, html.stderr
    assert html.stdout.startswith("<!doctype html>")
    assert html.stdout.count('class="crop pg-') == len(list(entries(sample(POLICY))))
    out = tmp_path / "out"
    many = run("parse", pdf, SAMPLES / "tustin-pd-2025-2027.pdf", "--to", "md", "-o", out)
    assert many.returncode == 0, many.stderr
    assert sorted(path.name for path in out.iterdir()) == [
        f"{POLICY}.md",
        "tustin-pd-2025-2027.md",
    ]


# Leaves only the crops visible, on white: what the screenshot then shows dark is crop pixels.
CROPS_ONLY = (
    "<style>header, #warnings, #pages { display: none; } .node { visibility: hidden; border: 0; }"
    " .crop { visibility: visible; border: 0; }</style></head>"
)
DARK = 160  # luminance below which a pixel is ink, not paper or a border


def review_in_chromium(stem: str, tmp_path: Path) -> None:
    """The sample's review page in Chromium: every node with its crop in the DOM, and the
    crops painted from the inlined page images (a screenshot of the crops alone has ink)."""
    plan = sample(stem)
    page = tmp_path / f"{stem}.html"
    page.write_text(render_review(plan, SAMPLES / f"{stem}.pdf"), encoding="utf-8")
    dom = chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    nodes = list(entries(plan))
    assert nodes
    assert dom.count('<li class="node ') == len(nodes)
    assert dom.count('<a class="crop pg-') == len(nodes), "a node without its page crop"
    assert dom.count('<a class="box" id="box-node-') == len(nodes)

    shot = tmp_path / f"{stem}.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1400,1000", page.as_uri())
    with Image.open(shot) as image:
        assert image.size == (1400, 1000)
    crops = tmp_path / f"{stem}-crops.html"
    crops.write_text(page.read_text(encoding="utf-8").replace("</head>", CROPS_ONLY, 1))
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1400,1000", crops.as_uri())
    with Image.open(shot) as image:
        ink = sum(image.convert("L").histogram()[:DARK])
    assert ink > 1400 * 1000 // 200, f"{stem}: the crops show no page (ink {ink} px)"


@needs_chromium
def test_views_review_page_renders_in_chromium(tmp_path: Path) -> None:
    review_in_chromium("tracy-pd-2025-2028", tmp_path)


@pytest.mark.slow
@needs_chromium
@pytest.mark.parametrize("stem", STEMS)
def test_views_review_page_of_every_sample_renders_in_chromium(tmp_path: Path, stem: str) -> None:
    review_in_chromium(stem, tmp_path)


assert CHROMIUM is None or Path(CHROMIUM).exists()
