"""The suite-wide guard really blocks connections, and the app works under it."""

import socket

import pytest

from kokapp.core.datapack import bundled_datapack
from kokapp.core.engine import Engine
from kokapp.io.project_file import load_project
from kokapp.paths import demo_project


def test_connections_are_refused():
    with pytest.raises(RuntimeError, match="network access"):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(RuntimeError, match="network access"):
        socket.socket().connect(("127.0.0.1", 9))


def test_everything_runs_offline():
    project = load_project(demo_project(), bundled_datapack())
    assert Engine(bundled_datapack()).compare(project).ranking.shape[0] == 7
