"""Waiting in GUI tests for what the window works out in workers."""


def evaluated(qtbot, tab):
    """The Feasibility tab's result once its worker is done (the model is evaluated off the UI thread)."""
    qtbot.waitUntil(lambda: not tab.working and tab.result is not None, timeout=15_000)
    return tab.result
