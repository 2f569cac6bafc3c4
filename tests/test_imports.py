"""Module structure: every module imports on its own, no import cycle, one home per library.

The graph is read from the source (every ``import`` statement, also those inside functions), so
a cycle hidden behind a late import is found too.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "planparse"
# Third-party libraries that only one module may import (so each can be swapped or mocked).
SOLE_IMPORTERS = {
    "pdfplumber": {"planparse.pdf"},
    "pdfminer": {"planparse.pdf"},
    "pypdfium2": {"planparse.pdfium_reader"},
    "spacy": {"planparse.nlp"},
    "rapidfuzz": {"planparse.similarity"},
    "jinja2": {"planparse.templates"},
    "numpy": {"planparse.ocr"},
    "PIL": {"planparse.images"},
    "rich": {"planparse.terminal"},
}


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}
ENTRY_POINT = "planparse.__main__"  # importing it runs the command line


def imported(path: Path) -> set[str]:
    """Absolute names of everything a module imports (relative imports resolved)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1]
            module = ".".join([*base, node.module] if node.level else [node.module or ""])
            module = module.strip(".")
            names = {f"{module}.{alias.name}" for alias in node.names}
            submodules = names & MODULES.keys()
            found |= submodules
            if names - submodules:  # names defined in the module itself, not its submodules
                found.add(module)
    return found


def graph() -> dict[str, set[str]]:
    return {
        name: {dep for dep in imported(path) if dep in MODULES and dep != name}
        for name, path in MODULES.items()
    }


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph as a path that ends where it starts, or None."""
    state: dict[str, int] = {}  # 1 on the current path, 2 finished

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = 1
        for dep in sorted(edges[node]):
            if state.get(dep) == 1:
                return [*path[path.index(dep) :], dep]
            if dep not in state and (cycle := visit(dep, [*path, dep])):
                return cycle
        state[node] = 2
        return None

    for start in sorted(edges):
        if start not in state and (cycle := visit(start, [start])):
            return cycle
    return None


def test_imports_find_cycle_sees_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_imports_no_module_imports_itself_back() -> None:
    assert find_cycle(graph()) is None


@pytest.mark.parametrize("library", sorted(SOLE_IMPORTERS))
def test_imports_each_library_has_one_importer(library: str) -> None:
    importers = {
        name
        for name, path in MODULES.items()
        if any(dep == library or dep.startswith(f"{library}.") for dep in imported(path))
    }
    assert importers == SOLE_IMPORTERS[library]


@pytest.mark.slow
def test_imports_every_module_imports_on_its_own() -> None:
    """Each module in a fresh interpreter, so none works only after another was imported."""
    failed = {}
    for name in sorted(MODULES.keys() - {ENTRY_POINT}):
        done = subprocess.run(
            [sys.executable, "-c", f"import {name}"], capture_output=True, text=True, check=False
        )
        if done.returncode:
            failed[name] = done.stderr.strip()[-300:]
    assert not failed


# What `planparse parse` must not load: each belongs to another command or another reader.
NOT_FOR_PARSING = (
    "planparse.compare",
    "planparse.evaluate",
    "planparse.themes",
    "planparse.store",
    "planparse.report",
    "planparse.views.review",
    "jinja2",
    "spacy",
    "numpy",
    "pdfplumber",
    "pdfminer",
    "xml.etree",  # OCR's hOCR and its threads: scans only
    "concurrent.futures",
)
PROBE = """
import sys
from planparse.cli import main
main(["parse", sys.argv[1], "-o", sys.argv[2]])
print(",".join(sorted(sys.modules)))
"""


def test_imports_parse_command_loads_only_what_it_uses(tmp_path: Path) -> None:
    """The command's own process (it parses in a worker) imports neither other commands'
    modules nor the reference reader's library (the default reader is the fast one)."""
    sample = Path(__file__).resolve().parent.parent / "samples" / "tustin-pd-2025-2027.pdf"
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(sample), str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = set(done.stdout.strip().splitlines()[-1].split(","))
    assert (tmp_path / "tustin-pd-2025-2027.json").exists()
    assert "planparse.pipeline" in loaded
    assert not {
        name for name in NOT_FOR_PARSING if name in loaded or f"{name}." in " ".join(loaded)
    }


def test_imports_a_sound_file_never_loads_the_reference_reader() -> None:
    """The fast reader hands only damaged files and pages to the reference reader."""
    sample = Path(__file__).resolve().parent.parent / "samples" / "tustin-pd-2025-2027.pdf"
    probe = "import sys, planparse; planparse.parse(sys.argv[1]); print('pdfminer' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", probe, str(sample)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"


def test_imports_package_loads_its_names_on_first_use() -> None:
    """`import planparse` is cheap: the command line's entry sets the process up before the
    models load, and a caller pays for what it uses."""
    probe = "import sys, planparse; print('pydantic' in sys.modules, planparse.Plan.__name__)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "Plan"]


@pytest.mark.parametrize(("given", "seen"), [(None, "__all__"), ("logfire", "logfire")])
def test_imports_command_line_skips_pydantic_plugins_unless_asked(
    given: str | None, seen: str
) -> None:
    probe = (
        "import os, planparse.cli as cli\n"
        "cli.run = lambda: print(os.environ.get('PYDANTIC_DISABLE_PLUGINS'))\n"
        "from planparse.console import run\n"
        "run()\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    if given is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = given
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env
    )
    assert done.stdout.strip() == seen
