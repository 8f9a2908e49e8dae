"""The pure parts of the page benchmark (scripts/bench.py): percentiles and reading /proc."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from scripts import bench


def test_percentile_interpolates_between_ranks():
    values = [40, 10, 30, 20]  # unsorted on purpose
    assert bench.percentile(values, 0) == 10
    assert bench.percentile(values, 50) == 25
    assert bench.percentile(values, 100) == 40
    assert bench.percentile(list(range(1, 21)), 95) == pytest.approx(19.05)
    assert bench.percentile([7], 95) == 7


def test_percentile_of_nothing_is_refused():
    with pytest.raises(ValueError):
        bench.percentile([], 50)


def test_stat_with_spaces_and_parentheses_in_the_command_name():
    # A process may name itself anything; the fields are counted after the last ")".
    text = "4242 (gunicorn: (worker) x) S 4200 4200 4200 0 -1 4194560 500 0 0 0 130 25 0 0 20 0 1 0"
    assert bench.parse_stat(text) == (4200, 155)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_children_and_their_cpu_are_read_from_proc():
    child = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        assert child.pid in bench.children_of(os.getpid())
        assert bench.parse_stat(Path(f"/proc/{child.pid}/stat").read_text())[0] == os.getpid()
        # This process has run Python and pytest: some of its CPU time is on the clock.
        assert bench.Workers([os.getpid()]).cpu_ms() > 0
    finally:
        child.communicate(b"")


def test_the_front_benchmark_refuses_a_server_off_this_machine(tmp_path):
    with pytest.raises(SystemExit, match="loopback"):
        bench.bench_front("https://example.org", ["/bg/"], tmp_path)
    assert not (tmp_path / "bench").exists()
