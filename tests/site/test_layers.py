"""The apps' layers: import-linter's contracts (pyproject.toml) hold for the tree, and
each of them breaks when a module plants an import it forbids."""

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", "pyproject.toml", "--no-cache"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(root)},
    )


def copy_of_the_tree(tmp_path: Path) -> Path:
    for package in CONFIG["root_packages"]:
        shutil.copytree(
            ROOT / package,
            tmp_path / package,
            ignore=shutil.ignore_patterns("__pycache__", "*.mo", "static", "fonts"),
        )
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    return tmp_path


def test_the_tree_keeps_every_contract():
    result = lint_imports(ROOT)

    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(CONFIG['contracts'])} kept, 0 broken." in result.stdout


@pytest.mark.parametrize(
    ("module", "planted", "contract"),
    [
        # A unit asking for a class's gradebook: a lower layer reaching up.
        (
            "units/planted.py",
            "from records.gradebook import class_standings",
            "Apps import only the layers below them",
        ),
        # The people app learning about units, which it must not know.
        (
            "accounts/planted.py",
            "import units.models",
            "Apps import only the layers below them",
        ),
        ("quizzes/planted.py", "import situations.graph", "Quizzes and situations"),
        ("lessons/planted.py", "from demo import lessons", "No product module imports"),
        ("home/planted.py", "import elearning.settings.base", "No app imports the"),
        ("elearning/planted_text.py", "import classes.models", None),
    ],
)
def test_a_planted_import_breaks_its_contract(tmp_path, module, planted, contract):
    root = copy_of_the_tree(tmp_path)
    if contract is None:  # a ground module: plant it where the contract looks
        module, contract = "elearning/vietnamese.py", "The ground"
        planted = (root / module).read_text() + f"\n{planted}\n"
    (root / module).write_text(planted + "\n")

    result = lint_imports(root)

    assert result.returncode == 1
    broken = [line for line in result.stdout.splitlines() if line.endswith("BROKEN")]
    assert any(line.startswith(contract) for line in broken), result.stdout
    imported = planted.split()[1]  # "import a.b" and "from a.b import c" alike
    assert imported.split(".")[0] in result.stdout.split("Broken contracts")[1]
