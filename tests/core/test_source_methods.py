"""Every source says how its figures came into the pack: downloaded (and pinned), transcribed,
or Kök's own assumption."""

import re

PINNED = re.compile(r"sha256[: ]+[0-9a-f]{64}|commit [0-9a-f]{7,40}|\b[a-z][\w.-]* \d+\.\d+(\.\d+)?\b", re.I)


def test_every_source_names_its_method(pack):
    methods = pack.column("sources", "method")
    assert set(methods) <= {"downloaded", "transcribed", "assumption"} and len(methods) == len(pack.column(
        "sources", "source_id"))


def test_a_downloaded_source_is_pinned_to_its_file(pack):
    """A downloaded row names what was downloaded exactly: a sha256, a git commit, or a package
    and its version (e.g. searoute 1.6)."""
    for row in pack.records("sources"):
        if row["method"] == "downloaded":
            assert PINNED.search(f"{row['edition']} {row['notes']}"), row["source_id"]
    downloaded = {r["source_id"] for r in pack.records("sources") if r["method"] == "downloaded"}
    assert {"tariffs_uktrade_global_uk_tariff", "tariffs_usitc_hts_2026", "unlocode_nominatim"} <= downloaded


def test_assumptions_are_koks_own_and_the_state_support_is_transcribed(pack):
    rows = {r["source_id"]: r for r in pack.records("sources")}
    assert all("Kök" in r["organisation"] for r in rows.values() if r["method"] == "assumption")
    assert rows["support_5973_2026"]["method"] == "transcribed"
