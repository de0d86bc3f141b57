"""The project itself: a snapshot for work off the UI thread."""


def test_a_snapshot_is_a_deep_copy_the_window_cannot_reach():
    """Work in a worker gets a snapshot: equal to a deep copy, and no edit of the original
    (lists and dicts, the only mutable parts of a project) reaches it."""
    import copy
    from dataclasses import fields

    from kokapp.io.project_file import load_project
    from kokapp.paths import demo_project

    project = load_project(demo_project())
    snap = project.snapshot()
    assert snap == copy.deepcopy(project)
    project.products.append(project.products[0])
    project.markets.append("XX")
    project.volumes[("x", "y")] = 1.0
    project.candidates.clear()
    project.weights["tax"] = 99.0
    project.overrides.clear()
    project.setup_options.clear()
    project.pairwise[("a", "b")] = 3.0
    assert snap == copy.deepcopy(snap) and snap != project and "XX" not in snap.markets
    copied = {"products", "markets", "volumes", "candidates", "weights", "overrides", "setup_options", "pairwise"}
    for f in fields(project):          # a new list or dict field must be copied by snapshot() too
        value = getattr(snap, f.name)
        if f.name not in copied:
            hash(value)                # shared, so it must be immutable
        if isinstance(value, (list, dict)):
            assert f.name in copied, f.name
