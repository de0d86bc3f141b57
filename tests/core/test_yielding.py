"""Checkpoints call the hook of their own thread only, and say when another thread waits for what
this one is making; the engine makes each cache entry once, however many threads ask."""

import threading

from kokapp.core.engine import Engine
from kokapp.core.yielding import checkpoint, holding, yielding


def test_checkpoints_reach_the_hook_of_their_thread_and_say_when_a_lock_is_held():
    seen = []
    checkpoint()                                   # no hook: nothing happens (the command line)
    with yielding(seen.append):
        checkpoint()
        with holding(lambda: True):
            checkpoint()
        with holding(lambda: False):             # nobody waits: the work may pause
            checkpoint()
        other = threading.Thread(target=checkpoint)   # another thread has no hook
        other.start()
        other.join()
    checkpoint()
    assert seen == [False, True, False]


def test_a_cache_entry_is_made_once_and_its_maker_is_told_when_someone_waits(pack):
    engine = Engine(pack)
    started, release, told, made = threading.Event(), threading.Event(), [], []

    def slow():
        started.set()
        release.wait(10)
        checkpoint()                 # now another thread waits for this entry
        made.append(1)
        return "entry"

    def maker():
        with yielding(told.append):
            results.append(engine._cached(cache, ("k",), slow))

    cache, results = {}, []
    first = threading.Thread(target=maker)
    first.start()
    assert started.wait(10)
    second = threading.Thread(target=lambda: results.append(engine._cached(cache, ("k",), slow)))
    second.start()
    for _ in range(10_000):          # the second thread comes to wait for the entry being made
        if engine._waiting:
            break
        threading.Event().wait(0.001)
    assert engine._waiting == 1
    release.set()
    first.join(10)
    second.join(10)
    assert results == ["entry", "entry"] and made == [1] and told == [True]
    assert not engine._making and engine._waiting == 0
