"""Checkpoints call the hook of their own thread only, and say when the thread holds a lock."""

import threading

from kokapp.core.engine import Engine
from kokapp.core.yielding import checkpoint, holding, yielding


def test_checkpoints_reach_the_hook_of_their_thread_and_say_when_a_lock_is_held():
    seen = []
    checkpoint()                                   # no hook: nothing happens (the command line)
    with yielding(seen.append):
        checkpoint()
        with holding():
            checkpoint()
        other = threading.Thread(target=checkpoint)   # another thread has no hook
        other.start()
        other.join()
    checkpoint()
    assert seen == [False, True]


def test_the_engine_fills_its_caches_holding_its_lock(pack):
    seen = []
    engine = Engine(pack)
    with yielding(seen.append):
        ref, _ = engine.reference([])
        engine.lanes_for(ref, ["TR-BUR", "RS-BEG"], ["DE", "RO"])   # lane geometry checkpoints per location
    assert seen and all(seen)
