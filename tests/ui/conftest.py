"""UI tests: async ones run on a qasync loop (see pytest_asyncio_loop_factories in
tests/conftest.py). Inside them wait with tests/ui/waiting.py, never with qtbot.wait*: a nested
Qt loop inside a coroutine hangs qasync."""
