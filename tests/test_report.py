"""Reports (HTML, Markdown, CSV, JSON), escaping, the compare command, and Chromium rendering."""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from invoking import invoke
from PIL import Image

import planparse
from planparse.compare import Comparison, compare
from planparse.models import Activity, Goal, Milestone, Pillar, Plan
from planparse.report import render_csv, render_html, render_markdown, write_report
from planparse.report.briefing import lacks_matrix, summary
from planparse.report.to_html import PRINT_WIDTH, heatmap
from planparse.version import VERSION

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold"
SAMPLES = [
    "lapd-2023-2025",
    "policy-3-01-110-community-policing",
    "san-jose-pd-2023",
    "tracy-pd-2025-2028",
    "tustin-pd-2025-2027",
]
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars",
)  # fmt: skip
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium not on PATH (CI installs Debian's chromium in .ci/run)"
)


@pytest.fixture(scope="module")
def samples() -> Comparison:
    return compare([planparse.load(GOLD / f"{stem}.json") for stem in SAMPLES])


@pytest.fixture(scope="module")
def hostile() -> Comparison:
    """Two plans whose every document string tries to break out of HTML."""
    activity = Activity(
        text=f"Install cameras {SCRIPT}", leads=[IMG], milestones=[Milestone(text=IMG, lead=SCRIPT)]
    )
    goal = Goal(title=f"Traffic safety {IMG}", leads=[SCRIPT], activities=[activity])
    pillar = Pillar(title=f"Technology {SCRIPT}", description=IMG, goals=[goal])
    plans = [
        Plan(agency=f"{SCRIPT} Police Department", title=IMG, pillars=[pillar]),
        Plan(agency=f"{IMG} Sheriff", title=SCRIPT, pillars=[pillar]),
    ]
    comparison = compare(plans)
    comparison.skipped = [f"{IMG}.pdf: {SCRIPT}"]
    return comparison


def test_report_html_escapes_every_document_string(hostile: Comparison) -> None:
    html = render_html(hostile)
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html  # also inside attributes
    assert hostile.clusters, "the two plans share their items, so clusters are rendered too"


def test_report_markdown_escapes_document_strings(hostile: Comparison) -> None:
    text = render_markdown(hostile)
    assert "<script" not in text
    assert "<img" not in text
    assert "&lt;script&gt;alert\\(1\\)&lt;/script&gt;" in text


def test_report_csv_keeps_text_and_defuses_formulas() -> None:
    goal = Goal(title='=HYPERLINK("http://x")', activities=[Activity(text=f"Do {SCRIPT}")])
    comparison = compare([Plan(agency="A", pillars=[Pillar(title="@SUM(A1)", goals=[goal])])])
    rows = list(csv.DictReader(io.StringIO(render_csv(comparison))))
    assert rows[0]["pillar"] == "'@SUM(A1)"
    assert rows[1]["goal"] == '\'=HYPERLINK("http://x")'
    assert rows[2]["activity"] == f"Do {SCRIPT}"


def test_report_html_is_self_contained(samples: Comparison) -> None:
    html = render_html(samples)
    assert "<svg" in html
    assert "<style>" in html
    assert not re.search(r"<script|<link|<img|<iframe|@import|url\(", html, re.IGNORECASE)
    assert set(re.findall(r"https?://[^\s\"'<>]+", html)) == {"http://www.w3.org/2000/svg"}


def test_report_html_has_every_part(samples: Comparison) -> None:
    html = render_html(samples)
    sections = re.findall(r'<section id="(\w+)">', html)
    assert sections == [
        "summary",
        "coverage",
        "lacks",
        "specificity",
        "clusters",
        "themes",
        "unique",
    ]
    assert html.count('<g class="cell') == len(samples.themes) * len(samples.agencies)
    assert html.count("<td><details><summary>") == len(samples.clusters)
    assert "ESTABLISH REAL-TIME INFORMATION CENTER" in html
    assert "Homelessness and mental health" in html
    assert f"planparse {VERSION}" in html
    assert "“real-time information center”" in html  # the matched cue of an item


def test_report_summary_names_periods_shared_themes_and_commitments(samples: Comparison) -> None:
    brief = summary(samples, datetime.date(2026, 1, 31))
    assert brief.date == "2026-01-31"
    assert brief.plans == brief.agencies == 5
    assert brief.most_shared[0].agencies == 5
    assert brief.least_shared[0].agencies <= brief.most_shared[-1].agencies
    assert brief.top_commitments[0].organisations == max(c.organisations for c in samples.clusters)
    assert brief.partial == [("Community Policing and Engagement", "a policy, not a plan")]
    html = render_html(samples, today=datetime.date(2026, 1, 31))
    assert "Briefing of 2026-01-31" in html
    assert "2023–2025" in html  # LAPD's period


def test_report_home_mode_lists_what_peers_commit_to(samples: Comparison) -> None:
    plans = [planparse.load(GOLD / f"{stem}.json") for stem in SAMPLES]
    home = compare(plans, home="tracy pd")
    assert home.home == "Tracy Police Department"
    html = render_html(home)
    assert "For Tracy Police Department: what peers commit to that it does not" in html
    lacked = summary(home, datetime.date.today()).home_lacks
    assert lacked
    assert all("Tracy Police Department" not in c.agencies for c in lacked)
    with pytest.raises(ValueError, match="names no compared plan"):
        compare(plans, home="Nowhere PD")


def test_report_heatmap_fits_the_printable_width_for_20_plans() -> None:
    plans = [Plan(agency=f"Agency {n} Police Department", pillars=[Pillar(title="Traffic")])
             for n in range(20)]  # fmt: skip
    assert heatmap(compare(plans)).width <= PRINT_WIDTH


def test_report_lacks_matrix_is_theme_by_plan(samples: Comparison) -> None:
    rows = lacks_matrix(samples)
    assert all(len(row.cells) == len(samples.agencies) for row in rows)
    policy = [a.name for a in samples.agencies].index("Community Policing and Engagement")
    assert {row.cells[policy].kind for row in rows} == {"partial"}
    assert any(cell.kind == "lacks" for row in rows for cell in row.cells)


def test_report_csv_is_one_tidy_row_per_item_or_milestone(samples: Comparison) -> None:
    rows = list(csv.DictReader(io.StringIO(render_csv(samples))))
    wanted = {"agency", "pillar", "goal", "activity", "milestone", "lead", "theme", "score", "page"}
    assert wanted <= set(rows[0])
    items = {row["item_id"] for row in rows}
    assert len(items) == len(samples.items)
    milestones = sum(len(item.milestones) for item in samples.items)
    assert len(rows) == milestones + sum(1 for item in samples.items if not item.milestones)
    rtic = {
        row["activity"]: row
        for row in rows
        if row["goal"] == "ESTABLISH REAL-TIME INFORMATION CENTER"
    }
    assert rtic[""]["cluster"] == rtic["Stand up the Real-Time Information Center."]["cluster"]
    assert rtic[""]["cluster"]
    assert rtic[""]["theme"] == "technology"


def test_report_markdown_tables(samples: Comparison) -> None:
    text = render_markdown(samples)
    assert text.startswith("# Strategic plans side by side\n")
    assert "| Theme | Los Angeles PD |" in text
    assert "| Theme (shared commitments) | Los Angeles PD |" in text
    assert re.search(
        r"^### \d+\. Real-time crime center \(Technology and innovation\)$", text, re.M
    )
    assert "- Commitments most shared: " in text


@pytest.mark.parametrize("suffix", [".html", ".md", ".csv", ".json"])
def test_report_written_by_suffix(samples: Comparison, tmp_path: Path, suffix: str) -> None:
    path = write_report(samples, tmp_path / f"out{suffix}")
    assert path.stat().st_size > 1000
    assert [p.name for p in tmp_path.iterdir()] == [f"out{suffix}"]  # no temporary file left
    if suffix == ".json":
        assert Comparison.model_validate_json(path.read_text()).clusters == samples.clusters


def test_report_unknown_suffix_is_refused(samples: Comparison, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown report format '.txt'"):
        write_report(samples, tmp_path / "out.txt")


def test_report_command_compares_json_plans(tmp_path: Path) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text('{"hello": 1}')
    inputs = [str(GOLD / f"{stem}.json") for stem in SAMPLES[2:]]
    result = invoke("compare", *inputs, str(bad), "-o", str(tmp_path / "r.md"))
    assert result.exit_code == 0, result.output
    assert "compared 3 plans, skipped 1" in result.output
    assert "notes.json: not a plan JSON" in (tmp_path / "r.md").read_text()


def test_report_command_reads_folders_without_label_files(tmp_path: Path) -> None:
    result = invoke("compare", str(GOLD), "-o", str(tmp_path / "r.csv"))
    assert result.exit_code == 0, result.output
    assert "skipped 0" in result.output


@pytest.mark.parametrize(
    ("args", "code"),
    [(["-o", "r.txt"], 2), (["-o", "r.html", "--taxonomy", "missing.json"], 2)],
)
def test_report_command_usage_errors(tmp_path: Path, args: list[str], code: int) -> None:
    result = invoke("compare", str(GOLD / "tracy-pd-2025-2028.json"), *args)
    assert result.exit_code == code
    assert "usage error" in result.output


def test_report_command_fails_when_nothing_is_readable(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    result = invoke("compare", str(empty), "-o", str(tmp_path / "r.html"))
    assert result.exit_code == 1
    assert not (tmp_path / "r.html").exists()


def test_report_themes_eval_command_prints_the_agreement() -> None:
    result = invoke("themes-eval", str(GOLD))
    assert result.exit_code == 0, result.output
    assert re.search(r"TOTAL\s+\d+/116", result.output)


@pytest.mark.slow
def test_report_command_compares_the_sample_pdfs(tmp_path: Path) -> None:
    pdfs = sorted(str(p) for p in (ROOT / "samples").glob("*.pdf"))
    result = invoke("compare", *pdfs, "-o", str(tmp_path / "report.html"))
    assert result.exit_code == 0, result.output
    html = (tmp_path / "report.html").read_text()
    assert "ESTABLISH REAL-TIME INFORMATION CENTER" in html
    assert all(f">{name}<" in html for name in ("Tracy PD", "Tustin PD", "Los Angeles PD"))


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    command = [str(CHROMIUM), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


@needs_chromium
def test_report_renders_the_matrix_in_chromium(samples: Comparison, tmp_path: Path) -> None:
    page = write_report(samples, tmp_path / "report.html")
    dom = chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    assert '<svg class="heatmap"' in dom
    assert dom.count('<g class="cell') == len(samples.themes) * len(samples.agencies)
    for theme in samples.themes:
        assert f">{theme.label}<" in dom

    shot = tmp_path / "shot.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1400,1000", page.as_uri())
    darkest = max(heatmap(samples).cells, key=lambda cell: (cell.ink == "#ffffff", -sum(
        int(cell.fill[i : i + 2], 16) for i in (1, 3, 5))))  # fmt: skip
    rgb = tuple(int(darkest.fill[i : i + 2], 16) for i in (1, 3, 5))
    with Image.open(shot) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 24) or []
    painted = sum(count for count, colour in colours if colour == rgb)
    assert painted > 1000, f"no heatmap cell painted in {darkest.fill}"


def zoo_plans(count: int) -> list[Plan]:
    """The first ``count`` strategic plans of the zoo (scans are copies: left out)."""
    gold = sorted((ROOT / "corpus" / "gold").glob("*.json"))
    plans = [
        path
        for path in gold
        if "scanned" not in path.stem and json.loads(path.read_text())["kind"] == "strategic_plan"
    ]
    return [planparse.load(path) for path in plans[:count]]


def printed(tmp_path: Path, comparison: Comparison, name: str) -> pdfplumber.PDF:
    page = write_report(comparison, tmp_path / f"{name}.html")
    pdf = tmp_path / f"{name}.pdf"
    chromium(tmp_path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri())
    return pdfplumber.open(pdf)


@needs_chromium
@pytest.mark.parametrize("name", ["samples", "zoo-20"])
def test_report_prints_a_short_briefing_whose_first_page_is_the_summary(
    samples: Comparison, tmp_path: Path, name: str
) -> None:
    comparison = samples if name == "samples" else compare(zoo_plans(20))
    with printed(tmp_path, comparison, name) as pdf:
        assert len(pdf.pages) <= 12
        first = pdf.pages[0].extract_text()
        assert "Strategic plans side by side" in first
        assert "Themes most shared" in first
        assert "Commitments most shared" in first
        assert "Theme coverage" not in first  # the summary stands alone on its page
        [page] = [p for p in pdf.pages if "Theme coverage" in (p.extract_text() or "")]
        cell = heatmap(comparison).cell - 2
        scale = page.width / (210 / 25.4 * 96)  # CSS px -> PDF points on an A4 page
        columns = {
            round(r["x0"])
            for r in page.rects
            if abs(r["width"] - cell * scale) < 1 and r["height"] > 10
        }
        assert len(columns) == len(comparison.agencies)  # every plan's column is printed
        assert all(r["x1"] <= page.width for r in page.rects)


def test_report_themes_eval_command_scores_the_zoo_labels() -> None:
    zoo = ROOT / "corpus"
    args = ["themes-eval", str(zoo / "gold"), "--labels", str(zoo / "labels"), "--split", "test"]
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    assert re.search(r"all\s+\d+\s+0\.\d{3}\s+0\.\d{3}", result.output)
    assert re.search(r"clusters .* F1 0\.\d{3}", result.output)
    missing = invoke(*args[:3], str(zoo / "nowhere"))
    assert missing.exit_code == 1
    assert "error:" in missing.output


def test_report_command_home_must_name_a_plan(tmp_path: Path) -> None:
    inputs = [str(GOLD / f"{stem}.json") for stem in SAMPLES[2:]]
    args = ["compare", *inputs, "-o", str(tmp_path / "r.html"), "--home", "Nowhere PD"]
    result = invoke(*args)
    assert result.exit_code == 2
    assert "names no compared plan" in result.output
    assert not (tmp_path / "r.html").exists()
