"""Prints which app imports which, tests left out: `make imports`. The layers it must keep are
in pyproject.toml ([tool.importlinter]) and `make lint` checks them."""

import sys
import tomllib
from collections import defaultdict
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent


def apps():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return config["tool"]["importlinter"]["root_packages"]


def app_graph(names):
    """{app: {apps it imports}}, from every module of each app except its tests."""
    graph = grimp.build_graph(*names)
    edges = defaultdict(set)
    for module in graph.modules:
        if ".tests" in module:
            continue
        source = module.split(".")[0]
        for imported in graph.find_modules_directly_imported_by(module):
            target = imported.split(".")[0]
            if target != source:
                edges[source].add(target)
    return edges


def main():
    sys.path.insert(0, str(ROOT))
    names = apps()
    edges = app_graph(names)
    for name in names:
        print(f"{name} -> {', '.join(sorted(edges[name])) or '(nothing)'}")


if __name__ == "__main__":
    main()
