from __future__ import annotations

import threading

from photosafe_desktop.ui.tasks import TaskRunner


def test_result_arrives_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work(x: int) -> tuple[int, int]:
        return x * 2, threading.get_ident()

    def done(result) -> None:  # type: ignore[no-untyped-def]
        seen["value"], seen["worker"] = result
        seen["delivered_on"] = threading.get_ident()

    runner.run(work, 21, on_done=done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["value"] == 42
    assert seen["worker"] != gui
    assert seen["delivered_on"] == gui
    runner.wait()


def test_errors_progress_and_cancel(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    errors: list[BaseException] = []
    runner.run(lambda: 1 / 0, on_error=errors.append, on_bug=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)

    started = threading.Event()
    steps: list[tuple[int, int]] = []
    result: list[int] = []

    def long_job(cancelled, progress) -> int:  # type: ignore[no-untyped-def]
        done = 0
        for i in range(1000):
            if cancelled():
                break
            progress(i, 1000)
            started.set()
            threading.Event().wait(0.005)
            done += 1
        return done

    handle = runner.run(
        long_job,
        on_done=result.append,
        on_progress=lambda d, t: steps.append((d, t)),
        cancellable=True,
    )
    assert started.wait(5)
    handle.cancel()
    qtbot.waitUntil(lambda: bool(result), timeout=5000)
    assert result[0] < 1000
    qtbot.waitUntil(lambda: bool(steps), timeout=5000)
    assert steps[0][1] == 1000
    runner.wait()


def test_known_errors_go_to_the_handler_bugs_are_always_logged(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    from photosafe_desktop.core.errors import PhotoSafeError

    runner = TaskRunner()
    known: list[PhotoSafeError] = []
    bugs: list[BaseException] = []

    def refuse() -> None:
        raise PhotoSafeError("nope", "Not possible.")

    def crash() -> None:
        raise KeyError("surprise")

    runner.run(refuse, on_error=known.append, on_bug=bugs.append)
    qtbot.waitUntil(lambda: bool(known), timeout=5000)
    assert known[0].code == "nope" and bugs == []
    assert "Traceback" not in caplog.text  # an expected error is not a bug
    with caplog.at_level("ERROR"):
        runner.run(crash, on_error=known.append, on_bug=bugs.append)
        qtbot.waitUntil(lambda: bool(bugs), timeout=5000)
    assert isinstance(bugs[0], KeyError) and len(known) == 1
    assert "Traceback" in caplog.text and "KeyError" in caplog.text
    runner.wait()


def test_cancel_drops_waiting_tasks_and_stops_running_ones(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner(max_threads=1)
    started = threading.Event()
    finished: list[str] = []

    def slow(cancelled) -> str:  # type: ignore[no-untyped-def]
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        return "stopped"

    runner.run(slow, on_done=finished.append, cancellable=True)
    runner.run(lambda: "never", on_done=finished.append)
    assert started.wait(5)
    runner.cancel()
    assert runner.wait(5000)
    qtbot.waitUntil(lambda: finished == ["stopped"], timeout=5000)
