"""Benchmark: painting the absence timeline with 300 people.

Baseline in the same run: 30 people, who all fit on screen. Only the rows in view are
painted, so 300 people should paint about as fast as 30. Goal: a scroll step repaints within
2x the 30-person baseline (plus 5 ms) and under 0.25 s; laying out 300 people under 0.2 s.

Run: .venv/bin/pytest tests/benchmarks/bench_timeline.py -s
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.test_widgets_timeline import _best_paint_time


def test_three_hundred_people_paint_about_as_fast_as_thirty(qtbot: QtBot) -> None:
    baseline, _, _ = _best_paint_time(qtbot, 30)
    paint_time, layout_time, _ = _best_paint_time(qtbot, 300)
    print(
        f"\ntimeline paint per scroll step: 300 people {paint_time * 1000:.1f} ms, "
        f"30 people (baseline) {baseline * 1000:.1f} ms, ratio {paint_time / baseline:.2f}; "
        f"layout of 300 people {layout_time * 1000:.1f} ms"
    )
    assert layout_time < 0.2, layout_time
    assert paint_time < 2 * baseline + 0.005, (paint_time, baseline)
    assert paint_time < 0.25, paint_time
