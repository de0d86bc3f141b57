"""Guards against a Qt binding that mis-counts references (PySide6 6.12.0 released None on every
void call, so Python 3.11 aborted after a few thousand edits): the pin in pyproject keeps it out."""

import sys

from PySide6.QtWidgets import QSlider


def test_void_calls_keep_none_alive(qtbot):
    slider = QSlider()
    qtbot.addWidget(slider)
    before = sys.getrefcount(None)
    for i in range(500):
        slider.setValue(i % 50)
    assert sys.getrefcount(None) >= before - 10
