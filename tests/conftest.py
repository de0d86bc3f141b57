import os
import socket

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Fuzzing profiles: "ci" (default) keeps the suite fast; "long" for a deeper run on demand:
#   HYPOTHESIS_PROFILE=long python3 -m pytest tests/io/test_fuzz_loaders.py
settings.register_profile("ci", deadline=None, max_examples=100)
settings.register_profile("long", deadline=None, max_examples=20_000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


class NetworkUsed(RuntimeError):
    pass


@pytest.fixture(autouse=True, scope="session")
def no_network():
    """Kök never calls out: any socket connection during the tests fails loudly."""
    def refuse(*args, **kwargs):
        raise NetworkUsed(f"network access attempted: {args[1:] if len(args) > 1 else args}")

    patches = [(socket.socket, "connect"), (socket.socket, "connect_ex"), (socket, "create_connection")]
    saved = [(owner, name, getattr(owner, name)) for owner, name in patches]
    for owner, name in patches:
        setattr(owner, name, refuse)
    yield
    for owner, name, original in saved:
        setattr(owner, name, original)
