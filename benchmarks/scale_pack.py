"""A stress-scale copy of the data pack for benchmarks: sites and countries cloned under new ids
with every row that refers to them (distances, blocs, agreements, tariffs, ...), so the engine
sees e.g. 400 candidate locations and 200 markets. The figures are the real ones, repeated:
only the sizes are synthetic. Never used by the app."""

from __future__ import annotations

from dataclasses import replace

from kokapp.core.datapack import DataPack

COUNTRY_COLUMNS = {"countries": ["iso2"], "blocs": ["iso2"], "agreements": ["party_a", "party_b"],
                   "tariffs_mfn": ["importer"], "land_distances": ["from_id", "to_id"],
                   "trade_restrictions": ["origin", "market"], "lpi": ["iso2"], "operating": ["iso2"]}
SITE_COLUMNS = {"sites": ["site_id"], "land_distances": ["from_id", "to_id"]}
ALIGNED = {"land_distances": "route_legs"}      # a table whose rows go with another's, row by row


def _clone(columns: dict[str, dict[str, list]], refs: dict[str, list[str]], old: str, new: str) -> None:
    for table, keys in refs.items():
        cols = columns[table]
        rows = [i for i in range(len(cols[keys[0]])) if any(cols[k][i] == old for k in keys)]
        for i in rows:
            for name, values in cols.items():
                value = values[i]
                values.append(new if name in keys and value == old else value)
            for values in columns.get(ALIGNED.get(table), {}).values():
                values.append(values[i])


def _grow(columns: dict[str, dict[str, list]], refs: dict[str, list[str]], ids: list[str], n: int,
          clone_id) -> list[str]:
    """Clone ids (cycling through the real ones) until there are n."""
    real, out = list(ids), list(ids)
    k = 0
    while len(out) < n:
        clone = clone_id(real[k % len(real)], k // len(real) + 1)
        _clone(columns, refs, real[k % len(real)], clone)
        out.append(clone)
        k += 1
    return out[:n]


def scaled_pack(pack: DataPack, n_locations: int, n_markets: int) -> tuple[DataPack, list[str], list[str]]:
    """(pack, candidate locations, markets) with the numbers asked for (markets first, so cloned
    sites also get distances to cloned markets)."""
    columns = {t: {c: list(v) for c, v in cols.items()} for t, cols in pack.columns.items()}
    markets = _grow(columns, COUNTRY_COLUMNS, list(columns["countries"]["iso2"]), n_markets,
                    lambda iso2, k: f"{iso2}{k}")
    sites = [s for s, kind in zip(columns["sites"]["site_id"], columns["sites"]["kind"]) if kind == "nearshore"]
    sites = _grow(columns, SITE_COLUMNS, sites, n_locations, lambda site, k: f"{site}~{k}")
    return replace(pack, columns=columns, _frames={}), sites, markets
