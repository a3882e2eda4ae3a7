import gc

from PySide6.QtWidgets import QApplication

from nepton_desktop.ui.main_thread_gc import (
    GuiThreadGarbageCollector,
    collect_on_the_gui_thread,
    collections_held,
)


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_one_collector_per_application(qapp: QApplication) -> None:
    collector = collect_on_the_gui_thread(qapp)
    assert collect_on_the_gui_thread(qapp) is collector
    assert collector.parent() is qapp
    assert not gc.isenabled()


def test_collector_frees_cycles_when_a_threshold_is_passed(qapp: QApplication) -> None:
    collector = GuiThreadGarbageCollector()
    collector.start()
    try:
        gc.collect()
        for _ in range(gc.get_threshold()[0] + 10):
            _Cycle()
        assert any(isinstance(o, _Cycle) for o in gc.get_objects())
        collector.check()
        assert not any(isinstance(o, _Cycle) for o in gc.get_objects())
    finally:
        collector._timer.stop()


def test_no_collection_while_a_worker_holds_collections(qapp: QApplication) -> None:
    collector = GuiThreadGarbageCollector()
    collector.start()
    try:
        gc.collect()
        with collections_held(), collections_held():  # nested holds share one
            for _ in range(gc.get_threshold()[0] + 10):
                _Cycle()
            collector.check()
            assert any(isinstance(o, _Cycle) for o in gc.get_objects())
        collector.check()
        assert not any(isinstance(o, _Cycle) for o in gc.get_objects())
    finally:
        collector._timer.stop()
