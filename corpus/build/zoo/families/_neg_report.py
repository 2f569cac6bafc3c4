"""reportlab renderers of the report negatives: monthly crime statistics and a budget summary.

Statistics tables dominate both: numeric columns, a coloured header row and totals, plus the
headings, bullets and "objective" wording a plan parser might mistake for structure.
"""

from __future__ import annotations

import random
from pathlib import Path
from xml.sax.saxutils import escape

from ..content import MONTHS, person
from ..spec import Doc
from ..styles import reportlab_fonts

OFFENSES = [
    "Homicide",
    "Rape",
    "Robbery",
    "Aggravated Assault",
    "Burglary",
    "Larceny-Theft",
    "Motor Vehicle Theft",
    "Arson",
]
PROGRAMS = [
    "Office of the Chief",
    "Patrol Operations",
    "Investigations",
    "Support Services",
    "Communications (911)",
    "Professional Standards",
    "Training and Personnel",
]


def kit(doc: Doc):
    """Fonts and the paragraph/table styles shared by both reports."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import TableStyle

    st = doc.extras["style"]
    fonts = reportlab_fonts(random.Random(st["fonts"]))
    size = st["size"]
    accent = colors.HexColor(st["accent"])
    body = ParagraphStyle(
        "b", fontName=fonts.regular, fontSize=size, leading=size * 1.3, spaceAfter=5
    )
    ps = {
        "body": body,
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=fonts.bold,
            fontSize=size * 1.9,
            leading=size * 2.3,
            textColor=accent,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=fonts.bold,
            fontSize=size * 1.2,
            leading=size * 1.5,
            spaceBefore=8,
            textColor=accent,
        ),
        "item": ParagraphStyle("i", parent=body, leftIndent=16, bulletIndent=4),
        "small": ParagraphStyle("s", parent=body, fontSize=size * 0.8, leading=size),
    }
    grid = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), fonts.regular, size * 0.85),
            ("FONT", (0, 0), (-1, 0), fonts.bold, size * 0.85),
            ("BACKGROUND", (0, 0), (-1, 0), accent),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f1f1f1")]),
        ]
    )
    return fonts, ps, grid


def build_pdf(doc: Doc, out: Path, story: list, running: str) -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.units import inch
    from reportlab.platypus import SimpleDocTemplate

    fonts, _, _ = kit(doc)

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(fonts.regular, 7.5)
        canvas.drawString(inch, 0.5 * inch, running)
        canvas.drawRightString(letter[0] - inch, 0.5 * inch, f"Page {document.page}")
        canvas.restoreState()

    SimpleDocTemplate(str(out), pagesize=letter, invariant=1).build(
        story, onFirstPage=footer, onLaterPages=footer
    )


def pct(now: int, before: int) -> str:
    """Percent change; 'n/a' for tiny bases, as analysts print it to avoid +900% noise."""
    return "n/a" if before < 5 else f"{(now - before) / before:+.0%}"


def offense_rows(rng: random.Random) -> list[list[str]]:
    """Part I offenses: this month, same month last year, change, YTD, YTD last year, change."""
    rows = [["Offense", "This Month", "Same Month LY", "% Chg", "YTD", "YTD LY", "% Chg"]]
    totals = [0, 0, 0, 0]
    for name, scale in zip(OFFENSES, (1, 3, 12, 25, 40, 160, 35, 2), strict=True):
        m, ly = rng.randint(0, scale * 2), rng.randint(0, scale * 2)
        ytd, ytdly = m * 3 + rng.randint(0, scale * 4), ly * 3 + rng.randint(0, scale * 4)
        for i, v in enumerate((m, ly, ytd, ytdly)):
            totals[i] += v
        rows.append([name, str(m), str(ly), pct(m, ly), str(ytd), str(ytdly), pct(ytd, ytdly)])
    t = totals
    rows.append(
        [
            "Total Part I",
            str(t[0]),
            str(t[1]),
            pct(t[0], t[1]),
            str(t[2]),
            str(t[3]),
            pct(t[2], t[3]),
        ]
    )
    return rows


def render_crime_statistics(doc: Doc, out: Path) -> None:
    """Monthly report: summary paragraph, Part I table, district table, notes bullets."""
    from reportlab.platypus import Paragraph, Spacer, Table

    st, ag = doc.extras["style"], doc.extras["agency"]
    rng = random.Random(st["content"])
    fonts, ps, grid = kit(doc)
    month = rng.choice(MONTHS)
    story = [
        Paragraph(escape(ag.name.upper()), ps["h2"]),
        Paragraph(f"Monthly Crime Statistics Report \u2014 {month} {st['year']}", ps["h1"]),
        Paragraph(
            f"Prepared by the Crime Analysis Unit, {escape(person(rng))}, Analyst", ps["small"]
        ),
        Spacer(1, 8),
        Paragraph(
            "This report summarizes reported Part I offenses for the month and the "
            "year to date. Figures are preliminary and may change as cases are "
            "reclassified. Objective comparisons across months should use the "
            "year-to-date columns.",
            ps["body"],
        ),
        Paragraph("1. Part I Offenses, Citywide", ps["h2"]),
        Table(offense_rows(rng), style=grid, repeatRows=1),
    ]
    districts = [
        ["District", "Calls for Service", "Part I Crimes", "Arrests", "Avg. Priority 1 Response"]
    ]
    for d in ("North", "South", "East", "West", "Central")[: rng.randint(3, 5)]:
        districts.append(
            [
                d,
                f"{rng.randint(1500, 6000):,}",
                str(rng.randint(80, 400)),
                str(rng.randint(30, 160)),
                f"{rng.uniform(4.5, 9.5):.1f} min",
            ]
        )
    story += [
        Paragraph("2. Activity by District", ps["h2"]),
        Table(districts, style=grid, repeatRows=1),
        Paragraph("3. Notes", ps["h2"]),
    ]
    notes = [
        f"Robbery: {rng.randint(2, 6)} commercial robberies linked to one suspect, "
        "arrested on the 19th.",
        "Larceny-theft includes catalytic converter thefts, which continue to decline.",
        "Response times are measured from call receipt to first unit on scene.",
        "Crime figures follow the national incident-based reporting definitions.",
    ]
    story += [Paragraph(escape(n), ps["item"], bulletText="\u2022") for n in notes]
    build_pdf(doc, out, story, f"{ag.name} \u2014 Crime Analysis Unit \u2014 {month} {st['year']}")


def budget_rows(rng: random.Random) -> tuple[list[list[str]], int]:
    rows = [["Program", "Actual", "Adopted", "Proposed", "Change"]]
    total = [0, 0, 0]
    for prog in PROGRAMS:
        a = rng.randint(8, 260) * 10_000
        b = int(a * rng.uniform(1.0, 1.08))
        c = int(b * rng.uniform(0.97, 1.09))
        total = [total[0] + a, total[1] + b, total[2] + c]
        rows.append([prog, f"${a:,}", f"${b:,}", f"${c:,}", pct(c, b)])
    rows.append(["Total", *(f"${v:,}" for v in total), pct(total[2], total[1])])
    return rows, total[2]


def render_budget_summary(doc: Doc, out: Path) -> None:
    """A budget book section: program table, line items, staffing, highlights, objectives."""
    from reportlab.platypus import Paragraph, Spacer, Table

    st, ag = doc.extras["style"], doc.extras["agency"]
    rng = random.Random(st["content"])
    fonts, ps, grid = kit(doc)
    y = st["year"]
    fy = f"FY {y}-{str(y + 1)[2:]}"
    programs, total = budget_rows(rng)
    share = {
        "Salaries and Wages": 0.56,
        "Benefits": 0.24,
        "Overtime": 0.06,
        "Services and Supplies": 0.08,
        "Fleet and Equipment": 0.04,
        "Technology": 0.02,
    }
    lines = [["Category", "Proposed", "Share"]] + [
        [k, f"${int(total * v):,}", f"{v:.0%}"] for k, v in share.items()
    ]
    sworn = rng.randint(60, 300)
    staff = [
        ["Position Type", "Adopted FTE", "Proposed FTE"],
        ["Sworn", str(sworn), str(sworn + rng.randint(0, 6))],
        ["Professional staff", str(sworn // 3), str(sworn // 3 + rng.randint(0, 4))],
    ]
    story = [
        Paragraph(escape(f"City of {ag.city} \u2014 Proposed Budget {fy}"), ps["h2"]),
        Paragraph(escape(f"{ag.name}: Budget Summary"), ps["h1"]),
        Spacer(1, 6),
        Paragraph(
            escape(
                f"The proposed {fy} budget for the department totals ${total:,}. "
                "It maintains current service levels, funds negotiated salary "
                "increases and adds positions identified as priorities in the "
                "department's strategic plan."
            ),
            ps["body"],
        ),
        Paragraph("Expenditures by Program", ps["h2"]),
        Table(programs, style=grid),
        Paragraph("Expenditures by Category", ps["h2"]),
        Table(lines, style=grid),
        Paragraph("Authorized Staffing", ps["h2"]),
        Table(staff, style=grid),
        Paragraph("Budget Highlights", ps["h2"]),
    ]
    highlights = [
        f"Adds {rng.randint(2, 6)} police officer positions for a new patrol beat.",
        "Funds the second year of the body-worn camera contract.",
        f"Reduces overtime by ${rng.randint(1, 9) * 50_000:,} through civilian "
        "staffing of the front counter.",
        "Continues the co-responder program with county behavioral health.",
    ]
    story += [Paragraph(escape(h), ps["item"], bulletText="\u25aa") for h in highlights]
    story += [
        Paragraph("Program Objectives", ps["h2"]),
        Paragraph(
            escape(
                "Each program's objectives and performance measures are "
                "reported in the Performance Measures section of the budget "
                "book. Patrol Operations' primary objective remains a median "
                "Priority 1 response time under seven minutes."
            ),
            ps["body"],
        ),
    ]
    build_pdf(doc, out, story, f"City of {ag.city} Proposed Budget {fy} \u2014 Police")
