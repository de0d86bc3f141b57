"""The engine's lane tables: the least recently used goes when the cache is full, never the
largest (the set-ups' hundreds of two-location tables pushed a 400-location study's out)."""

from kokapp.core.engine import Engine
from kokapp.io.project_file import load_project
from kokapp.paths import demo_project


def test_the_largest_lane_table_stays_while_small_ones_come_and_go(pack, monkeypatch):
    engine = Engine(pack)
    monkeypatch.setattr(engine, "_CACHE_SIZE", 3)
    demo = load_project(demo_project())
    ref, _ = engine.reference([])
    big = engine.lanes_for(ref, demo.locations, demo.markets)
    pairs = [[demo.origin_site, loc] for loc in demo.candidates]
    first = engine.lanes_for(ref, pairs[0], demo.markets)
    for pair in pairs[1:5]:
        engine.lanes_for(ref, pair, demo.markets)
    assert len(demo.candidates) >= 5 and len(engine._lane_cache) == 3
    assert engine.lanes_for(ref, demo.locations, demo.markets) is big          # still there, not made again
    assert engine.lanes_for(ref, pairs[0], demo.markets) is not first         # the oldest small one went
    recent = engine.lanes_for(ref, pairs[4], demo.markets)
    engine.lanes_for(ref, pairs[1], demo.markets)
    assert engine.lanes_for(ref, pairs[4], demo.markets) is recent            # used last: kept
