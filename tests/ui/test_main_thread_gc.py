import gc

from PySide6.QtWidgets import QApplication

from nepton_desktop.ui.main_thread_gc import MainThreadGarbageCollector, collect_on_the_gui_thread


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collector_frees_cycles_on_the_gui_thread(qapp: QApplication) -> None:
    collector = collect_on_the_gui_thread(qapp)
    assert collect_on_the_gui_thread(qapp) is collector
    assert not gc.isenabled()
    threshold = gc.get_threshold()[0]
    gc.collect()
    for _ in range(threshold + 10):
        _Cycle()
    assert any(isinstance(o, _Cycle) for o in gc.get_objects())
    collector.collect_if_due()
    assert not any(isinstance(o, _Cycle) for o in gc.get_objects())


def test_collector_is_a_qobject_child_of_the_app(qapp: QApplication) -> None:
    collector = collect_on_the_gui_thread(qapp)
    assert isinstance(collector, MainThreadGarbageCollector)
    assert collector.parent() is qapp
